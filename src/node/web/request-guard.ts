import type { MiddlewareHandler } from "hono";

/**
 * The page's own address, as the browser writes it in Host and Origin. Filled in once the
 * server listens (port 0 picks the port only then).
 */
export interface PageAddress {
  hosts: ReadonlySet<string>;
}

/** `host:port` forms a browser may use for the address the server listens on. */
export function hostsFor(host: string, port: number): Set<string> {
  const hosts = new Set([`${host.includes(":") ? `[${host}]` : host}:${port}`]);
  if (host === "127.0.0.1" || host === "::1" || host === "localhost") {
    for (const alias of ["127.0.0.1", "localhost", "[::1]"]) hosts.add(`${alias}:${port}`);
  }
  return hosts;
}

/**
 * Refuses a request whose Host is not the page's own (DNS rebinding: evil.example resolving to
 * 127.0.0.1 sends `Host: evil.example`) or that another site's page sent (CSRF: its Origin, or
 * `Sec-Fetch-Site: cross-site`, names that site). A request without Origin (curl, the address
 * bar) passes: it cannot come from another site's script.
 */
export function requestGuard(
  address: PageAddress,
  refuse: (reason: string) => Response,
): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header("host") ?? new URL(c.req.url).host;
    if (!address.hosts.has(host.toLowerCase())) return refuse("host");
    const origin = c.req.header("origin");
    if (origin !== undefined) {
      let originHost: string | undefined;
      try {
        const parsed = new URL(origin);
        originHost = parsed.protocol === "http:" ? parsed.host : undefined;
      } catch {
        originHost = undefined;
      }
      if (originHost === undefined || !address.hosts.has(originHost)) return refuse("origin");
    }
    const site = c.req.header("sec-fetch-site");
    if (site === "cross-site" || site === "same-site") return refuse("site");
    await next();
  };
}

// Everything the page uses comes from the server itself: no CDN, no inline script, no fonts
// from elsewhere. Blob URLs are the downloads the script makes.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers on every answer: the CSP, and no sniffing, framing, referrers or caching. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("X-Frame-Options", "DENY");
  c.header("Referrer-Policy", "no-referrer");
  c.header("Cross-Origin-Resource-Policy", "same-origin");
  c.header("Cache-Control", "no-store");
};
