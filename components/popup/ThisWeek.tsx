/** "This week": the local counts, what is (and isn't) kept, and a button to clear them. */
import { useEffect, useState } from 'preact/hooks';
import { SITE_RULES } from '../../content/sites';
import { t } from '../../guidance/i18n';
import { dayOf, summarize, type Summary } from '../../settings/counts';
import { clearCounts, readCounts } from '../../settings/store';

const KIND_KEYS: Record<string, string> = { 'friend-request': 'kindFriend', 'image-upload': 'kindPhoto' };
const CHOICE_KEYS: Record<string, string> = { continue: 'choseContinue', cancel: 'choseCancel', note: 'choseNote' };
const siteName = (id: string) => SITE_RULES.find((rule) => rule.id === id)?.name ?? t('otherSite');

function Tally({ label, entries }: { label: string; entries: [string, number][] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{label}</h3>
      <ul class="plain tally">
        {entries.map(([name, count]) => (
          <li key={name}>{t('countLine', [name, String(count)])}</li>
        ))}
      </ul>
    </>
  );
}

export function ThisWeek({ now = () => new Date() }: { now?: () => Date }) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [status, setStatus] = useState('');
  const load = () => readCounts().then((counts) => setSummary(summarize(counts, dayOf(now()))));
  useEffect(() => void load(), []);
  const clear = async () => {
    await clearCounts();
    await load();
    setStatus(t('countsCleared'));
  };
  const named = (record: Record<string, number>, name: (key: string) => string) =>
    Object.entries(record).map(([key, count]) => [name(key), count] as [string, number]);
  return (
    <details>
      <summary>
        <h2>{t('weekTitle')}</h2>
      </summary>
      {summary && (
        <>
          <p>{t('weekTotal', String(summary.total))}</p>
          <Tally label={t('weekByKind')} entries={named(summary.byKind, (k) => t(KIND_KEYS[k] ?? k))} />
          <Tally label={t('weekBySite')} entries={named(summary.bySite, siteName)} />
          <Tally label={t('weekByChoice')} entries={named(summary.byChoice, (k) => t(CHOICE_KEYS[k] ?? k))} />
        </>
      )}
      <p class="muted">{t('weekPrivacy')}</p>
      <button type="button" class="secondary" onClick={clear}>
        {t('countsClear')}
      </button>
      <p class="status" role="status">
        {status}
      </p>
    </details>
  );
}
