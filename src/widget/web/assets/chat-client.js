/*
 * PACS advisor chat (browser, no build step), for the chat page at / and the widget's frame at /chat.
 * - Gets a Direct Line token from the bot's own server and announces the student (`webchat/join`, so
 *   the bot welcomes once) while the Web Chat bundle is still downloading.
 * - Resumes the tab's conversation when the server still knows it; when it does not (a restart, an
 *   expired token: 403 or 404) it starts a fresh one and says so in one line.
 * - Shows readable errors with a working "Try again" (429: waits the server's Retry-After first), and
 *   a "Start over" button.
 * - In the frame, talks to the embedding page by postMessage: it is told to open, it asks to close.
 */
(function () {
  'use strict';

  var JOIN_EVENT = 'webchat/join';
  var MESSAGE_SOURCE = 'pacs-chat';
  var SAVED_KEY = 'pacs-chat:conversation';
  var NARROW = '(max-width: 480px)';
  var SHORT = '(max-height: 480px)';
  var DARK = '(prefers-color-scheme: dark)';
  var ONLINE = 2;
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;
  var OFFLINE_TEXT = "Can't reach the chat service. Check your connection, then try again.";

  var config = JSON.parse(document.getElementById('pacs-chat-config').textContent);
  var origin = window.location.origin;
  var embedded = window.parent !== window;
  var root = document.getElementById('webchat');
  var statusLine = document.querySelector('.pacs-status');
  var alertBox = document.querySelector('.pacs-alert');
  var alertText = document.querySelector('.pacs-alert-text');
  var retryButton = document.querySelector('[data-action="retry"]');

  /* Messages to the page that embeds the frame. */
  function tellParent(type, detail) {
    if (!embedded) return;
    var message = { source: MESSAGE_SOURCE, type: type };
    for (var k in detail || {}) message[k] = detail[k];
    window.parent.postMessage(message, '*');
  }

  if (config.refusedOrigin) {
    // The page shows why there is no chat; the embedding page keeps it on screen and logs the reason.
    tellParent('ready');
    tellParent('refused', { reason: config.refusedReason });
    wireButtons();
    return;
  }

  /* ---- the tab's saved conversation (sessionStorage: gone when the tab closes, for shared computers) ---- */
  function readSaved() {
    try {
      return JSON.parse(window.sessionStorage.getItem(SAVED_KEY) || 'null');
    } catch (e) {
      return null;
    }
  }
  function writeSaved(s) {
    try {
      window.sessionStorage.setItem(
        SAVED_KEY,
        JSON.stringify({ token: s.token, conversationId: s.conversationId, domain: s.domain }),
      );
    } catch (e) {
      /* storage may be disabled; the conversation then simply does not survive a reload */
    }
  }
  function forget() {
    try {
      window.sessionStorage.removeItem(SAVED_KEY);
    } catch (e) {
      /* nothing to forget */
    }
  }

  /* ---- HTTP, with failures sorted into what the student can do about them ---- */
  function chatError(kind, detail) {
    var error = new Error(kind);
    error.kind = kind; /* offline | busy | gone | refused | failed */
    error.retryAfter = detail && detail.retryAfter;
    error.reason = detail && detail.reason;
    return error;
  }
  function request(method, url, token, body) {
    var headers = {};
    if (token) headers.Authorization = 'Bearer ' + token;
    if (body) headers['Content-Type'] = 'application/json';
    return fetch(url, {
      method: method,
      headers: headers,
      credentials: 'omit',
      body: body ? JSON.stringify(body) : undefined,
    }).then(
      function (res) {
        if (res.ok) return res.json();
        if (res.status === 429)
          throw chatError('busy', { retryAfter: Number.parseInt(res.headers.get('Retry-After') || '', 10) || 30 });
        if (res.status === 401 || res.status === 403 || res.status === 404) {
          return res.json().then(
            function (b) {
              throw chatError(b && b.error && b.error.code === 'OriginNotAllowed' ? 'refused' : 'gone', {
                reason: b && b.error && b.error.message,
              });
            },
            function () {
              throw chatError('gone');
            },
          );
        }
        throw chatError('failed');
      },
      function () {
        throw chatError('offline');
      },
    );
  }
  function conversationUrl(s, rest) {
    return s.domain + '/conversations/' + encodeURIComponent(s.conversationId) + (rest || '');
  }

  /* ---- sessions ---- */
  function freshSession() {
    return request('POST', origin + '/api/directline/token').then(function (t) {
      var s = { token: t.token, conversationId: t.conversationId, domain: t.domain, joined: false };
      writeSaved(s);
      // The bot's own Direct Line takes the join right away, so the welcome is waiting when Web Chat
      // connects. The Azure service wants its conversation started by Web Chat first.
      if (s.domain.indexOf(origin + '/') !== 0) return s;
      var join = {
        type: 'event',
        name: JOIN_EVENT,
        value: { language: navigator.language },
        locale: navigator.language,
      };
      return request('POST', conversationUrl(s, '/activities'), s.token, join).then(function () {
        s.joined = true;
        return s;
      });
    });
  }
  function resumedSession(saved) {
    return request('POST', saved.domain + '/tokens/refresh', saved.token).then(function (t) {
      var s = { token: t.token, conversationId: saved.conversationId, domain: saved.domain, joined: true };
      // A refreshed token does not prove the conversation is still there (the server may have restarted).
      return request('GET', conversationUrl(s, '?watermark='), s.token).then(function () {
        writeSaved(s);
        return s;
      });
    });
  }
  /* The saved conversation if the server still has it, else a fresh one marked `expired`. */
  function session(startOver) {
    var saved = startOver ? null : readSaved();
    if (!saved || !saved.token || !saved.conversationId || !saved.domain) return freshSession();
    return resumedSession(saved).then(null, function (error) {
      if (error.kind !== 'gone') throw error;
      forget();
      return freshSession().then(function (s) {
        s.expired = true;
        return s;
      });
    });
  }

  /* ---- the Web Chat bundle (preloaded by the page's <link rel=preload>) ---- */
  var bundle = null;
  function webChat() {
    if (window.WebChat) return Promise.resolve(window.WebChat);
    if (!bundle) {
      bundle = new Promise(function (resolve, reject) {
        var tag = document.createElement('script');
        tag.src = config.bundleUrl;
        tag.async = true;
        tag.onload = function () {
          if (window.WebChat) resolve(window.WebChat);
          else reject(chatError('failed'));
        };
        tag.onerror = function () {
          tag.remove();
          reject(chatError('offline'));
        };
        document.head.appendChild(tag);
      });
      bundle.then(null, function () {
        bundle = null;
      });
    }
    return bundle;
  }

  /* ---- a preview of the bot's first message while Web Chat is still downloading (slow phones) ---- */
  function escapeText(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return '&#' + c.charCodeAt(0) + ';';
    });
  }
  /* Paragraphs, **bold** and *italics*: enough for a welcome; anything else shows as plain text. */
  function simpleMarkdown(text) {
    return escapeText(text)
      .split(/\n{2,}/)
      .map(function (paragraph) {
        return (
          '<p>' +
          paragraph
            .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
            .replace(/\*([^*]+)\*/g, '<em>$1</em>')
            .replace(/\n/g, '<br>') +
          '</p>'
        );
      })
      .join('');
  }
  function preview(s) {
    if (!s.joined || window.WebChat) return;
    request('GET', conversationUrl(s, '/activities?watermark=0'), s.token).then(
      function (group) {
        var first = (group.activities || []).filter(function (a) {
          return a.type === 'message' && a.text && a.from && a.from.role !== 'user';
        })[0];
        if (!first || current) return;
        // Hidden from screen readers: Web Chat announces the same message once it takes over.
        var bubble = document.createElement('div');
        bubble.className = 'pacs-preview';
        bubble.setAttribute('aria-hidden', 'true');
        bubble.innerHTML = simpleMarkdown(first.text);
        root.insertBefore(bubble, root.firstChild);
      },
      function () {
        /* only a preview: Web Chat shows the conversation anyway */
      },
    );
  }

  /* ---- look: stacked suggestions on narrow screens, dark theme, readable cards ---- */
  function matches(query) {
    return window.matchMedia !== undefined && window.matchMedia(query).matches;
  }
  function palette() {
    var t = config.theme;
    return matches(DARK)
      ? {
          bg: '#121212',
          surface: '#1e1e1e',
          text: '#f0f0f0',
          subtle: '#c4c4c4',
          line: '#8f8f8f',
          accent: t.darkAccentColor,
        }
      : {
          bg: '#ffffff',
          surface: '#f3f4f6',
          text: '#1b1b1b',
          subtle: '#595959',
          line: '#8a8a8a',
          accent: t.accentTextColor,
        };
  }
  function styleOptions() {
    var t = config.theme;
    var p = palette();
    var narrow = matches(NARROW);
    return {
      accent: p.accent,
      backgroundColor: p.bg,
      primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      subtle: p.subtle,
      timestampColor: p.subtle,
      // On a phone every pixel of width goes to the messages and cards.
      botAvatarInitials: narrow ? undefined : t.avatarInitials,
      botAvatarBackgroundColor: t.accentColor,
      userAvatarInitials: narrow ? undefined : '',
      bubbleBackground: p.surface,
      bubbleBorderColor: p.line,
      bubbleTextColor: p.text,
      bubbleMaxWidth: 600,
      bubbleFromUserBackground: t.accentColor,
      bubbleFromUserTextColor: t.onAccentColor,
      bubbleFromUserBorderColor: t.accentColor,
      cardEmphasisBackgroundColor: p.surface,
      richCardWrapTitle: true,
      suggestedActionLayout: narrow ? 'stacked' : 'flow',
      suggestedActionsStackedLayoutButtonTextWrap: true,
      // A short window (a phone on its side, 400% zoom) keeps most of its height for the messages; the suggestions scroll.
      suggestedActionsStackedHeight: matches(SHORT) ? 56 : 'auto',
      suggestedActionBackgroundColor: p.bg,
      suggestedActionBorderColor: p.accent,
      suggestedActionTextColor: p.accent,
      suggestedActionBackgroundColorOnHover: p.surface,
      suggestedActionKeyboardFocusIndicatorBorderColor: p.text,
      suggestedActionsVisualKeyboardIndicatorColor: p.text,
      sendBoxBackground: p.bg,
      sendBoxTextColor: p.text,
      sendBoxPlaceholderColor: p.subtle,
      sendBoxButtonColor: p.accent,
      notificationText: p.text,
      sendBoxBorderTop: 'solid 1px ' + p.line,
      transcriptActivityVisualKeyboardIndicatorColor: p.text,
      transcriptVisualKeyboardIndicatorColor: p.text,
      hideUploadButton: true,
      rootHeight: '100%',
      rootWidth: '100%',
    };
  }
  /* Adaptive Cards at a readable size, in the theme's colours, with one button per row. */
  function hostConfig() {
    var p = palette();
    var text = { default: p.text, subtle: p.subtle };
    return {
      fontFamily: styleOptions().primaryFont,
      fontSizes: { small: 14, default: 16, medium: 18, large: 21, extraLarge: 24 },
      spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 28, padding: matches(NARROW) ? 10 : 14 },
      supportsInteractivity: true,
      containerStyles: {
        default: {
          backgroundColor: p.surface,
          foregroundColors: { default: text, accent: { default: p.accent, subtle: p.accent } },
        },
        emphasis: {
          backgroundColor: p.bg,
          foregroundColors: { default: text, accent: { default: p.accent, subtle: p.accent } },
        },
      },
      actions: {
        actionsOrientation: 'vertical',
        actionAlignment: 'stretch',
        buttonSpacing: 8,
        maxActions: 100,
        spacing: 'default',
        showCard: { actionMode: 'inline', inlineTopMargin: 8 },
      },
      factSet: {
        title: { color: 'default', size: 'default', weight: 'bolder', wrap: true, maxWidth: 150 },
        value: { color: 'default', size: 'default', weight: 'default', wrap: true },
        spacing: 8,
      },
      textBlock: { headingLevel: 2 },
    };
  }

  /* ---- status and errors ---- */
  var countdown = null;
  function say(text) {
    statusLine.textContent = text;
  }
  function hideAlert() {
    window.clearInterval(countdown);
    alertBox.hidden = true;
    retryButton.hidden = true;
  }
  /* An error line; `retryLabel` names its button (none when the student can do nothing about it). */
  function showAlert(text, retryLabel) {
    alertText.textContent = text;
    retryButton.textContent = retryLabel || '';
    retryButton.hidden = !retryLabel;
    alertBox.hidden = false;
  }
  function showError(error) {
    var kind = error && error.kind;
    say('');
    if (kind === 'refused') {
      showAlert("This chat isn't available on this site.", '');
      if (error.reason) console.warn('PACS chat: ' + error.reason);
      tellParent('refused', { reason: error.reason });
      return;
    }
    if (kind === 'busy') {
      var left = error.retryAfter;
      var tick = function () {
        if (left <= 0) return void retry();
        showAlert(
          'Many people are starting chats right now. Trying again in ' + left + (left === 1 ? ' second.' : ' seconds.'),
          'Try now',
        );
        left -= 1;
      };
      tick();
      countdown = window.setInterval(tick, 1000);
      return;
    }
    if (kind === 'offline') showAlert(OFFLINE_TEXT, 'Try again');
    else showAlert('Sorry, the chat is not working right now.', 'Try again');
  }

  /* ---- rendering, restarts ---- */
  var current = null; /* { key, directLine, store, subscription, unsent: { clientActivityID: text } } */
  var starting = null;
  var wantFocus = false;

  /*
   * Web Chat's store, watched for three things: the join (Azure mode only: it goes out once Web Chat
   * has started the conversation), messages not yet accepted by the server (so they can be sent again
   * in a new conversation), and a refused message, which may mean the conversation is gone.
   */
  function storeFor(s, me, WebChat) {
    return WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          var id = action.meta && action.meta.clientActivityID;
          var activity = action.payload && action.payload.activity;
          if (
            action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING' &&
            id &&
            activity &&
            activity.type === 'message' &&
            activity.text
          )
            me.unsent[id] = activity.text;
          else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED' && id) delete me.unsent[id];
          else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') checkConversation(me, s);
          else if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            if (!s.joined) {
              s.joined = true;
              api.dispatch({
                type: 'WEB_CHAT/SEND_EVENT',
                payload: { name: JOIN_EVENT, value: { language: navigator.language } },
              });
            }
            (s.resend || []).forEach(function (text) {
              api.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
            });
            s.resend = [];
            if (s.draft) api.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: s.draft } });
            s.draft = '';
          }
          return next(action);
        };
      };
    });
  }
  /* A message was refused: if the server no longer has the conversation, carry on in a new one. */
  function checkConversation(me, s) {
    if (current !== me) return;
    request('GET', conversationUrl(s, '?watermark='), me.directLine.token || s.token).then(null, function (error) {
      if (error.kind === 'gone' && current === me) void restart('expired');
    });
  }
  var mounted = false;
  var conversations = 0;
  function paint() {
    if (!current) return;
    if (!mounted) root.textContent = ''; /* the loading line and the preview; later renders belong to React */
    mounted = true;
    // A new `key` per conversation makes React replace Web Chat (its store and transcript) rather than update it.
    window.WebChat.renderWebChat(
      {
        key: current.key,
        directLine: current.directLine,
        store: current.store,
        styleOptions: styleOptions(),
        adaptiveCardsHostConfig: hostConfig(),
        locale: 'en-US',
      },
      root,
    );
  }
  function teardown() {
    if (!current) return;
    current.subscription.unsubscribe();
    current.directLine.end();
    current = null;
  }
  function render(s, WebChat) {
    teardown();
    var directLine = WebChat.createDirectLine({
      token: s.token,
      domain: s.domain,
      conversationId: s.conversationId,
      webSocket: true,
    });
    conversations += 1;
    var me = {
      key: 'conversation-' + conversations,
      directLine: directLine,
      store: null,
      subscription: null,
      unsent: {},
    };
    me.store = storeFor(s, me, WebChat);
    me.subscription = directLine.connectionStatus$.subscribe({
      next: function (status) {
        if (current !== me) return;
        if (status === ONLINE) hideAlert();
        // The server no longer knows this conversation or token: carry on in a new one.
        else if (status === EXPIRED_TOKEN || status === ENDED) restart('expired');
        else if (status === FAILED_TO_CONNECT) showAlert(OFFLINE_TEXT, 'Try again');
      },
    });
    current = me;
    paint();
  }
  function focusSendBox(triesLeft) {
    var box = root.querySelector('[data-id="webchat-sendbox-input"], input[type="text"], textarea');
    if (box) box.focus();
    else if (triesLeft > 0)
      window.setTimeout(function () {
        focusSendBox(triesLeft - 1);
      }, 100);
  }
  /* Starts or restarts the chat; `why`: open | retry | expired | start-over. */
  function restart(why) {
    if (starting) return starting;
    hideAlert();
    if (why !== 'open') say(why === 'start-over' ? 'Starting a new chat…' : 'Reconnecting…');
    var expired = why === 'expired';
    var previous = current;
    var started = session(why === 'start-over' || expired).then(function (s) {
      preview(s);
      return s;
    });
    starting = Promise.all([started, webChat()])
      .then(function (r) {
        // What the student sent into a conversation that is gone goes again into the new one, and
        // what they were typing stays in the box: the old chat is on screen until now.
        if (previous && (expired || r[0].expired)) {
          r[0].resend = Object.keys(previous.unsent).map(function (id) {
            return previous.unsent[id];
          });
          r[0].draft = previous.store.getState().sendBoxValue || '';
        }
        render(r[0], r[1]);
        if (expired || r[0].expired) say('Your previous chat had ended, so this is a new one.');
        else say(why === 'start-over' ? 'You started a new chat.' : '');
        if (wantFocus || why === 'start-over') focusSendBox(50);
      }, showError)
      .then(function () {
        starting = null;
      });
    return starting;
  }
  function retry() {
    window.clearInterval(countdown);
    return restart('retry');
  }

  /* ---- buttons, keys, the embedding page ---- */
  function wireButtons() {
    document.addEventListener('click', function (event) {
      var button = event.target && event.target.closest ? event.target.closest('[data-action]') : null;
      if (!button) return;
      var action = button.getAttribute('data-action');
      if (action === 'close') tellParent('close');
      else if (action === 'retry') void retry();
      else if (action === 'restart') void restart('start-over');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || event.defaultPrevented || !embedded) return;
      // Inside the transcript (a message, a card) Escape belongs to Web Chat: it leaves the message.
      var target = event.target;
      if (target && target.closest && target.closest('.webchat__basic-transcript, .ac-adaptiveCard, [role="log"]'))
        return;
      tellParent('close');
    });
    var close = document.querySelector('[data-action="close"]');
    if (close && !embedded) close.hidden = true;
  }

  function open(focus) {
    wantFocus = wantFocus || focus;
    if (current) {
      if (focus) focusSendBox(50);
      return;
    }
    void restart('open');
  }

  wireButtons();
  // Narrower or wider, light or dark: Web Chat re-renders with the matching options.
  [NARROW, SHORT, DARK].forEach(function (query) {
    var list = window.matchMedia ? window.matchMedia(query) : null;
    if (list && list.addEventListener) list.addEventListener('change', paint);
  });
  // Web Chat refreshes its token every 15 minutes; keep the newest one for the next page load.
  var keepToken = function () {
    if (current && current.directLine.token) {
      var saved = readSaved();
      if (saved && saved.conversationId === current.directLine.conversationId)
        writeSaved({ token: current.directLine.token, conversationId: saved.conversationId, domain: saved.domain });
    }
  };
  window.setInterval(keepToken, 60000);
  window.addEventListener('pagehide', keepToken);

  if (embedded) {
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (event.source !== window.parent || !data || data.source !== MESSAGE_SOURCE) return;
      if (data.type === 'open') open(!!data.focus);
    });
  }
  // Download and run Web Chat now, even before the student opens a preloaded frame: that is what preloading is for.
  void webChat().then(null, function () {
    /* reported when the chat starts */
  });
  var hash = window.location.hash;
  if (!embedded || config.mode === 'page' || hash.indexOf('#start') === 0)
    open(hash === '#start-focus' || config.mode === 'page');
  tellParent('ready');
})();
