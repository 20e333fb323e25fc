/*
 * wellbeing × Amazon Connect Streams: tell the agent's wellbeing app when a call
 * starts and ends. Paste after amazon-connect-streams has loaded and
 * connect.core.initCCP(...) has been called, in the page that embeds the CCP.
 *
 * Configuration (set before this script runs, e.g. in the page's config):
 *   window.WELLBEING_CONFIG = { url: "http://127.0.0.1:17733", token: "..." };
 * Without a token in the config, the one stored in this browser under
 * localStorage "wellbeing.token" is used (the agent copies it once from
 * wellbeing's Settings). On the agent's computer: wellbeing api on --origin <this page's origin>
 *
 * onConnected -> POST /v1/call/start; onACW or onEnded -> POST /v1/call/end
 * (once per contact: Streams reports both for a call with after-call work).
 */
(function () {
  "use strict";
  var config = window.WELLBEING_CONFIG || {};
  var base = String(config.url || "http://127.0.0.1:17733").replace(/\/+$/, "");

  function send(path) {
    var token = config.token || window.localStorage.getItem("wellbeing.token") || "";
    return fetch(base + "/v1/" + path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + token },
      body: "{}",
      credentials: "omit",
    }).then(
      function (response) {
        if (!response.ok) console.warn("wellbeing: " + path + " answered " + response.status);
      },
      function (error) {
        console.warn("wellbeing: could not reach the app (" + error + ")");
      }
    );
  }

  var ended = {};
  connect.contact(function (contact) {
    if (contact.getType && contact.getType() !== connect.ContactType.VOICE) return;
    var id = contact.getContactId();
    contact.onConnected(function () {
      delete ended[id];
      send("call/start");
    });
    function end() {
      if (ended[id]) return;
      ended[id] = true;
      send("call/end");
    }
    contact.onACW(end);
    contact.onEnded(end);
  });
})();
