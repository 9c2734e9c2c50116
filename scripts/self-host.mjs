#!/usr/bin/env node
/**
 * `npm run self-host`: what a family or school needs to force-install Safe Nudge in Chrome or
 * Edge before it has a store listing (docs/policy.md, "Chrome and Edge: install it so it can't
 * be removed"): a signed package (.crx), the update manifest Chrome reads, and the policy to
 * paste, all for the address where they will put the two files.
 *
 *   node scripts/self-host.mjs --url https://example.org/safe-nudge/ [--key safe-nudge.pem]
 *        [--ext dist/Safe-Nudge-for-Chrome] [--out dist/self-hosted] [--chrome /path/to/chrome]
 *
 * The key decides the extension's id: keep it (it is created on the first run if the file is
 * missing) and use it for every update, or Chrome sees a different extension. Packing uses
 * the browser's own --pack-extension. Tested with a real Chromium policy in
 * tests/e2e/policy-install.e2e.ts.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Chrome's id for an extension signed with this key: the SHA-256 of its public key, first 32 hex digits written a–p. */
export function extensionIdFromKey(pem) {
  const der = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The update manifest (Chrome's "gupdate" format) that points at the package. */
export function updateManifest(id, crxUrl, version) {
  const attr = (text) => String(text).replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${attr(id)}'>
    <updatecheck codebase='${attr(crxUrl)}' version='${attr(version)}' />
  </app>
</gupdate>
`;
}

/** The machine policy that installs it for every profile and stops anyone removing or turning it off. */
export function forceInstallPolicy(id, updatesUrl, settings) {
  return {
    ExtensionInstallForcelist: [`${id};${updatesUrl}`],
    ...(settings ? { '3rdparty': { extensions: { [id]: settings } } } : {}),
  };
}

export function newKeyPem() {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
}

/** Signs `extDir` with the key as a .crx, using the browser's own packer; returns the package's bytes. */
export function packCrx(extDir, keyFile, chrome) {
  const work = mkdtempSync(join(tmpdir(), 'safe-nudge-pack-'));
  try {
    const copy = join(work, 'safe-nudge');
    cpSync(extDir, copy, { recursive: true });
    const result = spawnSync(chrome, ['--headless', '--no-sandbox', `--pack-extension=${copy}`, `--pack-extension-key=${resolve(keyFile)}`], { encoding: 'utf8' });
    const crx = `${copy}.crx`;
    if (!existsSync(crx)) throw new Error(`${basename(chrome)} did not pack the extension: ${result.stderr || result.stdout}`);
    return readFileSync(crx);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const root = join(import.meta.dirname, '..');
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      key: { type: 'string', default: 'safe-nudge.pem' },
      ext: { type: 'string', default: join(root, 'dist', 'Safe-Nudge-for-Chrome') },
      out: { type: 'string', default: join(root, 'dist', 'self-hosted') },
      chrome: { type: 'string', default: process.env.CHROMIUM_PATH || (existsSync('/usr/bin/google-chrome') ? '/usr/bin/google-chrome' : '/usr/bin/chromium') },
    },
  });
  if (!values.url) {
    console.error('usage: node scripts/self-host.mjs --url https://your-server/safe-nudge/  (where you will put the two files)');
    process.exit(2);
  }
  if (!existsSync(join(values.ext, 'manifest.json'))) {
    console.error(`no built extension in ${values.ext}: run npm run zip first`);
    process.exit(1);
  }
  const base = values.url.endsWith('/') ? values.url : `${values.url}/`;
  if (!existsSync(values.key)) {
    writeFileSync(values.key, newKeyPem(), { mode: 0o600 });
    console.log(`created ${values.key}: keep it safe and use it for every update (it decides the extension's id)`);
  }
  const id = extensionIdFromKey(readFileSync(values.key, 'utf8'));
  const { version } = JSON.parse(readFileSync(join(values.ext, 'manifest.json'), 'utf8'));
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'safe-nudge.crx'), packCrx(values.ext, values.key, values.chrome));
  writeFileSync(join(values.out, 'updates.xml'), updateManifest(id, `${base}safe-nudge.crx`, version));
  const policy = forceInstallPolicy(id, `${base}updates.xml`);
  writeFileSync(join(values.out, 'policy.json'), `${JSON.stringify(policy, null, 2)}\n`);
  console.log(`extension id: ${id} (version ${version})
put ${join(values.out, 'safe-nudge.crx')} and ${join(values.out, 'updates.xml')} at ${base}
then install ${join(values.out, 'policy.json')} as a machine policy (docs/policy.md)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
