import { parseConfig } from '../src/app/config.js';
import { createBot } from '../src/app/createBot.js';
import { MemoryStorage } from 'botbuilder';
import { createLogger } from '../src/platform/logger.js';
import { Understander } from '../src/understanding/understander.js';
const config = parseConfig({ LOG_LEVEL: 'silent', ...(process.env.FIX ? { KNOWLEDGE_DIR: 'tests/fixtures/knowledge' } : {}) });
const app = createBot(config, { logger: createLogger('silent'), storage: new MemoryStorage() });
const u = new Understander(app.recognizer, app.kb, { maxTextChars: config.maxTextChars });
for (const m of process.argv.slice(2)) {
  const r = u.understand(m);
  console.log(JSON.stringify(r.student), JSON.stringify(r.figures), r.recognition.intent?.intent, '<<', m.slice(0, 70));
}
