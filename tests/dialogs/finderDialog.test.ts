import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { suggestionsOf, testAdapter, textOf } from '../helpers/testBot.js';

function reply(fn: (text: string, activity: Partial<Activity>) => void) {
  return (activity: Partial<Activity>) => fn(textOf(activity), activity);
}

const ASK_AUDIENCE = /registered imaging technologist, or new to the field\?/;
const ASK_ONLINE = /Do you need to study online\?/;
const ASK_TIME = /How much time can you give it\?/;
const ASK_BUDGET = /budget for tuition/;
const ASK_STATE = /which US state do you live in\?/;

describe('program finder dialog', () => {
  it('asks each question with buttons and ends with ranked programs, reasons and what to check', async () => {
    await testAdapter()
      .send('help me choose a program')
      .assertReply(reply((t, a) => {
        expect(t).toMatch(ASK_AUDIENCE);
        expect(suggestionsOf(a)).toEqual(['New to the field', 'Registered technologist', 'Skip']);
      }))
      .send('New to the field')
      .assertReply(reply((t, a) => {
        expect(t).toMatch(ASK_ONLINE);
        expect(suggestionsOf(a)).toEqual(['Online only', 'Either is fine', 'Skip']);
      }))
      .send('Online only')
      .assertReply(reply((t) => expect(t).toMatch(ASK_TIME)))
      .send('under a year')
      .assertReply(reply((t) => expect(t).toMatch(ASK_BUDGET)))
      .send('$10,000')
      .assertReply(reply((t) => expect(t).toMatch(ASK_STATE)))
      .send('Utah')
      .assertReply(reply((t, a) => {
        expect(t).toMatch(/new to imaging · needs online study · about 12 months available · tuition budget \$10,000 · lives in Utah/);
        // Clarkson's total is within budget by my estimate; Weber's total is open, but it is in the student's state.
        expect(t).toMatch(/1\. \*\*Clarkson College\*\*.*about \$7,584 in total by my estimate/);
        expect(t).toMatch(/2\. \*\*Weber State University\*\*.*in your state \(Ogden, Utah\)/);
        expect(t).toMatch(/Check with Weber State:\* open to people new to imaging\?/);
        expect(t).toMatch(/Not a fit:[\s\S]*HACC — takes 3 years[\s\S]*EFSC — Geared to working imaging professionals/);
        expect(a.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(suggestionsOf(a)).toContain('Compare Clarkson and Weber State');
      }))
      .startTest();
  });

  it('accepts skip for every question and still recommends', async () => {
    await testAdapter()
      .send('help me decide')
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .send('skip')
      .assertReply(reply((t) => expect(t).toMatch(ASK_ONLINE)))
      .send('skip')
      .assertReply(reply((t) => expect(t).toMatch(ASK_TIME)))
      .send('skip')
      .assertReply(reply((t) => expect(t).toMatch(ASK_BUDGET)))
      .send('skip')
      .assertReply(reply((t) => expect(t).toMatch(ASK_STATE)))
      .send('skip')
      .assertReply(reply((t) => {
        expect(t).toMatch(/no preferences given/);
        expect(t).toMatch(/1\. \*\*/);
      }))
      .startTest();
  });

  it('re-asks a question it cannot understand', async () => {
    await testAdapter()
      .send('help me choose a program')
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .send('Registered technologist')
      .assertReply(reply((t) => expect(t).toMatch(ASK_ONLINE)))
      .send('Either is fine')
      .assertReply(reply((t) => expect(t).toMatch(ASK_TIME)))
      .send('whenever the moon is full')
      .assertReply(reply((t) => expect(t).toMatch(/Tell me roughly how long you can study/)))
      .send('2 years')
      .assertReply(reply((t) => expect(t).toMatch(ASK_BUDGET)))
      .send('not much really')
      .assertReply(reply((t) => expect(t).toMatch(/Please give an amount/)))
      .send('8k')
      .assertReply(reply((t) => expect(t).toMatch(ASK_STATE)))
      .send('Florida')
      .assertReply(reply((t) => {
        expect(t).toMatch(/already a registered technologist · online or on campus · about 24 months available · tuition budget \$8,000 · lives in Florida/);
        expect(t).toMatch(/Eastern Florida State College[\s\S]*designed for registered imaging professionals like you/);
        expect(t).toMatch(/HACC — takes 3 years/);
      }))
      .startTest();
  });

  it('answers a side question mid-flow and then asks the same question again', async () => {
    await testAdapter()
      .send('help me choose a program')
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .send('New to the field')
      .assertReply(reply((t) => expect(t).toMatch(ASK_ONLINE)))
      .send('Online only')
      .assertReply(reply((t) => expect(t).toMatch(ASK_TIME)))
      .send('under a year')
      .assertReply(reply((t) => expect(t).toMatch(ASK_BUDGET)))
      .send('how much is Weber?')
      .assertReply(reply((t) => expect(t).toMatch(/in-state: \*\*\$6,228\*\* per year/)))
      .assertReply(reply((t) => expect(t).toMatch(/Back to finding your program/)))
      .assertReply(reply((t) => expect(t).toMatch(ASK_BUDGET)))
      .send('skip')
      .assertReply(reply((t) => expect(t).toMatch(ASK_STATE)))
      .send('skip')
      .assertReply(reply((t) => expect(t).toMatch(/new to imaging · needs online study · about 12 months available/)))
      .startTest();
  });

  it('answers a question over the data mid-flow and resumes', async () => {
    await testAdapter()
      .send('help me choose a program')
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .send('which programs are online?')
      .assertReply(reply((t) => expect(t).toMatch(/Two of the five programs/)))
      .assertReply(reply((t) => expect(t).toMatch(/Back to finding your program/)))
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .startTest();
  });

  it('shows help mid-flow and keeps the question open', async () => {
    await testAdapter()
      .send('help me choose a program')
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .send('New to the field')
      .assertReply(reply((t) => expect(t).toMatch(ASK_ONLINE)))
      .send('help')
      .assertReply(reply((t) => expect(t).toMatch(/You can ask me/)))
      .assertReply(reply((t) => expect(t).toMatch(ASK_ONLINE)))
      .send('yes')
      .assertReply(reply((t) => expect(t).toMatch(ASK_TIME)))
      .startTest();
  });

  it('stops when the user cancels halfway', async () => {
    await testAdapter()
      .send('help me choose a program')
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .send('New to the field')
      .assertReply(reply((t) => expect(t).toMatch(ASK_ONLINE)))
      .send('cancel')
      .assertReply(reply((t) => expect(t).toMatch(/start over/)))
      .send('which program is fastest?')
      .assertReply(reply((t) => expect(t).toMatch(/Fastest/)))
      .startTest();
  });

  it('skips the experience question when the request already says it', async () => {
    await testAdapter()
      .send("I'm a working rad tech, which program fits me")
      .assertReply(reply((t) => expect(t).toMatch(ASK_ONLINE)))
      .startTest();
  });

  it('keeps answers given out of turn and does not ask for them again', async () => {
    await testAdapter()
      .send('help me choose a program')
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .send("I'm in Utah")
      .assertReply(reply((t) => expect(t).toBe('Noted: you live in Utah.')))
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .send('new to the field')
      .assertReply(reply((t) => expect(t).toMatch(ASK_ONLINE)))
      .send('either is fine')
      .assertReply(reply((t) => expect(t).toMatch(ASK_TIME)))
      .send('under 10k')
      .assertReply(reply((t) => expect(t).toBe('Noted: a budget of $10,000.')))
      .assertReply(reply((t) => expect(t).toMatch(ASK_TIME)))
      .send('1 year')
      // Neither the budget nor the state is asked again: straight to the recommendation.
      .assertReply(reply((t) => {
        expect(t).not.toMatch(ASK_BUDGET);
        expect(t).not.toMatch(ASK_STATE);
        expect(t).toMatch(/tuition budget \$10,000/);
        expect(t).toMatch(/lives in Utah/);
      }))
      .startTest();
  });

  it('takes the state, time and budget from the request that starts it', async () => {
    await testAdapter()
      .send('help me choose a program, I am new to the field and live in Ohio, budget under 8k')
      .assertReply(reply((t) => expect(t).toMatch(ASK_ONLINE)))
      .send('online only')
      .assertReply(reply((t) => expect(t).toMatch(ASK_TIME)))
      .send('under a year')
      .assertReply(reply((t) => {
        expect(t).toMatch(/tuition budget \$8,000/);
        expect(t).toMatch(/lives in Ohio/);
      }))
      .startTest();
  });

  it('answers a question that is not an answer, even a less certain one, and says so when the article has nothing', async () => {
    await testAdapter()
      .send('help me choose a program')
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .send('are there any programs in the midwest?')
      .assertReply(reply((t) => expect(t).toMatch(/Clarkson College/)))
      .assertReply(reply((t) => expect(t).toMatch(/Back to finding your program/)))
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .send('can international students apply?')
      .assertReply(reply((t) => expect(t).toMatch(/can't help with that/)))
      .assertReply(reply((t) => expect(t).toMatch(/Back to finding your program/)))
      .assertReply(reply((t) => expect(t).toMatch(ASK_AUDIENCE)))
      .startTest();
  });
});
