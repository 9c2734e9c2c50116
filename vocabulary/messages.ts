/**
 * The one message between the page script and the background: "which help can the child
 * see?", sent by the reminder's "Get help" card and answered from the checked contacts list,
 * so the page script never carries that list.
 */
export const CHILD_HELP_REQUEST = 'safe-nudge:child-help';

export interface ChildHelpAnswer {
  dangerPhone: string | null;
  helpline: { name: string; phone?: string; url?: string } | null;
}

export function isChildHelpAnswer(value: unknown): value is ChildHelpAnswer {
  return typeof value === 'object' && value !== null && 'dangerPhone' in value && 'helpline' in value;
}
