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
  /** The accent as link text in the light theme: darkened, if need be, until it reads at 4.5:1 on every light background. */
  readonly accentTextColor: string;
  /** The accent as text and lines in the dark theme: lightened until it reads at 4.5:1 on every dark background. */
  readonly darkAccentColor: string;
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

/** The lightest background of the dark theme (bubbles, the notice); the page behind them is darker still. Same value in chat-page.css. */
export const DARK_SURFACE = '#1e1e1e';
/** The darkest background of the light theme (bubbles, the notice); the page behind them is white. Same value in chat-page.css. */
export const LIGHT_SURFACE = '#f3f4f6';

/** `hex` mixed with `toward` (black or white) by `amount` (0 = unchanged, 1 = `toward`). */
function mix(hex: string, toward: 0 | 255, amount: number): string {
  const channel = (i: number): string => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(c + (toward - c) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** The variant of `color` closest to it that reads at 4.5:1 (WCAG AA) on `background`: lightened on a dark background, darkened on a light one. */
export function readableOn(background: string, color: string): string {
  const toward = luminance(background) < 0.18 ? 255 : 0;
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(color, toward, step / 20);
    if (contrast(candidate, background) >= 4.5) return candidate;
  }
  return toward === 255 ? '#ffffff' : '#000000';
}

/** The theme for a configuration. */
export function widgetTheme(web: WebConfig): WidgetTheme {
  const dark = '#000000';
  const accentColor = web.accentColor.toLowerCase();
  const onAccentColor = contrast(accentColor, '#ffffff') >= contrast(accentColor, dark) ? '#ffffff' : dark;
  return {
    collegeName: web.collegeName,
    botName: web.botName,
    accentColor,
    onAccentColor,
    accentTextColor: readableOn(LIGHT_SURFACE, accentColor),
    darkAccentColor: readableOn(DARK_SURFACE, accentColor),
    avatarInitials: web.avatarInitials,
    welcomeText: web.welcomeText,
  };
}
