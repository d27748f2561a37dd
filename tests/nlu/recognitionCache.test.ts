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
  it('answers a text from the cache from its third time on, with the recognizer\'s own result', () => {
    const inner = counted();
    const cache = new RecognitionCache(inner, 10);
    cache.recognize('how much is it');
    // Seen once: a one-off question is not kept.
    expect(cache.size).toBe(0);
    const second = cache.recognize('how much is it');
    expect(cache.size).toBe(1);
    const third = cache.recognize('how much is it');
    expect(inner.calls()).toBe(2);
    expect(third).toBe(second);
    expect(third).toEqual(recognizer.recognize('how much is it'));
    expect(third.intent?.intent).toBe('cost');
    // Another spelling is another text.
    cache.recognize('How much is it');
    expect(inner.calls()).toBe(3);
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const inner = counted();
    const cache = new RecognitionCache(inner, 2);
    for (const text of ['a', 'a', 'b', 'b']) cache.recognize(text);
    cache.recognize('a'); // from the cache; a is now the most recent
    expect(inner.calls()).toBe(4);
    cache.recognize('c');
    cache.recognize('c'); // kept, b goes
    expect(cache.size).toBe(2);
    cache.recognize('a');
    expect(inner.calls()).toBe(6);
    cache.recognize('b');
    expect(inner.calls()).toBe(7);
  });

  it('forgets the texts seen once when too many arrive, so that memory stays bounded', () => {
    const inner = counted();
    const cache = new RecognitionCache(inner, 2);
    for (const text of ['x', 'y', 'z']) cache.recognize(text); // z starts the set over: x and y are forgotten
    cache.recognize('x'); // first sight again
    expect(cache.size).toBe(0);
    cache.recognize('x'); // second sight: kept
    cache.recognize('x');
    expect(cache.size).toBe(1);
    expect(inner.calls()).toBe(5);
  });

  it('does not cache long messages, and shares only frozen results', () => {
    const inner = counted();
    const cache = new RecognitionCache(inner, 10);
    const long = 'how long does it take '.repeat(20);
    for (let i = 0; i < 3; i++) cache.recognize(long);
    expect(inner.calls()).toBe(3);
    expect(Object.isFrozen(cache.recognize('how long is it'))).toBe(false);
    const shared = cache.recognize('how long is it');
    expect(Object.isFrozen(shared)).toBe(true);
    expect(Object.isFrozen(shared.ranking)).toBe(true);
    expect(() => (shared.ranking as unknown as number[]).push(1)).toThrow(TypeError);
  });
});
