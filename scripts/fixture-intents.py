"""Regenerates tests/fixtures/knowledge/intents.json from knowledge/intents.json, with the real
schools' names replaced by the fixture's invented ones (see tests/fixtures/knowledge/README.md)."""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
real = json.loads((root / 'knowledge/intents.json').read_text())
programs = json.loads((root / 'knowledge/programs.json').read_text())['programs']
names = sorted({n.lower() for p in programs for n in [p['name'], p['shortName'], p['location']['city'], *p['aliases']]}, key=len, reverse=True)
fixture = ['Alder', 'Birchwood', 'Cedar Valley']
k = 0
out = []
for intent in real['intents']:
    seen = []
    for ex in intent['examples']:
        s = ex
        for n in names:
            pat = re.compile(r'\b' + re.escape(n) + r'\b', re.I)
            if pat.search(s):
                s = pat.sub(fixture[k % 3], s)
                k += 1
        if s.lower() not in [x.lower() for x in seen]:
            seen.append(s)
    out.append({**intent, 'examples': seen})
data = {'$schema': './schema/intents.schema.json', 'intents': out}
(root / 'tests/fixtures/knowledge/intents.json').write_text(json.dumps(data, indent=2, ensure_ascii=False) + '\n')
