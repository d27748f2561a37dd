/**
 * The staff report's HTML page: a shell with no data in it. Its script (admin.js, from the bot's own
 * origin) asks for the token once, keeps it in sessionStorage, fetches /admin/report.json with it
 * and draws the report.
 */

/** Content-Security-Policy of the page: only its own script, style and fetches; no framing. */
export const ADMIN_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page for a bot called `botName` (escaped: it comes from configuration). */
export function adminPageHtml(botName: string): string {
  const name = botName.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${name}: staff report</title>
<link rel="stylesheet" href="/admin/admin.css">
<script src="/admin/admin.js" defer></script>
</head>
<body>
<header><h1>${name}: staff report</h1><p id="status" role="status"></p></header>
<main id="report" aria-live="polite"><noscript>This report needs JavaScript.</noscript></main>
</body>
</html>
`;
}
