import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/app/config.js';
import {
  clientIp,
  publicOrigin,
  rateLimitKey,
  streamOrigin,
  TrustedProxies,
} from '../../../src/widget/directline/requestInfo.js';

const request = (headers: Record<string, string>, remoteAddress = '10.0.0.5'): IncomingMessage =>
  ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;
const nearby = new TrustedProxies(parseConfig({ TRUST_PROXY: 'true' }).directLine.trustedProxies);

describe('request info', () => {
  it('rate-limits by the socket address unless it comes from a trusted proxy', () => {
    const req = request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7:51234' });
    expect(clientIp(req)).toBe('10.0.0.5');
    expect(clientIp(req, new TrustedProxies([]))).toBe('10.0.0.5');
    expect(clientIp(req, nearby)).toBe('203.0.113.7');
    expect(clientIp(request({ 'x-forwarded-for': '2001:db8::1' }), nearby)).toBe('2001:db8:0:0::/64');
    expect(clientIp(request({}), nearby)).toBe('10.0.0.5');
    // The header counts only when the peer is a listed proxy, never from a client reaching the bot directly.
    expect(clientIp(request({ 'x-forwarded-for': '198.51.100.1' }, '203.0.113.50'), nearby)).toBe('203.0.113.50');
    expect(
      clientIp(request({ 'x-forwarded-for': '198.51.100.1' }, '203.0.113.50'), new TrustedProxies(['203.0.113.0/24'])),
    ).toBe('198.51.100.1');
    // A header that names no address is ignored.
    expect(clientIp(request({ 'x-forwarded-for': 'garbage' }), nearby)).toBe('10.0.0.5');
  });

  it('puts the spellings of one address, and one IPv6 /64 network, in one bucket', () => {
    expect(rateLimitKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(rateLimitKey('192.0.2.7')).toBe('192.0.2.7');
    expect(rateLimitKey('2001:0db8::1')).toBe(rateLimitKey('2001:db8::1'));
    expect(rateLimitKey('2001:db8:0:0:ffff::2')).toBe(rateLimitKey('2001:db8::1'));
    expect(rateLimitKey('2001:db8:0:1::1')).not.toBe(rateLimitKey('2001:db8::1'));
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
  });

  it('builds the stream address from the host the client used, wss behind an https proxy', () => {
    expect(streamOrigin(request({ host: 'localhost:3978' }))).toBe('ws://localhost:3978');
    expect(publicOrigin(request({ host: 'advisor.college.edu', 'x-forwarded-proto': 'https' }))).toBe(
      'https://advisor.college.edu',
    );
    expect(streamOrigin(request({ host: 'advisor.college.edu', 'x-forwarded-proto': 'https' }))).toBe(
      'wss://advisor.college.edu',
    );
  });
});
