/**
 * `npm run bench:turn`: what one turn of the bot's own logic costs, without HTTP. Runs the real bot
 * (recognizer, dialogs, answers, state in the configured store) on an adapter that drops the
 * replies, turn after turn, and prints wall time and CPU per turn. Compare with `npm run loadtest`,
 * which adds the HTTP stack, the connector and other conversations running at the same time.
 *
 * Options: --turns N (20000) --storage memory|sqlite (sqlite, in a fresh temporary folder).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BotAdapter, MemoryStorage, TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import { parseConfig } from '../src/app/config.js';
import { createBot } from '../src/app/createBot.js';
import { createLogger } from '../src/platform/logger.js';
import { SCRIPTED_QUESTIONS } from './loadtestChannels.js';

const PER_CONVERSATION = 20;
const WARM_UP = 2000;

const { values } = parseArgs({
  options: { turns: { type: 'string', default: '20000' }, storage: { type: 'string', default: 'sqlite' } },
});
const TURNS = Number(values.turns);
if (!Number.isInteger(TURNS) || TURNS <= 0) throw new Error('--turns must be a positive whole number');
if (values.storage !== 'memory' && values.storage !== 'sqlite') throw new Error('--storage must be memory or sqlite');

/** Takes the replies and counts them; the channel's side costs nothing here. */
class DroppingAdapter extends BotAdapter {
  replies = 0;
  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    this.replies += activities.length;
    return activities.map((_, i) => ({ id: String(i) }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(): Promise<void> {}
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'turn-bench-'));
  const app = createBot(parseConfig({ LOG_LEVEL: 'warn', STORAGE: values.storage ?? 'sqlite', DATA_DIR: dataDir }), {
    logger: createLogger('warn'),
    ...(values.storage === 'memory' ? { storage: new MemoryStorage() } : {}),
  });
  const adapter = new DroppingAdapter();
  const turn = async (tag: string, i: number): Promise<void> => {
    const conversation = `${tag}${Math.floor(i / PER_CONVERSATION)}`;
    const text = SCRIPTED_QUESTIONS[(i % PER_CONVERSATION) % SCRIPTED_QUESTIONS.length] ?? 'hello';
    const activity = {
      type: 'message',
      id: `m${i}`,
      text,
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:1',
      conversation: { id: conversation },
      from: { id: `student-${conversation}` },
      recipient: { id: 'bot' },
      timestamp: new Date(),
    } as Activity;
    await app.bot.run(new TurnContext(adapter, activity));
  };
  for (let i = 0; i < WARM_UP; i++) await turn('warm-', i);
  const replies = adapter.replies;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < TURNS; i++) await turn('c', i);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  console.log(
    `${TURNS} turns, storage ${values.storage}: ${(wallMs / TURNS).toFixed(3)} ms/turn wall, ${((used.user + used.system) / 1000 / TURNS).toFixed(3)} ms/turn CPU, ${((adapter.replies - replies) / TURNS).toFixed(2)} replies/turn`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
