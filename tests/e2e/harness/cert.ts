/** A per-run self-signed certificate for the four host names (made with openssl, never committed). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HOSTS } from './paths';

export interface Certificate {
  key: string;
  cert: string;
}

export function makeCertificate(dir: string): Certificate {
  const keyFile = path.join(dir, 'fixture-key.pem');
  const certFile = path.join(dir, 'fixture-cert.pem');
  const san = HOSTS.map((h) => `DNS:${h}`).join(',');
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile, '-out', certFile,
        '-days', '2', '-subj', '/CN=postlint-e2e-fixtures', '-addext', `subjectAltName=${san}`],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (e) {
    const err = e as { code?: string; stderr?: Buffer };
    if (err.code === 'ENOENT') throw new Error('openssl not found: install it (apt-get install openssl)');
    throw new Error(`openssl could not make the fixture certificate: ${err.stderr?.toString() ?? e}`);
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
}
