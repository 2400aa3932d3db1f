/**
 * The Firefox run's only way out: a loopback proxy that every request of the browser is sent to
 * (by a PAC pref, see browser.ts). CONNECT to a fixture host on 443 is piped to the fixture
 * server; anything else is refused with 403. Every request is recorded, so a test can tell that
 * nothing but the fixture hosts was asked for, whoever asked: a page, a content script or the
 * extension's background.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { HOSTS } from '../paths';

export interface FixtureProxy {
  port: number;
  /** Every request the browser made: `https://host/` for a CONNECT, the absolute URL otherwise. */
  requests: { url: string; at: number }[];
  close(): Promise<void>;
}

/** Starts the proxy in front of the fixture server listening on 127.0.0.1:`fixturePort`. */
export async function startFixtureProxy(fixturePort: number): Promise<FixtureProxy> {
  const requests: FixtureProxy['requests'] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0 && head.length < 16_384) return;
      client.off('data', onData);
      client.pause(); // until piped: bytes after the header wait instead of being dropped
      const rest = end < 0 ? Buffer.alloc(0) : head.subarray(end + 4);
      const line = head.toString('latin1').split('\r\n', 1)[0];
      const connect = /^CONNECT \[?([^\]\s]+?)\]?:(\d+) HTTP\/1\.[01]$/.exec(line);
      const plain = /^[A-Z]+ (\S+) HTTP\/1\.[01]$/.exec(line);
      const url = connect ? `https://${connect[1]}${connect[2] === '443' ? '' : `:${connect[2]}`}/` : (plain?.[1] ?? `(unparsed) ${line.slice(0, 80)}`);
      requests.push({ url, at: Date.now() });
      if (!connect || connect[2] !== '443' || !HOSTS.includes(connect[1].toLowerCase())) {
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
        return;
      }
      const upstream = net.connect(fixturePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (rest.length) upstream.write(rest);
        client.pipe(upstream);
        upstream.pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
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
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
