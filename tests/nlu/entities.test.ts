import { describe, expect, it } from 'vitest';
import { EntityExtractor, type GazetteerEntry } from '../../src/nlu/entities.js';
import { normalize, tokenize } from '../../src/nlu/text.js';

const entries: GazetteerEntry[] = [
  { kind: 'school', id: 'gsu', phrase: 'Granite State University' },
  { kind: 'school', id: 'gsu', phrase: 'Granite State' },
  { kind: 'school', id: 'gsu', phrase: 'GSU', exactOnly: true },
  { kind: 'school', id: 'lake', phrase: 'Lakeshore College' },
  { kind: 'school', id: 'lake', phrase: 'Lakeshore' },
  { kind: 'topic', id: 'cost', phrase: 'how much', exactOnly: true },
  { kind: 'topic', id: 'cost', phrase: 'tuition', exactOnly: true },
];
const extractor = new EntityExtractor(entries);
const find = (text: string): string[] =>
  extractor.extract(tokenize(normalize(text))).map((m) => `${m.kind}:${m.id}:${m.text}`);

describe('EntityExtractor', () => {
  it('finds the longest exact phrase and reports its token span', () => {
    const [m] = extractor.extract(tokenize(normalize('Is Granite State University online?')));
    expect(m).toMatchObject({
      kind: 'school',
      id: 'gsu',
      text: 'granite state university',
      start: 1,
      end: 4,
      confidence: 1,
    });
  });

  it('matches word forms through stemming', () => {
    expect(find('tuitions at lakeshore')).toEqual(['topic:cost:tuitions', 'school:lake:lakeshore']);
  });

  it('matches abbreviations exactly, whatever their case', () => {
    expect(find('how much is gsu')).toEqual(['topic:cost:how much', 'school:gsu:gsu']);
  });

  it('does not match short abbreviations fuzzily', () => {
    expect(find('gsx fees')).toEqual([]);
  });

  it('finds names with typos, with a confidence below 1', () => {
    const [m] = extractor.extract(tokenize(normalize('granit stat university')));
    expect(m?.id).toBe('gsu');
    expect(m?.confidence).toBeLessThan(1);
    expect(find('lakeshor colege').map((s) => s.split(':')[1])).toEqual(['lake']);
  });

  it('finds joined words', () => {
    expect(find('tuition at granitestate')).toEqual(['topic:cost:tuition', 'school:gsu:granitestate']);
  });

  it('finds two entities in one message, in order', () => {
    expect(find('compare lakeshore and granite state').map((s) => s.split(':')[1])).toEqual(['lake', 'gsu']);
  });

  it('takes no name for its later word alone ("which technology" is not Oregon Technology), typos or not', () => {
    const withTech = new EntityExtractor([...entries, { kind: 'school', id: 'ort', phrase: 'Oregon Technology' }]);
    const ids = (text: string): string[] => withTech.extract(tokenize(normalize(text))).map((m) => m.id);
    expect(ids('which technology')).toEqual([]);
    expect(ids('oregon tecnology')).toEqual(['ort']);
  });

  it('ignores a fragment too short to stand for a long name', () => {
    expect(find('is granite nice')).toEqual([]);
  });

  it('takes a place misspelt by a letter or two, but not another word that starts like it', () => {
    const places = new EntityExtractor([{ kind: 'state', id: 'CT', phrase: 'Connecticut', spelled: true }]);
    const states = (text: string): string[] => places.extract(tokenize(normalize(text))).map((m) => m.id);
    expect(states('i live in conneticut')).toEqual(['CT']);
    expect(states('any program with an abii connection')).toEqual([]);
  });

  it('reads a word it knows as that word, not as a place one letter away ("Indian" is not Indiana)', () => {
    const entries = [{ kind: 'state', id: 'IN', phrase: 'Indiana', spelled: true }];
    const states = (extractor: EntityExtractor, text: string): string[] =>
      extractor.extract(tokenize(normalize(text))).map((m) => m.id);
    const knowing = new EntityExtractor(entries, undefined, new Set(['indian']));
    expect(states(knowing, 'i work for the indian health service')).toEqual([]);
    expect(states(knowing, 'i live in indiania')).toEqual(['IN']);
    expect(states(new EntityExtractor(entries), 'i work for the indian health service')).toEqual(['IN']);
  });

  it('reads a word it knows as that word, not as a school a few letters away ("clear" is not Clarkson)', () => {
    const schools = [{ kind: 'program', id: 'clarkson', phrase: 'Clarkson' }];
    const ids = (extractor: EntityExtractor, text: string): string[] =>
      extractor.extract(tokenize(normalize(text))).map((m) => m.id);
    const knowing = new EntityExtractor(schools, undefined, new Set(['clear']));
    expect(ids(knowing, 'if my license is clear by then')).toEqual([]);
    expect(ids(knowing, 'how much is clarksen')).toEqual(['clarkson']);
    expect(ids(new EntityExtractor(schools), 'if my license is clear by then')).toEqual(['clarkson']);
  });

  it('finds nothing in unrelated text', () => {
    expect(find('what is the weather like today')).toEqual([]);
  });

  it('lists the words of its phrases', () => {
    expect(extractor.words()).toContain('lakeshore');
  });
});
