/**
 * The welcome page's region step: this computer's guess preselected, why it was chosen, and
 * one tap to confirm it (or pick another first). Confirming saves it as the parent's choice,
 * so the child's help card and the popup use it from then on.
 */
import { useState } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { regionChoice } from '../../guidance/locale';
import type { Effective } from '../../model/policy';
import { saveRegion } from '../../settings/write';
import { RegionSelect } from '../RegionSelect';
import { usePinSet } from '../usePinSet';

export function ConfirmRegion({ effective, refresh }: { effective: Effective; refresh: () => Promise<void> }) {
  const locked = effective.locked.includes('region');
  // With a parents' PIN set, the region is changed on the settings page, where the PIN is asked for.
  const pinSet = usePinSet();
  const current = regionChoice(effective.settings.region, locked);
  const [picked, setPicked] = useState(current.region);
  const [status, setStatus] = useState('');
  const name = t(`region_${picked}`);
  const why = current.source === 'guess' ? 'regionWhyGuess' : current.source === 'fallback' ? 'regionWhyFallback' : null;
  const confirm = async () => {
    try {
      await saveRegion(picked);
      await refresh();
      setStatus(t('welcomeRegionSaved', name));
    } catch {
      setStatus(t('saveFailed'));
    }
  };
  return (
    <>
      <RegionSelect
        id="welcome-region"
        value={locked ? current.region : picked}
        locked={locked}
        disabled={pinSet !== false}
        note={pinSet && !locked ? t('regionLockedByPin') : why && picked === current.region ? t(why) : undefined}
        onChange={(region) => {
          setPicked(region ?? current.region);
          setStatus('');
        }}
      />
      {!locked && pinSet === false && (
        <p>
          <button type="button" onClick={() => void confirm()}>
            {t('welcomeRegionConfirm', name)}
          </button>
        </p>
      )}
      <p class="status" role="status">
        {status}
      </p>
    </>
  );
}
