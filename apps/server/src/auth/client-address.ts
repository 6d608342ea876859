/**
 * The client's IP address for login throttling. Behind a reverse proxy every request comes from the
 * proxy, so the address is read from a header the proxy sets, with adapter-node's rules
 * (`ADDRESS_HEADER`, `XFF_DEPTH`: https://svelte.dev/docs/kit/adapter-node#Environment-variables).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export interface AddressSource {
  /** Lowercase header name, e.g. `x-forwarded-for` or `x-real-ip`; null uses the TCP peer. */
  header: string | null;
  /** With `x-forwarded-for`: how many proxies stand in front; the address is that many from the right. */
  xffDepth: number;
}

export const PEER_ADDRESS: AddressSource = { header: null, xffDepth: 1 };

/** "unknown" when there is none (e.g. `app.request()` in unit tests, or a header the proxy did not set). */
export function clientAddress(c: Context, source: AddressSource): string {
  if (source.header) {
    const value = c.req.header(source.header);
    if (!value) return 'unknown';
    if (source.header !== 'x-forwarded-for') return value.trim();
    const addresses = value.split(',').map((part) => part.trim());
    // Entries left of ours were written by the client and can be forged; count from the right.
    return addresses[addresses.length - source.xffDepth] ?? 'unknown';
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
