/**
 * Which words a reminder uses. Several wordings per kind, turned in order, because the same
 * warning every time stops being read. The words themselves live in _locales (messages.json).
 */
import type { Kind } from '../vocabulary/kinds';

export interface Wording { title: string; body: string; continueLabel: string }

const WORDINGS: Record<Kind, readonly { title: string; body: string }[]> = {
  'friend-request': [1, 2, 3, 4].map((n) => ({ title: `reminderFriend${n}Title`, body: `reminderFriend${n}Body` })),
  'image-upload': [1, 2, 3].map((n) => ({ title: `reminderPhoto${n}Title`, body: `reminderPhoto${n}Body` })),
};

export const CONTINUE_KEY: Record<Kind, string> = {
  'friend-request': 'choiceContinueFriend',
  'image-upload': 'choiceContinuePhoto',
};

export const NOTE_KEY: Record<Kind, string> = { 'friend-request': 'noteFriend', 'image-upload': 'notePhoto' };

export function wordingKeys(kind: Kind, turn: number): Wording {
  const list = WORDINGS[kind];
  const chosen = list[Math.abs(Math.trunc(turn)) % list.length]!;
  return { ...chosen, continueLabel: CONTINUE_KEY[kind] };
}

export function allWordingKeys(): string[] {
  return Object.values(WORDINGS).flatMap((list) => list.flatMap((w) => [w.title, w.body]));
}
