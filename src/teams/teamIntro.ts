/** The short introduction the bot posts once when it is added to a team or a group chat. */
import { STARTER_QUESTIONS } from '../answers/generalAnswers.js';
import { reply, type Reply } from '../answers/reply.js';
import type { KnowledgeBase } from '../knowledge/types.js';

/** "Hi everyone": who the bot is and how to ask it here (by @mentioning it). */
export function teamIntroAnswer(kb: KnowledgeBase, botName: string | undefined): Reply {
  const name = botName !== undefined && botName.trim() !== '' ? botName.trim() : 'PACS Advisor';
  return reply(
    `Hi everyone, I'm **${name}**. I answer questions about PACS certificate programs: what PACS is, admission, accreditation and the ${kb.programs.length} featured programs.\n\n` +
      `Here, @mention me with your question, for example *@${name} how much is Weber State?*`,
    STARTER_QUESTIONS,
  );
}
