/*
 * Pricing-page assistant widget. Embed with one tag:
 *   <script src="https://your-host/widget.js" data-server="https://your-host"
 *           data-color="#2f5bea" data-greeting-delay="1500" data-title="Assistant" defer></script>
 * data-server: where /chat lives (default: the script's own origin). data-identity: for a visitor
 * your site knows, the identity token your server signs with SITE_SECRET (see the README); without
 * it nobody is recognized. data-teaser (off unless given): a one-line prompt shown beside the
 * launcher after data-teaser-delay ms (default 8000), until the visitor opens the chat or dismisses it,
 * never again after that. Everything is rendered as text.
 */
(function () {
  "use strict";
  if (window.QualifierWidget) return;
  var script = document.currentScript || document.querySelector("script[src*='widget.js']");
  var cfg = (script && script.dataset) || {};
  var origin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var server = (cfg.server || origin).replace(/\/$/, "");
  var endpoint = server + "/chat";
  var color = /^#[0-9a-fA-F]{3,8}$/.test(cfg.color || "") ? cfg.color : "#2f5bea";
  var title = cfg.title || "Chat with us";
  var greetingDelay = parseInt(cfg.greetingDelay || "1500", 10);
  var teaserText = String(cfg.teaser || "").trim().slice(0, 140);
  var teaserDelay = parseInt(cfg.teaserDelay || "8000", 10);
  var KEY = "qualifier-widget:v2";

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || null; } catch (e) { return null; }
  }
  // The conversation id and its token are issued by the server (POST /chat/session) on first use.
  var state = load() || { sender: null, token: null, messages: [], open: false, greeted: false, plan: null, pending: [] };
  if (!state.pending) state.pending = [];
  function save() { try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode */ } }

  var css = "" +
    ".qw-launcher{position:fixed;right:20px;bottom:20px;width:60px;height:60px;border-radius:50%;border:0;background:" + color + ";color:#fff;font-size:26px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);z-index:2147483000}" +
    ".qw-panel{position:fixed;right:20px;bottom:92px;width:370px;max-width:calc(100vw - 24px);height:560px;max-height:calc(100vh - 110px);background:#fff;border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.25);display:none;flex-direction:column;overflow:hidden;z-index:2147483000;font:15px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2433}" +
    ".qw-panel.qw-open{display:flex}" +
    ".qw-head{background:" + color + ";color:#fff;padding:12px 14px;display:flex;align-items:center;justify-content:space-between}" +
    ".qw-head h2{font-size:16px;margin:0}.qw-close{background:none;border:0;color:#fff;font-size:22px;cursor:pointer}" +
    ".qw-log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f6f7fb}" +
    ".qw-msg{max-width:85%;padding:8px 11px;border-radius:12px;white-space:pre-wrap;word-wrap:break-word}" +
    ".qw-bot{align-self:flex-start;background:#fff;border:1px solid #e3e6ee}.qw-me{align-self:flex-end;background:" + color + ";color:#fff}" +
    ".qw-time{display:block;font-size:11px;opacity:.65;margin-top:3px}" +
    ".qw-buttons{display:flex;flex-wrap:wrap;gap:6px;align-self:flex-start}" +
    ".qw-buttons button{border:1px solid " + color + ";background:#fff;color:" + color + ";border-radius:16px;padding:5px 11px;cursor:pointer;font-size:14px}" +
    ".qw-buttons button:disabled{opacity:.45;cursor:default}" +
    ".qw-typing{align-self:flex-start;color:#5b6478;font-size:13px;display:none}.qw-typing.qw-on{display:block}" +
    ".qw-form{display:flex;border-top:1px solid #e3e6ee}.qw-form input{flex:1;border:0;padding:12px;font-size:15px}" +
    ".qw-form button{border:0;background:" + color + ";color:#fff;padding:0 16px;cursor:pointer;font-size:15px}" +
    ".qw-notice{font-size:12px;color:#5b6478;padding:6px 12px;border-top:1px solid #eef0f5}.qw-notice a{color:" + color + "}" +
    ".qw-status{font-size:12px;color:#b3261e;padding:0 12px}.qw-status.qw-calm{color:#5b6478}" +
    ".qw-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}" +
    "@media (max-width:480px){.qw-panel{right:0;bottom:0;width:100vw;max-width:100vw;height:100vh;max-height:100vh;border-radius:0}}" +
    ":focus-visible{outline:3px solid #ffb020;outline-offset:2px}" +
    ".qw-link{color:inherit;text-decoration:underline}" +
    ".qw-rep{align-self:flex-start;background:#fff8e6;border:1px solid #f0d9a0}" +
    ".qw-who{display:flex;align-items:center;gap:6px;font-size:12px;font-weight:600;margin-bottom:3px;color:#5b4a1e}" +
    ".qw-initials{display:inline-flex;align-items:center;justify-content:center;width:22px;height:22px;border-radius:50%;background:#c58a00;color:#fff;font-size:11px}" +
    ".qw-event{align-self:center;font-size:12px;color:#5b6478}" +
    ".qw-with{display:block;font-size:12px;font-weight:400;opacity:.9}" +
    ".qw-teaser{position:fixed;right:20px;bottom:92px;max-width:min(280px,calc(100vw - 40px));display:none;align-items:flex-start;gap:4px;background:#fff;border-radius:12px;box-shadow:0 4px 18px rgba(0,0,0,.2);z-index:2147483000;font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif}" +
    ".qw-teaser.qw-on{display:flex}.qw-teaser-text{border:0;background:none;text-align:left;padding:10px 4px 10px 12px;cursor:pointer;color:#1d2433;font:inherit}" +
    ".qw-teaser-close{border:0;background:none;font-size:18px;line-height:1;padding:6px 8px;cursor:pointer;color:#5b6478}";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  }

  var style = el("style"); style.textContent = css; document.head.appendChild(style);
  var launcher = el("button", "qw-launcher");
  launcher.innerHTML = '<svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">' +
    '<path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';
  launcher.setAttribute("aria-label", "Open chat with our assistant");
  launcher.setAttribute("aria-expanded", "false");
  var teaser = el("div", "qw-teaser");
  var teaserOpen = el("button", "qw-teaser-text", teaserText);
  teaserOpen.type = "button";
  var teaserClose = el("button", "qw-teaser-close", "\u00D7");
  teaserClose.type = "button";
  teaserClose.setAttribute("aria-label", "Dismiss");
  teaser.appendChild(teaserOpen); teaser.appendChild(teaserClose);
  function dismissTeaser() {  // opened or closed, it is not shown again
    teaser.classList.remove("qw-on");
    if (!state.teaserDismissed) { state.teaserDismissed = true; save(); }
  }
  var panel = el("section", "qw-panel");
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", title);
  var head = el("div", "qw-head");
  var heading = el("h2", null, title);
  var withWhom = el("span", "qw-with");  // who the visitor is talking to while a person has the chat
  heading.appendChild(withWhom);
  head.appendChild(heading);
  var close = el("button", "qw-close", "\u00D7");
  close.setAttribute("aria-label", "Close chat");
  head.appendChild(close);
  var log = el("div", "qw-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-relevant", "additions");
  var typing = el("div", "qw-typing", "Assistant is typing\u2026");
  typing.setAttribute("aria-hidden", "true");
  var status = el("div", "qw-status");
  status.setAttribute("role", "status");
  var notice = el("div", "qw-notice");
  notice.appendChild(document.createTextNode("We ask before keeping anything personal. "));
  var privacy = el("a", null, "Privacy policy");
  privacy.href = server + "/privacy"; privacy.target = "_blank"; privacy.rel = "noopener";
  notice.appendChild(privacy);
  var form = el("form", "qw-form");
  var input = el("input");
  input.type = "text"; input.maxLength = 2000; input.placeholder = "Type your message\u2026";
  input.setAttribute("aria-label", "Your message");
  input.autocomplete = "off";
  var send = el("button", null, "Send"); send.type = "submit";
  form.appendChild(input); form.appendChild(send);
  panel.appendChild(head); panel.appendChild(log); panel.appendChild(typing); panel.appendChild(status);
  panel.appendChild(notice); panel.appendChild(form);

  function timeLabel(iso) {
    try { return new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }); } catch (e) { return ""; }
  }
  // Links in what we say (our privacy page, a web address an SDR sends) open in a new tab; the text
  // around them stays text. What the visitor typed is never turned into a link.
  function linked(node, text) {
    String(text).split(/(https?:\/\/[^\s]+|\/privacy\b)/).forEach(function (part, i) {
      if (i % 2 === 0) { if (part) node.appendChild(document.createTextNode(part)); return; }
      var tail = (part.match(/[.,;:!?)]+$/) || [""])[0];
      var href = part.slice(0, part.length - tail.length);
      var a = el("a", "qw-link", href);
      a.href = href.charAt(0) === "/" ? server + href : href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      node.appendChild(a);
      if (tail) node.appendChild(document.createTextNode(tail));
    });
  }

  function initials(name) {
    return String(name).split(/[\s._-]+/).filter(Boolean).slice(0, 2).map(function (w) { return w.charAt(0).toUpperCase(); }).join("");
  }
  function showRep() {
    withWhom.textContent = state.rep ? "You're chatting with " + state.rep + " from sales" : "";
  }
  function render(message, isLast) {
    if (message.from === "event") {
      log.appendChild(el("div", "qw-event", message.text));
      return;
    }
    if (message.from === "sdr") {  // a person from sales: their name and initials, not the assistant's bubble
      var said = el("div", "qw-msg qw-rep");
      var who = el("div", "qw-who");
      var badge = el("span", "qw-initials", initials(message.author));
      badge.setAttribute("aria-hidden", "true");
      who.appendChild(badge);
      who.appendChild(document.createTextNode(message.author + " \u00B7 sales"));
      said.appendChild(who);
      linked(said, message.text);
      said.appendChild(el("span", "qw-time", timeLabel(message.at)));
      log.appendChild(said);
      log.scrollTop = log.scrollHeight;
      return;
    }
    if (message.text) {
      var bubble = el("div", "qw-msg " + (message.from === "visitor" ? "qw-me" : "qw-bot"));
      bubble.appendChild(el("span", "qw-sr", message.from === "visitor" ? "You said: " : "Assistant: "));
      if (message.from === "visitor") bubble.appendChild(document.createTextNode(message.text));
      else linked(bubble, message.text);
      bubble.appendChild(el("span", "qw-time", timeLabel(message.at)));
      log.appendChild(bubble);
    }
    if (message.buttons && message.buttons.length && isLast) {  // once answered, a choice's buttons fold away
      var row = el("div", "qw-buttons");
      message.buttons.forEach(function (b) {
        var button = el("button", null, String(b.title || b.payload));
        button.type = "button";
        button.disabled = !isLast;
        button.addEventListener("click", function () {
          row.querySelectorAll("button").forEach(function (x) { x.disabled = true; });
          sendMessage(String(b.payload), String(b.title || b.payload));
        });
        row.appendChild(button);
      });
      log.appendChild(row);
    }
    log.scrollTop = log.scrollHeight;
  }
  function renderAll() {
    log.textContent = "";
    state.messages.forEach(function (m, i) { render(m, i === state.messages.length - 1); });
  }
  function foldOldButtons() {  // the visitor's reply says what they chose; the used buttons go
    log.querySelectorAll(".qw-buttons").forEach(function (row) { row.remove(); });
  }
  function toNewest() { log.scrollTop = log.scrollHeight; }
  function push(message) {
    foldOldButtons();
    state.messages.push(message);
    if (state.messages.length > 300) state.messages = state.messages.slice(-300);
    save();
    render(message, true);
  }

  var busy = false;
  function metadata() {
    var meta = { page: location.pathname };
    try { meta.timezone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { /* old browser */ }
    if (state.plan) meta.plan = state.plan;
    if (navigator.language) meta.locale = String(navigator.language).slice(0, 35);
    if (cfg.identity) meta.identity = cfg.identity;
    return meta;
  }
  function conversation() {
    if (state.sender && state.token) return Promise.resolve();
    return fetch(server + "/chat/session", { method: "POST" }).then(function (response) {
      if (!response.ok) throw { permanent: false };
      return response.json();
    }).then(function (issued) { state.sender = issued.sender; state.token = issued.token; save(); });
  }
  function deliver(backoff) {
    if (busy || !state.pending.length) return;
    busy = true;
    var item = state.pending[0];
    typing.classList.add("qw-on");
    conversation().then(function () {
      if (!socketStarted) live();
      return fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: state.sender, token: state.token, message: item.payload, metadata: item.metadata })
      });
    }).then(function (response) {
      if (response.status === 403) { state.sender = null; state.token = null; save(); throw { permanent: false }; }
      if (response.status === 413 || response.status === 400) {
        return response.json().then(function (body) { throw { permanent: true, message: body.error }; });
      }
      if (response.status === 503) {  // past capacity: wait as long as the server asks, then try again
        var wait = Math.min(Math.max(parseInt(response.headers.get("Retry-After") || "2", 10) || 2, 1), 30) * 1000;
        throw { permanent: false, busy: true, wait: wait };
      }
      if (!response.ok) throw { permanent: false };
      return response.json();
    }).then(function (replies) {
      state.pending.shift(); save();
      status.textContent = "";
      if ((replies || []).length && state.rep) { state.rep = null; showRep(); }  // the assistant has the chat again
      if (!(replies || []).length && state.rep) {  // a person has the chat: the assistant stays quiet, say who reads it
        status.textContent = state.rep + " has your message and will reply here.";
        status.classList.add("qw-calm");
      } else status.classList.remove("qw-calm");
      (replies || []).forEach(function (r) {
        push({ from: "assistant", text: r.text || "", buttons: r.buttons || [], at: new Date().toISOString() });
      });
      busy = false; typing.classList.remove("qw-on");
      deliver(1000);
    }).catch(function (error) {
      busy = false; typing.classList.remove("qw-on"); status.classList.remove("qw-calm");
      if (error && error.permanent) {
        state.pending.shift(); save();
        status.textContent = error.message || "That message could not be sent.";
        return;
      }
      if (error && error.busy) {
        status.textContent = "We're very busy right now. Retrying in " + Math.round(error.wait / 1000) + " s\u2026 (your message is kept)";
        setTimeout(function () { deliver(backoff); }, error.wait);
        return;
      }
      status.textContent = "Connection lost. Retrying\u2026 (your message is kept)";
      setTimeout(function () { deliver(Math.min(backoff * 2, 30000)); }, backoff);
    });
  }
  // `shown` is what the visitor's bubble says; null sends a payload the visitor never typed
  // (the greeting when the chat opens) without a bubble, marked silent so it is not recorded.
  function sendMessage(payload, shown) {
    var text = String(payload).trim();
    if (!text) return;
    var meta = metadata();
    if (shown === null) {
      meta.silent = true;
    } else {
      push({ from: "visitor", text: shown || text, at: new Date().toISOString() });
      if (shown && shown !== text) meta.display = shown;
    }
    state.pending.push({ payload: text, metadata: meta });
    save();
    deliver(1000);
  }

  function open(options) {
    options = options || {};
    if (options.plan) state.plan = String(options.plan);
    state.open = true; save();
    if (teaser.classList.contains("qw-on")) dismissTeaser();
    panel.classList.add("qw-open");
    launcher.setAttribute("aria-expanded", "true");
    toNewest();  // a reload or a reopened panel lands on the newest message and its buttons
    input.focus();
    if (!state.greeted) {
      state.greeted = true; save();
      sendMessage("/greet", null);
    } else if (options.plan) {
      sendMessage("/start_discovery", "I'd like to talk to sales about the " + options.plan + " plan");
    }
  }
  function hide() {
    state.open = false; save();
    panel.classList.remove("qw-open");
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", function () { if (state.open) hide(); else open(); });
  teaserOpen.addEventListener("click", function () { dismissTeaser(); open(); });
  teaserClose.addEventListener("click", dismissTeaser);
  close.addEventListener("click", hide);
  panel.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = "";
    sendMessage(text);
  });
  window.addEventListener("online", function () { deliver(1000); });

  // A person from sales may join (live handoff). Their messages arrive at once over the web
  // app's socket.io door (a plain WebSocket speaking engine.io v4 / socket.io v5 framing); when
  // websockets are blocked, they are fetched from /chat/updates every few seconds instead.
  if (!state.sdrSeen) state.sdrSeen = Date.now();
  function fromSdr(m) {
    if (m.at <= state.sdrSeen) return;  // already shown (the socket and the fallback may overlap)
    state.sdrSeen = m.at;
    var author = String(m.author || "Sales");
    if (state.rep !== author) push({ from: "event", text: author + " joined the chat", at: new Date(m.at).toISOString() });
    state.rep = m.handback ? null : author;
    showRep();
    if (status.classList.contains("qw-calm")) { status.textContent = ""; status.classList.remove("qw-calm"); }
    push({ from: "sdr", author: author, text: m.text, at: new Date(m.at).toISOString() });
    save();
  }
  var socketLive = false, socketWait = 1000, socketStarted = false, socketOpening = false;
  function live() {
    if (!state.token || !window.WebSocket) return;
    socketStarted = socketOpening = true;  // no polling while the socket may still come up
    var ws;
    try { ws = new WebSocket(server.replace(/^http/, "ws") + "/socket.io/?EIO=4&transport=websocket"); } catch (e) { return; }
    ws.onmessage = function (event) {
      var data = String(event.data);
      if (data === "2") { ws.send("3"); return; }  // engine.io ping, pong
      if (data.charAt(0) === "0") { ws.send("40"); return; }  // engine.io open: join the default namespace
      if (data.indexOf("40") === 0) {  // joined: resume this conversation (its id and token)
        ws.send("42" + JSON.stringify(["session_request", { session_id: state.sender + "." + state.token }]));
        return;
      }
      if (data.indexOf("42") !== 0) return;
      var packet; try { packet = JSON.parse(data.slice(2)); } catch (e) { return; }
      if (packet[0] === "session_confirm") { socketLive = true; socketOpening = false; socketWait = 1000; }
      var m = packet[1] || {};
      if (packet[0] === "bot_uttered" && m.metadata && m.metadata.sdr && m.text) {
        fromSdr({ text: m.metadata.said || m.text, author: m.metadata.sdr, handback: m.metadata.handback, at: m.metadata.at || Date.now() });
      }
    };
    ws.onclose = function () {
      socketLive = socketOpening = false;
      setTimeout(live, socketWait);  // reconnect, backing off; polling covers the gap
      socketWait = Math.min(socketWait * 2, 60000);
    };
  }
  var lastPoll = Date.now();
  function pollSdr() {
    if (!state.open || !state.token || socketOpening) return;
    // with the socket up, a slow safety net: a reply sent through another web worker still arrives
    if (socketLive && Date.now() - lastPoll < 60000) return;
    lastPoll = Date.now();
    fetch(server + "/chat/updates?sender=" + encodeURIComponent(state.sender) + "&token=" + encodeURIComponent(state.token) +
          "&after=" + state.sdrSeen)
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (messages) {
        messages.forEach(function (m) { fromSdr({ text: m.text, author: m.author, handback: m.handback, at: m.at }); });
      }).catch(function () { /* offline: try again on the next tick */ });
  }
  setInterval(pollSdr, 4000);

  function mount() {
    document.body.appendChild(launcher);
    if (teaserText) {
      document.body.appendChild(teaser);
      if (!state.teaserDismissed && !state.greeted) {
        setTimeout(function () { if (!state.open && !state.teaserDismissed) teaser.classList.add("qw-on"); }, teaserDelay);
      }
    }
    document.body.appendChild(panel);
    renderAll();
    showRep();
    if (state.open) { panel.classList.add("qw-open"); launcher.setAttribute("aria-expanded", "true"); toNewest(); }
    deliver(1000);
    live();  // when this browser already has a conversation; otherwise once its first message is sent
    if (!state.greeted && greetingDelay > 0) {
      setTimeout(function () { if (!state.greeted && !state.open) launcher.classList.add("qw-attention"); }, greetingDelay);
    }
  }
  window.QualifierWidget = { open: open, close: hide, sender: function () { return state.sender; } };
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
