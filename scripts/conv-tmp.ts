/** Temporary: runs conversations through the real bot. Usage: tsx scripts/conv-tmp.ts "t1|t2||c2t1"  or  --file turns.json (array of string arrays) [--out out.json] */
import { readFileSync, writeFileSync } from 'node:fs';
import { createEvalBot } from './eval/conversationBot.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let convs: string[][];
  const fi = args.indexOf('--file');
  if (fi >= 0) convs = JSON.parse(readFileSync(args[fi + 1] as string, 'utf8')) as string[][];
  else convs = (args[0] ?? '').split('||').map((c) => c.split('|'));
  const env: Record<string, string> = process.env.FIX ? { KNOWLEDGE_DIR: 'tests/fixtures/knowledge' } : {};
  const bot = createEvalBot(env);
  const out: { user: string; bot: string }[][] = [];
  for (const conv of convs) {
    const send = bot.startConversation();
    const turns: { user: string; bot: string }[] = [];
    for (const t of conv) {
      const replies = await send(t);
      turns.push({ user: t, bot: replies.join('\n---\n') });
      if (fi < 0) console.log(`\n> ${t}\n${replies.join('\n---\n')}`);
    }
    out.push(turns);
    if (fi < 0) console.log('\n=========');
  }
  const oi = args.indexOf('--out');
  if (oi >= 0) writeFileSync(args[oi + 1] as string, JSON.stringify(out, null, 1));
}
void main();
