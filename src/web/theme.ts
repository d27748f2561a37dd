/**
 * The widget's theme as the browser receives it: the configured names and colours, plus a text
 * colour that stays readable on the accent colour.
 */
import type { WebConfig } from '../config.js';

/** Theme values passed to the pages and the embed script. */
export interface WidgetTheme {
  readonly collegeName: string;
  readonly botName: string;
  readonly accentColor: string;
  /** `#ffffff` or `#000000`, whichever contrasts more with the accent colour. */
  readonly onAccentColor: string;
  readonly avatarInitials: string;
  readonly welcomeText: string;
}

/** Relative luminance (WCAG 2) of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The theme for a configuration. */
export function widgetTheme(web: WebConfig): WidgetTheme {
  const dark = '#000000';
  const onAccentColor = contrast(web.accentColor, '#ffffff') >= contrast(web.accentColor, dark) ? '#ffffff' : dark;
  return { collegeName: web.collegeName, botName: web.botName, accentColor: web.accentColor.toLowerCase(), onAccentColor, avatarInitials: web.avatarInitials, welcomeText: web.welcomeText };
}
