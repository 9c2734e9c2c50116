/**
 * A throwaway TLS certificate for the e2e server, made at test time with the system openssl
 * into tests/e2e/.tmp (gitignored). Chromium is started with --ignore-certificate-errors, so
 * the certificate only has to exist; it is never trusted anywhere else.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TMP_DIR } from './paths.ts';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

export function throwawayCertificate(): Certificate {
  mkdirSync(TMP_DIR, { recursive: true });
  const keyPath = join(TMP_DIR, 'server.key');
  const certPath = join(TMP_DIR, 'server.crt');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    const openssl = process.env.OPENSSL_PATH || (existsSync('/usr/bin/openssl') ? '/usr/bin/openssl' : 'openssl');
    execFileSync(
      openssl,
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=safe-nudge-e2e',
        '-keyout', keyPath, '-out', certPath],
      { stdio: 'pipe' },
    );
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
