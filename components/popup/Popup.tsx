/**
 * The toolbar popup: help first (with the region beside it), then advice for parents, for
 * children, and this week's counts. Region changes here need no PIN: they only change which
 * help is shown, never what the child is reminded about.
 */
import { browser } from 'wxt/browser';
import { t } from '../../guidance/i18n';
import { familyRegion } from '../../guidance/locale';
import { saveRegion } from '../../settings/write';
import { RegionSelect } from '../RegionSelect';
import { useEffective } from '../useEffective';
import { ChildAdvice } from './ChildAdvice';
import { HelpNow } from './HelpNow';
import { ParentAdvice } from './ParentAdvice';
import { ThisWeek } from './ThisWeek';

export function Popup() {
  const [effective, refresh] = useEffective();
  if (!effective) return null;
  const region = familyRegion(effective.settings.region);
  return (
    <main>
      <h1>{t('extName')}</h1>
      <HelpNow region={region}>
        <RegionSelect
          id="popup-region"
          value={region}
          locked={effective.locked.includes('region')}
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
