/**
 * The knowledge version: a short fingerprint of the knowledge files, recorded with every
 * unanswered question and reaction so staff can tell feedback on an answer that has since changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_FILES } from '../knowledge/loadKnowledge.js';

/** The first 12 hex digits of the SHA-256 of the knowledge files, in their load order. */
export function knowledgeVersion(knowledgeDir: string): string {
  const hash = createHash('sha256');
  for (const file of KNOWLEDGE_FILES) {
    hash.update(`${file}\u0000`);
    hash.update(readFileSync(join(knowledgeDir, file)));
  }
  return hash.digest('hex').slice(0, 12);
}
