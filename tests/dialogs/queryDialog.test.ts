import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { suggestionsOf, testAdapter, textOf } from '../helpers/testBot.js';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

function reply(fn: (text: string, activity: Partial<Activity>) => void) {
  return (activity: Partial<Activity>) => fn(textOf(activity), activity);
}

describe('program query dialog: filters', () => {
  it('lists the programs the article says are online and names the ones it is silent on', async () => {
    await testAdapter()
      .send('which programs are online?')
      .assertReply(reply((t, a) => {
        expect(t).toMatch(/Two of the five programs\*\* are online/);
        expect(t).toMatch(/Weber State University[\s\S]*Clarkson College/);
        expect(t).toMatch(/leaves it open[\s\S]*Oregon Institute of Technology[\s\S]*Harrisburg[\s\S]*Eastern Florida/);
        expect(a.attachments?.[0]?.contentType).toBe(ADAPTIVE);
        expect(suggestionsOf(a)).toContain('Which of those is cheapest?');
      }))
      .startTest();
  });

  it('answers "none" for a state with no program and offers the online ones instead', async () => {
    await testAdapter()
      .send('anything in California?')
      .assertReply(reply((t) => {
        expect(t).toMatch(/None of the five programs\*\* is in California/);
        expect(t).toMatch(/two programs are online.*Weber State and Clarkson/);
      }))
      .startTest();
  });

  it('finds the program in a region', async () => {
    await testAdapter()
      .send('is there anything in the Midwest')
      .assertReply(reply((t) => expect(t).toMatch(/One of the five programs\*\* is in the Midwest[\s\S]*Clarkson College.*Omaha, Nebraska/)))
      .startTest();
  });

  it('filters by accreditor', async () => {
    await testAdapter()
      .send('which programs are accredited by NWCCU')
      .assertReply(reply((t) => {
        expect(t).toMatch(/Oregon Institute of Technology[\s\S]*Weber State University/);
        expect(t).toMatch(/Ruled out: HACC \(accredited by MSCHE\)/);
      }))
      .startTest();
  });

  it('rules out EFSC for beginners and leaves the others open rather than guessing', async () => {
    await testAdapter()
      .send('which programs accept beginners')
      .assertReply(reply((t) => {
        expect(t).toMatch(/None of the five programs\*\* is open to people new to imaging for certain/);
        expect(t).toMatch(/Ruled out: EFSC/);
        expect(t).toMatch(/names no experience requirement/);
      }))
      .startTest();
  });

  it('filters by length: under a year leaves out HACC', async () => {
    await testAdapter()
      .send('is there one I can finish in less than 12 months')
      .assertReply(reply((t) => {
        expect(t).toMatch(/Four of the five programs\*\* are done in 1 year or less/);
        expect(t).toMatch(/Ruled out: HACC \(takes 3 years\)/);
      }))
      .startTest();
  });

  it('checks a budget only against comparable figures and says why the rest is open', async () => {
    await testAdapter()
      .send('programs under $10,000')
      .assertReply(reply((t) => {
        expect(t).toMatch(/Clarkson College.*about \$7,584 in total by my estimate \(12 semester hours × \$632 per credit\)/);
        expect(t).toMatch(/OIT\) — \*\*\$281\*\* per credit, but the article doesn't give the number of credits/);
        expect(t).toMatch(/Ruled out: HACC/);
      }))
      .startTest();
  });

  it('finds the program that starts in summer', async () => {
    await testAdapter()
      .send('which ones start in summer')
      .assertReply(reply((t) => expect(t).toMatch(/One of the five programs\*\* is starting in summer[\s\S]*Clarkson College/)))
      .startTest();
  });

  it('tells ABII exam eligibility apart from other ABII links', async () => {
    await testAdapter()
      .send('which programs make you eligible for the ABII exam')
      .assertReply(reply((t) => {
        expect(t).toMatch(/One of the five programs\*\* is linked to ABII \(exam eligibility\)[\s\S]*Clarkson/);
        expect(t).toMatch(/Weber State\) — the article links it to ABII another way: Courses count towards/);
      }))
      .startTest();
  });
});

