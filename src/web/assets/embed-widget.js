/*
 * The floating chat button and panel added by /embed.js (runs after chat-client.js, with CONFIG in
 * scope): keyboard accessible, closable with Escape, and reopened on the next page if it was open.
 */
(function (config) {
  'use strict';
  if (document.getElementById('pacs-chat-launcher')) return;
  var OPEN_KEY = 'pacs-chat-open:' + config.origin;
  var theme = config.theme;

  var css =
    '#pacs-chat-launcher{position:fixed;right:1.25rem;bottom:1.25rem;z-index:2147483000;border:0;border-radius:2rem;padding:.85rem 1.25rem;' +
    'font:600 1rem/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:' + theme.accentColor + ';color:' + theme.onAccentColor + ';cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
    '#pacs-chat-launcher:focus-visible,#pacs-chat-close:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}' +
    '#pacs-chat-panel{position:fixed;right:1.25rem;bottom:5rem;z-index:2147483000;width:min(24rem,calc(100vw - 2.5rem));height:min(36rem,calc(100vh - 7rem));' +
    'display:flex;flex-direction:column;background:#fff;border-radius:.75rem;overflow:hidden;box-shadow:0 8px 28px rgba(0,0,0,.3)}' +
    '#pacs-chat-panel[hidden]{display:none}' +
    '#pacs-chat-header{display:flex;align-items:center;justify-content:space-between;padding:.6rem .9rem;background:' + theme.accentColor + ';color:' + theme.onAccentColor + ';font:600 1rem system-ui,sans-serif}' +
    '#pacs-chat-header h2{font-size:1rem;margin:0}' +
    '#pacs-chat-close{border:0;background:transparent;color:inherit;font-size:1.4rem;line-height:1;cursor:pointer;padding:.2rem .45rem;border-radius:.25rem}' +
    '#pacs-chat-body{flex:1;min-height:0}';

  var style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);

  var launcher = document.createElement('button');
  launcher.id = 'pacs-chat-launcher';
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'pacs-chat-panel');
  launcher.title = theme.welcomeText;
  launcher.textContent = 'Chat with ' + theme.botName;

  var panel = document.createElement('section');
  panel.id = 'pacs-chat-panel';
  panel.hidden = true;
  panel.setAttribute('aria-label', theme.botName + ' chat');
  var header = document.createElement('div');
  header.id = 'pacs-chat-header';
  var title = document.createElement('h2');
  title.textContent = theme.botName + ' · ' + theme.collegeName;
  var close = document.createElement('button');
  close.id = 'pacs-chat-close';
  close.type = 'button';
  close.setAttribute('aria-label', 'Close chat');
  close.textContent = '\u00d7';
  var body = document.createElement('div');
  body.id = 'pacs-chat-body';
  header.appendChild(title);
  header.appendChild(close);
  panel.appendChild(header);
  panel.appendChild(body);
  document.body.appendChild(panel);
  document.body.appendChild(launcher);

  var started = null;
  function loadBundle() {
    if (window.WebChat) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = config.bundleUrl;
      s.async = true;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('could not load the chat')); };
      document.head.appendChild(s);
    });
  }
  function ensureStarted() {
    if (!started) {
      started = loadBundle().then(function () {
        return window.PacsChat.start(config, body);
      });
      started.catch(function (error) {
        started = null;
        body.textContent = 'Sorry, the chat is not available right now (' + error.message + ').';
        body.setAttribute('role', 'alert');
      });
    }
    return started;
  }
  function remember(open) {
    try {
      window.sessionStorage.setItem(OPEN_KEY, open ? '1' : '0');
    } catch (e) {
      /* ignore */
    }
  }
  function focusSendBox(triesLeft) {
    var box = body.querySelector('input[type="text"], textarea');
    if (box) box.focus();
    else if (triesLeft > 0) window.setTimeout(function () { focusSendBox(triesLeft - 1); }, 100);
  }
  function open(focus) {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    remember(true);
    ensureStarted().then(function () {
      if (focus) focusSendBox(50);
    });
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
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });
  var wasOpen = false;
  try {
    wasOpen = window.sessionStorage.getItem(OPEN_KEY) === '1';
  } catch (e) {
    /* ignore */
  }
  if (wasOpen) open(false);
})(CONFIG);
