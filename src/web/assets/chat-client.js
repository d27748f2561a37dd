/*
 * PACS advisor chat client (browser, no build step): gets a Direct Line token from the bot's own
 * server, resumes the tab's conversation when it can, renders Bot Framework Web Chat and announces
 * the user with a `webchat/join` event so the bot welcomes exactly once.
 * Exposes window.PacsChat.start(config, element) -> Promise<{ directLine, resumed }>.
 */
(function () {
  'use strict';

  var JOIN_EVENT = 'webchat/join';

  function readSaved(key) {
    try {
      return JSON.parse(window.sessionStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  }

  function writeSaved(key, value) {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      /* storage may be disabled; the conversation then simply does not survive a reload */
    }
  }

  function postJson(url, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(url, { method: 'POST', headers: headers, credentials: 'omit' }).then(function (res) {
      if (!res.ok) throw new Error('chat service answered ' + res.status);
      return res.json();
    });
  }

  /* The tab's saved conversation with a refreshed token, or a new conversation. */
  function session(config) {
    var key = 'pacs-chat:' + config.origin;
    var saved = readSaved(key);
    var fresh = function () {
      return postJson(config.origin + '/api/directline/token').then(function (t) {
        var s = { token: t.token, conversationId: t.conversationId, domain: t.domain, resumed: false };
        writeSaved(key, s);
        return s;
      });
    };
    if (!saved || !saved.token || !saved.conversationId || !saved.domain) return fresh();
    return postJson(saved.domain + '/tokens/refresh', saved.token).then(
      function (t) {
        var s = { token: t.token, conversationId: saved.conversationId, domain: saved.domain, resumed: true };
        writeSaved(key, s);
        return s;
      },
      fresh,
    );
  }

  function styleOptions(theme) {
    return {
      accent: theme.accentColor,
      botAvatarInitials: theme.avatarInitials,
      botAvatarBackgroundColor: theme.accentColor,
      userAvatarInitials: '',
      bubbleFromUserBackground: theme.accentColor,
      bubbleFromUserTextColor: theme.onAccentColor,
      bubbleFromUserBorderColor: theme.accentColor,
      suggestedActionBorderColor: theme.accentColor,
      suggestedActionTextColor: theme.accentColor,
      sendBoxButtonColor: theme.accentColor,
      hideUploadButton: true,
      rootHeight: '100%',
      rootWidth: '100%',
    };
  }

  function start(config, element) {
    if (!window.WebChat) return Promise.reject(new Error('Web Chat bundle not loaded'));
    return session(config).then(function (s) {
      var options = { token: s.token, domain: s.domain, webSocket: true };
      if (s.resumed) options.conversationId = s.conversationId;
      var directLine = window.WebChat.createDirectLine(options);
      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: JOIN_EVENT, value: { language: navigator.language } } });
            }
            return next(action);
          };
        };
      });
      var key = 'pacs-chat:' + config.origin;
      var keepToken = function () {
        if (directLine.token) writeSaved(key, { token: directLine.token, conversationId: directLine.conversationId || s.conversationId, domain: s.domain, resumed: true });
      };
      window.setInterval(keepToken, 60000);
      window.addEventListener('pagehide', keepToken);
      window.WebChat.renderWebChat({ directLine: directLine, store: store, styleOptions: styleOptions(config.theme), locale: 'en-US' }, element);
      return { directLine: directLine, resumed: s.resumed };
    });
  }

  window.PacsChat = { start: start };
})();
