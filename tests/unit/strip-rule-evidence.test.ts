/**
 * The build drops `source`, `evidence` and `examples` from the site rules (build/strip-rule-evidence.ts).
 * Each real rule file, stripped, must load as the same rule minus exactly those fields, and the
 * cut must be clean wherever a property sits in its object.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_KEYS, RULE_FILE, SIGN_PATTERN_FILE, SIGN_PATTERN_KEYS_CUT, stripRuleEvidence } from '../../build/strip-rule-evidence';
import * as hosts from '../../vocabulary/sites';
import * as siteWords from '../../content/labels/site-words';
import { SITE_RULES } from '../../content/sites/index';

const SITES = join(__dirname, '../../content/sites');

/** Runs a stripped rule file as the bundle would: compiled, with its runtime imports (vocabulary/sites.ts, site words). */
function load(code: string): Record<string, unknown> {
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string) => {
    if (name === '../../vocabulary/sites') return hosts;
    if (name === '../labels/site-words') return siteWords;
    throw new Error(`unexpected import in a rule file: ${name}`);
  };
  new Function('module', 'exports', 'require', js)(module, module.exports, require);
  return module.exports;
}

/**
 * A rule as comparable data: patterns by their text, functions by their text with quotes and
 * spacing evened out (the two sides are compiled by different tools), documentation fields left out.
 */
function shape(value: unknown, drop: boolean): unknown {
  if (value instanceof RegExp) return String(value);
  if (typeof value === 'function') return String(value).replace(/['"`]/g, '"').replace(/\s+/g, '');
  if (Array.isArray(value)) return value.map((item) => shape(item, drop));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !drop || !EVIDENCE_KEYS.has(key))
        .map(([key, item]) => [key, shape(item, drop)]),
    );
  }
  return value;
}

function syntaxErrors(code: string): string[] {
  const out = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('strip rule evidence (build)', () => {
  it('applies to rule files only', () => {
    expect(RULE_FILE.test('/repo/content/sites/facebook.ts')).toBe(true);
    expect(RULE_FILE.test('C:\\repo\\content\\sites\\x.ts?used')).toBe(true);
    expect(RULE_FILE.test('/repo/content/classify/connect.ts')).toBe(false);
    expect(RULE_FILE.test('/repo/content/sites/sub/dir.ts')).toBe(false);
  });

  it('cuts only the citations of the warning-sign pattern files, whose patterns stay as written', () => {
    expect(SIGN_PATTERN_FILE.test('/repo/chat/signs/patterns/en.ts')).toBe(true);
    expect(SIGN_PATTERN_FILE.test('C:\\repo\\chat\\signs\\patterns\\pl.ts?used')).toBe(true);
    expect(SIGN_PATTERN_FILE.test('/repo/chat/signs/detect.ts')).toBe(false);
    const rule = "export const en = { signs: { meet: [{ pattern: String.raw`\\bcome alone\\b`, source: 'bee-secure' }] }, unless: { meet: [String.raw`\\bonline\\b`] } };";
    const cut = stripRuleEvidence(rule, 'en.ts', SIGN_PATTERN_KEYS_CUT);
    expect(syntaxErrors(cut)).toEqual([]);
    expect(cut.replace(/\s/g, '')).toBe(rule.replace(", source: 'bee-secure'", ',').replace(/\s/g, ''));
  });

  it.each(SITE_RULES.map((rule) => [rule.id, rule] as const))('%s: same rule, minus its documentation', (id, rule) => {
    const stripped = stripRuleEvidence(readFileSync(join(SITES, `${id}.ts`), 'utf8'));
    expect(syntaxErrors(stripped)).toEqual([]);
    const module = load(stripped);
    const built = Object.values(module).find((value) => (value as { id?: string })?.id === id);
    expect(JSON.stringify(shape(built, false))).not.toMatch(/"(?:source|evidence|examples)":/);
    expect(shape(built, false)).toEqual(shape(rule, true));
  });

  it('cuts a property cleanly first, in the middle, last, with or without a trailing comma', () => {
    const cases = [
      ["const a = { source: 'x', b: 1 };", 'const a = {  b: 1 };'],
      ["const a = { b: 1, source: 'x', c: 2 };", 'const a = { b: 1,  c: 2 };'],
      ["const a = { b: 1, source: 'x' };", 'const a = { b: 1,  };'],
      ["const a = {\n  b: 1,\n  // why\n  evidence: ['a', 'b'],\n};", 'const a = {\n  b: 1,\n  // why\n  \n};'],
      ["const a = { 'examples': [`u`] , b: /[,]/ };", 'const a = {  b: /[,]/ };'],
      ['const a = { b: { source: "y" }, c: s.source };', 'const a = { b: {  }, c: s.source };'],
    ];
    for (const [input, output] of cases) {
      expect(stripRuleEvidence(input!)).toBe(output);
      expect(syntaxErrors(stripRuleEvidence(input!))).toEqual([]);
    }
  });
});
