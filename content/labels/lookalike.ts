/**
 * Labels of controls that look like a connect control but undo or show a connection that
 * exists ("Following", "Unfollow", "Gefolgt"), per language. A site rule that names no label
 * (it matches a test id or a container) must never hold one of these: the same wrapper holds
 * the Follow button and, once followed, the Unfollow one. Matched whole after foldLabel(), and
 * as the first words of a longer label ("Following @jack", "Unfollow Alex").
 */
import { foldLabel } from './fold';

export const LOOKALIKE_LABELS: Record<string, readonly string[]> = {
  en: ['following', 'unfollow', 'requested', 'pending', 'friends', 'unfriend'],
  es: ['siguiendo', 'dejar de seguir'],
  fr: ['abonné', 'abonnée', 'se désabonner', 'ne plus suivre'],
  de: ['gefolgt', 'entfolgen', 'abonniert'],
  pt: ['seguindo', 'deixar de seguir'],
  it: ['segui già', 'smetti di seguire'],
  nl: ['volgend', 'ontvolgen'],
  pl: ['obserwujesz'],
  tr: ['takip ediliyor', 'takibi bırak'],
  id: ['mengikuti'],
  ru: ['вы подписаны', 'отписаться'],
  ja: ['フォロー中'],
  zh: ['已关注', '取消关注'],
};

const SET: ReadonlySet<string> = new Set(Object.values(LOOKALIKE_LABELS).flat().map(foldLabel));

/** Is this folded label (or its first one or two words) a look-alike in any language? */
export function isLookalikeLabel(label: string): boolean {
  const words = label.split(' ');
  return SET.has(label) || SET.has(words[0]!) || SET.has(words.slice(0, 2).join(' '));
}
