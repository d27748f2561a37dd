/** LEARNING_LOG, LEARNING_LOG_DAYS and ADMIN_TOKEN: defaults, and a clear error for a bad value. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { ConfigError } from '../../src/platform/configError.js';

describe('learning settings', () => {
  it('keep no unanswered questions, keep entries 30 days and switch the staff report off by default', () => {
    expect(parseConfig({}).learning).toEqual({ keepUnanswered: false, retentionDays: 30, adminToken: '' });
  });

  it('read LEARNING_LOG=on, LEARNING_LOG_DAYS and ADMIN_TOKEN', () => {
    expect(
      parseConfig({ LEARNING_LOG: 'ON', LEARNING_LOG_DAYS: '7', ADMIN_TOKEN: ' a-long-enough-token ' }).learning,
    ).toEqual({ keepUnanswered: true, retentionDays: 7, adminToken: 'a-long-enough-token' });
  });

  it.each([
    [{ LEARNING_LOG: 'yes' }, 'LEARNING_LOG must be one of on, off (got "yes")'],
    [{ LEARNING_LOG_DAYS: '0' }, 'LEARNING_LOG_DAYS must be a whole number from 1 to 365 (got "0")'],
    [{ LEARNING_LOG_DAYS: '30.5' }, 'LEARNING_LOG_DAYS must be a whole number from 1 to 365 (got "30.5")'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN must be 16 to 200 visible ASCII characters without spaces'],
    [
      { ADMIN_TOKEN: 'has a space in the middle' },
      'ADMIN_TOKEN must be 16 to 200 visible ASCII characters without spaces',
    ],
  ])('refuse %o, naming the setting', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('never repeat the admin token in an error', () => {
    expect(() => parseConfig({ ADMIN_TOKEN: 'secret token!' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret') }),
    );
  });
});
