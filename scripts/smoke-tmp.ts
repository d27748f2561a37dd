import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { parseConfig } from '../src/config.js';
import { createBot } from '../src/createBot.js';
import { createLogger } from '../src/logger.js';

const dir = process.env.KDIR ?? 'knowledge';
const base = createBot(parseConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_DIR: dir }), { logger: createLogger('silent'), storage: new MemoryStorage() });
const convs = process.argv.slice(2).join(' ').split('||').map((c) => c.split('|').map((t) => t.trim()));
async function main() {
  for (const turns of convs) {
    const app = createBot(parseConfig({ LOG_LEVEL: 'silent', KNOWLEDGE_DIR: dir }), { logger: base.logger, kb: base.kb, recognizer: base.recognizer, storage: new MemoryStorage() });
    const adapter = new TestAdapter((ctx) => app.bot.run(ctx));
    console.log('=====');
    for (const t of turns) {
      adapter.activeQueue.length = 0;
      await adapter.send(t);
      const replies: Partial<Activity>[] = adapter.activeQueue.splice(0);
      console.log(`> ${t}`);
      for (const r of replies) console.log(`  [${r.type}] ${(r.text ?? '').slice(0, Number(process.env.W ?? 300)).replace(/\n/g, ' / ')}${r.suggestedActions ? ' {' + r.suggestedActions.actions.map((a) => a.title).join(' | ') + '}' : ''}`);
    }
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
