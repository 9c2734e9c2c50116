#!/usr/bin/env node
/**
 * `npm run zip`: everything a parent or a store needs, in a folder a parent can find: `dist/`
 * (not the hidden `.output/`, which most file pickers don't show).
 *
 *   dist/Safe-Nudge-for-Chrome/          the unpacked extension: Chrome/Edge "Load unpacked" picks this folder
 *   dist/Safe-Nudge-for-Firefox/         the same for Firefox ("Load Temporary Add-on": its manifest.json)
 *   dist/safe-nudge-<version>-chrome.zip    for the Chrome Web Store and Edge Add-ons
 *   dist/safe-nudge-<version>-firefox.zip   for addons.mozilla.org (signing)
 *   dist/safe-nudge-<version>-sources.zip   the source code Mozilla's review asks for
 *   dist/READ-ME-FIRST.txt               which one to pick
 *
 * Builds with WXT (`wxt zip`, Chrome then Firefox), which also leaves the builds in .output for
 * the tests. `node scripts/package.mjs --check` only checks that dist/ is complete.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
export const DIST = join(root, 'dist');

/** What `npm run zip` leaves in dist/, and where each piece comes from in .output. */
export function distPlan(version) {
  return {
    folders: [
      { from: 'chrome-mv3', to: 'Safe-Nudge-for-Chrome' },
      { from: 'firefox-mv2', to: 'Safe-Nudge-for-Firefox' },
    ],
    zips: ['chrome', 'firefox', 'sources'].map((kind) => `safe-nudge-${version}-${kind}.zip`),
    readme: 'READ-ME-FIRST.txt',
  };
}

export function readMeFirst(version) {
  return `Safe Nudge ${version}

To try it or use it at home without a store:

  Chrome or Edge
    1. Open chrome://extensions (Edge: edge://extensions).
    2. Turn on "Developer mode".
    3. Choose "Load unpacked" and pick the folder Safe-Nudge-for-Chrome (this folder's neighbour).
    Keep the folder where it is: the browser loads Safe Nudge from it.

  Firefox
    1. Open about:debugging#/runtime/this-firefox
    2. Choose "Load Temporary Add-on" and pick manifest.json inside Safe-Nudge-for-Firefox.
    Firefox removes a temporary add-on when it restarts; a signed package comes with the store release.

The .zip files are for the stores: safe-nudge-${version}-chrome.zip (Chrome Web Store, Edge Add-ons),
safe-nudge-${version}-firefox.zip and safe-nudge-${version}-sources.zip (addons.mozilla.org).
To install it for every account on a computer so that it can't be removed, see docs/policy.md.
`;
}

function run(args) {
  const result = spawnSync('npx', ['--no-install', ...args], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function checkDist(dir = DIST) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const plan = distPlan(version);
  const missing = [
    ...plan.folders.map((f) => join(f.to, 'manifest.json')),
    ...plan.zips,
    plan.readme,
  ].filter((path) => !existsSync(join(dir, path)));
  return { version, plan, missing };
}

function main() {
  if (process.argv.includes('--check')) {
    const { missing } = checkDist();
    if (missing.length) {
      console.error(`dist/ is missing: ${missing.join(', ')} (run: npm run zip)`);
      process.exit(1);
    }
    console.log('dist/ is complete');
    return;
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const plan = distPlan(version);
  run(['wxt', 'zip']);
  run(['wxt', 'zip', '-b', 'firefox']);
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  for (const { from, to } of plan.folders) cpSync(join(root, '.output', from), join(DIST, to), { recursive: true });
  for (const zip of plan.zips) copyFileSync(join(root, '.output', zip), join(DIST, zip));
  writeFileSync(join(DIST, plan.readme), readMeFirst(version));
  console.log(`\ndist/ ready:\n${[...plan.folders.map((f) => `  ${f.to}/`), ...plan.zips.map((z) => `  ${z}`), `  ${plan.readme}`].join('\n')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
