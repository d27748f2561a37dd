import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
import { trainingData } from '../src/knowledge/trainingData.js';
import { Recognizer } from '../src/nlu/recognizer.js';
import { readFileSync } from 'node:fs';
const kb = loadKnowledge('/work/main/knowledge');
let t = performance.now();
const r = Recognizer.train(trainingData(kb));
console.log('train ms', (performance.now() - t).toFixed(0));
const texts = process.argv.slice(2);
for (const s of texts) { const x = r.recognize(s); console.log(s, '=>', x.intent?.intent, x.ranking.slice(0,3).map(q=>q.intent+':'+q.score.toFixed(2)).join(' '), x.entities.map(e=>e.kind+':'+e.id).join(','), x.corrections.map(c=>c.from+'>'+c.to).join(',')); }
