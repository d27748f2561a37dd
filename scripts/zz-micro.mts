import { TestAdapter, ActivityHandler, MemoryStorage } from 'botbuilder';
import { mkdtempSync } from 'node:fs'; import { tmpdir } from 'node:os'; import { join } from 'node:path';
import { parseConfig } from '/work/main/src/config.js';
import { createBot } from '/work/main/src/createBot.js';
import { createLogger } from '/work/main/src/logger.js';
const Q = ['how much is weber', 'and clarkson?', 'is it online?', 'what is pacs', 'tell me about the program', 'the third one', 'what are the prerequisites for EFSC', 'where is hacc', 'how long is the OIT program', 'hello', 'what is accreditation?', 'thanks'];
async function bench(name: string, logic: (c: any) => Promise<void>) {
  const adapter = new TestAdapter(logic);
  const N = 20000;
  for (let i = 0; i < 500; i++) { await adapter.processActivity({ type: 'message', text: Q[i % Q.length], conversation: { id: 'w' + (i % 32) } as any }); adapter.activeQueue.splice(0); }
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < N; i++) { await adapter.processActivity({ type: 'message', text: Q[i % Q.length], conversation: { id: 'c' + (i % 32) + '-' + Math.floor(i / 640) } as any }); adapter.activeQueue.splice(0); }
  const c = process.cpuUsage(c0);
  console.log(name, ((c.user + c.system) / 1000 / N).toFixed(3), 'ms CPU/turn', ((performance.now() - t0) / N).toFixed(3), 'ms wall/turn');
}
const echo = new ActivityHandler(); echo.onMessage(async (c, n) => { await c.sendActivity('echo: ' + c.activity.text); await n(); });
//await bench('echo', (c) => echo.run(c));
const mem = createBot(parseConfig({ LOG_LEVEL: 'silent', STORAGE: 'memory' }), { logger: createLogger('silent') });
//await bench('bot-memory', (c) => mem.bot.run(c));
const sq = createBot(parseConfig({ LOG_LEVEL: 'silent', DATA_DIR: mkdtempSync(join(tmpdir(), 'mb-')) }), { logger: createLogger('silent'), kb: mem.kb, recognizer: mem.recognizer });
await bench('bot-sqlite', (c) => sq.bot.run(c));
const r = mem.recognizer; const c0 = process.cpuUsage(); for (let i = 0; i < 3000; i++) r.recognize(Q[i % Q.length]!); const c = process.cpuUsage(c0); console.log('recognize', ((c.user + c.system) / 1000 / 3000).toFixed(3), 'ms');
