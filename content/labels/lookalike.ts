/**
 * Labels of controls that look like a connect control but undo or show a connection that
 * exists ("Following", "Unfollow", "Gefolgt"), per language. A site rule that names no label
 * (it matches a test id or a container) must never hold one of these: the same wrapper holds
 * the Follow button and, once followed, the Unfollow one. Matched on folded labels, whole or as
 * the first words of a longer label ("Following @jack", "Unfollow Alex").
 *
 * One pattern, not a list: it is in the page script every social page loads, where each word
 * costs its own bytes and one more. Written folded (lower case), one language a line.
 */
const LOOKALIKE = new RegExp(
  '^(?:' +
    'following|unfollow|requested|pending|friends|unfriend|' + // en
    'siguiendo|dejar de seguir|' + // es
    'abonnée?|se désabonner|ne plus suivre|' + // fr
    'gefolgt|entfolgen|abonniert|' + // de
    'seguindo|deixar de seguir|' + // pt
    'segui già|smetti di seguire|' + // it
    'volgend|ontvolgen|' + // nl
    'obserwujesz|' + // pl
    'takip ediliyor|takibi bırak|' + // tr
    'mengikuti|' + // id
    'вы подписаны|отписаться|' + // ru
    'フォロー中|' + // ja
    '已关注|取消关注' + // zh
    ')(?: |$)',
  'u',
);

/** Is this folded label (or its first words) a look-alike in any language? */
export function isLookalikeLabel(label: string): boolean {
  return LOOKALIKE.test(label);
}
