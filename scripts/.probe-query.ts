import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { trainingData } from '../src/knowledge/trainingData.js';
import { Recognizer } from '../src/nlu/recognizer.js';
import { understand, type TurnMemory } from '../src/conversation/understand.js';
import { QueryParser } from '../src/query/constraints.js';
import { QueryEngine } from '../src/query/queryEngine.js';
import { queryAnswer } from '../src/query/queryAnswer.js';
const kb = loadKnowledge('knowledge');
const r = Recognizer.train(trainingData(kb), { threshold: 0.3 });
const parser = new QueryParser(kb); const engine = new QueryEngine(kb);
let memory: TurnMemory = { programs: [] };
for (const t of process.argv.slice(2)) {
  const u = understand(r.recognize(t), kb, memory);
  const c = parser.parse(u, memory);
  const a = queryAnswer(engine.run(c));
  console.log(`\n>>> ${t}  [${u.intent}]  ${JSON.stringify({ ...c, superlative: c.superlative?.id, regions: c.regions.map(x=>x.id) })}\n${a.reply.text}\n  suggestions: ${a.reply.suggestions.join(' | ')}  last=${a.lastResults?.join(',')}`);
  memory = { ...memory, ...(a.lastResults ? { lastResults: a.lastResults } : {}) };
}
