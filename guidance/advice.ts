/**
 * The advice shown to parents and children, as message keys (the words live in
 * public/_locales so every language has them). The parents' points are the police guidance
 * (2019 article in shared/seeds) in our own words, plus what families ask for next.
 * Children's words are tested to read at Flesch-Kincaid grade 4 or lower.
 */

/** Each point: a short heading and one actionable paragraph. */
export interface AdvicePoint {
  title: string;
  body: string;
}

/** The police guidance, every point, in order. */
export const PARENT_ADVICE: readonly AdvicePoint[] = [
  { title: 'adviceControlsTitle', body: 'adviceControlsBody' },
  { title: 'adviceKnowTitle', body: 'adviceKnowBody' },
  { title: 'adviceTalkTitle', body: 'adviceTalkBody' },
  { title: 'adviceNoOneTitle', body: 'adviceNoOneBody' },
  { title: 'adviceFriendsTitle', body: 'adviceFriendsBody' },
  { title: 'adviceRealWorldTitle', body: 'adviceRealWorldBody' },
  { title: 'adviceWorriedTitle', body: 'adviceWorriedBody' },
];

/** Signs that someone may be grooming a child. */
export const GROOMING_SIGNS: readonly string[] = [
  'signSecrets',
  'signPrivateApps',
  'signGifts',
  'signPictures',
  'signOnlyOne',
  'signMeet',
  'signChild',
];

/** What to do if a picture has been shared, in order. */
export const PICTURE_SHARED: readonly string[] = [
  'pictureCalm',
  'pictureEvidence',
  'pictureNoConfront',
  'pictureReport',
  'pictureRemove',
  'pictureRemoveLimits',
  'pictureThreat',
  'pictureSite',
];

/** The same rules in a child's words. */
export const CHILD_RULES: readonly string[] = [
  'childRuleFriends',
  'childRulePretend',
  'childRuleNoOne',
  'childRulePictures',
  'childRuleRealLife',
  'childRuleSecrets',
  'childRuleTell',
  'childRuleNeverLate',
];
