/**
 * The toolbar popup: help first, on screen in the first frame (from the last region shown or
 * this computer's guess; the settings correct it when they arrive), then advice for parents,
 * for children, and this week's counts. The region decides the numbers on the child's help
 * card, so it is locked like every other setting: by a family's policy, or by the parents'
 * PIN (then it is changed on the settings page, where the PIN is asked for).
 */
import { browser } from 'wxt/browser';
import { t } from '../../guidance/i18n';
import { saveRegion } from '../../settings/write';
import { RegionSelect } from '../RegionSelect';
import { useEffective } from '../useEffective';
import { usePinSet } from '../usePinSet';
import { ChildAdvice } from './ChildAdvice';
import { HelpNow } from './HelpNow';
import { ParentAdvice } from './ParentAdvice';
import { regionNote } from './region-note';
import { ThisWeek } from './ThisWeek';
import { useHelpRegion } from './useHelpRegion';

export function Popup() {
  const [effective, refresh] = useEffective();
  const pinSet = usePinSet();
  const choice = useHelpRegion(effective);
  const locked = !!effective?.locked.includes('region');
  const note = regionNote(choice.source, !!pinSet && !locked, t);
  return (
    <main>
      <h1>{t('extName')}</h1>
      <HelpNow region={choice.region}>
        <RegionSelect
          id="popup-region"
          value={choice.region}
          locked={locked}
          // Until the settings and the PIN are known, nothing can be changed here.
          disabled={effective === null || pinSet !== false}
          note={note}
          onChange={(next) => void saveRegion(next).then(refresh, () => undefined)}
        />
      </HelpNow>
      <ParentAdvice />
      <ChildAdvice />
      <ThisWeek />
      <p>
        <a
          href="/options.html"
          target="_blank"
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('openSettings')}
        </a>
      </p>
    </main>
  );
}
