import { recognizeChoices } from 'botbuilder-dialogs';
import { loadKnowledge } from '../src/knowledge/loadKnowledge.js';
const kb = loadKnowledge('knowledge');
const choices = [...kb.programs.map(p => ({ value: p.id, synonyms: [p.name, p.shortName, ...p.aliases] })), { value: 'all', synonyms: [...kb.query.everything] }];
for (const t of ['the blue one', 'Weber', 'all of them', 'harrisburg', 'weber state please']) console.log(t, JSON.stringify(recognizeChoices(t, choices).map(r => r.resolution)));
