#!/usr/bin/env node
/**
 * "Nothing leaves the device", checked on what ships: every built bundle in .output
 * (chrome-mv3, and firefox-mv2/-mv3 when built) must hold no way to talk to the network and no
 * remote code, and its manifest must forbid remote code and ask for host access only to the
 * social sites the rules list. Run by `npm test` after the builds (scripts/test-all.mjs).
 *
 *   node scripts/check-bundle.mjs [dir ...]     (default: every browser build in .output)
 *
 * A build fact, not a test of behaviour: the e2e network test (tests/e2e/network.e2e.ts)
 * checks the running extension makes no request.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtExtensions } from './built-extensions.mjs';

const root = join(import.meta.dirname, '..');

/** Ways code reaches the network or loads code from elsewhere. Any one of them is a failure. */
const NETWORK = [
  { what: 'fetch()', re: /\bfetch\s*\(/g },
  { what: 'XMLHttpRequest', re: /\bXMLHttpRequest\b/g },
  { what: 'WebSocket', re: /\bWebSocket\b/g },
  { what: 'sendBeacon', re: /\bsendBeacon\b/g },
  { what: 'EventSource', re: /\bEventSource\b/g },
  { what: 'WebTransport', re: /\bWebTransport\b/g },
  { what: 'RTCPeerConnection', re: /\bRTCPeerConnection\b/g },
  { what: 'importScripts()', re: /\bimportScripts\s*\(/g },
  { what: 'import() of a remote URL', re: /\bimport\s*\(\s*["'`](?:https?:)?\/\//g },
  { what: 'eval()', re: /(?<![.\w$])eval\s*\(/g },
  { what: 'new Function()', re: /\bnew\s+Function\s*\(/g },
];

/**
 * The photo checker page (photo-check.html: TensorFlow.js, nsfwjs and their WebAssembly glue)
 * reads its model and .wasm files from the extension's own origin with fetch()/XMLHttpRequest,
 * and its WebAssembly glue names importScripts() for a threaded worker it never starts. These
 * are allowed only in the files that page alone loads, and only while the manifest's policy
 * for extension pages confines every request to the extension's own files (`connect-src
 * 'self'`) and every script, worker included, to its own files (`script-src 'self'`): the
 * browser then refuses any other address. Everywhere else they are failures, as before.
 */
export const CHECKER_PAGE = 'photo-check.html';
const CHECKER_ONLY = new Set(['fetch()', 'XMLHttpRequest', 'importScripts()']);
/** The e2e tests' stand-in model (tests/e2e/photo-check-stub.ts) must never reach a build that ships. */
const TEST_SEAM = /safe-nudge-photo-check-test-stub/;

/** Remote scripts, styles, frames or objects in an HTML page of the extension. */
const REMOTE_IN_HTML = /<(?:script|link|iframe|object|embed|img)\b[^>]*\b(?:src|href|data)\s*=\s*["']?(?:https?:)?\/\//gi;

/**
 * Vite's modulepreload polyfill (chunks shared by the extension pages): it fetches the
 * extension's own <link rel=modulepreload> files early, from the extension's origin, and
 * nothing else. Allowed only in exactly that shape; `build.modulePreload: { polyfill: false }`
 * in wxt.config.ts would remove it (then this allowance can go).
 */
function isModulePreloadPolyfill(source, index) {
  const around = source.slice(Math.max(0, index - 700), index + 60);
  return /modulepreload/.test(around) && /\bfetch\(\s*[\w$]+\.href\s*,\s*[\w$]+\s*\)/.test(source.slice(index, index + 40));
}

function* files(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const excerpt = (source, index) => source.slice(Math.max(0, index - 50), index + 70).replace(/\s+/g, ' ');

/**
 * Hosts named for the site rules, read as text from vocabulary/sites.ts (the one list the
 * rules' `hosts` come from; a literal `hosts: [...]` in a rule file counts too): the manifest
 * must ask for no other.
 */
function ruleHosts() {
  const dir = join(root, 'content', 'sites');
  const text = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const table = readFileSync(join(root, 'vocabulary', 'sites.ts'), 'utf8');
  const lists = [...text.matchAll(/\bhosts\s*:\s*\[([^\]]*)\]/g), ...table.matchAll(/^\s*[\w$]+\s*:\s*\[([^\]]*)\]/gm)];
  const hosts = new Set();
  for (const block of lists) {
    for (const quoted of block[1].matchAll(/["']([^"']+)["']/g)) hosts.add(quoted[1]);
  }
  return hosts;
}

function checkManifest(dir, problems) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const where = `${relative(root, dir)}/manifest.json`;
  const csp = manifest.manifest_version >= 3 ? manifest.content_security_policy?.extension_pages : manifest.content_security_policy;
  if (typeof csp !== 'string') {
    problems.push(`${where}: no content security policy for extension pages`);
  } else {
    const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
    if (!scriptSrc.includes("'self'")) problems.push(`${where}: CSP script-src must be 'self' (is: ${csp})`);
    const extra = scriptSrc.filter((source) => source !== "'self'" && source !== "'wasm-unsafe-eval'");
    if (extra.length) problems.push(`${where}: CSP script-src allows more than the extension's own files: ${extra.join(' ')}`);
    if (/\bunsafe-eval\b|\bunsafe-inline\b|https?:|\*/.test(csp.replace(/'wasm-unsafe-eval'/g, ''))) {
      problems.push(`${where}: CSP allows inline, eval or remote code: ${csp}`);
    }
  }

  // Native messaging would let the extension talk to a program outside the browser. (The
  // webextension-polyfill's table names sendNativeMessage, so the permission is what counts.)
  if ((manifest.permissions ?? []).includes('nativeMessaging')) problems.push(`${where}: asks for nativeMessaging`);

  const known = ruleHosts();
  const hostPermissions = manifest.manifest_version >= 3
    ? manifest.host_permissions ?? []
    : (manifest.permissions ?? []).filter((p) => /:\/\/|^<all_urls>$/.test(p));
  for (const pattern of hostPermissions) {
    const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
    if (!host || host.includes('*') && !known.has(host)) problems.push(`${where}: host permission is not one listed social site: ${pattern}`);
    else if (!known.has(host)) problems.push(`${where}: host permission ${pattern} is not a host of any rule in content/sites/`);
  }
  for (const script of manifest.content_scripts ?? []) {
    for (const pattern of script.matches ?? []) {
      if (!hostPermissions.includes(pattern)) problems.push(`${where}: content script runs on ${pattern}, which is not a listed social site`);
    }
  }
  // Pages may load only the reminder UI, the chat check and the photo reduction from the extension, and in Chrome
  // only at a per-session URL (so they can't be used to tell the extension is installed).
  for (const entry of manifest.web_accessible_resources ?? []) {
    const resources = typeof entry === 'string' ? [entry] : entry.resources ?? [];
    for (const resource of resources) {
      if (!LAZY_MODULES.includes(resource)) problems.push(`${where}: web-accessible resource other than the lazily loaded modules: ${resource}`);
    }
    if (manifest.manifest_version >= 3 && entry.use_dynamic_url !== true) problems.push(`${where}: web-accessible resources without use_dynamic_url`);
  }
  return { hostPermissions: hostPermissions.length, csp };
}

/** The modules content scripts import lazily (content/reminder-import.ts, content/chat-import.ts, content/photo/input-import.ts). */
const LAZY_MODULES = ['content-scripts/reminder-ui.js', 'content-scripts/chat-check.js', 'content-scripts/photo-input.js'];

/** Scripts a page loads, and the modules they import, as paths relative to the build. */
function loadedBy(dir, page) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(join(dir, file))) return;
    seen.add(file);
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/(?:\bsrc|\bhref)\s*=\s*["']\/?([^"':]+\.js)["']|\bfrom\s*["']\.\/([^"']+\.js)["']|\bimport\s*["']\.\/([^"']+\.js)["']/g)) {
      const target = match[1] ?? join(file, '..', match[2] ?? match[3]);
      visit(target.replace(/^\.\//, ''));
    }
  };
  visit(page);
  seen.delete(page);
  return seen;
}

/** Files only the checker page loads (none of the other pages, the background or a content script). */
function checkerOnlyFiles(dir) {
  if (!existsSync(join(dir, CHECKER_PAGE))) return new Set();
  const others = new Set();
  for (const page of readdirSync(dir).filter((f) => /\.html$/.test(f) && f !== CHECKER_PAGE)) for (const f of loadedBy(dir, page)) others.add(f);
  return new Set([...loadedBy(dir, CHECKER_PAGE)].filter((f) => !others.has(f) && f.startsWith('chunks/')));
}

/** The extension pages may reach only their own files: connect-src 'self' and nothing more. */
function confinesRequests(csp) {
  const connect = /(?:^|;)\s*connect-src\s+([^;]*)/.exec(csp ?? '')?.[1]?.trim().split(/\s+/) ?? [];
  return connect.length === 1 && connect[0] === "'self'";
}

export function checkBundle(dir) {
  const problems = [];
  let scanned = 0;
  let allowed = 0;
  let checkerAllowed = 0;
  const manifest = checkManifest(dir, problems);
  const checker = confinesRequests(manifest.csp) ? checkerOnlyFiles(dir) : new Set();
  for (const path of files(dir)) {
    if (!/\.(m?js|html?)$/.test(path)) continue;
    scanned++;
    const source = readFileSync(path, 'utf8');
    const name = relative(root, path);
    const inChecker = checker.has(relative(dir, path));
    for (const { what, re } of NETWORK) {
      for (const match of source.matchAll(re)) {
        if (what === 'fetch()' && isModulePreloadPolyfill(source, match.index)) {
          allowed++;
          continue;
        }
        if (inChecker && CHECKER_ONLY.has(what)) {
          checkerAllowed++;
          continue;
        }
        problems.push(`${name}: ${what}: …${excerpt(source, match.index)}…`);
      }
    }
    if (TEST_SEAM.test(source)) problems.push(`${name}: holds the e2e tests' stand-in model (tests/e2e/photo-check-stub.ts)`);
    if (/\.html?$/.test(path)) {
      for (const match of source.matchAll(REMOTE_IN_HTML)) problems.push(`${name}: remote resource: ${match[0]}`);
    }
  }
  return { problems, scanned, allowed, checkerAllowed, checkerFiles: checker.size, ...manifest };
}

function main() {
  const dirs = builtExtensions(root, 'check-bundle');
  let failed = false;
  for (const dir of dirs) {
    const { problems, scanned, allowed, checkerAllowed, checkerFiles, hostPermissions } = checkBundle(dir);
    const label = relative(root, dir) || dir;
    if (problems.length) {
      failed = true;
      console.error(`✗ ${label}: ${problems.length} problem(s)`);
      for (const problem of problems) console.error(`  - ${problem}`);
    } else {
      console.log(
        `✓ ${label}: ${scanned} files, no network or remote code` +
          (allowed ? ` (${allowed}× Vite's modulepreload polyfill, own files only)` : '') +
          (checkerAllowed ? `; the photo checker's ${checkerFiles} file(s) read the extension's own files (${checkerAllowed} fetch/XHR sites, confined by connect-src 'self')` : '') +
          `; CSP script-src 'self'; ${hostPermissions} host permissions, all listed social sites`,
      );
    }
  }
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
