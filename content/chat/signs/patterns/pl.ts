import type { LanguagePatterns } from '../pattern-types';

export const pl: LanguagePatterns = { slang: {}, signs: {}, cues: { flattery: [], urgency: [] } };
