/** Why a URL was not fetched. Every message names the URL or address and what to do about it. */

export class FetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** The URL or the address it leads to is not allowed (scheme, private address, credentials). */
export class FetchRefusedError extends FetchError {
  constructor(message: string, url: string) {
    super(message, url);
    this.name = 'FetchRefusedError';
  }
}

export class FetchTimeoutError extends FetchError {
  constructor(url: string, timeoutMs: number) {
    super(`${url}: no complete answer within ${timeoutMs} ms (HABEAS_FETCH_TIMEOUT_MS)`, url);
    this.name = 'FetchTimeoutError';
  }
}

export class FetchTooLargeError extends FetchError {
  constructor(url: string, maxBytes: number) {
    super(`${url}: the answer is larger than ${maxBytes} bytes (HABEAS_FETCH_MAX_BYTES)`, url);
    this.name = 'FetchTooLargeError';
  }
}

export class FetchRedirectError extends FetchError {
  constructor(message: string, url: string) {
    super(message, url);
    this.name = 'FetchRedirectError';
  }
}

/**
 * The server answered with a status other than 2xx (after following redirects); with its
 * Retry-After header, when it sent one (429, 503), so a caller reading again can wait.
 */
export class FetchStatusError extends FetchError {
  constructor(
    url: string,
    readonly status: number,
    readonly retryAfter: string | null = null,
  ) {
    const after = retryAfter ? ` (Retry-After: ${retryAfter.slice(0, 40)})` : '';
    super(`${url}: the server answered HTTP ${status}${after}`, url);
    this.name = 'FetchStatusError';
  }
}

/** The answer is not HTML, an RSS/Atom feed or plain text (or not one the caller accepts). */
export class FetchContentTypeError extends FetchError {
  constructor(
    url: string,
    readonly contentType: string,
    expected: string,
  ) {
    super(`${url}: content type '${contentType || 'none'}' is not ${expected}`, url);
    this.name = 'FetchContentTypeError';
  }
}

/** Network failure: DNS name unknown, connection refused or reset, TLS error. */
export class FetchNetworkError extends FetchError {
  constructor(url: string, reason: string, options?: { cause?: unknown }) {
    super(`${url}: ${reason}`, url);
    this.name = 'FetchNetworkError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
