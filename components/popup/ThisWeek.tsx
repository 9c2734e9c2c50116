/**
 * "This week": the local counts, what is (and isn't) kept, and a button to clear them.
 * The counts are read when the section is opened (help comes first in the popup).
 */
import { useState } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { dayOf, summarize, type Summary } from '../../model/counts';
import { clearCounts, readCounts } from '../../settings/store';
import { KIND_KEYS, type Kind } from '../../vocabulary/kinds';
import { SITE_NAMES, isSiteId } from '../../vocabulary/sites';
import { ClearCounts } from './ClearCounts';

const CHOICE_KEYS: Record<string, string> = { continue: 'choseContinue', cancel: 'choseCancel', note: 'choseNote' };
/** Counts from "other websites" carry the site "other" (content/listen.ts). */
const siteName = (id: string) => (isSiteId(id) ? SITE_NAMES[id] : t('otherSite'));
const kindName = (kind: string) => t(KIND_KEYS[kind as Kind] ?? kind);

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
  const onToggle = async (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || summary) return;
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
      {summary && (
        <>
          <p>{t('weekTotal', String(summary.total))}</p>
          <Tally label={t('weekByKind')} entries={named(summary.byKind, kindName)} />
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
