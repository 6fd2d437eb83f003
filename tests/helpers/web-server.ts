import {createServer, type IncomingHttpHeaders, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {afterEach} from 'vitest';

/** One canned answer. A function route decides per request (and can count, delay or stream). */
export interface Page {
  status?: number;
  type?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Compress the body as a real server would. */
  encoding?: 'gzip' | 'br';
  /** Answer 304 to a request carrying this ETag / date, as servers with validators do. */
  etag?: string;
  lastModified?: string;
  /** Wait this long before answering. */
  delayMs?: number;
}

/** A request the server saw. */
export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

/** A local test server on 127.0.0.1: fixtures only, never the network. */
export interface TestServer {
  /** http://127.0.0.1:PORT */
  base: string;
  url(path: string): string;
  /** Sets or replaces a route. */
  route(path: string, page: Page | ((res: ServerResponse) => void)): void;
  requests: SeenRequest[];
  close(): Promise<void>;
}

const open: TestServer[] = [];
afterEach(async () => {
  while (open.length) await open.pop()?.close();
});

/** Starts a server with `routes` (path → page); unknown paths answer 404. Closed after each test. */
export async function startServer(
  routes: Record<string, Page> = {},
  host = '127.0.0.1',
): Promise<TestServer> {
  const table = new Map<string, Page | ((res: ServerResponse) => void)>(Object.entries(routes));
  const requests: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({path, headers: req.headers});
    const page = table.get(path) ?? table.get(path.split('?')[0] ?? path);
    if (!page) {
      res.writeHead(404, {'content-type': 'text/html'}).end('<h1>Not found</h1>');
      return;
    }
    if (typeof page === 'function') {
      page(res);
      return;
    }
    const answer = (): void => {
      // As HTTP says: If-None-Match, when sent, decides alone; If-Modified-Since only without it.
      const tag = req.headers['if-none-match'];
      const since = req.headers['if-modified-since'];
      if (
        tag !== undefined
          ? page.etag !== undefined && tag === page.etag
          : page.lastModified !== undefined && since === page.lastModified
      ) {
        res.writeHead(304).end();
        return;
      }
      let body = Buffer.from(page.body ?? '');
      const headers: Record<string, string> = {
        'content-type': page.type ?? 'text/html; charset=utf-8',
        ...page.headers,
      };
      if (page.etag) headers.etag = page.etag;
      if (page.lastModified) headers['last-modified'] = page.lastModified;
      if (page.encoding === 'gzip') body = gzipSync(body);
      if (page.encoding === 'br') body = brotliCompressSync(body);
      if (page.encoding) headers['content-encoding'] = page.encoding;
      headers['content-length'] = String(body.length);
      res.writeHead(page.status ?? 200, headers).end(body);
    };
    if (page.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, page.delayMs);
      timers.add(timer);
    } else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const {port} = server.address() as AddressInfo;
  const base = `http://${host}:${port}`;
  const handle: TestServer = {
    base,
    url: (path) => `${base}${path}`,
    route: (path, page) => void table.set(path, page),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.push(handle);
  return handle;
}
