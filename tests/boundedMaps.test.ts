import { describe, expect, it } from 'vitest';
import { CappedMap, LruMap } from '../src/boundedMaps.js';

describe('CappedMap', () => {
  it('stops taking new keys at its limit but still updates the ones it has', () => {
    const map = new CappedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('c', 3);
    expect([...map.keys()]).toEqual(['a', 'b']);
    map.set('a', 10);
    expect(map.get('a')).toBe(10);
  });
});

describe('LruMap', () => {
  it('drops the least recently used entry to make room, a read counting as a use', () => {
    const map = new LruMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1);
    map.set('c', 3);
    expect(map.get('b')).toBeUndefined();
    expect([map.get('a'), map.get('c'), map.size]).toEqual([1, 3, 2]);
    map.set('a', 4);
    map.set('d', 5);
    expect(map.get('c')).toBeUndefined();
    expect(map.delete('a')).toBe(true);
    map.clear();
    expect(map.size).toBe(0);
  });
});
