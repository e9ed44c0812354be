import type { ServerResponse } from 'node:http';

/**
 * Names, quotes and titles in a snapshot are untrusted text from the web. The app renders them with
 * textContent; this policy is the second line: no inline script, no script from elsewhere, nothing
 * sent off the machine. blob: workers are the ForceAtlas2 layout, which spawns its worker from a Blob.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Bound to loopback, only requests addressed to a loopback name are served: a web page elsewhere
 * cannot read the snapshot by pointing its own domain name at 127.0.0.1 (DNS rebinding).
 */
export function hostAllowed(boundHost: string, hostHeader: string | undefined): boolean {
  if (!isLoopback(boundHost)) return true;
  if (!hostHeader) return false;
  const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.replace(/:\d+$/, '');
  return isLoopback(name.toLowerCase());
}

/**
 * Cross-site request forgery guard for the POST endpoints, which run Cypher. A browser sends Origin
 * with every POST (and Sec-Fetch-Site where supported); a page of another site cannot make them match
 * this server. Clients that are not browsers send neither. The JSON content type the endpoints insist
 * on also forces a CORS preflight, which this server never approves.
 */
export function sameOrigin(headers: { origin?: string | undefined; host?: string | undefined; 'sec-fetch-site'?: string | string[] | undefined }): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  if (headers.origin === undefined) return true;
  return headers.host !== undefined && headers.origin.toLowerCase() === `http://${headers.host.toLowerCase()}`;
}
