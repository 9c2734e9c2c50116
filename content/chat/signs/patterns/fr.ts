import type { LanguagePatterns } from '../pattern-types';

export const fr: LanguagePatterns = { slang: {}, signs: {}, cues: { flattery: [], urgency: [] } };
