/** Personal data is gone from a text before the learning log keeps it. */
import { describe, expect, it } from 'vitest';
import { cleanForLog, redactPersonalData } from '../../src/learning/redact.js';

describe('redactPersonalData', () => {
  it.each([
    ['write to jane.doe+pacs@college.edu please', 'write to [email] please'],
    ['my mail is J.Smith@mail.example.co.uk.', 'my mail is [email].'],
    ['call 402-555-0188 tomorrow', 'call [phone] tomorrow'],
    ['or (402) 555 0188', 'or [phone]'],
    ['+1 402.555.0188 is my cell', '[phone] is my cell'],
    ['student number 20231234', 'student number [number]'],
    ['ssn 123-45-6789', 'ssn [number]'],
    ['card 4111 1111 1111 1111 exp 09/27', 'card [number] exp 09/27'],
  ])('removes the personal data from "%s"', (text, expected) => {
    expect(redactPersonalData(text)).toBe(expected);
  });

  it.each([
    'how much is tuition, $12,500 a year?',
    'is it 18 credits or 24',
    'can I start in 2025',
    'what about zip 68131',
  ])('leaves "%s" alone: fees, years and short numbers are not personal', (text) => {
    expect(redactPersonalData(text)).toBe(text);
  });
});

describe('cleanForLog', () => {
  it('puts a text on one line without invisible characters', () => {
    expect(cleanForLog('is\u0000 weber\n\n online\u200b?', 100)).toBe('is weber online ?');
  });

  it('cuts a long text at a word and marks the cut', () => {
    const cut = cleanForLog(`tell me ${'about programs '.repeat(40)}`, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut).toMatch(/ (about|programs)…$/);
  });

  it('redacts before cutting, so a cut never leaves half an email address', () => {
    expect(cleanForLog('contact someone.with.a.long.name@college.edu', 20)).toBe('contact [email]');
  });
});
