import http from 'node:http';
import https from 'node:https';
import type {Socket} from 'node:net';
import type {Readable} from 'node:stream';
import zlib from 'node:zlib';
import {tooLarge as sizeTooLarge} from '../library/too-large.js';
import {WebError} from './errors.js';

// node:http rather than fetch(): brief needs a connect timeout apart from the total one, a size cap that counts
// decompressed bytes (a small gzip can inflate to gigabytes), redirects counted and checked for their scheme, and
// no undici at start-up (the build leaves `fetch` undefined for that reason).

/** Limits every request keeps to. */
export interface FetchLimits {
  /** Longest wait for the connection (TCP and TLS). Default 10 s. */
  connectTimeoutMs: number;
  /** Longest a whole request may take, redirects and body included. Default 30 s. */
  timeoutMs: number;
  /** Largest body accepted, counted after decompression. Default 10 MB. */
  maxBytes: number;
  /** Most redirects followed. Default 5. */
  maxRedirects: number;
  userAgent: string;
}

/** One GET: the address, what it accepts, and the validators of the copy already held. */
export interface FetchRequest {
  url: string;
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

/** What came back. `body` is empty when `notModified`. */
export interface FetchResponse {
  /** The address after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  body: Buffer;
}

/** Fetches over keep-alive connections; close() ends them. */
export interface Fetcher {
  get(request: FetchRequest): Promise<FetchResponse>;
  close(): void;
}

/** How brief introduces itself to servers. */
export const USER_AGENT = `brief/${process.env.BRIEF_VERSION ?? 'dev'} (terminal newsreader; offline reading)`;

/** The defaults: 10 s to connect, 30 s in all, 10 MB, 5 redirects. */
export const DEFAULT_LIMITS: FetchLimits = {
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: USER_AGENT,
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** Words for a socket error a person can act on. */
export function networkError(err: unknown, url: URL): WebError {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? '';
  const host = url.hostname;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA'].includes(code))
    return new WebError('dns', `cannot find the host ${host} (DNS lookup failed)`);
  if (code === 'ECONNREFUSED') return new WebError('refused', `connection refused by ${host}:${port}`);
  if (code === 'ETIMEDOUT') return new WebError('timeout', `connection to ${host}:${port} timed out`);
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return new WebError('network', `the connection to ${host} was closed before the answer was complete`);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return new WebError('network', `cannot reach ${host} (no route to the host)`);
  // ("EPROTO": what answered on the https port spoke no TLS: a plain http server, or a proxy in the way.)
  if (code === 'EPROTO')
    return new WebError(
      'network',
      `secure connection to ${host}:${port} failed (it does not answer in https)`,
    );
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL'))
    return new WebError('network', `secure connection to ${host} failed (${code})`);
  const message = err instanceof Error ? err.message : String(err);
  return new WebError('network', `network error with ${host}: ${code || message}`);
}

function header(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function decoderFor(encoding: string | null): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

// `stale`: the kept-alive connection the request went out on had been closed by the server (idle too long while
// this process was busy, say reading a large page): nothing was answered, so the request is sent again.
type Hop = {redirect: string} | {response: FetchResponse} | {stale: true};

/** Creates a fetcher with the given limits over its own keep-alive agents. */
export function createFetcher(overrides: Partial<FetchLimits> = {}): Fetcher {
  const limits: FetchLimits = {...DEFAULT_LIMITS, ...overrides};
  const agents = {
    'http:': new http.Agent({keepAlive: true}),
    'https:': new https.Agent({keepAlive: true}),
  };

  const hop = (url: URL, request: FetchRequest, deadline: number, fresh = false): Promise<Hop> =>
    new Promise((resolve, reject) => {
      const protocol = url.protocol as 'http:' | 'https:';
      const headers: Record<string, string> = {
        'user-agent': limits.userAgent,
        accept: request.accept ?? '*/*',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (request.etag) headers['if-none-match'] = request.etag;
      if (request.lastModified) headers['if-modified-since'] = request.lastModified;
      let settled = false;
      let responded = false;
      let connectTimer: NodeJS.Timeout | null = null;
      const req = (protocol === 'https:' ? https : http).request(url, {
        method: 'GET',
        headers,
        // Sent again after a stale connection: on a new one, as other idle ones to the host may be as stale.
        agent: fresh ? false : agents[protocol],
      });
      const finish = (err: WebError | null, value?: Hop): void => {
        if (settled) return;
        settled = true;
        clearTimeout(totalTimer);
        if (connectTimer) clearTimeout(connectTimer);
        request.signal?.removeEventListener('abort', onAbort);
        if (err) {
          req.destroy();
          reject(err);
        } else if (value) resolve(value);
      };
      const onAbort = (): void => finish(new WebError('timeout', 'stopped'));
      request.signal?.addEventListener('abort', onAbort, {once: true});
      const totalTimer = setTimeout(
        () => finish(new WebError('timeout', `no complete answer within ${seconds(limits.timeoutMs)}`)),
        Math.max(0, deadline - Date.now()),
      );
      req.on('socket', (socket: Socket) => {
        // A kept-alive socket is already connected; only a new one can hang in the handshake.
        if (!socket.connecting) return;
        connectTimer = setTimeout(
          () =>
            finish(
              new WebError(
                'timeout',
                `could not connect to ${url.host} within ${seconds(limits.connectTimeoutMs)}`,
              ),
            ),
          limits.connectTimeoutMs,
        );
        socket.once(protocol === 'https:' ? 'secureConnect' : 'connect', () => {
          if (connectTimer) clearTimeout(connectTimer);
        });
      });
      req.on('error', (err) => {
        // A server closes an idle kept-alive connection when it likes (Node's after 5 s); one that closed as the
        // request went out never saw it, and a GET may be sent again (as Node's documentation advises).
        const code = (err as NodeJS.ErrnoException).code;
        if (req.reusedSocket && !responded && (code === 'ECONNRESET' || code === 'EPIPE'))
          finish(null, {stale: true});
        else finish(networkError(err, url));
      });
      req.on('response', (res) => {
        responded = true;
        const status = res.statusCode ?? 0;
        const location = header(res.headers.location);
        if (REDIRECTS.has(status) && location) {
          res.resume();
          finish(null, {redirect: location});
          return;
        }
        const base = {
          url: url.toString(),
          status,
          contentType: header(res.headers['content-type']),
          etag: header(res.headers.etag),
          lastModified: header(res.headers['last-modified']),
        };
        if (status === 304) {
          res.resume();
          finish(null, {response: {...base, notModified: true, body: Buffer.alloc(0)}});
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          const text = res.statusMessage || http.STATUS_CODES[status] || '';
          finish(new WebError('http', `HTTP ${status}${text ? ` ${text}` : ''}`, status));
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > limits.maxBytes) {
          res.resume();
          finish(tooLarge(declared));
          return;
        }
        const decoder = decoderFor(header(res.headers['content-encoding']));
        const stream: Readable = decoder ? res.pipe(decoder) : res;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) finish(tooLarge(null));
          else chunks.push(chunk);
        });
        stream.on('error', () =>
          finish(new WebError('network', `the answer's ${decoder ? 'compressed ' : ''}body is damaged`)),
        );
        res.on('aborted', () => finish(networkError({code: 'ECONNRESET'}, url)));
        stream.on('end', () =>
          finish(null, {response: {...base, notModified: false, body: Buffer.concat(chunks)}}),
        );
      });
      req.end();
    });

  // As a file too large to add is said: its size when the answer declared it, else the limit alone.
  const tooLarge = (bytes: number | null): WebError =>
    new WebError('too-large', sizeTooLarge(bytes, limits.maxBytes));

  return {
    async get(request) {
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        throw new WebError('scheme', `not a web address: ${request.url}`);
      }
      const deadline = Date.now() + limits.timeoutMs;
      for (let redirects = 0; ; redirects++) {
        if (request.signal?.aborted) throw new WebError('timeout', 'stopped');
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
          throw new WebError('scheme', `only http and https addresses can be fetched (not ${url.protocol})`);
        let result = await hop(url, request, deadline);
        if ('stale' in result) result = await hop(url, request, deadline, true);
        if ('stale' in result) throw networkError({code: 'ECONNRESET'}, url);
        if ('response' in result) return result.response;
        if (redirects >= limits.maxRedirects)
          throw new WebError('redirects', `more than ${limits.maxRedirects} redirects (a redirect loop?)`);
        try {
          url = new URL(result.redirect, url);
        } catch {
          throw new WebError('redirects', `${url.host} redirected to no web address (${result.redirect})`);
        }
      }
    },
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
