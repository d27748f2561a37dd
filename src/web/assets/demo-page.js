/* Starts the full-page chat on GET /; the configuration is a JSON block in the page (no inline script). */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('pacs-chat-config').textContent);
  config.origin = config.origin || window.location.origin;
  var target = document.getElementById('webchat');
  window.PacsChat.start(config, target).then(
    function () {
      var focusSendBox = function () {
        var box = target.querySelector('input[type="text"], textarea');
        if (box) box.focus();
        else window.setTimeout(focusSendBox, 100);
      };
      focusSendBox();
    },
    function (error) {
      target.textContent = 'Sorry, the chat is not available right now (' + error.message + '). Please try again later.';
      target.setAttribute('role', 'alert');
    },
  );
})();
