import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/app/config.js';
import { contrast, DARK_SURFACE, LIGHT_SURFACE, widgetTheme } from '../../../src/widget/web/theme.js';

describe('widgetTheme', () => {
  it('puts white text on a dark accent and dark text on a light one, always at least 4.5:1', () => {
    for (const accent of ['#0b5cad', '#ffd700', '#7a0019', '#00a3e0', '#777777']) {
      const theme = widgetTheme(parseConfig({ WEB_ACCENT_COLOR: accent }).web);
      expect(contrast(theme.accentColor, theme.onAccentColor)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('the dark and light variants of the accent', () => {
  it('reads at 4.5:1 as links on the light backgrounds and as text on the dark ones, whatever the accent', () => {
    for (const accent of ['#0b5cad', '#ffd700', '#7a0019', '#00a3e0', '#777777', '#000000', '#ffffff']) {
      const theme = widgetTheme(parseConfig({ WEB_ACCENT_COLOR: accent }).web);
      for (const light of ['#ffffff', LIGHT_SURFACE])
        expect(contrast(theme.accentTextColor, light)).toBeGreaterThanOrEqual(4.5);
      for (const dark of ['#121212', DARK_SURFACE])
        expect(contrast(theme.darkAccentColor, dark)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps an accent that already reads well unchanged', () => {
    expect(widgetTheme(parseConfig({ WEB_ACCENT_COLOR: '#0b5cad' }).web).accentTextColor).toBe('#0b5cad');
  });
});

describe('widget configuration', () => {
  it('has working defaults: self-hosted Direct Line, no extra origins', () => {
    const c = parseConfig({});
    expect(c.directLine.secret).toBe('');
    expect(c.directLine.endpoint).toBe('https://directline.botframework.com');
    expect(c.web.corsOrigins).toEqual([]);
    expect(c.web.accentColor).toBe('#0b5cad');
  });

  it('reads the CORS allow-list and rejects an entry that is not an origin', () => {
    expect(parseConfig({ CORS_ORIGINS: 'https://www.college.edu, http://localhost:8080/' }).web.corsOrigins).toEqual([
      'https://www.college.edu',
      'http://localhost:8080',
    ]);
    expect(() => parseConfig({ CORS_ORIGINS: 'www.college.edu' })).toThrow(
      'CORS_ORIGINS must be a comma-separated list of origins such as https://www.college.edu (got "www.college.edu")',
    );
  });

  it('names the variable and value for a bad colour, short token secret or bad endpoint', () => {
    expect(() => parseConfig({ WEB_ACCENT_COLOR: 'blue' })).toThrow(
      'WEB_ACCENT_COLOR must be a colour such as #0b5cad (got "blue")',
    );
    expect(() => parseConfig({ DIRECT_LINE_TOKEN_SECRET: 'short' })).toThrow(
      'DIRECT_LINE_TOKEN_SECRET must be at least 32 characters',
    );
    expect(() => parseConfig({ DIRECT_LINE_ENDPOINT: 'directline.botframework.com' })).toThrow(
      /DIRECT_LINE_ENDPOINT must be an http\(s\) base address/,
    );
    expect(
      parseConfig({ DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/' }).directLine.endpoint,
    ).toBe('https://europe.directline.botframework.com');
  });
});

describe('trust settings', () => {
  it('has no privacy link and no contact unless configured', () => {
    const c = parseConfig({});
    expect(c.web.privacyUrl).toBe('');
    expect(c.advisorContact).toBeUndefined();
  });

  it('reads the privacy notice and the advisor contact, with or without a link', () => {
    const c = parseConfig({
      WEB_PRIVACY_URL: ' https://www.college.edu/privacy ',
      ADVISOR_CONTACT: 'advising@college.edu, Mon–Fri 9–5',
      ADVISOR_CONTACT_URL: 'https://www.college.edu/advising/book',
    });
    expect(c.web.privacyUrl).toBe('https://www.college.edu/privacy');
    expect(c.advisorContact).toEqual({
      text: 'advising@college.edu, Mon–Fri 9–5',
      url: 'https://www.college.edu/advising/book',
    });
    expect(parseConfig({ ADVISOR_CONTACT: '(555) 010-0100' }).advisorContact).toEqual({
      text: '(555) 010-0100',
      url: '',
    });
  });

  it('names the variable and value for an address that is not http(s), and a link without its text', () => {
    expect(() => parseConfig({ WEB_PRIVACY_URL: 'javascript:alert(1)' })).toThrow(
      'WEB_PRIVACY_URL must be an http(s) address such as https://www.college.edu/privacy (got "javascript:alert(1)")',
    );
    expect(() => parseConfig({ WEB_PRIVACY_URL: 'www.college.edu/privacy' })).toThrow(
      /WEB_PRIVACY_URL must be an http\(s\) address/,
    );
    expect(() =>
      parseConfig({ ADVISOR_CONTACT: 'Advising', ADVISOR_CONTACT_URL: 'mailto:advising@college.edu' }),
    ).toThrow(/ADVISOR_CONTACT_URL must be an http\(s\) address .*\(got "mailto:advising@college.edu"\)/);
    expect(() => parseConfig({ ADVISOR_CONTACT_URL: 'https://www.college.edu/advising' })).toThrow(
      'ADVISOR_CONTACT_URL is set but ADVISOR_CONTACT is empty',
    );
  });
});
