import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp, publicOrigin, streamOrigin } from '../../src/directline/requestInfo.js';

const request = (headers: Record<string, string>, remoteAddress = '10.0.0.5'): IncomingMessage => ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('request info', () => {
  it('rate-limits by the socket address unless a proxy is trusted', () => {
    const req = request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7:51234' });
    expect(clientIp(req)).toBe('10.0.0.5');
    expect(clientIp(req, true)).toBe('203.0.113.7');
    expect(clientIp(request({ 'x-forwarded-for': '2001:db8::1' }), true)).toBe('2001:db8::1');
    expect(clientIp(request({}), true)).toBe('10.0.0.5');
  });

  it('builds the stream address from the host the client used, wss behind an https proxy', () => {
    expect(streamOrigin(request({ host: 'localhost:3978' }))).toBe('ws://localhost:3978');
    expect(publicOrigin(request({ host: 'advisor.college.edu', 'x-forwarded-proto': 'https' }))).toBe('https://advisor.college.edu');
    expect(streamOrigin(request({ host: 'advisor.college.edu', 'x-forwarded-proto': 'https' }))).toBe('wss://advisor.college.edu');
  });
});
