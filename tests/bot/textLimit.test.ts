import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { TextLimitMiddleware, truncate } from '../../src/bot/textLimit.js';

describe('truncate', () => {
  it('keeps short text and cuts long text to the limit', () => {
    expect(truncate('hello', 10)).toBe('hello');
    expect(truncate('abcdefghij', 4)).toBe('abcd');
  });

  it('never splits an emoji (surrogate pair) in half', () => {
    expect(truncate('ab😀cd', 3)).toBe('ab');
    expect(truncate('ab😀cd', 4)).toBe('ab😀');
  });
});

describe('TextLimitMiddleware', () => {
  it('shows the bot only the first characters of a long message', async () => {
    const seen: unknown[] = [];
    const adapter = new TestAdapter(async (context) => void seen.push(context.activity.text)).use(
      new TextLimitMiddleware(50),
    );
    await adapter.send('x'.repeat(100_000)).startTest();
    expect(seen).toEqual(['x'.repeat(50)]);
  });

  it('turns text that is not a string into empty text', async () => {
    const seen: unknown[] = [];
    const adapter = new TestAdapter(async (context) => void seen.push(context.activity.text)).use(
      new TextLimitMiddleware(50),
    );
    await adapter.send({ type: 'message', text: { evil: true } as unknown as string }).startTest();
    expect(seen).toEqual(['']);
  });
});
