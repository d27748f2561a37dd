/**
 * A soak at ordinary channel latency: 12 conversations for 8 s against a connector that answers
 * in 300–600 ms (what once killed the bot through its typing indicator with no attacker at all),
 * plus 20 turns whose reply address is a closed port. The bot, the real entry point in a child
 * process, must still be running afterwards, with the memory it holds (after a full garbage
 * collection) within 10% of what it held before.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../helpers/botProcess.js';

const CONVERSATIONS = 12;
const SOAK_MS = 8_000;
const CLOSED_PORT_TURNS = 20;
const QUESTIONS = [
  'how much is weber',
  'and clarkson?',
  'is it online?',
  'what is pacs',
  'where is hacc',
  'how long is the OIT program',
  'which programs are online?',
  'thanks',
];

/** CPU time the process has used so far (user + system), in ms, from /proc. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

describe('a soak at ordinary channel latency', () => {
  let bot: BotProcess;
  let channel: Server;
  let channelUrl = '';
  let replies = 0;
  let closedPort = 0;

  beforeAll(async () => {
    // The channel: every reply and "typing…" accepted after 300–600 ms.
    channel = createHttpServer((req, res) => {
      req.resume();
      req.on('end', () =>
        setTimeout(
          () => {
            replies++;
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end('{"id":"r"}');
          },
          300 + Math.random() * 300,
        ),
      );
    });
    await new Promise<void>((r) => channel.listen(0, '127.0.0.1', () => r()));
    channelUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}`;
    const probe = createTcpServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    bot = await startBotProcess({ CHANNEL_TIMEOUT_MS: '3000' });
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    channel?.closeAllConnections();
    channel?.close();
  });

  let seq = 0;
  const turn = async (conversation: string, text: string, serviceUrl = channelUrl): Promise<number> => {
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `soak-${++seq}`,
        text,
        channelId: 'emulator',
        serviceUrl,
        conversation: { id: conversation },
        from: { id: `student-${conversation}` },
        recipient: { id: 'bot' },
      }),
    });
    await res.arrayBuffer();
    return res.status;
  };

  /** Each conversation asks one question after another, each after the previous answer, until `ms` have passed. */
  const converse = async (ms: number, prefix: string): Promise<number[]> => {
    const until = Date.now() + ms;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: CONVERSATIONS }, async (_, c) => {
        for (let i = 0; Date.now() < until; i++)
          statuses.push(await turn(`${prefix}-${c}`, QUESTIONS[(c + i) % QUESTIONS.length] ?? 'hello'));
      }),
    );
    return statuses;
  };

  it('stays up, answers every turn, and holds no more memory afterwards than before', async () => {
    // Warm-up: every question once in every conversation, so what is built lazily is built.
    await converse(3000, 'warm');
    const before = await bot.heapUsed();
    const cpuBefore = cpuMs(bot.child.pid ?? 0);

    const repliesBefore = replies;
    const [statuses, closed] = await Promise.all([
      converse(SOAK_MS, 'soak'),
      Promise.all(
        Array.from({ length: CLOSED_PORT_TURNS }, (_, i) =>
          turn(`closed-${i}`, 'how much is weber', `http://127.0.0.1:${closedPort}`),
        ),
      ),
    ]);
    const soakCpuMs = cpuMs(bot.child.pid ?? 0) - cpuBefore;
    // Whatever the channel still owes (a last "typing…") settles before the second look.
    await new Promise((r) => setTimeout(r, 1000));
    const after = await bot.heapUsed();

    expect(bot.alive()).toBe(true);
    expect(statuses.length).toBeGreaterThanOrEqual(CONVERSATIONS * 5);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(closed.every((s) => s === 200)).toBe(true);
    expect(replies - repliesBefore).toBeGreaterThanOrEqual(statuses.length);
    expect(bot.output()).not.toMatch(/unhandled promise rejection|uncaught exception/);
    expect(Math.abs(after - before) / before).toBeLessThan(0.1);
    expect(soakCpuMs).toBeLessThan(5000);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
