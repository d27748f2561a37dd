/**
 * What the Direct Line endpoints need to know about a request: the client's address (for rate
 * limits) and the public origin the client used (for `streamUrl` and the widget's `domain`).
 */
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * The reverse proxies whose `X-Forwarded-For` is believed.
 * @remarks A client can send any `X-Forwarded-For` it likes; only a proxy it cannot bypass makes
 * the header's last entry true. So the header counts only when the socket's peer is such a proxy.
 */
export class TrustedProxies {
  private readonly list = new BlockList();
  private readonly empty: boolean;

  /** @param entries addresses or CIDR ranges (`10.0.0.0/8`, `::1`), already validated by the configuration. */
  constructor(entries: readonly string[]) {
    this.empty = entries.length === 0;
    for (const entry of entries) {
      const [address = '', bits] = entry.split('/');
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) this.list.addAddress(address, family);
      else this.list.addSubnet(address, Number(bits), family);
    }
  }

  /** Whether a socket peer at `address` is one of the proxies. */
  includes(address: string | undefined): boolean {
    const family = isIP(address ?? '');
    return !this.empty && family !== 0 && this.list.check(address ?? '', family === 6 ? 'ipv6' : 'ipv4');
  }
}

/** The last `X-Forwarded-For` entry (the one the nearest proxy added), without App Service's `:port`. */
function lastForwardedFor(req: IncomingMessage): string | undefined {
  const header = req.headers['x-forwarded-for'];
  const last = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .pop();
  if (last === undefined) return undefined;
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(last)) return last.slice(0, last.lastIndexOf(':'));
  // "[2001:db8::1]:443" as some proxies write it.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(last);
  return bracketed?.[1] ?? last;
}

/**
 * The client address for rate limits: the socket's peer, or, when that peer is a trusted proxy,
 * the address the proxy appended to `X-Forwarded-For`. Always a normalized key (see {@link rateLimitKey}).
 */
export function clientIp(req: IncomingMessage, proxies?: TrustedProxies): string {
  const peer = req.socket.remoteAddress;
  if (proxies?.includes(peer) === true) {
    const forwarded = lastForwardedFor(req);
    if (forwarded !== undefined && isIP(forwarded) !== 0) return rateLimitKey(forwarded);
  }
  return rateLimitKey(peer ?? 'unknown');
}

/** The eight 16-bit groups of a valid IPv6 address (zone dropped, a dotted IPv4 tail converted). */
function ipv6Groups(address: string): number[] {
  let text = address.split('%')[0] ?? '';
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted !== null) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * One rate-limit bucket per client: an IPv4 address as written canonically (also when it comes
 * IPv4-mapped, `::ffff:192.0.2.7`), and an IPv6 client's whole /64 network, since one household or
 * host gets a /64 and can rotate through its addresses at will.
 */
export function rateLimitKey(address: string): string {
  const family = isIP(address);
  if (family === 4) return address;
  if (family !== 6) return address;
  const groups = ipv6Groups(address);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** `http(s)://host[:port]` as the client addressed the bot (honours X-Forwarded-Proto for the scheme only). */
export function publicOrigin(req: IncomingMessage): string {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    .trim()
    .toLowerCase();
  const tls = (req.socket as { encrypted?: boolean }).encrypted === true;
  const scheme = forwarded === 'https' || tls ? 'https' : 'http';
  return `${scheme}://${req.headers.host ?? 'localhost'}`;
}

/** The WebSocket origin matching {@link publicOrigin}. */
export function streamOrigin(req: IncomingMessage): string {
  return publicOrigin(req).replace(/^http/, 'ws');
}
