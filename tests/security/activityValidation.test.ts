import { describe, expect, it } from 'vitest';
import {
  activityProblem,
  isJsonContentType,
  isLoopback,
  messagingRequestProblem,
  serviceUrlAllowed,
} from '../../src/security/activityValidation.js';

const loopbackOnly = { allowedOrigins: ['loopback'] };
const LOCAL = '127.0.0.1';
const REMOTE = '203.0.113.9';
const valid = {
  type: 'message',
  channelId: 'emulator',
  serviceUrl: 'http://localhost:5000',
  conversation: { id: 'c' },
  from: { id: 'u' },
  recipient: { id: 'b' },
  text: 'hi',
};

describe('serviceUrlAllowed', () => {
  it('allows loopback from a loopback client under the loopback policy, and other hosts only when listed', () => {
    expect(serviceUrlAllowed('http://127.0.0.1:9/', loopbackOnly, LOCAL)).toBe(true);
    expect(serviceUrlAllowed('http://[::1]:9/', loopbackOnly, '::1')).toBe(true);
    expect(serviceUrlAllowed('http://127.1:4198', loopbackOnly, '::ffff:127.0.0.1')).toBe(true);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net/amer/', loopbackOnly, REMOTE)).toBe(false);
    expect(
      serviceUrlAllowed(
        'https://smba.trafficmanager.net/amer/',
        { allowedOrigins: ['https://smba.trafficmanager.net'] },
        REMOTE,
      ),
    ).toBe(true);
    expect(serviceUrlAllowed('https://anything.example/', { allowedOrigins: ['*'] }, REMOTE)).toBe(true);
  });

  it('treats the allowed list as the whole list: without loopback in it, loopback is refused', () => {
    const teams = { allowedOrigins: ['https://smba.trafficmanager.net'] };
    for (const url of ['http://127.0.0.1:6379/', 'http://localhost:8080/admin', 'http://[::1]:22/'])
      expect(serviceUrlAllowed(url, teams, LOCAL)).toBe(false);
  });

  it('refuses a loopback reply address asked for by a client on another machine, whatever the policy', () => {
    expect(serviceUrlAllowed('http://localhost:4199', loopbackOnly, REMOTE)).toBe(false);
    expect(serviceUrlAllowed('http://127.0.0.1:4199', { allowedOrigins: ['*'] }, REMOTE)).toBe(false);
    expect(serviceUrlAllowed('http://127.0.0.1:4199', { allowedOrigins: ['*'] }, undefined)).toBe(false);
  });

  it('refuses credentials, a query or a fragment in the reply address', () => {
    expect(serviceUrlAllowed('http://localhost:4198/internal/admin/reset?force=1&x=', loopbackOnly, LOCAL)).toBe(false);
    expect(serviceUrlAllowed('http://localhost:4198/x#frag', loopbackOnly, LOCAL)).toBe(false);
    expect(serviceUrlAllowed('http://user:pw@localhost:4198/', loopbackOnly, LOCAL)).toBe(false);
    expect(serviceUrlAllowed('http://localhost:4198/?', loopbackOnly, LOCAL)).toBe(false);
  });

  it('refuses non-http schemes even when any origin is allowed', () => {
    expect(serviceUrlAllowed('file:///etc/passwd', { allowedOrigins: ['*'] }, LOCAL)).toBe(false);
    expect(serviceUrlAllowed('javascript:alert(1)', { allowedOrigins: ['*'] }, LOCAL)).toBe(false);
    expect(serviceUrlAllowed('', { allowedOrigins: ['*'] }, LOCAL)).toBe(false);
  });

  it('does not let a look-alike host pass as loopback', () => {
    expect(serviceUrlAllowed('http://localhost.evil.example/', loopbackOnly, LOCAL)).toBe(false);
    expect(serviceUrlAllowed('http://127.0.0.1@evil.example/', loopbackOnly, LOCAL)).toBe(false);
    expect(serviceUrlAllowed('http://0.0.0.0:4198/', loopbackOnly, LOCAL)).toBe(false);
  });
});

describe('isLoopback', () => {
  it('knows this machine in its several spellings and nothing else', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '::1', '[::1]', '::ffff:127.0.0.1', 'localhost'])
      expect(isLoopback(a)).toBe(true);
    for (const a of ['10.0.0.1', '::ffff:10.0.0.1', '0.0.0.0', 'localhost.evil.example', undefined])
      expect(isLoopback(a)).toBe(false);
  });
});

describe('activityProblem', () => {
  it('accepts a well-formed activity', () => {
    expect(activityProblem(valid, loopbackOnly, LOCAL)).toBeUndefined();
  });

  it('accepts an activity without text (e.g. a conversationUpdate) or recipient', () => {
    expect(
      activityProblem(
        { ...valid, type: 'conversationUpdate', text: undefined, recipient: undefined },
        loopbackOnly,
        LOCAL,
      ),
    ).toBeUndefined();
  });

  it('names the first wrong field', () => {
    expect(activityProblem({ ...valid, recipient: { id: 5 } }, loopbackOnly, LOCAL)?.message).toMatch(
      /activity\.recipient\.id/,
    );
    expect(activityProblem({ ...valid, id: { x: 1 } }, loopbackOnly, LOCAL)?.message).toMatch(/activity\.id/);
    expect(activityProblem({ ...valid, conversation: { id: 'x'.repeat(2000) } }, loopbackOnly, LOCAL)?.message).toMatch(
      /activity\.conversation\.id/,
    );
    expect(activityProblem({ ...valid, recipient: { id: 'b', name: 7 } }, loopbackOnly, LOCAL)?.message).toBe(
      'activity.recipient.name must be a string',
    );
  });

  it('refuses conversation and activity ids that could not go into the reply address', () => {
    for (const id of ['a\r\nb', 'a\u202eb', 'a\u0000b', 'a\ud800b', 'école']) {
      expect(activityProblem({ ...valid, conversation: { id } }, loopbackOnly, LOCAL)?.message).toMatch(
        /activity\.conversation\.id must be printable ASCII/,
      );
      expect(activityProblem({ ...valid, id }, loopbackOnly, LOCAL)?.message).toMatch(/activity\.id/);
    }
    expect(
      activityProblem({ ...valid, conversation: { id: '19:abc@thread.tacv2;messageid=1' } }, loopbackOnly, LOCAL),
    ).toBeUndefined();
  });
});

describe('messagingRequestProblem', () => {
  it('wants JSON', () => {
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/vnd.api+json')).toBe(true);
    expect(isJsonContentType('text/json-ish')).toBe(false);
    expect(messagingRequestProblem(undefined, valid, loopbackOnly, LOCAL)?.status).toBe(415);
    expect(messagingRequestProblem('application/json', valid, loopbackOnly, LOCAL)).toBeUndefined();
  });
});
