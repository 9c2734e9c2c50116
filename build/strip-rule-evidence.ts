/**
 * Build-time only: drops the `source`, `evidence` and `examples` properties from the site
 * rules (content/sites/*.ts) before they are bundled. Each rule keeps its evidence beside every
 * alternative, and example URLs beside every page type, in the source tree, where reviewers
 * and the tests read them; the content script loaded on every social page does not carry
 * kilobytes of citations and sample URLs it never reads (see the size budget,
 * scripts/check-size.mjs, which also checks none of it slipped through).
 *
 * It cuts text, not the syntax tree, so everything else in a rule file reaches the bundler
 * exactly as written. Tested in tests/unit/strip-rule-evidence.test.ts.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Properties of rule objects that only document a rule (where it came from, what it matches); no runtime code reads them. */
export const EVIDENCE_KEYS: ReadonlySet<string> = new Set(['source', 'evidence', 'examples']);

/** A site rule file: content/sites/<id>.ts or a chat rule, content/chat/sites/<id>.ts (query strings from Vite ignored). */
export const RULE_FILE = /[\\/]content[\\/](?:chat[\\/])?sites[\\/][^\\/?]+\.ts(?:\?.*)?$/;

/**
 * A warning-sign pattern file (chat/signs/patterns/<lang>.ts): each rule names the guidance it
 * is written from as `source` (chat/signs/guidance.ts), which tests read and the detector never
 * does; the chat check is bundled without it (build/content-bundles.ts), ≈ 4 KB.
 */
export const SIGN_PATTERN_FILE = /[\\/]chat[\\/]signs[\\/]patterns[\\/][^\\/?]+\.ts(?:\?.*)?$/;
export const SIGN_PATTERN_KEYS_CUT: ReadonlySet<string> = new Set(['source']);

function keyOf(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return null;
}

/**
 * The code with every `source: …` / `evidence: …` / `examples: …` property (or the given
 * keys) of an object literal removed, with its comma.
 */
export function stripRuleEvidence(code: string, fileName = 'rule.ts', keys: ReadonlySet<string> = EVIDENCE_KEYS): string {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  const cuts: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      ts.isObjectLiteralExpression(node.parent) &&
      keys.has(keyOf(node.name) ?? '')
    ) {
      scanner.resetTokenState(node.end);
      const next = scanner.scan();
      cuts.push([node.getStart(file), next === ts.SyntaxKind.CommaToken ? scanner.getTokenEnd() : node.end]);
      return; // nothing inside a removed property needs visiting
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}

export function stripRuleEvidencePlugin(): Plugin {
  return {
    name: 'safe-nudge:strip-rule-evidence',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!RULE_FILE.test(id)) return null;
      return { code: stripRuleEvidence(code, id), map: null };
    },
  };
}
