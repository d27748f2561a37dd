import { describe, expect, it } from 'vitest';
import { TestAdapter, type Activity } from 'botbuilder';
import { suggestionsOf, testAdapter, testBot, textOf } from '../helpers/testBot.js';

/** Sends `text` and returns the next reply's text. */
function expectReply(fn: (text: string) => void) {
  return (activity: Partial<import('botbuilder').Activity>) => fn(textOf(activity));
}

describe('main dialog: topics', () => {
  it('explains what PACS is', async () => {
    await testAdapter()
      .send('what does pacs mean')
      .assertReply(
        expectReply((t) => expect(t).toMatch(/technologies and working practices used to store medical images/)),
      )
      .startTest();
  });

  it('explains why archives matter, including privacy and repeat scans', async () => {
    await testAdapter()
      .send('why is it so important to store scans properly?')
      .assertReply(
        expectReply((t) => {
          expect(t).toMatch(/Privacy/);
          expect(t).toMatch(/repeating a scan is often impossible/);
        }),
      )
      .startTest();
  });

  it('lists the four common admission requirements', async () => {
    await testAdapter()
      .send('what do I need to apply?')
      .assertReply(
        expectReply((t) => {
          for (const r of [/high school diploma/, /fees/, /transcripts/, /letter of recommendation/])
            expect(t).toMatch(r);
        }),
      )
      .startTest();
  });

  it('names all six regional accreditors', async () => {
    await testAdapter()
      .send('which accrediting agencies are there')
      .assertReply(
        expectReply((t) => {
          for (const abbr of ['MSCHE', 'NWCCU', 'HLC', 'WASC', 'SACS', 'NEASC']) expect(t).toContain(abbr);
        }),
      )
      .startTest();
  });

  it('says which featured programs an accreditor covers', async () => {
    await testAdapter()
      .send('what is the NWCCU?')
      .assertReply(
        expectReply((t) =>
          expect(t).toMatch(/Northwest Commission on Colleges and Universities.*OIT and Weber State/s),
        ),
      )
      .startTest();
  });

  it('names the source article and its author', async () => {
    await testAdapter()
      .send('where does your information come from?')
      .assertReply(expectReply((t) => expect(t).toContain('Johannes Stitz')))
      .startTest();
  });
});

