/**
 * The Teams app icons, drawn in code: a white picture frame (an archived image) with a sun and a
 * mountain, on the accent colour (192×192) or on transparency (32×32 outline).
 * @remarks Teams requires the outline icon to be white on a transparent background.
 */
import { encodePng, type Rgba } from './png.js';

/** The accent colour of the app; the manifest's accentColor is the same. */
export const ACCENT: Rgba = [0x1f, 0x5f, 0x8b, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const SAMPLES = 4;

/** Coverage of the glyph at a point in unit coordinates (0..1), given the frame's stroke width. */
function inGlyph(u: number, v: number, stroke: number): boolean {
  const [left, top, right, bottom] = [0.14, 0.2, 0.86, 0.8];
  const inFrame = u >= left && u <= right && v >= top && v <= bottom;
  const inside = u > left + stroke && u < right - stroke && v > top + stroke && v < bottom - stroke;
  if (inFrame && !inside) return true;
  if (!inside) return false;
  const sun = Math.hypot(u - 0.36, v - 0.4) <= 0.075;
  const mountain = v >= bottom - stroke - 0.02 - (0.3 - Math.abs(u - 0.58)) * 1.1 && v <= bottom;
  return sun || mountain;
}

/** Fraction of a pixel covered by the glyph (supersampled, for smooth edges). */
function coverage(x: number, y: number, size: number, stroke: number): number {
  let hits = 0;
  for (let i = 0; i < SAMPLES; i++)
    for (let j = 0; j < SAMPLES; j++)
      if (inGlyph((x + (i + 0.5) / SAMPLES) / size, (y + (j + 0.5) / SAMPLES) / size, stroke)) hits++;
  return hits / (SAMPLES * SAMPLES);
}

/** The 192×192 full-colour icon. */
export function colorIcon(): Buffer {
  return encodePng(192, 192, (x, y) => {
    const a = coverage(x, y, 192, 0.06);
    return [
      ACCENT[0] + (255 - ACCENT[0]) * a,
      ACCENT[1] + (255 - ACCENT[1]) * a,
      ACCENT[2] + (255 - ACCENT[2]) * a,
      255,
    ];
  });
}

/** The 32×32 outline icon: white, transparent everywhere else. */
export function outlineIcon(): Buffer {
  return encodePng(32, 32, (x, y) => [WHITE[0], WHITE[1], WHITE[2], 255 * coverage(x, y, 32, 0.08)]);
}
