/*
 * wellbeing × Twilio Flex: call from your Flex plugin's init(flex, manager).
 *
 *   import connectWellbeing from "./wellbeing";   // this file, saved as src/wellbeing.js
 *   init(flex, manager) { connectWellbeing(flex, manager); }
 *
 * Configuration: window.WELLBEING_CONFIG = { url: "http://127.0.0.1:17733", token: "..." },
 * or manager.serviceConfiguration.attributes.wellbeing = { url, token } (Flex
 * configuration), or the token stored in this browser under localStorage
 * "wellbeing.token". On the agent's computer: wellbeing api on --origin https://flex.twilio.com
 *
 * afterAcceptTask (a voice task) -> POST /v1/call/start;
 * afterWrapupTask or afterCompleteTask -> POST /v1/call/end (once per task).
 */
function connectWellbeing(flex, manager) {
  "use strict";
  var attributes =
    (manager && manager.serviceConfiguration && manager.serviceConfiguration.attributes) || {};
  var config = window.WELLBEING_CONFIG || attributes.wellbeing || {};
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

  function isVoice(payload) {
    var task = payload && payload.task;
    return !task || !task.taskChannelUniqueName || task.taskChannelUniqueName === "voice";
  }

  function taskId(payload) {
    return payload && (payload.sid || (payload.task && payload.task.sid));
  }

  flex.Actions.addListener("afterAcceptTask", function (payload) {
    if (!isVoice(payload)) return;
    delete ended[taskId(payload)];
    send("call/start");
  });
  function end(payload) {
    var id = taskId(payload);
    if (!isVoice(payload) || ended[id]) return;
    ended[id] = true;
    send("call/end");
  }
  flex.Actions.addListener("afterWrapupTask", end);
  flex.Actions.addListener("afterCompleteTask", end);
}

if (typeof module !== "undefined" && module.exports) module.exports = connectWellbeing;
