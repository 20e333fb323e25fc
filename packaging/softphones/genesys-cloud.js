/*
 * wellbeing × Genesys Cloud Embeddable Framework: paste into your framework.js
 * (the file you host for the Embeddable Framework), inside Framework.initialSetup.
 *
 *   window.Framework = {
 *     config: { ... },
 *     initialSetup: function () {
 *       wellbeingSubscribe(window.PureCloud);   // <- add this line
 *     },
 *     ...
 *   };
 *
 * Configuration: window.WELLBEING_CONFIG = { url: "http://127.0.0.1:17733", token: "..." }
 * in framework.js, or the token stored in this browser under localStorage
 * "wellbeing.token". The framework runs in Genesys Cloud's own frame, so the origin
 * to allow is that frame's, e.g.: wellbeing api on --origin https://apps.mypurecloud.com
 * (use your region's apps.* domain).
 *
 * Interaction "connect" -> POST /v1/call/start; "disconnect" (or "acw") -> POST /v1/call/end.
 */
function wellbeingSubscribe(PureCloud) {
  "use strict";
  var config = window.WELLBEING_CONFIG || {};
  var base = String(config.url || "http://127.0.0.1:17733").replace(/\/+$/, "");
  var ended = {};

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

  PureCloud.subscribe([
    {
      type: "Interaction",
      callback: function (category, interaction) {
        var id = interaction && (interaction.id || interaction.interactionId);
        if (interaction && (interaction.isChat || interaction.isEmail)) return;
        if (category === "connect") {
          delete ended[id];
          send("call/start");
        } else if ((category === "disconnect" || category === "acw") && !ended[id]) {
          ended[id] = true;
          send("call/end");
        }
      },
    },
  ]);
}
