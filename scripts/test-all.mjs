#!/usr/bin/env node
// `npm test`: everything, as separate named steps that stop at the first failure.
// typecheck → unit tests → build and package for Chrome and Firefox (dist/, as a parent gets it)
// → bundle check → size budget → Firefox lint (addons-linter) → end-to-end tests in Chromium.
// The last line is "N passed, N failed" over the unit and end-to-end tests.
//   node scripts/test-all.mjs [--from "build chrome"]   (start at a named step)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'tests', 'e2e', '.tmp', 'reports');
mkdirSync(reports, { recursive: true });

const vitest = (name, ...args) => {
  const report = join(reports, `${name}.json`);
  return { report, args: ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`] };
};
const unit = vitest('unit');
const e2e = vitest('e2e', '-c', 'vitest.e2e.config.ts');

const steps = [
  { name: 'typecheck', args: ['tsc', '--noEmit'], before: ensurePrepared },
  { name: 'unit tests', args: unit.args, report: unit.report },
  // Builds Chrome and Firefox into .output (what the checks and e2e tests load) and puts the
  // unpacked folders and store zips in dist/, where a parent finds them (scripts/package.mjs).
  { name: 'build and package', args: ['node', 'scripts/package.mjs'] },
  // Nothing leaves the device: no network APIs or remote code in the bundles, CSP, host permissions.
  { name: 'bundle check', args: ['node', 'scripts/check-bundle.mjs'] },
  // What loads in every social page stays small: size budget of the content scripts (docs/performance.md).
  { name: 'size budget', args: ['node', 'scripts/check-size.mjs'] },
  // Mozilla's own review checks on the Firefox build: no errors allowed (docs/store/review-notes.md).
  { name: 'firefox lint', args: ['node', 'scripts/lint-firefox.mjs'] },
  { name: 'e2e tests', args: e2e.args, report: e2e.report },
];

// tsc reads .wxt/tsconfig.json, which `wxt prepare` writes (npm's postinstall does too).
function ensurePrepared() {
  if (!existsSync(join(root, '.wxt', 'tsconfig.json'))) return run(['wxt', 'prepare']);
  return 0;
}

function run(args) {
  const result = spawnSync('npx', ['--no-install', ...args], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

function counts(report) {
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    return {
      passed: json.numPassedTests ?? 0,
      failed: json.numFailedTests ?? 0,
      skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
      failedFiles: json.numFailedTestSuites ?? 0,
    };
  } catch {
    return null;
  }
}

const fromArg = process.argv.indexOf('--from');
const from = fromArg > 0 ? steps.findIndex((step) => step.name === process.argv[fromArg + 1]) : 0;
if (from < 0) {
  console.error(`unknown step "${process.argv[fromArg + 1]}"; steps: ${steps.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const total = { passed: 0, failed: 0, skipped: 0 };
const lines = steps.slice(0, from).map((step) => `  --   ${step.name} (skipped by --from)`);
let failedStep = null;
for (const step of steps.slice(from)) {
  console.log(`\n━━ ${step.name} ━━  npx ${step.args.join(' ')}\n`);
  if (step.report) rmSync(step.report, { force: true });
  const started = Date.now();
  const status = (step.before?.() || 0) || run(step.args);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const tests = step.report ? counts(step.report) : null;
  // A test file that fails to load (say, CI without Chromium) has no failed test: count it.
  if (tests && status !== 0 && tests.failed === 0) tests.failed = Math.max(1, tests.failedFiles);
  if (tests) for (const key of Object.keys(total)) total[key] += tests[key];
  const detail = tests ? ` (${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped)` : '';
  lines.push(`  ${status === 0 ? 'ok  ' : 'FAIL'} ${step.name}${detail} ${seconds}s`);
  if (status !== 0) {
    failedStep = step.name;
    // A test step that fails without a report (a crash, a config error) still counts as a failure.
    if (step.report && !tests) total.failed += 1;
    break;
  }
}

for (const step of steps.slice(lines.length)) lines.push(`  --   ${step.name} (not run)`);
console.log(`\n━━ summary ━━\n${lines.join('\n')}`);
console.log(failedStep ? `stopped at: ${failedStep}` : 'all steps passed');
if (total.skipped) console.log(`${total.skipped} skipped`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(failedStep ? 1 : 0);
