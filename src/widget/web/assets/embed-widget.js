/*
 * The floating chat button and panel added by /embed.js (runs with CONFIG in scope). It is all the
 * college page loads from the bot until the student opens the chat (or, with data-preload="idle",
 * until the browser is idle): the chat itself runs in a frame from the bot's own origin.
 * - The button and panel live in a shadow root with their own styles, and the chat in that frame, so
 *   the college's CSS cannot restyle them and theirs cannot restyle the college's page.
 * - Full-screen on narrow screens (safe-area insets kept clear), a floating panel elsewhere.
 * - Keyboard: the button opens the panel and moves focus into the chat; Escape (outside a message)
 *   or the panel's Close button closes it and gives focus back to the button.
 * - Reopened on the next page of the site if it was open.
 */
(function (config) {
  'use strict';
  if (window.PacsChatWidget) return;
  window.PacsChatWidget = true;
  var OPEN_KEY = 'pacs-chat-open:' + config.origin;
  var SOURCE = 'pacs-chat';
  var theme = config.theme;
  var FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,sans-serif';

  var css =
    ':host{all:initial}' +
    '.launcher,.panel{box-sizing:border-box;margin:0;font:600 16px/1.25 ' +
    FONT +
    ';letter-spacing:normal;text-transform:none;text-align:left}' +
    '.launcher{position:fixed;right:max(1.25rem,env(safe-area-inset-right));bottom:max(1.25rem,env(safe-area-inset-bottom));z-index:2147483000;' +
    'min-height:2.75rem;padding:.8rem 1.25rem;border:2px solid transparent;border-radius:2rem;background:' +
    theme.accentColor +
    ';color:' +
    theme.onAccentColor +
    ';' +
    'cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
    // A dark ring inside a light one: visible on light and dark college pages alike.
    '.launcher:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;box-shadow:0 0 0 2px #fff,0 0 0 8px #fff}' +
    '.panel{position:fixed;right:1.25rem;bottom:5.5rem;z-index:2147483000;display:flex;width:min(26rem,calc(100vw - 2.5rem));' +
    'height:min(40rem,calc(100vh - 7.5rem));height:min(40rem,calc(100dvh - 7.5rem));border:1px solid transparent;border-radius:.75rem;overflow:hidden;' +
    'background:#fff;box-shadow:0 8px 28px rgba(0,0,0,.3)}' +
    '.panel[hidden]{display:none}' +
    '.panel iframe{display:block;flex:1;width:100%;height:100%;min-width:0;border:0;margin:0;padding:0;background:transparent}' +
    '.notice{flex:1;padding:1rem;color:#1b1b1b;font-weight:400;line-height:1.45}.notice[hidden]{display:none}.notice p{margin:0 0 .75rem}' +
    '.notice button{min-height:2.75rem;margin:0 .5rem .5rem 0;padding:.3rem .9rem;border:2px solid currentColor;border-radius:.4rem;background:transparent;color:inherit;font:inherit;font-weight:600;cursor:pointer}' +
    '.notice button:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}' +
    '@media (max-width:480px),(max-height:420px){' +
    '.panel{top:0;right:0;bottom:0;left:0;width:auto;height:auto;border:0;border-radius:0;box-shadow:none;' +
    'padding:env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left)}' +
    '.launcher[aria-expanded="true"]{display:none}}' +
    '@media (prefers-color-scheme:dark){.panel{background:#121212}.notice{color:#f0f0f0}.notice button:focus-visible{outline-color:#f0f0f0}}' +
    '@media (forced-colors:active){.launcher,.panel{border:2px solid CanvasText}.launcher:focus-visible{outline-color:Highlight}}';

  var host = document.createElement('pacs-chat-widget');
  // The host element sits in the college's page: reset it against any rule of theirs (inline !important wins).
  host.setAttribute(
    'style',
    'all:initial !important;display:block !important;position:static !important;width:0 !important;height:0 !important',
  );
  var shadow = host.attachShadow({ mode: 'open' });
  if (shadow.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function') {
    // A constructed sheet is not inline CSS, so a college page's strict CSP does not block it.
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    var style = document.createElement('style');
    style.textContent = css;
    shadow.appendChild(style);
  }

  var launcher = document.createElement('button');
  launcher.className = 'launcher';
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'pacs-chat-panel');
  launcher.title = theme.welcomeText;
  launcher.textContent = 'Chat with ' + theme.botName;

  var panel = document.createElement('section');
  panel.className = 'panel';
  panel.id = 'pacs-chat-panel';
  panel.hidden = true;
  panel.setAttribute('aria-label', theme.botName + ' chat');
  // Shown in place of the chat when its frame cannot load (offline, the bot unreachable).
  var notice = document.createElement('div');
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  notice.hidden = true;
  var noticeText = document.createElement('p');
  noticeText.textContent = "Can't reach the chat service. Check your connection, then try again.";
  var retryButton = document.createElement('button');
  retryButton.type = 'button';
  retryButton.textContent = 'Try again';
  var closeButton = document.createElement('button');
  closeButton.type = 'button';
  closeButton.textContent = 'Close';
  notice.appendChild(noticeText);
  notice.appendChild(retryButton);
  notice.appendChild(closeButton);
  panel.appendChild(notice);
  shadow.appendChild(panel);
  shadow.appendChild(launcher);
  document.body.appendChild(host);

  var frame = null;
  var frameReady = false;
  var frameFailed = false;
  var pending = null; /* an 'open' message waiting for the frame to load */

  function post(message) {
    message.source = SOURCE;
    if (frameReady) frame.contentWindow.postMessage(message, config.origin);
    else pending = message;
  }
  /* The chat frame; `start` makes it start the conversation as soon as it loads. */
  function ensureFrame(start, focus) {
    if (frame) return false;
    frame = document.createElement('iframe');
    frame.title = 'Chat with ' + theme.botName;
    frame.src =
      config.frameUrl +
      '?embed=' +
      encodeURIComponent(window.location.origin) +
      (start ? (focus ? '#start-focus' : '#start') : '');
    // The chat announces itself as its page loads; a frame that has loaded and stays silent is an
    // error page (offline, the bot unreachable). The grace period covers messages that arrive after the load event.
    var thisFrame = frame;
    frame.addEventListener('load', function () {
      window.setTimeout(function () {
        if (frame === thisFrame && !frameReady) failed();
      }, 3000);
    });
    notice.hidden = true;
    frameFailed = false;
    panel.appendChild(frame);
    return start;
  }
  function failed() {
    frame.remove();
    frame = null;
    frameFailed = true;
    pending = null;
    notice.hidden = false;
  }
  function remember(open) {
    try {
      window.sessionStorage.setItem(OPEN_KEY, open ? '1' : '0');
    } catch (e) {
      /* storage may be disabled */
    }
  }
  function open(focus) {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    remember(true);
    if (frameFailed) {
      if (focus) retryButton.focus();
      return;
    }
    // A new frame starts by itself; a preloaded one is told to.
    if (!ensureFrame(true, focus)) post({ type: 'open', focus: focus });
    if (focus) frame.focus();
  }
  function hide() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    remember(false);
    launcher.focus();
  }

  launcher.addEventListener('click', function () {
    if (panel.hidden) open(true);
    else hide();
  });
  retryButton.addEventListener('click', function () {
    frameFailed = false;
    open(true);
  });
  closeButton.addEventListener('click', hide);
  // Escape on the panel itself (the frame handles Escape inside the chat and asks to close).
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !event.defaultPrevented) hide();
  });
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (
      !frame ||
      event.source !== frame.contentWindow ||
      event.origin !== config.origin ||
      !data ||
      data.source !== SOURCE
    )
      return;
    if (data.type === 'ready') {
      frameReady = true;
      if (pending) post(pending);
      pending = null;
    } else if (data.type === 'close') {
      hide();
    } else if (data.type === 'refused' && data.reason) {
      console.warn('PACS chat: ' + data.reason);
    }
  });

  var wasOpen = false;
  try {
    wasOpen = window.sessionStorage.getItem(OPEN_KEY) === '1';
  } catch (e) {
    /* storage may be disabled */
  }
  if (wasOpen) open(false);
  else if (config.preload === 'idle') {
    // Fetch and run the chat in the background once the college page has finished its own work.
    var preload = function () {
      ensureFrame(false, false);
    };
    var whenIdle = function () {
      if (window.requestIdleCallback) window.requestIdleCallback(preload, { timeout: 5000 });
      else window.setTimeout(preload, 2000);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle);
  }
})(CONFIG);
