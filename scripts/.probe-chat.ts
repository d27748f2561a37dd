import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { parseConfig } from '../src/config.js';
import { createBot } from '../src/createBot.js';
import { createLogger } from '../src/logger.js';
const app = createBot(parseConfig({ LOG_LEVEL: 'silent' }), { logger: createLogger('silent'), storage: new MemoryStorage() });
const adapter = new TestAdapter((c) => app.bot.run(c));
(async () => {
  for (const line of process.argv.slice(2)) {
    console.log(`\n👤 ${line}`);
    await adapter.send(line).startTest();
    let a: Partial<Activity> | undefined;
    while ((a = adapter.activeQueue.shift())) {
      if (a.type !== 'message') continue;
      console.log(`🤖 ${a.text}`);
      const s = (a.suggestedActions?.actions ?? []).map((x) => x.title);
      if (s.length) console.log(`   [buttons: ${s.join(' | ')}]`);
      if (a.attachments?.length) console.log(`   [card: ${a.attachments.map((x) => x.contentType.split('.').pop()).join(', ')}]`);
    }
  }
  await app.close();
})();