describe('main dialog: programs', () => {
  it('gives Weber State tuition with unit and residency', async () => {
    await testAdapter()
      .send('how much is weber state')
      .assertReply(
        expectReply((t) => {
          expect(t).toMatch(/in-state: \*\*\$6,228\*\* per year/);
          expect(t).toMatch(/out-of-state: \*\*\$16,644\*\* per year/);
        }),
      )
      .startTest();
  });

  it('labels the Clarkson total as an estimate with its basis', async () => {
    await testAdapter()
      .send('clarkson tuition')
      .assertReply(
        expectReply((t) => {
          expect(t).toContain('$632** per credit');
          expect(t).toMatch(/about \$7,584 \(my estimate/);
          expect(t).toMatch(/12 semester hours × \$632 per credit/);
          expect(t).toMatch(/Source: .* by Johannes Stitz/);
        }),
      )
      .startTest();
  });

  it('answers the cost of the program named in the previous turn', async () => {
    await testAdapter()
      .send('tell me about Eastern Florida State College')
      .assertReply(expectReply((t) => expect(t).toContain('Cocoa, Florida')))
      .send('how much does it cost?')
      .assertReply(
        expectReply((t) => {
          expect(t).toContain('Eastern Florida State College');
          expect(t).toContain('$9,739** per semester');
        }),
      )
      .startTest();
  });

  it('carries the question over to a new program ("and HACC?")', async () => {
    await testAdapter()
      .send('how long does OIT take')
      .assertReply(expectReply((t) => expect(t).toMatch(/Oregon Institute of Technology.*6 to 12 months/s)))
      .send('and HACC?')
      .assertReply(expectReply((t) => expect(t).toMatch(/Harrisburg Area Community College.*3 years/s)))
      .startTest();
  });

  it('says the article is silent on whether OIT is online, and points to the school', async () => {
    await testAdapter()
      .send('can I do the oregon tech program online?')
      .assertReply(
        expectReply((t) => {
          expect(t).toMatch(/doesn't say whether \*\*Oregon Institute of Technology\*\* is offered online/);
          expect(t).toMatch(/check with OIT/);
        }),
      )
      .startTest();
  });

  it('says the article is silent on Weber State financial aid', async () => {
    await testAdapter()
      .send('does weber offer financial aid')
      .assertReply(
        expectReply((t) =>
          expect(t).toMatch(/doesn't say whether \*\*Weber State University\*\* offers financial aid/),
        ),
      )
      .startTest();
  });

  it('says OIT offers no financial aid', async () => {
    await testAdapter()
      .send('financial aid at OIT?')
      .assertReply(expectReply((t) => expect(t).toMatch(/No — financial aid is not available/)))
      .startTest();
  });

  it('understands misspelled program names', async () => {
    await testAdapter()
      .send('where is clarksen colege')
      .assertReply(expectReply((t) => expect(t).toContain('Omaha, Nebraska')))
      .startTest();
  });

  it('asks which program when an overview names none, then answers the pick', async () => {
    await testAdapter()
      .send('tell me about the program')
      .assertReply((a) => {
        expect(textOf(a)).toMatch(/Which program/);
        expect(suggestionsOf(a)).toContain('Weber State');
      })
      .send('Weber State University')
      .assertReply(expectReply((t) => expect(t).toContain('Ogden, Utah')))
      .startTest();
  });

  it('EFSC is only for registered professionals', async () => {
    await testAdapter()
      .send('what are the prerequisites for EFSC')
      .assertReply(expectReply((t) => expect(t).toMatch(/American Registry of Radiologic Technologists/)))
      .startTest();
  });
});

describe('main dialog: conversation', () => {
  it('greets, thanks and says goodbye', async () => {
    await testAdapter()
      .send('hello there')
      .assertReply(expectReply((t) => expect(t).toMatch(/^Hi!/)))
      .send('thanks a lot')
      .assertReply(expectReply((t) => expect(t).toMatch(/welcome/)))
      .send('bye')
      .assertReply(expectReply((t) => expect(t).toMatch(/Goodbye/)))
      .startTest();
  });

  it('declines off-topic questions without inventing facts', async () => {
    await testAdapter()
      .send('what is the capital of France?')
      .assertReply((a) => {
        expect(textOf(a)).toMatch(/can't help with that/);
        expect(suggestionsOf(a).length).toBeGreaterThan(0);
      })
      .startTest();
  });

  it('says what the article does not cover when asked about pay or jobs, and what it does say instead', async () => {
    for (const question of [
      'what salary does a PACS administrator make?',
      'how much do pacs admins earn a year',
      'are there any job openings for this',
    ]) {
      await testAdapter()
        .send(question)
        .assertReply((a) => {
          expect(textOf(a)).toMatch(/doesn't give salaries/);
          expect(textOf(a)).toMatch(/store, sort and archive/);
          expect(textOf(a)).not.toMatch(/\$\d/);
          expect(suggestionsOf(a)).toContain('Who is a PACS certificate for?');
        })
        .startTest();
    }
  });

  it('cancels a pending question and starts over', async () => {
    await testAdapter()
      .send('tell me about the program')
      .assertReply(expectReply((t) => expect(t).toMatch(/Which program/)))
      .send('cancel')
      .assertReply(expectReply((t) => expect(t).toMatch(/start over/)))
      .send('how much is it?')
      .assertReply(
        expectReply((t) => expect(t).toMatch(/Oregon Institute of Technology[\s\S]*Eastern Florida State College/)),
      )
      .startTest();
  });

  it('answers a new question instead of insisting on the pending choice', async () => {
    await testAdapter()
      .send('tell me about the program')
      .assertReply(expectReply((t) => expect(t).toMatch(/Which program/)))
      .send('what is accreditation?')
      .assertReply(expectReply((t) => expect(t).toMatch(/evaluated/)))
      .startTest();
  });

  it('offers help in the middle of a choice and keeps the choice open', async () => {
    await testAdapter()
      .send('tell me about the program')
      .assertReply(expectReply((t) => expect(t).toMatch(/Which program/)))
      .send('help')
      .assertReply(expectReply((t) => expect(t).toMatch(/You can ask me/)))
      .assertReply(expectReply((t) => expect(t).toMatch(/Which program/)))
      .send('clarkson')
      .assertReply(expectReply((t) => expect(t).toContain('Omaha, Nebraska')))
      .startTest();
  });

  it('suggests next questions that the bot itself understands', async () => {
    const adapter = testAdapter();
    let suggestions: string[] = [];
    await adapter
      .send('how much is weber')
      .assertReply((a) => {
        suggestions = suggestionsOf(a);
      })
      .startTest();
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    for (const s of suggestions) {
      await testAdapter()
        .send(s)
        .assertReply(expectReply((t) => expect(t).not.toMatch(/can't help with that|not sure I understood/)))
        .startTest();
    }
  });
});

describe('main dialog: starter questions', () => {
  it('answers every button of the welcome message', async () => {
    const app = testBot();
    const adapter = new TestAdapter((context) => app.bot.run(context));
    let starters: string[] = [];
    await adapter
      .send({
        type: 'conversationUpdate',
        membersAdded: [{ id: 'user', name: 'Student' }],
        recipient: { id: 'bot', name: 'bot' },
      } as Partial<Activity>)
      .assertReply((a) => {
        starters = suggestionsOf(a);
      })
      .startTest();
    expect(starters.length).toBeGreaterThan(0);
    for (const s of starters) {
      await testAdapter()
        .send(s)
        .assertReply(expectReply((t) => expect(t).not.toMatch(/can't help with that|not sure|wasn't sure/)))
        .startTest();
    }
  });

  it('lists all five programs when asked which programs there are', async () => {
    await testAdapter()
      .send('Which programs are there?')
      .assertReply(
        expectReply((t) => {
          for (const name of [
            'Oregon Institute of Technology',
            'Harrisburg Area Community College',
            'Weber State University',
            'Clarkson College',
            'Eastern Florida State College',
          ]) {
            expect(t).toContain(name);
          }
        }),
      )
      .startTest();
  });
});
