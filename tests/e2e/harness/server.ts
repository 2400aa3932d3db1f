/**
 * One loopback HTTPS server for all four host names, routing by the Host header: x.com and
 * twitter.com get the X app, www.facebook.com the Facebook app, www.linkedin.com the LinkedIn app.
 * Every path that is not an asset gets the app's HTML (single-page-app fallback), so
 * /compose/post, /preload/sharebox/ and /bakery/status/1 all load the right app.
 */
import https from 'node:https';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { HOST_SITE, SITES, type Site } from './paths';

export interface FixtureServer {
  port: number;
  /** Every request served: `https://host/path`. */
  requests: string[];
  close(): Promise<void>;
}

const TITLES: Record<Site, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };
const ROOT_ID: Record<Site, string> = { x: 'react-root', facebook: 'mount', linkedin: 'mount' };

function shell(site: Site): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLES[site]}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/__fixture/${site}.css">
</head>
<body>
<div id="${ROOT_ID[site]}"></div>
<script src="/__fixture/${site}.js"></script>
</body>
</html>
`;
}

export async function startFixtureServer(opts: { fixturesDir: string; key: string; cert: string }): Promise<FixtureServer> {
  const assets = new Map<string, { type: string; body: Buffer }>();
  const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };
  for (const f of readdirSync(opts.fixturesDir)) {
    const type = TYPES[path.extname(f)];
    if (type) assets.set(`/__fixture/${f}`, { type, body: readFileSync(path.join(opts.fixturesDir, f)) });
  }
  for (const site of SITES) if (!assets.has(`/__fixture/${site}.js`)) throw new Error(`fixture bundle ${site}.js missing in ${opts.fixturesDir}`);
  const html = new Map(SITES.map((s) => [s, Buffer.from(shell(s))]));
  const requests: string[] = [];

  const server = https.createServer({ key: opts.key, cert: opts.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'unknown'}`);
    requests.push(`https://${host}${url.pathname}`);
    const site = HOST_SITE[host];
    const headers = { 'cache-control': 'no-store' };
    if (!site) {
      res.writeHead(421, { ...headers, 'content-type': 'text/plain' }).end(`not a fixture host: ${host}\n`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    const asset = assets.get(url.pathname);
    if (asset) {
      res.writeHead(200, { ...headers, 'content-type': asset.type }).end(req.method === 'HEAD' ? undefined : asset.body);
      return;
    }
    if (url.pathname.startsWith('/__fixture/') || /\.(js|css|png|ico|svg|json|map)$/.test(url.pathname)) {
      res.writeHead(404, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : html.get(site));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
