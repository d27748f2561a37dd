/** Markdown line breaks as Teams renders them. */
import { describe, expect, it } from 'vitest';
import { teamsMarkdown } from '../../../src/bot/teams/markdown.js';

describe('teamsMarkdown', () => {
  it('turns single line breaks into paragraph breaks', () => {
    expect(teamsMarkdown('Programs:\n- OIT\n- HACC')).toBe('Programs:\n\n- OIT\n\n- HACC');
  });

  it('keeps existing paragraph breaks as they are', () => {
    expect(teamsMarkdown('**Title**\n\nSummary\n\n- a')).toBe('**Title**\n\nSummary\n\n- a');
  });

  it('normalizes Windows line endings', () => {
    expect(teamsMarkdown('a\r\nb')).toBe('a\n\nb');
  });
});
