import type {ServerResponse} from 'node:http';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {WebError} from '../../src/web/errors.js';
import {createFetcher, USER_AGENT} from '../../src/web/fetch.js';
import {startServer} from '../helpers/web-server.js';

async function failure(promise: Promise<unknown>): Promise<WebError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof WebError) return err;
    throw err;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetching', () => {
  it('sends a clear User-Agent, accepts compression and decompresses gzip and brotli', async () => {
    const text = 'Grüße aus dem Hafen. '.repeat(200);
    const server = await startServer({
      '/gz': {body: text, encoding: 'gzip'},
      '/br': {body: text, encoding: 'br'},
    });
    const fetcher = createFetcher();
    try {
      for (const path of ['/gz', '/br']) {
        const res = await fetcher.get({url: server.url(path)});
        expect(res.body.toString('utf8')).toBe(text);
        expect(res.status).toBe(200);
      }
    } finally {
      fetcher.close();
    }
    expect(server.requests[0]?.headers['user-agent']).toBe(USER_AGENT);
    expect(server.requests[0]?.headers['accept-encoding']).toMatch(/gzip.*br/);
  });

  it('follows up to 5 redirects, relative ones too, and stops a redirect loop with one line', async () => {
    const server = await startServer({'/end': {body: 'arrived'}});
    for (let i = 0; i < 5; i++)
      server.route(`/hop${i}`, (res) =>
        res.writeHead(302, {location: i === 4 ? '/end' : `/hop${i + 1}`}).end(),
      );
    server.route('/loop', (res) => res.writeHead(301, {location: '/loop'}).end());
    const fetcher = createFetcher();
    try {
      const res = await fetcher.get({url: server.url('/hop0')});
      expect(res.body.toString()).toBe('arrived');
      expect(res.url).toBe(server.url('/end'));
      const err = await failure(fetcher.get({url: server.url('/loop')}));
      expect(err.kind).toBe('redirects');
      expect(err.message).toBe('more than 5 redirects (a redirect loop?)');
      // The first request and five redirects followed: the sixth is refused, not fetched.
      expect(server.requests.filter((r) => r.path === '/loop')).toHaveLength(6);
    } finally {
      fetcher.close();
    }
  });

  it('sends a request again on a new connection when the kept-alive one it went out on was closed', async () => {
    // As a server does with a connection left idle past its keep-alive timeout (Node's 5 s) while brief was busy
    // reading a large page: it closes it as the next request arrives, and answers that request on a new one.
    const server = await startServer();
    const served = new WeakSet<object>();
    const answer = (body: string) => (res: ServerResponse) => {
      const socket = res.socket;
      if (!socket) return;
      if (served.has(socket)) {
        socket.destroy();
        return;
      }
      served.add(socket);
      res.writeHead(200, {'content-type': 'text/plain'}).end(body);
    };
    server.route('/first', answer('first'));
    server.route('/second', answer('second'));
    server.route('/reset', (res) => res.socket?.destroy());
    const fetcher = createFetcher();
    try {
      expect((await fetcher.get({url: server.url('/first')})).body.toString()).toBe('first');
      expect((await fetcher.get({url: server.url('/second')})).body.toString()).toBe('second');
      expect(server.requests.map((r) => r.path)).toEqual(['/first', '/second', '/second']);
    } finally {
      fetcher.close();
    }
    // A new connection closed before it answers is a failure, said once: not sent again.
    const fresh = createFetcher();
    try {
      const err = await failure(fresh.get({url: server.url('/reset')}));
      expect(err.message).toBe('the connection to 127.0.0.1 was closed before the answer was complete');
      expect(server.requests.filter((r) => r.path === '/reset')).toHaveLength(1);
    } finally {
      fresh.close();
    }
  });

  it('refuses addresses that are not http or https, also as a redirect target', async () => {
    const server = await startServer();
    server.route('/to-file', (res) => res.writeHead(302, {location: 'file:///etc/passwd'}).end());
    const fetcher = createFetcher();
    try {
      expect((await failure(fetcher.get({url: 'ftp://127.0.0.1/x'}))).kind).toBe('scheme');
      const err = await failure(fetcher.get({url: server.url('/to-file')}));
      expect(err.kind).toBe('scheme');
      expect(err.message).toContain('only http and https');
    } finally {
      fetcher.close();
    }
  });

  it('says in words when a redirect names no address, or an https address answers in plain http', async () => {
    const server = await startServer();
    server.route('/to-nowhere', (res) => res.writeHead(302, {location: 'http://[broken'}).end());
    const fetcher = createFetcher();
    try {
      const bad = await failure(fetcher.get({url: server.url('/to-nowhere')}));
      expect(bad.kind).toBe('redirects');
      expect(bad.message).toMatch(/redirected to no web address \(http:\/\/\[broken\)$/);
      const plain = await failure(fetcher.get({url: server.url('/x').replace(/^http:/, 'https:')}));
      expect(plain.message).toMatch(/^secure connection to 127\.0\.0\.1:\d+ failed/);
      expect(plain.message).not.toContain('EPROTO');
    } finally {
      fetcher.close();
    }
  });

  it('says which HTTP status came back, and whether trying again may help', async () => {
    const server = await startServer({
      '/gone': {status: 404, body: 'no'},
      '/broken': {status: 500, body: 'oops'},
    });
    const fetcher = createFetcher();
    try {
      const notFound = await failure(fetcher.get({url: server.url('/gone')}));
      expect(notFound.message).toBe('HTTP 404 Not Found');
      expect(notFound.transient).toBe(false);
      const broken = await failure(fetcher.get({url: server.url('/broken')}));
      expect(broken.message).toBe('HTTP 500 Internal Server Error');
      expect(broken.transient).toBe(true);
    } finally {
      fetcher.close();
    }
  });

  it('stops a body past the size cap, declared or streamed, and counts decompressed bytes', async () => {
    const server = await startServer({
      '/declared': {body: Buffer.alloc(300_000, 'a')},
      // 20 MB of zeros gzip to ~20 KB: the cap must apply to what it inflates to.
      '/bomb': {body: gzipSync(Buffer.alloc(20 * 1024 * 1024)), headers: {'content-encoding': 'gzip'}},
    });
    let streamed = 0;
    server.route('/endless', (res) => {
      res.writeHead(200, {'content-type': 'text/html'});
      const chunk = Buffer.alloc(64 * 1024, 'b');
      const pump = (): void => {
        // Bounded, so a broken client cannot keep the test server busy.
        while (streamed < 50 && res.write(chunk)) streamed++;
        if (streamed < 50) res.once('drain', pump);
        else res.end();
      };
      res.on('close', () => (streamed = 50));
      pump();
    });
    const fetcher = createFetcher({maxBytes: 100_000});
    try {
      for (const path of ['/declared', '/endless', '/bomb']) {
        const err = await failure(fetcher.get({url: server.url(path)}));
        expect(err.kind, path).toBe('too-large');
        // Its size when the answer declared it, else the limit alone, as a file too large to add is said.
        expect(err.message).toBe(
          path === '/declared'
            ? 'too large (0.3 MB; the limit is 0.1 MB)'
            : 'too large (the limit is 0.1 MB)',
        );
      }
    } finally {
      fetcher.close();
    }
  });

  it('times out a server that never answers', async () => {
    const server = await startServer({'/slow': {body: 'late', delayMs: 20_000}});
    const fetcher = createFetcher({timeoutMs: 300});
    try {
      const err = await failure(fetcher.get({url: server.url('/slow')}));
      expect(err.kind).toBe('timeout');
      expect(err.message).toBe('no complete answer within 0.3 s');
      expect(err.transient).toBe(true);
    } finally {
      fetcher.close();
    }
  });

  it('names a refused connection and a host that does not resolve', async () => {
    const server = await startServer();
    const closed = server.url('/');
    await server.close();
    const fetcher = createFetcher();
    try {
      const refused = await failure(fetcher.get({url: closed}));
      expect(refused.kind).toBe('refused');
      expect(refused.message).toMatch(/^connection refused by 127\.0\.0\.1:\d+$/);
      // .invalid never resolves (RFC 6761), with or without a network.
      const dns = await failure(fetcher.get({url: 'http://brief-test.invalid/feed'}));
      expect(dns.kind).toBe('dns');
      expect(dns.message).toBe('cannot find the host brief-test.invalid (DNS lookup failed)');
    } finally {
      fetcher.close();
    }
  });

  it('sends the validators it holds and reports 304 Not Modified with an empty body', async () => {
    const server = await startServer({
      '/feed': {body: '<rss/>', etag: '"v1"', lastModified: 'Mon, 01 Jul 2024 08:00:00 GMT'},
    });
    const fetcher = createFetcher();
    try {
      const first = await fetcher.get({url: server.url('/feed')});
      expect(first.etag).toBe('"v1"');
      const again = await fetcher.get({
        url: server.url('/feed'),
        etag: first.etag,
        lastModified: first.lastModified,
      });
      expect(again.notModified).toBe(true);
      expect(again.body.length).toBe(0);
      expect(server.requests[1]?.headers['if-none-match']).toBe('"v1"');
      expect(server.requests[1]?.headers['if-modified-since']).toBe('Mon, 01 Jul 2024 08:00:00 GMT');
    } finally {
      fetcher.close();
    }
  });
});
