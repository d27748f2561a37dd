/**
 * How `scripts/loadtest.ts` talks to the servers under test: a student's conversation over the Bot
 * Framework endpoint (replies to the connector stub) or over the self-hosted Direct Line, spread
 * over one or more instances.
 */
import { request, type Agent } from 'node:http';

/** What a scripted student asks, in turn: the same questions for the load test and `npm run bench:turn`. */
export const SCRIPTED_QUESTIONS: readonly string[] = [
  'how much is weber',
  'and clarkson?',
  'is it online?',
  'what is pacs',
  'tell me about the program',
  'the third one',
  'what are the prerequisites for EFSC',
  'where is hacc',
  'how long is the OIT program',
  'hello',
  'what is accreditation?',
  'thanks',
];

/** Posts JSON; resolves with the status (0 for a network error) and the response body. */
export function post(
  agent: Agent,
  url: string,
  body: string,
  authorization?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((done) => {
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    };
    if (authorization) headers.authorization = authorization;
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', () => done({ status: 0, body: '' }));
    req.end(body);
  });
}

/** One student's conversation: where to post a turn, and how. */
export interface Channel {
  open(agent: Agent, conversation: string): Promise<(agent: Agent, text: string, i: number) => Promise<number>>;
}

/** The instance for a conversation's `turn`-th message: turns alternate between instances when `spread`. */
function pick(urls: readonly string[], turn: number, spread: boolean): string {
  return urls[(spread ? turn : 0) % urls.length] ?? '';
}

/**
 * The Bot Framework endpoint, replies to the connector stub. With several instances, a
 * conversation's turns alternate between them (they share state through Redis or one SQLite file).
 */
export function botFrameworkChannel(urls: readonly string[], serviceUrl: string): Channel {
  return {
    open: async (_agent, conversation) => {
      let turn = 0;
      return async (agent, text, i) => {
        const body = JSON.stringify({
          type: 'message',
          id: `m${i}`,
          text,
          channelId: 'webchat',
          serviceUrl,
          conversation: { id: conversation },
          from: { id: `student-${conversation}` },
          recipient: { id: 'bot' },
          timestamp: new Date().toISOString(),
        });
        return (await post(agent, `${pick(urls, turn++, true)}/api/messages`, body)).status;
      };
    },
  };
}

/**
 * The self-hosted Direct Line: a conversation per student, messages posted with its token. Its
 * conversations are shared between instances only through Redis (`shared`); otherwise each
 * conversation stays on the instance that started it.
 */
export function directLineChannel(urls: readonly string[], shared: boolean): Channel {
  let conversations = 0;
  return {
    open: async (agent) => {
      const home = conversations++;
      const started = await post(agent, `${pick(urls, home, true)}/v3/directline/conversations`, '{}');
      if (started.status !== 201) return async () => started.status;
      const { conversationId, token } = JSON.parse(started.body) as { conversationId: string; token: string };
      let turn = home;
      return async (agent2, text) => {
        const url = pick(urls, shared ? turn++ : home, true);
        return (
          await post(
            agent2,
            `${url}/v3/directline/conversations/${conversationId}/activities`,
            JSON.stringify({ type: 'message', from: { id: 'student' }, text }),
            `Bearer ${token}`,
          )
        ).status;
      };
    },
  };
}
