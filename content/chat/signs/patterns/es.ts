import type { LanguagePatterns } from '../pattern-types';

export const es: LanguagePatterns = { slang: {}, signs: {}, cues: { flattery: [], urgency: [] } };
