/**
 * A local HTTPS server for the e2e tests. Chromium maps every host name to it
 * (--host-resolver-rules), Firefox too (the pref network.dns.forceResolve, on port 443), so a route keyed by host + path, such as
 * "www.facebook.com/friends/requests", serves any HTML under the site's real address: the
 * extension's host permissions, site rules and page types see the real URL.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { throwawayCertificate } from './cert.ts';

export interface Route {
  body: string | Buffer;
  type?: string;
}

export interface FixtureServer {
  port: number;
  /** Serve `body` at a full https URL (query and hash ignored); replaces an earlier route. */
  route(url: string, body: string | Buffer, type?: string): void;
  /** Requests seen, as "host/path", newest last: handy when a test wonders what was fetched. */
  requests: string[];
  close(): Promise<void>;
}

const keyOf = (host: string, path: string) => `${host.toLowerCase()}${path}`;

export interface ServerOptions {
  /** 0 (default): any free port, for Chromium's host-resolver rules. Firefox maps names only, so it needs 443. */
  port?: number;
}

export async function startServer({ port = 0 }: ServerOptions = {}): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer(throwawayCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const key = keyOf(host, path);
    requests.push(key);
    const found = routes.get(key);
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`no e2e route for ${key}`);
      return;
    }
    res.writeHead(200, {
      'content-type': found.type ?? 'text/html; charset=utf-8',
      // Tests re-route the same URL (several fixtures share one address): never cache.
      'cache-control': 'no-store',
    });
    res.end(found.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    route(url, body, type) {
      const parsed = new URL(url);
      routes.set(keyOf(parsed.hostname, parsed.pathname), { body, type });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
