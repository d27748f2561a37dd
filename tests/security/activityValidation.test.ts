import { describe, expect, it } from 'vitest';
import { activityProblem, isJsonContentType, messagingRequestProblem, serviceUrlAllowed } from '../../src/security/activityValidation.js';

const loopbackOnly = { allowedOrigins: [] };
const valid = { type: 'message', channelId: 'emulator', serviceUrl: 'http://localhost:5000', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' }, text: 'hi' };

describe('serviceUrlAllowed', () => {
  it('allows loopback always and other hosts only when listed', () => {
    expect(serviceUrlAllowed('http://127.0.0.1:9/', loopbackOnly)).toBe(true);
    expect(serviceUrlAllowed('http://[::1]:9/', loopbackOnly)).toBe(true);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net/amer/', loopbackOnly)).toBe(false);
    expect(serviceUrlAllowed('https://smba.trafficmanager.net/amer/', { allowedOrigins: ['https://smba.trafficmanager.net'] })).toBe(true);
    expect(serviceUrlAllowed('https://anything.example/', { allowedOrigins: ['*'] })).toBe(true);
  });

  it('refuses non-http schemes even when any origin is allowed', () => {
    expect(serviceUrlAllowed('file:///etc/passwd', { allowedOrigins: ['*'] })).toBe(false);
    expect(serviceUrlAllowed('javascript:alert(1)', { allowedOrigins: ['*'] })).toBe(false);
    expect(serviceUrlAllowed('', { allowedOrigins: ['*'] })).toBe(false);
  });

  it('keeps each policy\'s verdicts apart when the same address comes again', () => {
    const teams = { allowedOrigins: ['https://smba.trafficmanager.net'] };
    const url = 'https://smba.trafficmanager.net/emea/';
    for (let i = 0; i < 3; i++) {
      expect(serviceUrlAllowed(url, teams)).toBe(true);
      expect(serviceUrlAllowed(url, loopbackOnly)).toBe(false);
    }
    // Past the number of verdicts kept, new addresses are still judged, not waved through.
    for (let i = 0; i < 1100; i++) expect(serviceUrlAllowed(`https://junk${i}.example/`, teams)).toBe(false);
    expect(serviceUrlAllowed('https://evil.example/', teams)).toBe(false);
    expect(serviceUrlAllowed(url, teams)).toBe(true);
    // A very long address is judged as any other.
    expect(serviceUrlAllowed(`https://smba.trafficmanager.net/${'a'.repeat(2000)}`, teams)).toBe(true);
    expect(serviceUrlAllowed(`https://evil.example/${'a'.repeat(2000)}`, teams)).toBe(false);
  });

  it('does not let a look-alike host pass as loopback', () => {
    expect(serviceUrlAllowed('http://localhost.evil.example/', loopbackOnly)).toBe(false);
    expect(serviceUrlAllowed('http://127.0.0.1@evil.example/', loopbackOnly)).toBe(false);
  });
});

describe('activityProblem', () => {
  it('accepts a well-formed activity', () => {
    expect(activityProblem(valid, loopbackOnly)).toBeUndefined();
  });

  it('accepts an activity without text (e.g. a conversationUpdate) or recipient', () => {
    expect(activityProblem({ ...valid, type: 'conversationUpdate', text: undefined, recipient: undefined }, loopbackOnly)).toBeUndefined();
  });

  it('names the first wrong field', () => {
    expect(activityProblem({ ...valid, recipient: { id: 5 } }, loopbackOnly)?.message).toMatch(/activity\.recipient\.id/);
    expect(activityProblem({ ...valid, id: { x: 1 } }, loopbackOnly)?.message).toMatch(/activity\.id/);
    expect(activityProblem({ ...valid, conversation: { id: 'x'.repeat(2000) } }, loopbackOnly)?.message).toMatch(/activity\.conversation\.id/);
  });
});

describe('messagingRequestProblem', () => {
  it('wants JSON', () => {
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/vnd.api+json')).toBe(true);
    expect(isJsonContentType('text/json-ish')).toBe(false);
    expect(messagingRequestProblem(undefined, valid, loopbackOnly)?.status).toBe(415);
    expect(messagingRequestProblem('application/json', valid, loopbackOnly)).toBeUndefined();
  });
});
