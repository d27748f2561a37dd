/**
 * The HTML of the chat page (GET / fills the window; GET /chat is the widget's frame) and the text
 * of /embed.js, from the theme, the trust notices and the static files' hashed names.
 */
import type { Contact } from '../../replies/general.js';
import type { WidgetTheme } from './theme.js';

/** What the chat page's script needs; sent as a JSON block in the page (no inline script). */
export interface ChatPageConfig {
  /** `page`: the chat is the whole page; `frame`: inside the widget's panel on a college site. */
  readonly mode: 'page' | 'frame';
  readonly bundleUrl: string;
  readonly theme: WidgetTheme;
  /** The embedding site when it is not allowed; the page then explains instead of chatting. */
  readonly refusedOrigin?: string;
  /** The sentence shown (and sent to the embedding page's console) when the site is refused. */
  readonly refusedReason?: string;
}

/** What the panel tells students about the chat: it is automated, what is kept, whom to ask. */
export interface TrustNotice {
  /** What is kept and for how long, in one sentence. */
  readonly kept: string;
  /** The college's privacy notice; empty = no link. */
  readonly privacyUrl: string;
  readonly contact?: Contact;
}

/** The static files a page links to, by hashed URL. */
export interface PageFiles {
  readonly bundleUrl: string;
  readonly clientUrl: string;
  readonly cssUrl: string;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside a `<script>` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A link that opens outside the chat, or plain text when there is no address. */
function link(text: string, url: string): string {
  return url === ''
    ? escapeHtml(text)
    : `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
}

/** The notice under the header: what is kept, the privacy link, and the person to contact. */
function noticeHtml(trust: TrustNotice): string {
  const privacy = trust.privacyUrl === '' ? '' : ` ${link('Privacy notice', trust.privacyUrl)}`;
  const contact =
    trust.contact === undefined
      ? ''
      : `<p class="pacs-contact">Need a person? ${link(trust.contact.text, trust.contact.url)}</p>`;
  return `<div class="pacs-notice"><p>${escapeHtml(trust.kept)}${privacy}</p>${contact}</div>`;
}

/** The chat page, for the whole window (`page`) or for the widget's frame (`frame`). */
export function chatPageHtml(config: ChatPageConfig, trust: TrustNotice, files: PageFiles): string {
  const t = escapeHtml;
  const { theme } = config;
  const refused = config.refusedOrigin !== undefined;
  const title = config.mode === 'page' ? `${t(theme.collegeName)}: ${t(theme.botName)}` : t(theme.botName);
  const close =
    config.mode === 'frame'
      ? '<button type="button" class="pacs-button pacs-close" data-action="close" aria-label="Close chat"><span aria-hidden="true">×</span> Close</button>'
      : '';
  const restart = refused ? '' : '<button type="button" class="pacs-button" data-action="restart">Start over</button>';
  const intro = config.mode === 'page' ? `<p class="pacs-intro">${t(theme.welcomeText)}</p>` : '';
  const body = refused
    ? `<main id="webchat" class="pacs-refused"><p role="alert">This chat isn't available on this site.</p></main>`
    : `<main id="webchat" aria-label="Chat with ${t(theme.botName)}"><p class="pacs-loading" role="status">Loading the chat…</p></main>`;
  return `<!doctype html>
<html lang="en" class="pacs-${config.mode}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light dark">
<title>${t(theme.botName)} · ${t(theme.collegeName)}</title>
${refused ? '' : `<link rel="preload" href="${t(files.bundleUrl)}" as="script">\n`}<link rel="stylesheet" href="${t(files.cssUrl)}">
<style>:root{--pacs-accent:${theme.accentColor};--pacs-on-accent:${theme.onAccentColor};--pacs-accent-text:${theme.accentTextColor};--pacs-accent-dark:${theme.darkAccentColor}}</style>
</head>
<body>
<div class="pacs-app">
<header class="pacs-header">
<div class="pacs-heading"><h1>${title}</h1><p class="pacs-subtitle">Automated assistant</p>${intro}</div>
<div class="pacs-tools">${restart}${close}</div>
</header>
${noticeHtml(trust)}
<p class="pacs-status" role="status"></p>
<div class="pacs-alert" role="alert" hidden><p class="pacs-alert-text"></p><button type="button" class="pacs-button" data-action="retry" hidden>Try again</button></div>
${body}
</div>
<script type="application/json" id="pacs-chat-config">${scriptJson(config)}</script>
<script src="${t(files.clientUrl)}"></script>
</body>
</html>
`;
}

/** What /embed.js needs to know, besides the script's own address. */
export interface EmbedConfig {
  readonly theme: WidgetTheme;
}

/** /embed.js: the bot's origin (from the script's own address), the theme, then the widget code, in one closure. */
export function embedScript(config: EmbedConfig, widgetJs: string): string {
  const { botName, accentColor, onAccentColor, accentTextColor, darkAccentColor, welcomeText } = config.theme;
  return `/* PACS advisor chat widget: add <script src="https://YOUR-BOT/embed.js" defer></script> to a page (data-preload="idle" loads the chat before the first click). */
(function () {
'use strict';
var script = document.currentScript;
var origin = script && script.src ? new URL(script.src).origin : window.location.origin;
var CONFIG = { origin: origin, frameUrl: origin + '/chat', preload: script && script.getAttribute('data-preload') === 'idle' ? 'idle' : 'click', theme: ${scriptJson({ botName, accentColor, onAccentColor, accentTextColor, darkAccentColor, welcomeText })} };
${widgetJs}
})();
`;
}
