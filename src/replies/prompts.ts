/**
 * The questions the flows ask: "Did you mean…?", "Which program?", the comparison's picks and the
 * program finder's questions, each with the buttons that answer it and a retry wording.
 */
import type { KnowledgeBase, Program } from '../knowledge/types.js';
import type { FinderSlot } from '../advice/finder.js';
import { count, joinOr } from './format.js';
import { question, reply, type Reply } from './reply.js';

/** A question and the words used when the answer was not understood. */
export interface PromptWords {
  readonly prompt: Reply;
  readonly retry: Reply;
}

/** The label of the "none of these" option of "Did you mean…?". */
export const NONE_OF_THESE = 'None of these';
/** The label of the "every program" option of the comparison's pick. */
export const ALL_OF_THEM = 'All of them';
/** The label that skips a finder question. */
export const SKIP = 'Skip';

/**
 * "Did you mean one of these?" with the candidate questions as buttons, and in the text too: buttons are not
 * shown everywhere (a Teams channel without cards, a screen reader, a transcript by email).
 */
export function didYouMeanPrompt(labels: readonly string[]): PromptWords {
  const listed = labels.length > 0 ? `\n${labels.map((l) => `- ${l}`).join('\n')}` : '';
  return {
    prompt: question(`I'm not sure I understood. Did you mean one of these?${listed}`, [...labels, NONE_OF_THESE]),
    retry: question('Please pick one of the options, or say "none of these".', [...labels, NONE_OF_THESE]),
  };
}

/** "Which program would you like to hear about?" with every program as a button. */
export function chooseProgramPrompt(kb: KnowledgeBase): PromptWords {
  const names = kb.programs.map((p) => p.shortName);
  return {
    prompt: question('Which program would you like to hear about?', names),
    retry: question(`Please pick one of the ${count(kb.programs.length)} programs (or say cancel).`, names),
  };
}

/** "Which program should I compare X with?", with the programs not yet chosen and "all of them". */
export function comparePickPrompt(chosen: readonly Program[], others: readonly Program[]): PromptWords {
  const first = chosen[0];
  const names = others.map((p) => p.shortName);
  const text = first
    ? `Which program should I compare ${first.shortName} with?`
    : 'Which programs would you like to compare? Pick one to start with, or all of them.';
  return {
    prompt: question(text, [...names, ALL_OF_THEM]),
    retry: question(`Please pick a program (${joinOr(names)}) or "all of them", or say cancel.`, [
      ...names,
      ALL_OF_THEM,
    ]),
  };
}

const FINDER_WORDS: Record<
  FinderSlot,
  { readonly ask: string; readonly retry: string; readonly buttons: readonly string[] }
> = {
  audience: {
    ask: "Let's find a program that suits you. First: are you already a registered imaging technologist, or new to the field?",
    retry:
      'Are you already registered in imaging (for example with the ARRT), or new to the field? You can also say skip.',
    buttons: ['New to the field', 'Registered technologist', SKIP],
  },
  online: {
    ask: 'Do you need to study online?',
    retry: 'Do you need an online program, or is studying on campus fine too? You can also say skip.',
    buttons: ['Online only', 'Either is fine', SKIP],
  },
  time: {
    ask: 'How much time can you give it? For example "under a year" or "18 months".',
    retry: 'Tell me roughly how long you can study, such as "6 months" or "2 years", or say skip.',
    buttons: ['Under a year', 'Up to 3 years', SKIP],
  },
  budget: {
    ask: "What's your budget for tuition, in dollars? Say skip if you'd rather not say.",
    retry: 'Please give an amount such as "$8,000" or "10k", or say skip.',
    buttons: ['Under $5,000', 'Under $10,000', SKIP],
  },
  state: {
    ask: 'Last one: which US state do you live in? It decides whether in-state tuition could apply. Say skip to leave it out.',
    retry: 'Please name a US state, such as "Ohio", or say skip.',
    buttons: [SKIP],
  },
};

/** The question the finder asks for one slot. */
export function finderPrompt(slot: FinderSlot): PromptWords {
  const w = FINDER_WORDS[slot];
  return { prompt: question(w.ask, w.buttons), retry: question(w.retry, w.buttons) };
}

/** Said before the question still open when an answer filled another one ("Utah" to "how much time?"). */
export function finderNoted(): Reply {
  return reply('Got it, noted.');
}

/** Said when a finder question got no usable answer twice: it is skipped rather than asked a third time. */
export function finderSkipped(): Reply {
  return reply("I'll leave that one out for now.");
}

/** Said before a flow asks its question again after a side question. */
export function backToFlow(): Reply {
  return reply('Back to finding your program:');
}

/** After an early recommendation from a story: the finder's remaining questions will narrow it down. */
export function finderNarrowing(r: Reply): Reply {
  return { ...r, text: `${r.text}\n\nA few more answers will narrow this down (say **cancel** to stop here).` };
}
