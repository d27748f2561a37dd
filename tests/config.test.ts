import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environment, parseConfig } from '../src/config.js';

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
    expect(() => parseConfig({ MicrosoftAppType: 'Everyone' })).toThrow(/MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI/);
  });

  it('requires a tenant for single-tenant bots', () => {
    expect(() => parseConfig({ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x' })).toThrow(
      'MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant',
    );
  });

  it('rejects a password without an app id', () => {
    expect(() => parseConfig({ MicrosoftAppPassword: 'secret' })).toThrow('MicrosoftAppPassword is set but MicrosoftAppId is empty');
  });

  it('reads .env at the root without overriding real variables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'env-'));
    writeFileSync(join(dir, '.env'), 'PACS_TEST_FROM_FILE=file\nPATH=nope\n');
    const env = environment(dir);
    expect(env.PACS_TEST_FROM_FILE).toBe('file');
    expect(env.PATH).toBe(process.env.PATH);
  });
});
