import type { IncomingHttpHeaders } from 'node:http';

/**
 * What browser mode accepts before a request reaches a route. The router
 * decodes and normalises the path it matches on, so anything that could be
 * read two ways (percent-encoding, dot segments, absolute-form targets) is
 * refused outright instead of being decoded: the path we check is then the
 * path the router matches, byte for byte.
 */

// RFC 3986 pchar without "%": unreserved, sub-delims, ":" and "@".
const PLAIN_SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]+$/;

/** Why a raw request target is refused, or null when it is a plain origin-form path. */
export function oddRequestTarget(rawUrl: string | undefined): string | null {
  if (rawUrl === undefined || rawUrl === '') return 'the request names no path';
  if (!rawUrl.startsWith('/')) return 'the request target is not a plain path (absolute-form or authority-form)';
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  if (path === '/') return null;
  const segments = path.slice(1).split('/');
  // A trailing slash leaves one empty last segment; an empty one anywhere else is "//".
  const named = segments.at(-1) === '' ? segments.slice(0, -1) : segments;
  for (const segment of named) {
    if (segment === '') return 'the path has an empty segment ("//")';
    if (!PLAIN_SEGMENT.test(segment)) return 'the path holds encoded or unusual characters';
    if (segment.endsWith('.')) return 'a path segment ends with a dot';
  }
  return null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Why a request that may change something is refused as coming from another
 * site, or null. A page on another origin can send a "simple" POST without
 * preflight only as text/plain, form or multipart, so JSON is required; and a
 * browser names the page's origin in `Origin` and `Sec-Fetch-Site`, which
 * must then be this server's own. Programs that are not browsers send
 * neither and still need the token.
 */
export function crossSiteRefusal(method: string, headers: IncomingHttpHeaders): string | null {
  if (SAFE_METHODS.has(method)) return null;
  const mediaType = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return 'it was not sent as JSON (Content-Type: application/json)';
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `it came from another site (Sec-Fetch-Site: ${String(fetchSite)})`;
  }
  const origin = headers.origin;
  if (origin !== undefined) {
    const ownOrigin = `http://${(headers.host ?? '').toLowerCase()}`;
    if (origin.toLowerCase() !== ownOrigin) return 'it came from a page of another origin';
  }
  return null;
}
