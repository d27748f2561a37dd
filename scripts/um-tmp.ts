/** Temporary: Understanding of a message with a given memory (JSON, first argument). */
import { parseConfig } from '../src/app/config.js';
import { createBot } from '../src/app/createBot.js';
import { MemoryStorage } from 'botbuilder';
import { createLogger } from '../src/platform/logger.js';
import { Understander } from '../src/understanding/understander.js';
import { QueryParser } from '../src/understanding/queryParser.js';
const config = parseConfig({ LOG_LEVEL: 'silent', ...(process.env.FIX ? { KNOWLEDGE_DIR: 'tests/fixtures/knowledge' } : {}) });
const app = createBot(config, { logger: createLogger('silent'), storage: new MemoryStorage() });
const u = new Understander(app.recognizer, app.kb, { maxTextChars: config.maxTextChars });
const parser = new QueryParser(app.kb);
const memory = JSON.parse(process.argv[2] ?? '{"programs":[]}');
for (const m of process.argv.slice(3)) {
  const r = u.understand(m, memory);
  console.log('>>', m, JSON.stringify({ intent: r.intent, score: r.score, amb: r.ambiguous, programs: r.programs, fromCtx: r.programsFromContext, followUp: r.followUp, yesNo: r.yesNo, figures: r.figures, attribute: r.attribute, named: r.attributeNamed, asks: r.asks, text: r.recognition.text }));
  console.log('PARSE', JSON.stringify(parser.parse(r, memory)));
}
