/**
 * Every figure and name in the knowledge base must come from the source article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';

const ARTICLE = join(__dirname, '..', '..', '..', 'shared', 'seed', 'pacs-certificate-programs.txt');
const kb = loadKnowledge(join(__dirname, '..', '..', 'knowledge'));

describe.skipIf(!existsSync(ARTICLE))('knowledge base against the source article', () => {
  const article = existsSync(ARTICLE) ? readFileSync(ARTICLE, 'utf8') : '';

  it('uses only tuition amounts the article prints', () => {
    for (const p of kb.programs) {
      for (const t of p.tuition)
        expect(article, `${p.id} ${t.amount}`).toContain(`$${t.amount.toLocaleString('en-US')}`);
    }
  });

  it('uses the article title and author', () => {
    expect(article.startsWith(kb.source.title)).toBe(true);
    expect(article).toContain(kb.source.author);
  });

  it('places every program where the article does', () => {
    for (const p of kb.programs) {
      expect(article).toContain(p.name);
      expect(article).toContain(`Location: ${p.location.city}, ${p.location.state}`);
    }
  });

  it('names every accreditor exactly as the article does', () => {
    for (const a of kb.accreditors) expect(article).toContain(`${a.name} (${a.abbreviation})`);
  });

  it('gives each program the accreditor the article lists for it', () => {
    for (const p of kb.programs) {
      const section = article.slice(article.indexOf(`Location: ${p.location.city}`));
      const accreditationLine = section.slice(0, section.indexOf('\n', section.indexOf('Accreditation:')));
      const accreditor = kb.accreditors.find((a) => a.id === p.accreditorId);
      expect(accreditationLine).toContain(accreditor?.name ?? '?');
      // Where the article names a commission of the body (SACSCOC), the knowledge names it the same way.
      const named = p.accreditorAsNamed;
      if (named !== undefined) expect(accreditationLine).toContain(`${named.name} (${named.abbreviation})`);
    }
  });

  it('states a known credit count only where the article gives one', () => {
    for (const p of kb.programs) {
      if (p.credits.known) expect(article).toContain(`${p.credits.value.amount} semester hours`);
    }
  });
});
