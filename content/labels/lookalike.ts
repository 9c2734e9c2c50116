/**
 * Labels of controls that look like a connect control but undo or show a connection that
 * exists ("Following", "Unfollow", "Gefolgt"), per language. A site rule that names no label
 * (it matches a test id or a container) must never hold one of these: the same wrapper holds
 * the Follow button and, once followed, the Unfollow one. Matched whole after foldLabel(), and
 * as the first words of a longer label ("Following @jack", "Unfollow Alex").
 */
import { foldLabel } from './fold';

export const LOOKALIKE_LABELS: Record<string, readonly string[]> = {
  en: ['following', 'unfollow', 'followed', 'requested', 'request sent', 'pending', 'friends', 'cancel request', 'remove friend', 'unfriend', 'connected', 'withdraw', 'message', 'blocked', 'unblock'],
  es: ['siguiendo', 'dejar de seguir', 'solicitado', 'solicitud enviada', 'amigos', 'cancelar solicitud', 'eliminar de amigos'],
  fr: ['abonné', 'abonnée', 'abonnés', 'se désabonner', 'ne plus suivre', 'demandé', 'demande envoyée', 'amis', 'annuler la demande'],
  de: ['gefolgt', 'folge ich', 'entfolgen', 'nicht mehr folgen', 'angefragt', 'anfrage gesendet', 'freunde', 'anfrage abbrechen', 'abonniert'],
  pt: ['seguindo', 'deixar de seguir', 'solicitado', 'solicitação enviada', 'amigos', 'cancelar solicitação'],
  it: ['segui già', 'smetti di seguire', 'richiesta inviata', 'amici', 'annulla richiesta'],
  nl: ['volgend', 'ontvolgen', 'niet meer volgen', 'aangevraagd', 'vrienden'],
  pl: ['obserwujesz', 'przestań obserwować', 'wysłano prośbę', 'znajomi'],
  tr: ['takip ediliyor', 'takibi bırak', 'takip etmeyi bırak', 'istek gönderildi', 'arkadaşlar'],
  id: ['mengikuti', 'berhenti mengikuti', 'diminta', 'teman'],
  ru: ['вы подписаны', 'отписаться', 'заявка отправлена', 'у вас в друзьях', 'друзья'],
  ja: ['フォロー中', 'フォロー解除', 'リクエスト済み'],
  zh: ['已关注', '正在关注', '取消关注', '已请求', '追蹤中', '取消追蹤'],
};

const SET: ReadonlySet<string> = new Set(Object.values(LOOKALIKE_LABELS).flat().map(foldLabel));

/** Is this folded label (or its first words) a look-alike in any language? */
export function isLookalikeLabel(label: string): boolean {
  if (SET.has(label)) return true;
  const words = label.split(' ');
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--) if (SET.has(words.slice(0, n).join(' '))) return true;
  return false;
}
