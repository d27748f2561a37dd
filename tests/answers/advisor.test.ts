/**
 * The advisor keeps the answers it has written and gives them again for the same question about
 * the same programs; anything that changes an answer changes what it is kept under.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Advisor } from '../../src/answers/advisor.js';
import { understand } from '../../src/conversation/understand.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { recognizerFor } from '../../src/knowledge/recognizerModel.js';

const kb = loadKnowledge(join(__dirname, '..', '..', 'knowledge'));
const { recognizer } = recognizerFor(kb, { threshold: 0.5 });
const meaning = (text: string) => understand(recognizer.recognize(text), kb);

describe('Advisor answers', () => {
  it('gives the same frozen answer again for the same question, however it is worded', () => {
    const advisor = new Advisor(kb);
    const first = advisor.answer(meaning('how much is weber'));
    const again = advisor.answer(meaning('HOW MUCH IS WEBER STATE?'));
    expect(again).toBe(first);
    expect(first.text).toContain('$6,228');
    expect(Object.isFrozen(first) && Object.isFrozen(first.suggestions)).toBe(true);
    // A fresh advisor writes the same answer from scratch.
    expect(new Advisor(kb).answer(meaning('how much is weber'))).toEqual(first);
  });

  it('writes a new answer when the programs or the residency differ', () => {
    const advisor = new Advisor(kb);
    const weber = advisor.answer(meaning('how much is weber'));
    const clarkson = advisor.answer(meaning('how much is clarkson'));
    expect(clarkson.text).toContain('$632');
    expect(clarkson.text).not.toContain('$6,228');
    const inState = advisor.answer({ ...meaning('how much is weber'), residency: 'in_state' });
    const outOfState = advisor.answer({ ...meaning('how much is weber'), residency: 'out_of_state' });
    expect(inState.text).toContain('$6,228');
    expect(inState.text).not.toContain('$16,644');
    expect(outOfState.text).toContain('$16,644');
    expect(outOfState.text).not.toContain('$6,228');
    expect(weber.text).toContain('$16,644');
  });

  it('words each refusal for its own message: a question the article is silent on gets its own answer', () => {
    const advisor = new Advisor(kb);
    const generic = advisor.answer(meaning('what is the weather like on mars'));
    const pay = advisor.answer(meaning('what salary will I earn after the certificate'));
    expect(generic.text).toMatch(/can't help with that/);
    expect(pay.text).not.toEqual(generic.text);
    expect(pay.text).toMatch(/salar|pay|job|hiring/i);
    // The same when the recognizer names the out-of-scope intent: refusals are never shared by intent alone.
    const refused = (text: string) => advisor.answer({ ...meaning(text), intent: 'out_of_scope' });
    expect(refused('what is the weather like on mars').text).toBe(generic.text);
    expect(refused('what salary will I earn after the certificate').text).toBe(pay.text);
  });
});
