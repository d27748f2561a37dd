/**
 * The staff report over HTTP: switched off (404) without ADMIN_TOKEN; 401 without the token or with
 * a wrong one; with the right one the page, the report data and the intents patch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerToken, tokenMatches } from '../../src/admin/adminAuth.js';
import { createServer, listen, type RunningServer } from '../../src/app/server.js';
import type { BotApp } from '../../src/app/createBot.js';
import { testBot } from '../helpers/testBot.js';

const TOKEN = 'staff-only-7f3a9c2e41d8b6';

async function serve(env: Record<string, string>): Promise<{ app: BotApp; running: RunningServer }> {
  const app = testBot(env);
  return { app, running: await listen(createServer(app), 0, '127.0.0.1') };
}

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

describe('the staff report without ADMIN_TOKEN', () => {
  let running: RunningServer;
  beforeAll(async () => ({ running } = await serve({})));
  afterAll(() => running.close());

  it.each(['/admin', '/admin/report.json', '/admin/admin.js'])(
    'answers GET %s with 404, even with a token',
    async (path) => {
      expect((await fetch(`${running.url}${path}`)).status).toBe(404);
      expect((await fetch(`${running.url}${path}`, { headers: bearer(TOKEN) })).status).toBe(404);
    },
  );

  it('answers the patch endpoint with 404', async () => {
    const res = await fetch(`${running.url}/admin/intents.patch`, {
      method: 'POST',
      headers: { ...bearer(TOKEN), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(404);
  });
});

describe('the staff report with ADMIN_TOKEN', () => {
  let app: BotApp;
  let running: RunningServer;

  beforeAll(async () => {
    ({ app, running } = await serve({ ADMIN_TOKEN: TOKEN, LEARNING_LOG: 'on' }));
    await app.learning.recordTurn({ newConversation: true, fallback: true });
    await app.learning.recordUnanswered({
      text: 'is there parking on campus, mail me at kim@example.org',
      reason: 'out_of_scope',
      knowledgeVersion: 'v1',
    });
    await app.learning.recordFeedback({
      answerKey: 'program_tuition',
      knowledgeVersion: 'v1',
      reaction: 'down',
      comment: 'no total',
    });
  });
  afterAll(() => running.close());

  it.each([
    ['no token', {}],
    ['a wrong token', bearer('staff-only-7f3a9c2e41d8b7')],
    ['the token under another scheme', { authorization: `Basic ${TOKEN}` }],
  ])('refuses the report data with 401 for %s, and says how to authenticate', async (_case, headers) => {
    const res = await fetch(`${running.url}/admin/report.json`, { headers });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toContain('Authorization: Bearer');
    expect(JSON.stringify(body)).not.toContain('parking');
  });

  it('answers /admin without the token with 401 and the page that asks for it, holding no data', async () => {
    const res = await fetch(`${running.url}/admin`);
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('<script src="/admin/admin.js" defer></script>');
    expect(html).not.toMatch(/parking|program_tuition/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('serves the page with 200 to the right token', async () => {
    const res = await fetch(`${running.url}/admin`, { headers: bearer(TOKEN) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the report data to the right token: counts, redacted questions, feedback and the intents to pick from', async () => {
    const res = await fetch(`${running.url}/admin/report.json`, { headers: bearer(TOKEN) });
    expect(res.status).toBe(200);
    const report = (await res.json()) as {
      totals: { messages: number };
      unanswered: Array<{ question: string }>;
      feedback: Array<{ answerKey: string; down: number }>;
      intents: Array<{ id: string }>;
    };
    expect(report.totals.messages).toBe(1);
    expect(report.unanswered.map((g) => g.question)).toEqual(['is there parking on campus, mail me at [email]']);
    expect(report.feedback).toEqual([expect.objectContaining({ answerKey: 'program_tuition', down: 1 })]);
    expect(report.intents.map((i) => i.id)).toEqual(app.kb.intents.map((i) => i.id));
  });

  it('makes a patch for the right token, as a download', async () => {
    const res = await fetch(`${running.url}/admin/intents.patch`, {
      method: 'POST',
      headers: { ...bearer(TOKEN), 'content-type': 'application/json' },
      body: JSON.stringify({ intent: 'out_of_scope', examples: ['is there parking on campus'] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="add-examples-out_of_scope.patch"');
    expect(await res.text()).toContain('+        "is there parking on campus"');
  });

  it('refuses a patch without the token, with a malformed body, or for an unknown intent, saying why', async () => {
    const post = (headers: Record<string, string>, body: string): Promise<Response> =>
      fetch(`${running.url}/admin/intents.patch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    expect((await post({}, '{"intent":"help","examples":["x"]}')).status).toBe(401);
    const malformed = await post(bearer(TOKEN), '{"intent":"help","examples":"x"}');
    expect(malformed.status).toBe(400);
    const unknown = await post(bearer(TOKEN), '{"intent":"nope","examples":["x"]}');
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(
      'knowledge/intents.json has no intent "nope"',
    );
  });

  it('serves the page script and style, and nothing else under /admin/', async () => {
    expect((await fetch(`${running.url}/admin/admin.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${running.url}/admin/admin.css`)).headers.get('content-type')).toMatch(/text\/css/);
    expect((await fetch(`${running.url}/admin/..%2Fconfig.ts`)).status).toBe(404);
    expect((await fetch(`${running.url}/admin/constructor`)).status).toBe(404);
  });
});

describe('the token check', () => {
  it('reads only a Bearer token and compares it exactly', () => {
    expect(bearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken(`bearer  ${TOKEN} `)).toBe(TOKEN);
    expect(bearerToken(`Basic ${TOKEN}`)).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokenMatches(undefined, TOKEN)).toBe(false);
    expect(tokenMatches('', '')).toBe(false);
  });
});
