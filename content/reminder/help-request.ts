/** The one message the page script sends: "which help can the child see?" (answered by the background). */
export const CHILD_HELP_REQUEST = 'safe-nudge:child-help';

export interface ChildHelpAnswer {
  dangerPhone: string | null;
  helpline: { name: string; phone?: string; url?: string } | null;
}
