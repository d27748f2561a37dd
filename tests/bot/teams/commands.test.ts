/**
 * Every command the Teams manifest offers is a question the bot understands: the real recognizer
 * puts it in scope (and on the intended intent), and the bot answers it, also when a channel
 * delivers it behind an @mention.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/platform/paths.js';
import { loadKnowledge } from '../../../src/knowledge/loadKnowledge.js';
import {
  commandText,
  fillManifest,
  knowledgeManifestValues,
  manifestCommands,
  readManifestTemplate,
} from '../../../scripts/teams/manifest.js';
import { testAdapter, testBot, textOf } from '../../helpers/testBot.js';
import { mentionMessage, teamsMessage } from '../../helpers/teamsActivity.js';

const examples = knowledgeManifestValues(loadKnowledge(join(PROJECT_ROOT, 'knowledge')));
const manifest = fillManifest(readManifestTemplate(join(PROJECT_ROOT, 'teams')), {
  MicrosoftAppId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  BOT_DOMAIN: 'pacs-advisor.example.org',
  APP_VERSION: '1.0.0',
  ...examples,
});
/** Each command as the text Teams puts in the compose box (the prompt of a prompt starter). */
const commands = manifestCommands(manifest).map((c) => ({ ...c, title: commandText(c) }));

/** The intent each command must land on: a command that drifts to another answer fails here. */
const EXPECTED_INTENT: Readonly<Record<string, string>> = {
  'What is PACS?': 'what_is_pacs',
  'Why do medical images need to be archived?': 'why_archives',
  'What is a PACS certificate?': 'pacs_certificate',
  'Who should get a PACS certificate?': 'who_benefits',
  'What are the admission requirements?': 'admission_requirements',
  'What is accreditation?': 'accreditation_info',
  'List the accreditation bodies': 'accreditors_list',
  'What programs are there?': 'program_list',
  [`How much is ${examples.EXAMPLE_PROGRAM}?`]: 'program_tuition',
  [`Is ${examples.SECOND_EXAMPLE_PROGRAM} online?`]: 'program_delivery',
  'Where does your information come from?': 'source',
  Help: 'help',
};

describe('Teams command lists', () => {
  const app = testBot();

  it('offers at least one command per list and knows what each should do', () => {
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) expect(EXPECTED_INTENT, c.title).toHaveProperty([c.title]);
  });

  it.each(commands.map((c) => [c.title, c.scopes.join('+')] as const))(
    'recognizes "%s" (%s) as the question it stands for',
    (title) => {
      const r = app.recognizer.recognize(title);
      expect(r.intent?.intent, title).toBe(EXPECTED_INTENT[title]);
    },
  );

  it.each(commands.filter((c) => c.scopes.includes('personal')).map((c) => c.title))(
    'answers "%s" in a personal chat',
    async (title) => {
      await testAdapter(app)
        .send(teamsMessage('personal', title))
        .assertReply((a) => {
          expect(textOf(a)).not.toMatch(/can't help/);
          expect(textOf(a).length).toBeGreaterThan(40);
        })
        .startTest();
    },
  );

  it.each(commands.filter((c) => c.scopes.includes('team')).map((c) => c.title))(
    'answers "%s" sent from a channel with an @mention',
    async (title) => {
      await testAdapter(app)
        .send(mentionMessage('channel', title))
        .assertReply((a) => {
          expect(textOf(a)).not.toMatch(/can't help/);
          expect(textOf(a).length).toBeGreaterThan(40);
        })
        .startTest();
    },
  );
});
