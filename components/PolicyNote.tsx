/** The words shown beside a setting that a family's managed policy has set. */
import { t } from '../guidance/i18n';

export function PolicyNote({ id, show }: { id: string; show: boolean }) {
  return show ? (
    <span id={id} class="policy">
      {' '}
      {t('setByPolicy')}
    </span>
  ) : null;
}
