/**
 * Generic labels of controls that connect a child with a person, per language, used on every
 * site after the site's own rule. Only labels that mean "connect with this person" on their
 * own: plain "Confirm"/"Accept"/"Add" need a site's context and live in site rules.
 * Sources: the sites' own interface translations as seen in the site fixtures (tests/fixtures)
 * and the public locale files of Facebook, Instagram, X, LinkedIn and Steam as quoted in
 * userscripts that translate them (2019-2025). Matched whole after foldLabel().
 */
import { foldLabel } from './fold';

/**
 * Each language's labels as one string, separated by "|": the same words as an array of
 * strings, at two bytes less a label in the page script every social page loads. Where labels
 * differ by one word, the choices stand in braces: "{send|accept} friend request" is "send
 * friend request" and "accept friend request" (expandLabels).
 */
const WORDS: Record<string, string> = {
  en:
    'follow|follow back|add friend|add as friend|add to friends|{send|accept|confirm} friend request|' +
    'accept follow request|connect',
  es:
    'seguir|seguir también|seguir de vuelta|{agregar|añadir} a amigos|{agregar|añadir} amigo|' +
    '{enviar|aceptar|confirmar} solicitud de amistad|conectar',
  fr:
    'suivre|suivre en retour|ajouter en ami|ajouter en ami(e)|ajouter comme ami|ajouter aux amis|' +
    "envoyer une demande d'ami|envoyer une invitation|{accepter|confirmer} la demande d'ami",
  de:
    'folgen|zurückfolgen|auch folgen|freund hinzufügen|als freund hinzufügen|' +
    'freundschaftsanfrage {senden|annehmen|bestätigen}|vernetzen',
  pt:
    'seguir de volta|adicionar amigo|adicionar aos amigos|adicionar como amigo|' +
    '{enviar|aceitar|confirmar} solicitação de amizade|{enviar|aceitar} pedido de amizade',
  it:
    'segui|segui anche tu|ricambia|aggiungi agli amici|aggiungi amico|aggiungi come amico|' +
    '{invia|accetta|conferma} richiesta di amicizia|collegati',
  nl:
    'volgen|terugvolgen|ook volgen|vriend toevoegen|toevoegen als vriend|' +
    'vriendschapsverzoek {sturen|verzenden|accepteren|bevestigen}|connectie maken',
  pl:
    'obserwuj|obserwuj wzajemnie|też obserwuj|dodaj do znajomych|dodaj znajomego|' +
    '{wyślij|zaakceptuj|potwierdź} zaproszenie do znajomych|nawiąż kontakt',
  tr:
    'takip et|sen de takip et|geri takip et|arkadaş ekle|arkadaşı ekle|arkadaşlık isteği gönder|' +
    'arkadaşlık isteğini {kabul et|onayla}|bağlantı kur',
  id:
    'ikuti|ikuti balik|tambah teman|tambahkan teman|tambahkan sebagai teman|' +
    '{kirim|terima|konfirmasi} permintaan pertemanan|terhubung',
  vi: 'theo dõi|theo dõi lại|thêm bạn bè|thêm bạn|kết bạn|{gửi|chấp nhận|xác nhận} lời mời kết bạn|kết nối',
  zh: '关注|回关|回粉|加关注|加好友|添加好友|加为好友|{发送|接受|确认}好友请求|建立联系|關注|追蹤|加朋友|加為朋友|新增好友|加入好友|{接受|確認}交友邀請|建立關係',
  ja: 'フォロー|フォローする|フォローバック|フォローし返す|友達を追加|友達になる|友達リクエストを{送信|承認|承認する}|つながりを申請',
  ru:
    'подписаться|подписаться в ответ|добавить в друзья|добавить друга|отправить заявку в друзья|' +
    'принять заявку|{принять|подтвердить} заявку в друзья|установить контакт',
  ar: 'متابعة|تابع|رد المتابعة|متابعة بالمثل|إضافة صديق|إضافة كصديق|إرسال طلب صداقة|{قبول|تأكيد} طلب الصداقة|تواصل',
  ko: '팔로우|맞팔로우|친구 추가|친구 요청 {보내기|수락}|일촌 맺기',
  uk: 'стежити|підписатися|додати в друзі|додати до друзів|прийняти запит на дружбу',
};

/** One language's labels, written out: "a|{b|c} d" is "a", "b d" and "c d" (braces do not nest). */
export function expandLabels(words: string): string[] {
  return (words.match(/(?:[^|{]|\{[^}]*\})+/g) ?? []).flatMap((label) => {
    const choices = /\{([^}]*)\}/.exec(label);
    return choices ? choices[1]!.split('|').flatMap((choice) => expandLabels(label.replace(choices[0], choice))) : [label];
  });
}

/** The labels per language (the documentation and tests read them; the page script does not). */
export const CONNECT_LABELS: Record<string, readonly string[]> = /* @__PURE__ */ (() =>
  Object.fromEntries(Object.entries(WORDS).map(([language, words]) => [language, expandLabels(words)])))();

/** Every generic label, folded, in one set for a constant-time lookup. */
export const CONNECT_LABEL_SET: ReadonlySet<string> = new Set(Object.values(WORDS).flatMap(expandLabels).map(foldLabel));

/** A person's name or handle inside a label: up to three words, no possessive ("@jack's list" is not a person). */
const NAME = String.raw`(?<person>@?[\p{L}\p{N}_][\p{L}\p{N}_.-]*(?: [\p{L}\p{N}_.-]+){0,2})`;
/** "Follow us", "Follow this page", "Follow topic": not a person. */
const NOT_A_PERSON = String.raw`(?!(?:us|me|them|this|that|the|our|my|your|page|topic|hashtag|back|all|along|up|channel|list|board|brand)(?: |$))`;

/**
 * Labels that carry the person's name, a pattern rather than a label: "Follow @jack",
 * "Add Alex as a friend", "Connect with Alex", "Invite Alex to connect", "Seguir a @ana".
 * Anchored over the folded label; the name is kept (hashed) for "don't ask again".
 */
export const CONNECT_PATTERNS: readonly RegExp[] = [
  `^follow ${NOT_A_PERSON}${NAME}$`,
  `^add ${NAME} (?:as (?:a )?friend|to (?:your )?friends)$`,
  `^(?:connect with|send (?:a )?friend request to) ${NAME}$`,
  `^invite ${NAME} to connect$`,
  `^seguir a ${NAME}$`,
  `^(?:agregar|añadir|adicionar) a ${NAME} (?:a|como) amig[oa]s?$`,
  String.raw`^(?:suivre|seguir|segui|volgen|obserwuj|folgen) (?<person>@[\p{L}\p{N}_.]+)$`,
].map((source) => new RegExp(source, 'u'));

/** The generic verdict on one folded label: a whole label, or a pattern with a name. */
export function genericConnectMatch(label: string): RegExpExecArray | true | null {
  if (CONNECT_LABEL_SET.has(label)) return true;
  for (const pattern of CONNECT_PATTERNS) {
    const match = pattern.exec(label);
    if (match) return match;
  }
  return null;
}
