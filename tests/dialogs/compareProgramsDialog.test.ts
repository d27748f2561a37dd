import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { suggestionsOf, testAdapter, textOf } from '../helpers/testBot.js';

function reply(fn: (text: string, activity: Partial<Activity>) => void) {
  return (activity: Partial<Activity>) => fn(textOf(activity), activity);
}

/** The column headings of the comparison card's table. */
function tableHeadings(a: Partial<Activity>): string[] {
  const card = a.attachments?.[0]?.content as { body: Array<{ type: string; rows?: Array<{ cells: Array<{ items: Array<{ text: string }> }> }> }> };
  const table = card.body.find((e) => e.type === 'Table');
  return (table?.rows?.[0]?.cells ?? []).map((c) => c.items[0]?.text ?? '').filter((t) => t !== '');
}

describe('compare programs dialog', () => {
  it('compares two named programs on every attribute, in text and as a card', async () => {
    await testAdapter()
      .send('compare weber and clarkson')
      .assertReply(reply((t, a) => {
        expect(t).toMatch(/\*\*Weber State vs Clarkson\*\*, side by side/);
        for (const label of ['Location', 'Credential', 'Time to complete', 'Tuition', 'Estimated total', 'Credits', 'Accreditation', 'Online', 'Start terms', 'Who can apply', 'Financial aid', 'Exams and certifications', 'Department']) {
          expect(t).toContain(`**${label}**`);
        }
        expect(t).toMatch(/\*\*Tuition\*\* — Weber State: in-state: \$6,228 per year; out-of-state: \$16,644 per year · Clarkson: \$632 per credit/);
        expect(t).toMatch(/Clarkson: about \$7,584 \(my estimate: 12 semester hours × \$632 per credit\)/);
        expect(t).toMatch(/different units/);
        expect(t).toMatch(/\*\*Financial aid\*\* — Weber State: not stated/);
        expect(tableHeadings(a)).toEqual(['Weber State', 'Clarkson']);
      }))
      .startTest();
  });

  it('compares all five when asked for all', async () => {
    await testAdapter()
      .send('compare all programs')
      .assertReply(reply((t, a) => {
        expect(t).toMatch(/OIT vs HACC vs Weber State vs Clarkson vs EFSC/);
        expect(tableHeadings(a)).toHaveLength(5);
      }))
      .startTest();
  });

  it('asks which program to compare with when only one is known, with buttons', async () => {
    await testAdapter()
      .send('tell me about OIT')
      .assertReply(reply((t) => expect(t).toContain('Klamath Falls')))
      .send('compare it with another program')
      .assertReply(reply((t, a) => {
        expect(t).toMatch(/Which program should I compare OIT with\?/);
        expect(suggestionsOf(a)).toEqual(['HACC', 'Weber State', 'Clarkson', 'EFSC', 'All of them']);
      }))
      .send('EFSC')
      .assertReply(reply((t) => expect(t).toMatch(/\*\*OIT vs EFSC\*\*/)))
      .startTest();
  });

  it('asks for both programs when none is known, and re-asks after a wrong answer', async () => {
    await testAdapter()
      .send('comparison')
      .assertReply(reply((t) => expect(t).toMatch(/Which programs would you like to compare\?/)))
      .send('bananas')
      .assertReply(reply((t) => expect(t).toMatch(/Please pick a program/)))
      .send('Weber')
      .assertReply(reply((t) => expect(t).toMatch(/Which program should I compare Weber State with\?/)))
      .send('Harrisburg')
      .assertReply(reply((t) => expect(t).toMatch(/\*\*Weber State vs HACC\*\*/)))
      .startTest();
  });

  it('compares "those" from the last list', async () => {
    await testAdapter()
      .send('which programs are online?')
      .assertReply(reply((t) => expect(t).toMatch(/Two of the five/)))
      .send('compare them')
      .assertReply(reply((t) => expect(t).toMatch(/\*\*Weber State vs Clarkson\*\*/)))
      .startTest();
  });

  it('answers a different question instead of insisting on the pick', async () => {
    await testAdapter()
      .send('comparison')
      .assertReply(reply((t) => expect(t).toMatch(/Which programs would you like to compare\?/)))
      .send('which program is fastest?')
      .assertReply(reply((t) => expect(t).toMatch(/Fastest:\*\* \*\*Eastern Florida State College/)))
      .send('how long does OIT take')
      .assertReply(reply((t) => expect(t).toMatch(/Oregon Institute of Technology.*6 to 12 months/s)))
      .startTest();
  });

  it('answers the question a card button carries when it is clicked in Web Chat (value only, no text)', async () => {
    let question = '';
    await testAdapter()
      .send('compare weber and clarkson')
      .assertReply((a) => {
        const card = a.attachments?.[0]?.content as { actions: Array<{ data: { text: string } }> };
        question = card.actions[1]?.data.text ?? '';
      })
      .startTest();
    expect(question).toBe('Tell me about Clarkson');
    await testAdapter()
      .send({ type: 'message', value: { msteams: { type: 'imBack', value: question }, text: question } })
      .assertReply(reply((t) => expect(t).toContain('Omaha, Nebraska')))
      .startTest();
  });

  it('lets the user cancel the question', async () => {
    await testAdapter()
      .send('comparison')
      .assertReply(reply((t) => expect(t).toMatch(/Which programs would you like to compare\?/)))
      .send('cancel')
      .assertReply(reply((t) => expect(t).toMatch(/start over/)))
      .startTest();
  });
});

describe('comparative questions about the compared programs', () => {
  it('ranks the compared programs on the one measure asked about, without comparing unlike units', async () => {
    await testAdapter()
      .send('compare weber and clarkson')
      .assertReply((a) => expect(textOf(a)).toMatch(/Weber State vs Clarkson/))
      .send('which one is cheaper?')
      .assertReply((a) => {
        const t = textOf(a);
        expect(t).toMatch(/^Of Weber State and Clarkson/);
        expect(t).toMatch(/different units/);
        expect(t).not.toMatch(/Department/);
      })
      .startTest();
  });

  it('names the faster of two programs', async () => {
    await testAdapter()
      .send('is OIT or EFSC shorter')
      .assertReply((a) => expect(textOf(a)).toMatch(/Fastest:\*\* \*\*Eastern Florida State College\*\* — 6 months/))
      .startTest();
  });
});
