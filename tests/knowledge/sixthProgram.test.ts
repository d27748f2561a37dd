/**
 * Staff add a program by copying an entry of knowledge/programs.json and editing its facts; nothing
 * else may need to change for the bot to know it everywhere.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { describe, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { createBot } from '../../src/app/createBot.js';
import { createLogger } from '../../src/platform/logger.js';
import { play } from '../helpers/transcript.js';

function knowledgeWithASixthProgram(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sixth-'));
  cpSync(join(__dirname, '..', '..', 'knowledge'), dir, { recursive: true });
  const file = join(dir, 'programs.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { programs: Array<Record<string, unknown>> };
  const copy = JSON.parse(JSON.stringify(data.programs[data.programs.length - 1])) as Record<string, unknown>;
  Object.assign(copy, {
    id: 'sage',
    name: 'Sagebrush Valley College',
    shortName: 'Sagebrush',
    aliases: ['Sagebrush', 'SVC'],
    location: { city: 'Boise', state: 'Idaho', stateCode: 'ID' },
    accreditorId: 'nwccu',
    duration: { minMonths: 4, maxMonths: 4 },
    tuition: [{ amount: 450, currency: 'USD', unit: 'per_credit', residency: 'any' }],
    credits: { known: true, value: { amount: 10, unit: 'credits' } },
    delivery: { known: true, value: 'online' },
    openToNewcomers: { known: true, value: true },
    prerequisites: [],
    relations: [],
  });
  data.programs.push(copy);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return dir;
}

describe('a sixth program added as data', () => {
  it('is known everywhere: facts, lists, "the sixth one", filters, rankings, comparisons and the finder', () => {
    const app = createBot(parseConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_DIR: knowledgeWithASixthProgram() }), {
      storage: new MemoryStorage(),
      logger: createLogger('silent'),
    });
    return play(app, [
      ['how much is sagebrush?', ['Sagebrush Valley College', '$450', 'per credit', '$4,500']],
      ['which programs are there?', ['six', 'Sagebrush Valley College']],
      ['the sixth one', ['Sagebrush Valley College', 'Boise, Idaho']],
      ['which programs are in Idaho?', 'Sagebrush'],
      ['which program is the fastest?', ['Fastest', 'Sagebrush', '4 months']],
      ['compare sagebrush and clarkson', 'Sagebrush vs Clarkson'],
      ['help me choose', 'registered imaging technologist'],
      ['new to the field', 'online'],
      ['online only', 'How much time'],
      ['6 months', 'budget'],
      ['$5,000', 'state'],
      ['Idaho', ['Sagebrush Valley College', 'in your state']],
    ]);
  });
});
