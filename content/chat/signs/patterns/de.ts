import type { LanguagePatterns } from '../pattern-types';

export const de: LanguagePatterns = { slang: {}, signs: {}, cues: { flattery: [], urgency: [] } };
