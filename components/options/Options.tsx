/**
 * The parents' settings. A family's managed policy locks single settings; a parent's PIN
 * locks the whole form until it is entered on this page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Kind } from '../../vocabulary/kinds';
import { t } from '../../guidance/i18n';
import { forgetKnownPeople } from '../../settings/store';
import { clearPin, readPin, setPin, type PinRecord } from '../../settings/pin';
import { saveDailyCap, saveKind, saveOtherSites, savePhotoScope, saveRegion, saveSiteOn } from '../../settings/write';
import { RegionSelect } from '../RegionSelect';
import { browserGuess, familyRegion } from '../../guidance/locale';
import { useEffective } from '../useEffective';
import { DailyCap } from './DailyCap';
import { KindSettings } from './KindSettings';
import { OtherSites } from './OtherSites';
import { PinPanel } from './PinPanel';
import { PolicyHelp } from './PolicyHelp';
import { ProtectedDetails } from './ProtectedDetails';
import { ResetKnown } from './ResetKnown';
import { SiteSettings } from './SiteSettings';
import { useStatus } from './useStatus';

export function Options() {
  const [effective, refresh] = useEffective();
  const [pin, setPinRecord] = useState<PinRecord | null | undefined>(undefined);
  const [unlocked, setUnlocked] = useState(false);
  const { status, run } = useStatus(refresh);
  useEffect(() => void readPin().then(setPinRecord), []);
  if (!effective || pin === undefined) return null;

  const { settings, locked } = effective;
  const editable = !pin || unlocked;
  const isLocked = (key: (typeof locked)[number]) => locked.includes(key);

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="status" role="status">{status}</p>
      <PinPanel
        pin={pin}
        unlocked={unlocked}
        onUnlock={() => setUnlocked(true)}
        onLock={() => setUnlocked(false)}
        onSetPin={(value) => run(async () => {
          await setPin(value);
          setPinRecord(await readPin());
          setUnlocked(false);
        }, 'pinSaved')}
        onClearPin={() => run(async () => {
          await clearPin();
          setPinRecord(null);
        }, 'pinRemoved')}
      />
      {locked.length > 0 && <p class="policy">{t('policyBanner')}</p>}
      <fieldset class="settings" disabled={!editable} aria-label={t('optionsTitle')}>
        <KindSettings
          kinds={settings.kinds}
          locked={(kind: Kind) => isLocked(`kinds.${kind}`)}
          onSave={(kind, patch) => void run(() => saveKind(kind, patch))}
          photoScope={settings.photoScope}
          photoScopeLocked={isLocked('photoScope')}
          onSavePhotoScope={(scope) => void run(() => savePhotoScope(scope))}
        />
        <SiteSettings
          sitesOff={settings.sitesOff}
          locked={isLocked('sitesOff')}
          onSave={(site, on) => void run(() => saveSiteOn(site, on))}
        />
        <DailyCap value={settings.dailyCap} locked={isLocked('dailyCap')} onSave={(cap) => void run(() => saveDailyCap(cap))} />
        <OtherSites
          on={settings.otherSites}
          locked={isLocked('otherSites')}
          disabled={!editable}
          onSave={(on) => run(() => saveOtherSites(on))}
        />
        <section aria-labelledby="region-title">
          <h2 id="region-title">{t('regionTitle')}</h2>
          <RegionSelect
            id="options-region"
            value={familyRegion(settings.region)}
            autoRegion={browserGuess().region}
            autoSelected={settings.region === null}
            locked={isLocked('region')}
            onChange={(region) => void run(() => saveRegion(region))}
          />
        </section>
        <ResetKnown onReset={() => void run(forgetKnownPeople, 'knownDone')} />
        <ProtectedDetails shown={editable} />
      </fieldset>
      <PolicyHelp />
    </main>
  );
}
