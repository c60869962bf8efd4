// Credentials travel in every request, so a plain-http endpoint would leak them to the network. Plain
// http is only accepted for loopback hosts, which is what local tests and dev proxies use.

/** True for 127.0.0.0/8, localhost (and *.localhost) and the IPv6 loopback. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '[::1]' || h === '::1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return m !== null && m.slice(1).every((p) => Number(p) <= 255);
}

/**
 * Parses `raw` and refuses anything but https (or http to loopback). The thrown message names the
 * option, never the URL itself: a webhook URL contains its secret.
 */
export function parseSecureUrl(raw: string, option: string, fail: (message: string) => Error): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail(`${option} is not a valid absolute URL`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  if (url.protocol === 'http:') {
    throw fail(`${option} uses plain http:// to a non-loopback host; use https:// (credentials would travel unencrypted)`);
  }
  throw fail(`${option} must use https:// (got ${url.protocol})`);
}
