/** Temporary: prints the Understanding (and parsed query) of each message (no memory). */
import { parseConfig } from '../src/app/config.js';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { createBot } from '../src/app/createBot.js';
import { MemoryStorage } from 'botbuilder';
import { createLogger } from '../src/platform/logger.js';
import { Understander } from '../src/understanding/understander.js';
import { QueryParser } from '../src/understanding/queryParser.js';
const config = parseConfig({ LOG_LEVEL: 'silent', ...(process.env.FIX ? { KNOWLEDGE_DIR: 'tests/fixtures/knowledge' } : {}) });
const app = createBot(config, { logger: createLogger('silent'), storage: new MemoryStorage() });
const u = new Understander(app.recognizer, app.kb, { maxTextChars: config.maxTextChars });
const parser = new QueryParser(app.kb);
for (const m of process.argv.slice(2)) {
  const r = u.understand(m);
  console.log('>>', m);
  console.log(JSON.stringify({ ...r, recognition: { ...r.recognition, tokens: undefined, scores: undefined } }, (k, v) => (v instanceof Set ? [...v] : v), 0));
  try { console.log('PARSE', JSON.stringify((parser as unknown as { parse: (x: unknown) => unknown }).parse(r))); } catch (e) { console.log('parse err', (e as Error).message); }
}
void loadKnowledge;
