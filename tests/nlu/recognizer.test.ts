import { describe, expect, it } from 'vitest';
import { Recognizer, type TrainingData } from '../../src/nlu/recognizer.js';

const data: TrainingData = {
  intents: [
    {
      id: 'weather',
      examples: [
        'what is the weather',
        'will it rain tomorrow',
        'is it sunny in <city>',
        'weather forecast for the weekend',
        'how cold is it outside',
        'do I need an umbrella',
      ],
    },
    {
      id: 'time',
      examples: [
        'what time is it',
        'tell me the time',
        'what is the time in <city>',
        'current time please',
        'what hour is it now',
        'clock',
      ],
    },
    {
      id: 'music',
      examples: [
        'play some music',
        'play a song',
        'put on jazz',
        'i want to hear rock music',
        'start the playlist',
        'music please',
      ],
    },
    {
      id: 'none',
      examples: [
        'what is the meaning of life',
        'tell me a joke',
        'who won the game',
        'buy groceries',
        'book a flight',
        'recipe for pancakes',
      ],
    },
  ],
  entities: [
    { kind: 'city', id: 'paris', phrase: 'Paris' },
    { kind: 'city', id: 'berlin', phrase: 'Berlin' },
  ],
  placeholderKinds: ['city'],
  outOfScopeIntent: 'none',
};
const recognizer = Recognizer.train(data);

describe('Recognizer', () => {
  it('recognizes paraphrases of its examples', () => {
    expect(recognizer.recognize('is it going to rain').intent?.intent).toBe('weather');
    expect(recognizer.recognize('what time is it right now').intent?.intent).toBe('time');
    expect(recognizer.recognize('play me a song').intent?.intent).toBe('music');
  });

  it('corrects typos and reports the corrections', () => {
    const r = recognizer.recognize('wether forcast');
    expect(r.intent?.intent).toBe('weather');
    expect(r.corrections).toContainEqual({ from: 'wether', to: 'weather' });
  });

  it('finds entities and classifies through a placeholder', () => {
    const r = recognizer.recognize('is it sunny in Berlin');
    expect(r.entities.map((e) => e.id)).toEqual(['berlin']);
    expect(r.intent?.intent).toBe('weather');
  });

  it('answers the question inside a personal story, which alone would sway it', () => {
    const story = 'I am a jazz musician and I play music every night';
    expect(recognizer.recognize(story).ranking[0]?.intent).toBe('music');
    expect(recognizer.recognize(`${story}, will it rain tomorrow?`).intent?.intent).toBe('weather');
    expect(recognizer.recognize(`${story}. What time is it in Paris?`).intent?.intent).toBe('time');
  });

  it('says out of scope for the out-of-scope class and for unknown words', () => {
    expect(recognizer.recognize('tell me a joke').intent).toBeUndefined();
    expect(recognizer.recognize('zxqv blorft').intent).toBeUndefined();
    expect(recognizer.recognize('').intent).toBeUndefined();
  });

  it('explains itself: ranking, runner-up and the words that decided', () => {
    const r = recognizer.recognize('play some jazz music');
    expect(r.ranking[0]?.intent).toBe('music');
    expect(r.runnerUp).toEqual(r.ranking[1]);
    expect(recognizer.explain('play some jazz music')).toContain('music');
    expect(recognizer.explain('zxqv blorft')).toEqual([]);
    expect(r.ranking.every((s, i) => i === 0 || s.score <= (r.ranking[i - 1]?.score ?? 1))).toBe(true);
  });

  it('is deterministic: training twice gives identical scores', () => {
    const again = Recognizer.train(data);
    for (const text of ['weather in paris', 'jazz', 'what is it']) {
      expect(again.recognize(text).ranking).toEqual(recognizer.recognize(text).ranking);
    }
  });

  it('changes its decision threshold without retraining', () => {
    const strict = recognizer.withDecision({ threshold: 0.999 });
    expect(strict.recognize('play some music').intent).toBeUndefined();
    expect(strict.recognize('play some music').ranking).toEqual(recognizer.recognize('play some music').ranking);
  });

  it('never throws on odd input', () => {
    for (const text of ['🙂🙂', '\u0000\u200b', 'a'.repeat(5000), '$$$ 10k ???'])
      expect(() => recognizer.recognize(text)).not.toThrow();
  });

  it('takes time in proportion to the length of the message, even when it repeats names and amounts', () => {
    // A money amount and a placeholder entity every ten characters: the shape that once made recognition quadratic.
    const text = (chars: number): string => '$1k paris '.repeat(chars / 10);
    const cpuMs = (chars: number): number => {
      const started = process.cpuUsage();
      recognizer.recognize(text(chars));
      const used = process.cpuUsage(started);
      return (used.user + used.system) / 1000;
    };
    cpuMs(16_000);
    // Best of eleven, the two sizes taken in turn: a run slowed by garbage collection of what earlier tests left on
    // the heap, or by the other test file sharing the machine, does not count, and both sizes meet the same heap.
    let [short, long] = [Infinity, Infinity];
    for (let run = 0; run < 11; run++) {
      short = Math.min(short, cpuMs(16_000));
      long = Math.min(long, cpuMs(64_000));
    }
    // Four times the text: linear work takes about four times as long; the quadratic step made it over eight.
    expect(long / short).toBeLessThan(6);
  });
});
