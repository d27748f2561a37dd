import { normalize, tokenize } from '../src/nlu/text.js';
for (const m of process.argv.slice(2)) console.log(JSON.stringify(tokenize(normalize(m))));
