import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environment, parseConfig } from '../../src/app/config.js';

describe('parseConfig', () => {
  it('has working defaults with no credentials (Emulator mode)', () => {
    const c = parseConfig({});
    expect(c.port).toBe(3978);
    expect(c.credentials.MicrosoftAppId).toBe('');
    expect(c.credentials.MicrosoftAppType).toBe('MultiTenant');
  });

  it('rejects a bad port with the variable and value', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow('PORT must be a whole number from 0 to 65535 (got "eighty")');
  });

  it('rejects an unknown app type', () => {
    expect(() => parseConfig({ MicrosoftAppType: 'Everyone' })).toThrow(
      /MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI/,
    );
  });

  it('requires a tenant for single-tenant bots', () => {
    expect(() =>
      parseConfig({
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'x',
      }),
    ).toThrow('MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant');
  });

  it('rejects a password without an app id', () => {
    expect(() => parseConfig({ MicrosoftAppPassword: 'secret' })).toThrow(
      'MicrosoftAppPassword is set but MicrosoftAppId is empty',
    );
  });

  it('binds loopback without credentials and every interface with them', () => {
    expect(parseConfig({}).host).toBe('127.0.0.1');
    expect(
      parseConfig({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x' }).host,
    ).toBe('0.0.0.0');
  });

  it('refuses to expose the unauthenticated endpoint on the network unless told so explicitly', () => {
    expect(() => parseConfig({ HOST: '0.0.0.0' })).toThrow(
      /HOST is 0\.0\.0\.0 but no MicrosoftAppId is set.*ALLOW_UNAUTHENTICATED_PUBLIC=true/,
    );
    expect(parseConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_PUBLIC: 'true' })).toMatchObject({
      host: '0.0.0.0',
      allowUnauthenticatedPublic: true,
    });
    expect(parseConfig({ HOST: '127.0.0.2' }).host).toBe('127.0.0.2');
    expect(parseConfig({ HOST: 'localhost' }).host).toBe('localhost');
  });

  it('trusts X-Forwarded-For from nobody by default, from nearby networks with true, or from the listed proxies', () => {
    expect(parseConfig({}).directLine.trustedProxies).toEqual([]);
    expect(parseConfig({ TRUST_PROXY: 'true' }).directLine.trustedProxies).toContain('10.0.0.0/8');
    expect(parseConfig({ TRUST_PROXY: '203.0.113.0/24, 2001:db8::1' }).directLine.trustedProxies).toEqual([
      '203.0.113.0/24',
      '2001:db8::1',
    ]);
    expect(() => parseConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(
      /TRUST_PROXY must be true, false or a comma-separated list/,
    );
    expect(() => parseConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it('has limits for slow clients and slow channels, and wants the headers timeout within the request timeout', () => {
    expect(parseConfig({}).http).toEqual({ headersTimeoutMs: 15_000, requestTimeoutMs: 30_000, maxConnections: 1000 });
    expect(parseConfig({}).channelTimeoutMs).toBe(15_000);
    expect(() => parseConfig({ HEADERS_TIMEOUT_MS: '40000' })).toThrow(
      'HEADERS_TIMEOUT_MS (40000) must not exceed REQUEST_TIMEOUT_MS (30000)',
    );
  });

  it('reads .env at the root without overriding real variables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'env-'));
    writeFileSync(join(dir, '.env'), 'PACS_TEST_FROM_FILE=file\nPATH=nope\n');
    const env = environment(dir);
    expect(env.PACS_TEST_FROM_FILE).toBe('file');
    expect(env.PATH).toBe(process.env.PATH);
  });
});
