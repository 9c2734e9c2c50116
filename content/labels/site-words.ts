/**
 * Words that connect only in a site's context ("Confirm" on Facebook's friend requests,
 * "Accept" on Discord's Pending tab), in every language of the generic list, so a site rule
 * that names one names all its translations. The translations are the common interface words
 * of those languages (the same ones content/labels/connect.ts uses in its phrases). Folded
 * (lower case) as labels are compared. (Ignore lists need no translations: they only matter once a
 * connect word matched.)
 */

/** Each list its own export, so a site's rule script carries only the words it uses. */
export const CONFIRM_WORDS = [
  'confirm', 'confirmar', 'confirmer', 'bestätigen', 'conferma', 'bevestigen', 'potwierdź', 'onayla', 'konfirmasi',
  'xác nhận', '确认', '確認', '承認する', 'подтвердить', 'تأكيد', '확인', 'підтвердити',
];

export const ACCEPT_WORDS = [
  'accept', 'aceptar', 'aceitar', 'accepter', 'annehmen', 'akzeptieren', 'accetta', 'accettare', 'accepteren', 'akceptuj',
  'zaakceptuj', 'kabul et', 'terima', 'chấp nhận', '接受', '承認', 'принять', 'قبول', '수락', 'прийняти',
];
