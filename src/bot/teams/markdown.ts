/**
 * Markdown as Teams renders it.
 * @remarks Teams joins lines separated by a single "\n" into one paragraph, and its mobile clients
 * don't render list markup, so every line break becomes a paragraph break ("\n\n"): lists stay
 * lists on the desktop and one item per line on phones.
 */

/** Turns every single line break into a paragraph break; existing blank lines are kept as they are. */
export function teamsMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/([^\n])\n(?=[^\n])/g, '$1\n\n');
}
