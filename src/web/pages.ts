/**
 * The HTML of the demo page and the text of /embed.js, from the theme and the bundle name.
 */
import type { WidgetTheme } from './theme.js';

/** What the browser code needs: where the bot is, the bundle, the theme. */
export interface ClientConfig {
  /** The bot's origin; empty on the demo page, where the page's own origin is used. */
  readonly origin: string;
  readonly bundleUrl: string;
  readonly theme: WidgetTheme;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside a `<script>` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The demo page: Web Chat filling the window under a themed header. */
export function demoPageHtml(theme: WidgetTheme, bundleFile: string): string {
  const t = (s: string): string => escapeHtml(s);
  const config: ClientConfig = { origin: '', bundleUrl: `/webchat/${bundleFile}`, theme };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(theme.botName)} · ${t(theme.collegeName)}</title>
<link rel="stylesheet" href="/assets/demo-page.css">
<style>:root{--pacs-accent:${theme.accentColor};--pacs-on-accent:${theme.onAccentColor}}</style>
</head>
<body>
<header class="pacs-header">
<h1>${t(theme.collegeName)}: ${t(theme.botName)}</h1>
<p>${t(theme.welcomeText)}</p>
</header>
<main>
<div id="webchat" role="region" aria-label="Chat with ${t(theme.botName)}"></div>
</main>
<script type="application/json" id="pacs-chat-config">${scriptJson(config)}</script>
<script src="/webchat/${encodeURIComponent(bundleFile)}"></script>
<script src="/assets/chat-client.js"></script>
<script src="/assets/demo-page.js"></script>
</body>
</html>
`;
}

/** /embed.js: the configuration, then the chat client, then the floating widget, in one closure. */
export function embedScript(theme: WidgetTheme, bundleFile: string, chatClientJs: string, widgetJs: string): string {
  return `/* PACS advisor chat widget: add <script src="https://YOUR-BOT/embed.js" defer></script> to a page. */
(function () {
'use strict';
var script = document.currentScript;
var origin = script && script.src ? new URL(script.src).origin : window.location.origin;
var CONFIG = { origin: origin, bundleUrl: origin + '/webchat/${encodeURIComponent(bundleFile)}', theme: ${scriptJson(theme)} };
${chatClientJs}
${widgetJs}
})();
`;
}
