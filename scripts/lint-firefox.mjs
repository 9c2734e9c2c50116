#!/usr/bin/env node
/**
 * Mozilla's addons-linter (what addons.mozilla.org runs on upload) over the Firefox build.
 * Fails on any error, and on any warning that is not one of the few explained in
 * docs/store/review-notes.md (listed below with the reason). Run by `npm test` after the builds.
 *
 *   node scripts/lint-firefox.mjs [dir-or-zip]     (default: .output/firefox-mv2)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Warnings reviewed and explained in docs/store/review-notes.md: code, and the file it may come from. */
export const EXPLAINED = [
  // Preact's renderer supports `dangerouslySetInnerHTML`; Safe Nudge never passes it (no
  // component uses it), so the assignment never runs. The shared chunk is named after its first module.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/[\w-]+\.js$/, why: "Preact's dangerouslySetInnerHTML path, unused" },
  // The page script imports the reminder UI from the package: import(runtime.getURL(<constant path>)).
  { code: 'UNSAFE_VAR_ASSIGNMENT', message: /^Unsafe call to import/, file: /^nudge\.js$/, why: 'import(runtime.getURL(...)) of the packaged reminder UI' },
  // The reminder UI imports the photo check's picture reduction the same way (content/lazy-module.ts).
  { code: 'UNSAFE_VAR_ASSIGNMENT', message: /^Unsafe call to import/, file: /^content-scripts\/reminder-ui\.js$/, why: 'import(runtime.getURL(...)) of the packaged picture reduction' },
];

const target = process.argv[2] ?? join(root, '.output', 'firefox-mv2');
if (!existsSync(target)) {
  console.error(`lint-firefox: ${relative(root, target)} not found (run: npx wxt build -b firefox)`);
  process.exit(1);
}
const result = spawnSync(join(root, 'node_modules', '.bin', 'addons-linter'), ['--output', 'json', target], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`lint-firefox: addons-linter gave no report (exit ${result.status})\n${result.stderr}`);
  process.exit(1);
}

const explained = (item) =>
  EXPLAINED.find((e) => e.code === item.code && e.file.test(item.file ?? '') && (!e.message || e.message.test(item.message ?? '')));
const line = (item) => `${item.code} ${item.file ?? ''}${item.line ? `:${item.line}` : ''} — ${item.message}`;
const unexplained = report.warnings.filter((w) => !explained(w));
console.log(`addons-linter on ${relative(root, target)}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
for (const error of report.errors) console.error(`  ✗ error ${line(error)}`);
for (const warning of report.warnings) {
  const reason = explained(warning);
  if (reason) console.log(`  ~ warning ${line(warning)} (explained: ${reason.why}; docs/store/review-notes.md)`);
  else console.error(`  ✗ warning ${line(warning)} (not explained in docs/store/review-notes.md)`);
}
for (const notice of report.notices) console.log(`  · notice ${line(notice)}`);
process.exit(report.errors.length || unexplained.length ? 1 : 0);
