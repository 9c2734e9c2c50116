/**
 * "This week": the local counts, what is (and isn't) kept, and a button to clear them.
 * Loaded when the section is opened: the site names come with the site rules, which the
 * popup doesn't need for its first paint (help first).
 */
import { useState } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { dayOf, summarize, type Summary } from '../../settings/counts';
import { clearCounts, readCounts } from '../../settings/store';
import { ClearCounts } from './ClearCounts';

const KIND_KEYS: Record<string, string> = { 'friend-request': 'kindFriend', 'image-upload': 'kindPhoto', 'photo-firm': 'kindPhotoFirm' };
const CHOICE_KEYS: Record<string, string> = { continue: 'choseContinue', cancel: 'choseCancel', note: 'choseNote' };
type SiteNames = (id: string) => string;
const loadSiteNames = async (): Promise<SiteNames> => {
  const { SITE_RULES } = await import('../../content/sites');
  return (id) => SITE_RULES.find((rule) => rule.id === id)?.name ?? t('otherSite');
};

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
  const [siteName, setSiteName] = useState<SiteNames | null>(null);
  const [status, setStatus] = useState('');
  const load = () => readCounts().then((counts) => setSummary(summarize(counts, dayOf(now()))));
  const onToggle = async (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || siteName) return;
    const names = await loadSiteNames();
    setSiteName(() => names);
    await load();
  };
  const clear = async () => {
    await clearCounts();
    await load();
    setStatus(t('countsCleared'));
  };
  const named = (record: Record<string, number>, name: (key: string) => string) =>
    Object.entries(record).map(([key, count]) => [name(key), count] as [string, number]);
  return (
    <details onToggle={(event) => void onToggle(event)}>
      <summary>
        <h2>{t('weekTitle')}</h2>
      </summary>
      {summary && siteName && (
        <>
          <p>{t('weekTotal', String(summary.total))}</p>
          <Tally label={t('weekByKind')} entries={named(summary.byKind, (k) => t(KIND_KEYS[k] ?? k))} />
          <Tally label={t('weekBySite')} entries={named(summary.bySite, siteName)} />
          <Tally label={t('weekByChoice')} entries={named(summary.byChoice, (k) => t(CHOICE_KEYS[k] ?? k))} />
        </>
      )}
      <p class="muted">{t('weekPrivacy')}</p>
      <ClearCounts onClear={clear} />
      <p class="status" role="status">
        {status}
      </p>
    </details>
  );
}
