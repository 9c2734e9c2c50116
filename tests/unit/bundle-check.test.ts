/**
 * The bundle check (scripts/check-bundle.mjs, run by `npm test` after the builds) must catch
 * each way a bundle could reach the network or load remote code, and each manifest that would
 * allow it. Checked here on small made-up bundles, so the check can't quietly pass everything.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

type Result = { problems: string[]; allowed: number };
let checkBundle: (dir: string) => Result;

beforeAll(async () => {
  const path = join(__dirname, '../../scripts/check-bundle.mjs');
  ({ checkBundle } = (await import(/* @vite-ignore */ path)) as { checkBundle: typeof checkBundle });
});

const GOOD_MANIFEST = {
  manifest_version: 3,
  permissions: ['storage'],
  host_permissions: ['https://www.facebook.com/*', 'https://www.instagram.com/*'],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
  content_scripts: [{ matches: ['https://www.facebook.com/*'], js: ['nudge.js'] }],
  web_accessible_resources: [{ resources: ['content-scripts/reminder-ui.js'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
};

const dirs: string[] = [];
function bundle(files: Record<string, string>, manifest: Record<string, unknown> = GOOD_MANIFEST): string {
  const dir = mkdtempSync(join(tmpdir(), 'sn-bundle-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('check-bundle', () => {
  it('passes a clean bundle, and allows only the exact shape of Vite\'s modulepreload polyfill', () => {
    const polyfill =
      'const t=document.createElement("link").relList;if(t&&t.supports&&t.supports("modulepreload"))return;' +
      'function n(s){if(s.ep)return;s.ep=!0;const o=r(s);fetch(s.href,o)}';
    const result = checkBundle(bundle({
      'nudge.js': 'window.addEventListener("click",()=>{},true);const u="https://www.facebook.com/friends";',
      'chunks/x.js': polyfill,
      'popup.html': '<script type="module" src="/chunks/popup.js"></script>',
    }));
    expect(result.problems).toEqual([]);
    expect(result.allowed).toBe(1);
  });

  it.each([
    ['fetch', 'fetch("https://example.com/collect",{method:"POST"})'],
    ['fetch on globalThis', 'globalThis.fetch(u)'],
    ['XMLHttpRequest', 'const x=new XMLHttpRequest;x.open("GET",u)'],
    ['WebSocket', 'new WebSocket("wss://example.com")'],
    ['sendBeacon', 'navigator.sendBeacon("https://example.com",d)'],
    ['EventSource', 'new EventSource(u)'],
    ['importScripts', 'importScripts("https://cdn.example.com/x.js")'],
    ['remote import()', 'import("https://cdn.example.com/x.js")'],
    ['eval', 'eval(code)'],
    ['new Function', 'new Function("return 1")'],
  ])('catches %s in a script', (_, code) => {
    expect(checkBundle(bundle({ 'background.js': code })).problems).toHaveLength(1);
  });

  it('catches a remote script or style in an extension page', () => {
    const result = checkBundle(bundle({
      'options.html': '<script src="https://cdn.example.com/a.js"></script><link rel="stylesheet" href="//fonts.example.com/f.css">',
    }));
    expect(result.problems).toHaveLength(2);
  });

  it('a fetch that only looks like the polyfill elsewhere is still caught', () => {
    expect(checkBundle(bundle({ 'background.js': 'fetch(s.href,o)' })).problems).toHaveLength(1);
  });

  it.each([
    ['no CSP', { content_security_policy: undefined }],
    ['a remote script source', { content_security_policy: { extension_pages: "script-src 'self' https://cdn.example.com" } }],
    ['unsafe-eval', { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }],
    ['all sites', { host_permissions: ['<all_urls>'] }],
    ['a host no rule lists', { host_permissions: ['https://www.facebook.com/*', 'https://tracker.example.com/*'] }],
    ['a content script on other sites', { content_scripts: [{ matches: ['https://*/*'], js: ['c.js'] }] }],
    ['native messaging', { permissions: ['storage', 'nativeMessaging'] }],
    ['web-accessible files other than the reminder UI', { web_accessible_resources: [{ resources: ['icon/128.png'], matches: ['https://*/*'], use_dynamic_url: true }] }],
    ['a web-accessible reminder UI at a fixed URL', { web_accessible_resources: [{ resources: ['content-scripts/reminder-ui.js'], matches: ['https://*/*'] }] }],
  ])('catches a manifest with %s', (_, change) => {
    expect(checkBundle(bundle({}, { ...GOOD_MANIFEST, ...change })).problems.length).toBeGreaterThan(0);
  });

  it('reads a Firefox MV2 manifest (CSP as a string, hosts in permissions)', () => {
    const mv2 = {
      manifest_version: 2,
      permissions: ['storage', 'https://www.facebook.com/*'],
      content_security_policy: "script-src 'self'; object-src 'self'",
    };
    expect(checkBundle(bundle({}, mv2)).problems).toEqual([]);
    expect(checkBundle(bundle({}, { ...mv2, web_accessible_resources: ['content-scripts/reminder-ui.js'] })).problems).toEqual([]);
    expect(checkBundle(bundle({}, { ...mv2, permissions: ['storage', '<all_urls>'] })).problems.length).toBeGreaterThan(0);
  });

  describe('the photo checker page', () => {
    const CONFINED = { ...GOOD_MANIFEST, content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'" } };
    const checker = {
      'photo-check.html': '<script type="module" src="/chunks/photo-check-abc.js"></script>',
      'chunks/photo-check-abc.js': 'import{x}from"./shared-1.js";async function m(u){return (await fetch(u)).json()}const r=new XMLHttpRequest;',
      'chunks/shared-1.js': 'export const x=1;',
    };

    it('may read its own files with fetch/XHR when connect-src confines it to the extension', () => {
      const result = checkBundle(bundle(checker, CONFINED)) as Result & { checkerAllowed: number };
      expect(result.problems).toEqual([]);
      expect(result.checkerAllowed).toBe(2);
    });

    it('without connect-src \'self\' the same code fails', () => {
      expect(checkBundle(bundle(checker)).problems.length).toBe(2);
      const open = { ...CONFINED, content_security_policy: { extension_pages: "script-src 'self'; connect-src 'self' https://cdn.example" } };
      expect(checkBundle(bundle(checker, open)).problems.length).toBeGreaterThan(0);
    });

    it('fetch in a file another page or a content script also loads still fails', () => {
      const shared = { ...checker, 'chunks/shared-1.js': 'export const x=fetch("https://example.com/")', 'popup.html': '<script type="module" src="/chunks/shared-1.js"></script>' };
      expect(checkBundle(bundle(shared, CONFINED)).problems.length).toBe(1);
      expect(checkBundle(bundle({ ...checker, 'nudge.js': 'fetch(u)' }, CONFINED)).problems.length).toBe(1);
    });

    it("fails if the e2e tests' stand-in model reached the build", () => {
      const seam = { ...checker, 'chunks/photo-check-stub.js': 'const b="safe-nudge-photo-check-test-stub";' };
      expect(checkBundle(bundle(seam, CONFINED)).problems.join('\n')).toMatch(/stand-in model/);
    });
  });
});
