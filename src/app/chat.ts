/**
 * `npm run chat`: talk to the bot in the terminal, through the same bot logic as the server.
 */
import { createInterface } from 'node:readline/promises';
import { ActivityTypes } from 'botbuilder';
import { ConsoleAdapter } from '../bot/consoleAdapter.js';
import { environment, parseConfig } from './config.js';
import { createBot } from './createBot.js';

async function main(): Promise<void> {
  const app = createBot({ ...parseConfig(environment()), logLevel: 'silent' });
  const adapter = new ConsoleAdapter((line) => console.log(line));
  adapter.onTurnError = async (context, error) => {
    console.error(`(error: ${error.message})`);
    await app.conversationState.delete(context);
  };
  const run = (context: Parameters<typeof app.bot.run>[0]): Promise<void> => app.bot.run(context);
  await adapter.receive({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'You' }] }, run);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  console.log('(type a question; "quit" to leave)');
  for await (const line of rl) {
    const text = line.trim();
    if (text === 'quit' || text === 'exit') break;
    if (text !== '') await adapter.receive({ type: ActivityTypes.Message, text }, run);
    if (process.stdin.isTTY) process.stdout.write('\nyou> ');
  }
  rl.close();
}

void main();
