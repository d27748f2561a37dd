/**
 * Picks the answer for an understood turn. Pure: knowledge base and understanding in, reply out,
 * so every answer can be tested without a bot.
 */
import type { Understanding } from '../conversation/understand.js';
import { intentById } from '../knowledge/intentIndex.js';
import { deepFreeze } from '../knowledge/fields.js';
import type { IntentAction, IntentDefinition, KnowledgeBase } from '../knowledge/types.js';
import { LruMap } from '../boundedMaps.js';
import { accreditorsAnswer, outOfScopeAnswer, programListAnswer, smalltalkAnswer, sourceAnswer, topicAnswer } from './generalAnswers.js';
import { attributeAnswer, overviewAnswer, programsById } from './programAnswers.js';
import { reply, type Reply } from './reply.js';

/** How many written answers are kept for reuse (the least recently used go first). */
const ANSWERS_KEPT = 1000;

/** Answers single-turn questions from the knowledge base. */
export class Advisor {
  /**
   * Answers already written, by everything they depend on (see {@link answerKey}): the same
   * question about the same programs comes again and again (suggested-action clicks, popular
   * questions), and its answer is the same every time. Frozen, as they are shared between turns.
   */
  private readonly written = new LruMap<string, Reply>(ANSWERS_KEPT);

  constructor(readonly kb: KnowledgeBase) {}

  /** The intent definition for an id. */
  intent(id: string | undefined): IntentDefinition | undefined {
    return intentById(this.kb, id);
  }

  /** The reply for a turn that needs no further questions. */
  answer(u: Understanding): Reply {
    const action = this.intent(u.intent)?.action;
    const key = action === undefined ? undefined : answerKey(u, action);
    if (key === undefined) return this.write(u, action);
    let answer = this.written.get(key);
    if (answer === undefined) this.written.set(key, (answer = deepFreeze(this.write(u, action))));
    return answer;
  }

  /** Writes the reply from the knowledge base. */
  private write(u: Understanding, action: IntentAction | undefined): Reply {
    if (action === undefined) return outOfScopeAnswer(this.kb, u.recognition.tokens);
    const programs = programsById(this.kb, u.programs);
    switch (action.kind) {
      case 'topic': {
        const topic = this.kb.topics.find((t) => t.id === action.topic);
        return topic ? topicAnswer(topic) : outOfScopeAnswer(this.kb, u.recognition.tokens);
      }
      case 'programAttribute':
        return attributeAnswer(this.kb, programs.length > 0 ? programs : this.kb.programs, action.attribute, u.residency);
      case 'programOverview':
        return programs.length > 0 ? this.overviews(programs.map((p) => p.id)) : programListAnswer(this.kb);
      case 'programList':
        return programListAnswer(this.kb);
      case 'accreditors':
        return accreditorsAnswer(this.kb, u.accreditors);
      case 'source':
        return sourceAnswer(this.kb);
      case 'smalltalk':
        return smalltalkAnswer(action.reply);
      case 'outOfScope':
        return outOfScopeAnswer(this.kb, u.recognition.tokens);
      case 'compare':
      case 'query':
      case 'finder':
        // Multi-turn and data-query flows live in their own dialogs; this is the text-only fallback.
        return programs.length > 0 ? this.overviews(programs.map((p) => p.id)) : programListAnswer(this.kb);
    }
  }

  /** Overviews of several programs, one after another. */
  private overviews(ids: readonly string[]): Reply {
    const replies = programsById(this.kb, ids).map((p) => overviewAnswer(this.kb, p));
    if (replies.length === 1) return replies[0] as Reply;
    return reply(replies.map((r) => r.text).join('\n\n---\n\n'), replies.flatMap((r) => r.suggestions));
  }
}

/**
 * What an answer depends on besides the knowledge base, as a key: the intent, programs, residency
 * and accreditors (all that {@link Advisor.write} reads). Undefined for refusals, whose words depend
 * on the message's own words. (Topics named by intents are checked when the knowledge loads.)
 */
function answerKey(u: Understanding, action: IntentAction): string | undefined {
  if (action.kind === 'outOfScope') return undefined;
  return [u.intent, u.programs.join(','), u.residency ?? '', u.accreditors.join(',')].join('\u0000');
}
