/**
 * The pages and files the bot serves for the widget, over HTTP: security headers, theming, the
 * hashed Web Chat bundle with long caching, and /embed.js.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, listen, type RunningServer } from '../../src/server.js';
import { testBot } from '../helpers/testBot.js';

describe('widget pages and files', () => {
  let running: RunningServer;
  let page: Response;
  let html: string;

  beforeAll(async () => {
    const app = testBot({ WEB_COLLEGE_NAME: 'Lakeside <Community> College', WEB_BOT_NAME: 'Imaging Advisor', WEB_ACCENT_COLOR: '#FFD700', WEB_AVATAR_INITIALS: 'IA', WEB_WELCOME_TEXT: 'Ask about PACS & imaging informatics.' });
    running = await listen(createServer(app), 0, '127.0.0.1');
    page = await fetch(`${running.url}/`);
    html = await page.text();
  });
  afterAll(async () => {
    await running.close();
  });

  it('serves the demo page with a CSP that allows only its own origin for scripts and connections', () => {
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(html).not.toMatch(/<script>(?!\s*$)/);
  });

  it('themes the page from configuration, escaping the names', () => {
    expect(html).toContain('<title>Imaging Advisor · Lakeside &#60;Community&#62; College</title>');
    expect(html).toContain('Ask about PACS &#38; imaging informatics.');
    expect(html).toContain('--pacs-accent:#ffd700');
    // Dark text on a light accent colour, for contrast.
    expect(html).toContain('"onAccentColor":"#000000"');
    expect(html).toContain('"avatarInitials":"IA"');
  });

  it('serves the Web Chat bundle under a content-hashed name, cached for a year, and nothing else there', async () => {
    const file = /src="\/webchat\/(webchat\.[0-9a-f]{16}\.js)"/.exec(html)?.[1];
    expect(file).toBeDefined();
    const bundle = await fetch(`${running.url}/webchat/${file}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
    expect((await fetch(`${running.url}/webchat/webchat.0000000000000000.js`)).status).toBe(404);
    expect((await fetch(`${running.url}/assets/..%2Fpages.ts`)).status).toBe(404);
  });

  it('serves /embed.js with the theme and the bundle address, from the bot origin', async () => {
    const res = await fetch(`${running.url}/embed.js`);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const js = await res.text();
    expect(js).toContain('"botName":"Imaging Advisor"');
    expect(js).toMatch(/'\/webchat\/webchat\.[0-9a-f]{16}\.js'/);
    expect(js).toContain('window.PacsChat');
    expect(js).toContain('pacs-chat-launcher');
    expect(js).not.toContain('DIRECT_LINE_SECRET');
  });
});

describe('widget pages in Azure mode', () => {
  it("lets the page connect to the Azure Direct Line origin and nothing else", async () => {
    const running = await listen(createServer(testBot({ DIRECT_LINE_SECRET: 'a-secret-value-for-tests', DIRECT_LINE_ENDPOINT: 'https://directline.example.test' })), 0, '127.0.0.1');
    try {
      const res = await fetch(`${running.url}/`);
      expect(res.headers.get('content-security-policy')).toContain("connect-src 'self' https://directline.example.test wss://directline.example.test;");
      expect(await res.text()).not.toContain('a-secret-value-for-tests');
    } finally {
      await running.close();
    }
  });
});