describe('program query dialog: superlatives', () => {
  it('names the fastest program with its duration', async () => {
    await testAdapter()
      .send('which program is fastest?')
      .assertReply(reply((t) => expect(t).toMatch(/Fastest:\*\* \*\*Eastern Florida State College\*\* — 6 months/)))
      .startTest();
  });

  it('names the longest program', async () => {
    await testAdapter()
      .send('which one takes the longest')
      .assertReply(reply((t) => expect(t).toMatch(/Longest:\*\* \*\*Harrisburg Area Community College\*\* — 3 years/)))
      .startTest();
  });

  it('compares only like units for the cheapest and lists what it could not compare', async () => {
    await testAdapter()
      .send('which is the cheapest')
      .assertReply(reply((t) => {
        expect(t).toMatch(/only compared like with like — the per-credit rates/);
        expect(t).toMatch(/Lowest per-credit rate: Oregon Institute of Technology — \$281 per credit/);
        expect(t).toMatch(/Not on that scale, so not compared:[\s\S]*Weber State: in-state: \*\*\$6,228\*\* per year/);
        expect(t).toMatch(/Clarkson about \$7,584 \(12 semester hours × \$632 per credit\)/);
        expect(t).toMatch(/my estimate/);
      }))
      .startTest();
  });
});

describe('program query dialog: multi-turn', () => {
  it('answers "which of those is cheapest?" over the online programs only, without comparing unlike units', async () => {
    await testAdapter()
      .send('which are online?')
      .assertReply(reply((t) => expect(t).toMatch(/Two of the five/)))
      .send('which of those is cheapest?')
      .assertReply(reply((t) => {
        expect(t).toMatch(/^Of the programs from my last answer \(Weber State and Clarkson\)/);
        expect(t).toMatch(/can't honestly say which is cheapest: the article gives their tuition in different units/);
        expect(t).not.toMatch(/OIT|HACC|EFSC/);
      }))
      .startTest();
  });

  it('keeps the NWCCU programs as "those" for the next question', async () => {
    await testAdapter()
      .send('which programs are accredited by NWCCU')
      .assertReply(reply((t) => expect(t).toMatch(/Two of the five/)))
      .send('which of those is cheapest')
      .assertReply(reply((t) => {
        expect(t).toMatch(/^Of the programs from my last answer \(OIT and Weber State\)/);
        expect(t).toMatch(/can't honestly say/);
        expect(t).not.toMatch(/Clarkson|HACC|EFSC/);
      }))
      .startTest();
  });
});

describe('program query dialog: follow-up suggestions', () => {
  it('suggests next questions that the bot answers without falling back', async () => {
    const suggestions = new Set<string>();
    for (const question of ['which are online?', 'which is the cheapest', 'anything in California?', 'compare weber and clarkson', 'how much is it for each program?']) {
      await testAdapter()
        .send(question)
        .assertReply((a) => {
          const shown = suggestionsOf(a);
          expect(shown.length).toBeGreaterThanOrEqual(2);
          shown.forEach((s) => suggestions.add(s));
        })
        .startTest();
    }
    for (const s of suggestions) {
      await testAdapter()
        .send(s)
        .assertReply(reply((t) => expect(t, s).not.toMatch(/can't help with that|not sure I understood|wasn't sure what to look for/)))
        .startTest();
    }
  });
});

describe('card buttons', () => {
  it('ask questions the bot answers: the program card offers a comparison and the source', async () => {
    let questions: string[] = [];
    await testAdapter()
      .send('tell me about weber state')
      .assertReply((a) => {
        const card = a.attachments?.[0]?.content as { actions: Array<{ data: { text: string } }> };
        questions = card.actions.map((x) => x.data.text);
      })
      .startTest();
    expect(questions).toEqual(['Compare Weber State with the others', 'Where does this come from?']);
    await testAdapter()
      .send(questions[0] ?? '')
      .assertReply(reply((t) => expect(t).toMatch(/\*\*Weber State vs OIT vs HACC vs Clarkson vs EFSC\*\*/)))
      .startTest();
    await testAdapter()
      .send(questions[1] ?? '')
      .assertReply(reply((t) => expect(t).toContain('Johannes Stitz')))
      .startTest();
  });
});

describe('ranges with both ends', () => {
  it('filters on a duration range and says which programs fall inside it', async () => {
    await testAdapter()
      .send('which programs take between 2 and 4 years?')
      .assertReply((a) => {
        const t = a.text ?? '';
        expect(t).toMatch(/Harrisburg Area Community College/);
        expect(t).toMatch(/Ruled out:.*EFSC/s);
      })
      .startTest();
  });
});
