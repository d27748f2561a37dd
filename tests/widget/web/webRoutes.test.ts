/**
 * The pages and files the bot serves for the widget, over HTTP: security headers, theming, the trust
 * notice, the frame only allow-listed sites may show, refused sites (logged with their origin), the
 * hashed files with long caching in brotli or gzip, and /embed.js within its weight budget.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, listen, type RunningServer } from '../../../src/app/server.js';
import { testBot } from '../../helpers/testBot.js';
import { botWithLog } from './browserHarness.js';

const COLLEGE = 'https://www.college.example';

describe('widget pages and files', () => {
  let running: RunningServer;
  let lines: Array<Record<string, unknown>>;
  let page: Response;
  let html: string;

  beforeAll(async () => {
    const bot = botWithLog({
      WEB_COLLEGE_NAME: 'Lakeside <Community> College',
      WEB_BOT_NAME: 'Imaging Advisor',
      WEB_ACCENT_COLOR: '#FFD700',
      WEB_AVATAR_INITIALS: 'IA',
      WEB_WELCOME_TEXT: 'Ask about PACS & imaging informatics.',
      CORS_ORIGINS: COLLEGE,
      WEB_PRIVACY_URL: 'https://www.college.example/privacy?from=chat&x=1',
      ADVISOR_CONTACT: 'Imaging office <imaging@college.example>',
      ADVISOR_CONTACT_URL: 'https://www.college.example/advising',
      STATE_EXPIRY_DAYS: '14',
    });
    lines = bot.lines;
    running = await listen(createServer(bot.app), 0, '127.0.0.1');
    page = await fetch(`${running.url}/`);
    html = await page.text();
  });
  afterAll(async () => {
    await running.close();
  });

  it('serves the chat page with a CSP that allows only its own origin for scripts, connections and framing', () => {
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toMatch(/frame-ancestors 'self'$/);
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(html).not.toMatch(/<script>(?!\s*$)/);
  });

  it('themes the page from configuration, escaping the names', () => {
    expect(html).toContain('<title>Imaging Advisor · Lakeside &#60;Community&#62; College</title>');
    expect(html).toContain('Ask about PACS &#38; imaging informatics.');
    expect(html).toContain('--pacs-accent:#ffd700');
    // Dark text on a light accent colour, for contrast; a darker shade of it for links on white.
    expect(html).toContain('"onAccentColor":"#000000"');
    expect(html).toMatch(/--pacs-accent-text:#[0-9a-f]{6}/);
    expect(html).toContain('"avatarInitials":"IA"');
  });

  it('says it is automated, what is kept for how long, links the privacy notice and names the person to contact', () => {
    expect(html).toContain('Automated assistant');
    expect(html).toContain('We keep your messages a day after your last one and the chat&#39;s context up to 14 days.');
    expect(html).toContain(
      '<a href="https://www.college.example/privacy?from=chat&#38;x=1" target="_blank" rel="noopener">Privacy notice</a>',
    );
    expect(html).toContain(
      'Need a person? <a href="https://www.college.example/advising" target="_blank" rel="noopener">Imaging office &#60;imaging@college.example&#62;</a>',
    );
    expect(html).toContain('data-action="restart">Start over</button>');
  });

  it('lets an allow-listed college site show the chat frame, and nobody else', async () => {
    const res = await fetch(`${running.url}/chat?embed=${encodeURIComponent(COLLEGE)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(new RegExp(`frame-ancestors 'self' ${COLLEGE}$`));
    expect(res.headers.get('x-frame-options')).toBeNull();
    const body = await res.text();
    expect(body).toContain('"mode":"frame"');
    expect(body).toContain('aria-label="Close chat"');
  });

  it('refuses the frame for a site not in CORS_ORIGINS, says why in words and logs the site', async () => {
    const res = await fetch(`${running.url}/chat?embed=${encodeURIComponent('https://elsewhere.example')}`);
    expect(res.status).toBe(403);
    const body = await res.text();
    expect(body).toContain("This chat isn't available on this site.");
    expect(body).toContain(
      'This site (https://elsewhere.example) is not allowed to use the chat: add it to CORS_ORIGINS on the bot.',
    );
    expect(body).not.toContain('rel="preload"');
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, origin: 'https://elsewhere.example', route: '/chat' }),
    );
  });

  it("refuses a site's request to the chat endpoints with the reason in words and logs the site", async () => {
    const res = await fetch(`${running.url}/api/directline/token`, {
      method: 'POST',
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toEqual({
      error: {
        code: 'OriginNotAllowed',
        message:
          'This site (https://elsewhere.example) is not allowed to use the chat: add it to CORS_ORIGINS on the bot.',
      },
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, origin: 'https://elsewhere.example', route: '/api/directline/token' }),
    );
  });

  it('serves the hashed files for a year, in brotli or gzip as the browser accepts, and nothing else there', async () => {
    const bundle = /href="(\/webchat\/webchat\.[0-9a-f]{16}\.js)"/.exec(html)?.[1] ?? '';
    const client = /src="(\/assets\/chat-client\.[0-9a-f]{16}\.js)"/.exec(html)?.[1] ?? '';
    const css = /href="(\/assets\/chat-page\.[0-9a-f]{16}\.css)"/.exec(html)?.[1] ?? '';
    for (const [path, type] of [
      [bundle, 'javascript'],
      [client, 'javascript'],
      [css, 'text/css'],
    ] as const) {
      const br = await fetch(`${running.url}${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.status).toBe(200);
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(br.headers.get('vary')).toBe('Accept-Encoding');
      expect(br.headers.get('content-type')).toContain(type);
      const gz = await fetch(`${running.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      // fetch decodes both, so the bodies must be the same file.
      expect(await gz.text()).toBe(await br.text());
    }
    const plain = await fetch(`${running.url}${bundle}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBeGreaterThan(1_000_000);
    expect((await fetch(`${running.url}/webchat/webchat.0000000000000000.js`)).status).toBe(404);
    expect((await fetch(`${running.url}/assets/${bundle.slice('/webchat/'.length)}`)).status).toBe(404);
    expect((await fetch(`${running.url}/assets/..%2Fpages.ts`)).status).toBe(404);
  });

  it('serves /embed.js from the bot origin under 15 KB compressed, revalidated by ETag', async () => {
    const res = await fetch(`${running.url}/embed.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const js = await res.text();
    expect(gzipSync(js).length).toBeLessThan(15 * 1024);
    expect(js).toContain('"botName":"Imaging Advisor"');
    expect(js).toContain("frameUrl: origin + '/chat'");
    expect(js).toContain('attachShadow');
    expect(js).not.toContain('DIRECT_LINE_SECRET');
    const again = await fetch(`${running.url}/embed.js`, {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': res.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});

describe('widget pages in Azure mode', () => {
  it('lets the page connect to the Azure Direct Line origin and nothing else, and says where messages go', async () => {
    const running = await listen(
      createServer(
        testBot({
          DIRECT_LINE_SECRET: 'a-secret-value-for-tests',
          DIRECT_LINE_ENDPOINT: 'https://directline.example.test',
        }),
      ),
      0,
      '127.0.0.1',
    );
    try {
      const res = await fetch(`${running.url}/`);
      expect(res.headers.get('content-security-policy')).toContain(
        "connect-src 'self' https://directline.example.test wss://directline.example.test;",
      );
      const html = await res.text();
      expect(html).not.toContain('a-secret-value-for-tests');
      expect(html).toContain(
        'Messages pass through Microsoft&#39;s Direct Line service; we keep the chat&#39;s context up to 30 days.',
      );
    } finally {
      await running.close();
    }
  });
});
