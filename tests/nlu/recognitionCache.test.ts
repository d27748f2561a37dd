import { describe, expect, it } from 'vitest';
import { RecognitionCache } from '../../src/nlu/recognitionCache.js';
import { Recognizer } from '../../src/nlu/recognizer.js';

const recognizer = Recognizer.train({
  intents: [
    { id: 'cost', examples: ['how much does it cost', 'what is the tuition', 'price of the program'] },
    { id: 'length', examples: ['how long does it take', 'how many months', 'duration of the program'] },
  ],
});

/** The recognizer, counting how often it really recognizes. */
function counted(): { calls: () => number; recognize: (text: string) => ReturnType<Recognizer['recognize']> } {
  let calls = 0;
  return { calls: () => calls, recognize: (text) => (calls++, recognizer.recognize(text)) };
}

describe('RecognitionCache', () => {
  it('answers a repeated text from the cache with the recognizer\'s own result', () => {
    const inner = counted();
    const cache = new RecognitionCache(inner, 10);
    const first = cache.recognize('how much is it');
    const again = cache.recognize('how much is it');
    expect(inner.calls()).toBe(1);
    expect(again).toBe(first);
    expect(again).toEqual(recognizer.recognize('how much is it'));
    expect(again.intent?.intent).toBe('cost');
    // Another spelling is another text.
    cache.recognize('How much is it');
    expect(inner.calls()).toBe(2);
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const inner = counted();
    const cache = new RecognitionCache(inner, 2);
    cache.recognize('a');
    cache.recognize('b');
    cache.recognize('a'); // a is now the most recent
    cache.recognize('c'); // evicts b
    expect(cache.size).toBe(2);
    cache.recognize('a');
    expect(inner.calls()).toBe(3);
    cache.recognize('b');
    expect(inner.calls()).toBe(4);
  });

  it('does not cache long messages, and shares only frozen results', () => {
    const inner = counted();
    const cache = new RecognitionCache(inner, 10);
    const long = 'how long does it take '.repeat(20);
    cache.recognize(long);
    cache.recognize(long);
    expect(inner.calls()).toBe(2);
    const shared = cache.recognize('how long is it');
    expect(Object.isFrozen(shared)).toBe(true);
    expect(Object.isFrozen(shared.ranking)).toBe(true);
    expect(() => (shared.ranking as unknown as number[]).push(1)).toThrow(TypeError);
  });
});
