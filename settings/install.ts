/** The welcome page opens once, on first install; never on updates or browser restarts. */
import { browser } from 'wxt/browser';
import { localItem } from './local-item';

export const welcomedItem = localItem<boolean>('welcomed', false);

export async function openWelcomeOnce(reason: string): Promise<boolean> {
  if (reason !== 'install' || (await welcomedItem.getValue())) return false;
  await welcomedItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  return true;
}
