/** Where things are, and which host names the fixture server answers for. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = path.join(ROOT, 'tests/e2e/fixtures');
export const FIXTURES_SRC = path.join(FIXTURES_DIR, 'src');
/** What `wxt build` writes. The harness copies it away before loading it (see build.ts). */
export const WXT_OUTPUT = path.join(ROOT, '.output/chrome-mv3');
/** What `wxt build -b firefox --mv3` writes. */
export const WXT_OUTPUT_FIREFOX = path.join(ROOT, '.output/firefox-mv3');

export type Site = 'x' | 'facebook' | 'linkedin';
export const SITES: readonly Site[] = ['x', 'facebook', 'linkedin'];

/** The real host names, all mapped to the one loopback fixture server. */
export const HOST_SITE: Readonly<Record<string, Site>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
};
export const HOSTS = Object.keys(HOST_SITE);

export const ORIGIN: Readonly<Record<Site, string>> = {
  x: 'https://x.com',
  facebook: 'https://www.facebook.com',
  linkedin: 'https://www.linkedin.com',
};
