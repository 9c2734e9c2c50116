/**
 * Reads the labelled chat evaluation set (README.md): the hand-written TSV lines and the
 * ordinary-chat templates, expanded deterministically. Used by scripts/chat-eval.mjs and the
 * unit tests; no randomness that is not seeded, so every run sees the same messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatLanguage } from '../../chat/types';
import { CHAT_LANGUAGES } from '../../chat/types';

export type Part = 'dev' | 'heldout';

export interface Example {
  part: Part;
  language: ChatLanguage;
  direction: 'in' | 'out';
  labels: string[];
  origin: string;
  text: string;
  /** Line in its file (1-based), or the template it came from. */
  where: string;
  generated: boolean;
}

export interface LanguageFile {
  examples: Example[];
  protectedDetails: string[];
}

const root = import.meta.dirname;

export function readLanguage(part: Part, language: ChatLanguage): LanguageFile {
  const file = join(root, part, `${language}.tsv`);
  const lines = readFileSync(file, 'utf8').split('\n');
  const examples: Example[] = [];
  let protectedDetails: string[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    if (line.startsWith('#')) {
      const match = /^# protected:\s*(.+)$/.exec(line);
      if (match) protectedDetails = match[1]!.split('|').map((s) => s.trim()).filter(Boolean);
      return;
    }
    const [direction, labels, origin, ...rest] = line.split('\t');
    const text = rest.join('\t');
    if ((direction !== 'in' && direction !== 'out') || !labels || !origin || !text) throw new Error(`${file}:${index + 1}: not "direction<TAB>labels<TAB>origin<TAB>text"`);
    examples.push({
      part, language, direction, origin, text, where: `${part}/${language}.tsv:${index + 1}`, generated: false,
      labels: labels === 'none' ? [] : labels.split(',').map((label) => label.trim()),
    });
  });
  return { examples, protectedDetails };
}

interface Templates { templates: string[]; slots: Record<string, string[]> }

/** A small seeded generator (mulberry32), so the expansion is the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Ordinary messages from the templates: each template filled `perTemplate` times with slot
 * values drawn by a seeded generator; duplicates dropped.
 */
export function generateOrdinary(part: Part, language: ChatLanguage, perTemplate = 60): Example[] {
  const all = JSON.parse(readFileSync(join(root, part, 'templates.json'), 'utf8')) as Record<string, Templates>;
  const { templates, slots } = all[language]!;
  const random = seeded(part === 'dev' ? 12 : 1234 + CHAT_LANGUAGES.indexOf(language));
  const seen = new Set<string>();
  const out: Example[] = [];
  templates.forEach((template, t) => {
    for (let i = 0; i < perTemplate * 3 && out.filter((e) => e.where.endsWith(`#${t}`)).length < perTemplate; i++) {
      const text = template
        .replace(/\{(\w+)\}/g, (_, slot: string) => {
          const values = slots[slot];
          if (!values) throw new Error(`${part}/templates.json ${language}: no slot "${slot}"`);
          return values[Math.floor(random() * values.length)]!;
        })
        .replace(/\s+/g, ' ')
        .replace(/\s([,?!])/g, '$1')
        .trim();
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ part, language, direction: 'out', labels: [], origin: 'template', text, where: `${part}/templates.json ${language}#${t}`, generated: true });
    }
  });
  return out;
}

/** Ordinary conversations: `length` incoming messages each, drawn (seeded) from the ordinary pool. */
export function ordinaryConversations(pool: readonly string[], count: number, length: number, seed: number): string[][] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => Array.from({ length }, () => pool[Math.floor(random() * pool.length)]!));
}
