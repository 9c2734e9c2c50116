import { it } from 'vitest';
import { useE2E } from './harness/index.ts';
const e2e = useE2E();
it('dbg', async () => {
  const b = e2e.browser();
  const ans = await b.extensionPage.evaluate(async () => {
    try { return JSON.stringify(await (globalThis as any).chrome.runtime.sendMessage({ type: 'safe-nudge:child-help' })); } catch (e) { return 'ERR ' + String(e); }
  });
  console.log('ANSWER', ans);
  const sw = b.context.serviceWorkers();
  console.log('SW', sw.map((w) => w.url()));
  const page = await b.context.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  page.on('requestfailed', (r) => console.log('REQFAIL', r.url(), r.failure()?.errorText));
  await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await page.waitForTimeout(3000);
  console.log('APP', await page.evaluate(() => document.getElementById('app')?.innerHTML.slice(0, 300)));
  console.log('SCRIPTS', await page.evaluate(() => [...document.scripts].map((s) => s.src)));
});
