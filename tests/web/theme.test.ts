import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { contrast, widgetTheme } from '../../src/web/theme.js';

describe('widgetTheme', () => {
  it('puts white text on a dark accent and dark text on a light one, always at least 4.5:1', () => {
    for (const accent of ['#0b5cad', '#ffd700', '#7a0019', '#00a3e0', '#777777']) {
      const theme = widgetTheme(parseConfig({ WEB_ACCENT_COLOR: accent }).web);
      expect(contrast(theme.accentColor, theme.onAccentColor)).toBeGreaterThanOrEqual(4.5);
    }
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
    expect(parseConfig({ CORS_ORIGINS: 'https://www.college.edu, http://localhost:8080/' }).web.corsOrigins).toEqual(['https://www.college.edu', 'http://localhost:8080']);
    expect(() => parseConfig({ CORS_ORIGINS: 'www.college.edu' })).toThrow('CORS_ORIGINS must be a comma-separated list of origins such as https://www.college.edu (got "www.college.edu")');
  });

  it('names the variable and value for a bad colour, short token secret or bad endpoint', () => {
    expect(() => parseConfig({ WEB_ACCENT_COLOR: 'blue' })).toThrow('WEB_ACCENT_COLOR must be a colour such as #0b5cad (got "blue")');
    expect(() => parseConfig({ DIRECT_LINE_TOKEN_SECRET: 'short' })).toThrow('DIRECT_LINE_TOKEN_SECRET must be at least 32 characters');
    expect(() => parseConfig({ DIRECT_LINE_ENDPOINT: 'directline.botframework.com' })).toThrow(/DIRECT_LINE_ENDPOINT must be an http\(s\) base address/);
    expect(parseConfig({ DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/' }).directLine.endpoint).toBe('https://europe.directline.botframework.com');
  });
});
