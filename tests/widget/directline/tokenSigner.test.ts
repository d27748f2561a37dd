import { describe, expect, it } from 'vitest';
import { TokenSigner } from '../../../src/widget/directline/tokenSigner.js';

describe('TokenSigner', () => {
  const secret = 'a-test-secret-that-is-long-enough-123';

  it('round-trips the conversation and user it was issued for', () => {
    const signer = new TokenSigner(secret, 60);
    const check = signer.verify(signer.issue('conv-1', 'dl_abc'));
    expect(check).toMatchObject({ ok: true, claims: { conversationId: 'conv-1', userId: 'dl_abc' } });
  });

  it('refuses a token once it has expired', () => {
    let now = 1_000_000;
    const signer = new TokenSigner(secret, 60, () => now);
    const token = signer.issue('conv-1', 'dl_abc');
    now += 59_000;
    expect(signer.verify(token).ok).toBe(true);
    now += 2_000;
    expect(signer.verify(token)).toEqual({ ok: false, problem: 'expired' });
  });

  it('refuses a token signed with another key or with edited claims', () => {
    const token = new TokenSigner('another-secret-that-is-long-enough-xyz', 60).issue('conv-1', 'dl_abc');
    expect(new TokenSigner(secret, 60).verify(token)).toEqual({ ok: false, problem: 'bad-signature' });

    const mine = new TokenSigner(secret, 60);
    const [h, , s] = mine.issue('conv-1', 'dl_abc').split('.');
    const edited = Buffer.from(
      JSON.stringify({ iss: 'pacs-advisor-directline', conv: 'conv-2', user: 'dl_abc', exp: 9e9 }),
    ).toString('base64url');
    expect(mine.verify(`${h}.${edited}.${s}`)).toEqual({ ok: false, problem: 'bad-signature' });
    expect(mine.verify('not-a-token')).toEqual({ ok: false, problem: 'malformed' });
  });

  it('makes tokens from a random key unusable after a restart', () => {
    const token = new TokenSigner('', 60).issue('conv-1', 'dl_abc');
    expect(new TokenSigner('', 60).verify(token).ok).toBe(false);
  });
});
