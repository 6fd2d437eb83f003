/** What went wrong fetching or reading something from the web; each kind has its own one-line wording. */
export type WebErrorKind =
  | 'scheme'
  | 'dns'
  | 'refused'
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'redirects'
  | 'not-article'
  | 'not-feed'
  | 'not-opml';

/** A failure with a one-line message fit for stderr or a feed's "last error" column. */
export class WebError extends Error {
  /** The HTTP status, for kind 'http'. */
  readonly status: number | null;

  constructor(
    readonly kind: WebErrorKind,
    message: string,
    status: number | null = null,
  ) {
    super(message);
    this.status = status;
  }

  /**
   * True when trying again later may work (the network, the server's 5xx, a timeout); false when the answer
   * will stay the same (a 404, a page with no article).
   */
  get transient(): boolean {
    if (this.kind === 'http') return this.status === null || this.status >= 500 || this.status === 429;
    return ['dns', 'refused', 'network', 'timeout'].includes(this.kind);
  }
}

/** The one-line message of any error. */
export function errorLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0] ?? text;
}
