/* zhibiao review mode (zhibiao serve --review): decide on a report's facts beside its text, and add
   missed ones by selecting text. Every write carries the page's CSRF token; after a write the text,
   the fact list and the panel are fetched again from the server, without reloading the page.
   Keys: n/j next, p/k previous, u next unreviewed, a accept, r reject, e correct, f add the
   selection, Esc cancel. */
(function () {
  "use strict";
  var panel = document.getElementById("review-panel");
  var meta = document.querySelector('meta[name="csrf-token"]');
  var text = document.getElementById("report-text");
  if (!panel || !meta || !text) return;
  var token = meta.getAttribute("content");
  var rid = panel.getAttribute("data-report");
  var msg = JSON.parse(panel.getAttribute("data-msg"));
  var facts = [], mentions = [];
  var cur = -1; // index of the selected fact in ``facts`` (reading order)
  var busy = false;
  var pending = null; // the selection to add: {start, end, text} in code points of the report text
  var $ = function (id) { return document.getElementById(id); };
  var addBtn = $("rv-add");
  document.body.appendChild(addBtn); // positioned next to the selection, in page coordinates

  function load(from) {
    facts = JSON.parse(from.getAttribute("data-facts"));
    mentions = JSON.parse(from.getAttribute("data-mentions"));
  }
  load(panel);

  function say(message, bad) {
    var s = $("rv-status");
    s.textContent = message;
    s.className = "rv-status " + (bad ? "rv-bad" : "rv-good");
  }

  function marksOf(id) { return text.querySelectorAll('mark.fact[data-fact="' + id + '"]'); }

  function show(i, scroll) {
    if (!facts.length) return;
    cur = (i + facts.length) % facts.length;
    var f = facts[cur];
    document.querySelectorAll("mark.fact.hl").forEach(function (e) { e.classList.remove("hl"); });
    var parts = marksOf(f.id);
    parts.forEach(function (e) { e.classList.add("hl"); });
    // "start" honours the marks' scroll-margin (40vh): clear of the header, and of the panel on a phone
    if (scroll !== false && parts.length) parts[0].scrollIntoView({ block: "start" });
    history.replaceState(null, "", "#fact-" + f.id);
    panel.querySelectorAll("#rv-fact dd[data-k]").forEach(function (dd) {
      dd.textContent = f.show[dd.getAttribute("data-k")] || msg.none;
    });
    $("rv-current").hidden = false;
    $("rv-none").hidden = true;
    $("rv-pos").textContent = (cur + 1) + " " + msg.of + " " + facts.length;
    panel.setAttribute("data-fact", f.id);
    panel.setAttribute("data-review", f.review);
    closeForms();
  }

  function current() {
    if (cur < 0 || cur >= facts.length) { say(msg.pick, true); return null; }
    return facts[cur];
  }

  function byHash() {
    var m = /^#fact-(-?\d+)$/.exec(location.hash);
    if (!m) return -1;
    for (var i = 0; i < facts.length; i++) if (String(facts[i].id) === m[1]) return i;
    return -1;
  }

  function closeForms() {
    ["rv-reject-form", "rv-edit-form", "rv-add-form"].forEach(function (id) { $(id).hidden = true; });
  }

  function open(id) {
    closeForms();
    var form = $(id);
    form.hidden = false;
    var first = form.querySelector("input,select");
    if (first) first.focus();
    form.scrollIntoView({ block: "nearest" });
  }

  function detail(j, status) {
    var d = j && j.detail;
    if (typeof d === "string") return d;
    if (Array.isArray(d)) return d.map(function (e) { return (e.loc || []).slice(1).join(".") + ": " + e.msg; }).join("; ");
    return "HTTP " + status;
  }

  /* POST a decision, then fetch the page again and show the fact ``then(answer)`` names. */
  function decide(what, body, then) {
    if (busy) return;
    busy = true;
    panel.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
    say(msg.saving);
    fetch("/api/review/" + what, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) throw new Error(msg.failed + ": " + detail(j, r.status));
        return j;
      });
    }).then(function (answer) {
      return refresh().then(function () {
        var want = then(answer);
        if (want >= 0) show(want);
        var done = { accept: msg.accepted, reject: msg.rejected, correct: msg.corrected, add: msg.added };
        say((done[answer.action] || msg.saved) + " · " + answer.fact_id);
      });
    }).catch(function (e) {
      say(e.message, true);
    }).then(function () {
      busy = false;
      panel.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
    });
  }

  /* The report text, the fact list and the panel's facts as the server has them now. */
  function refresh() {
    return fetch(location.pathname + location.search, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) {
        if (!r.ok) throw new Error(msg.failed + ": HTTP " + r.status);
        return r.text();
      }).then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var t = doc.getElementById("report-text"), p = doc.getElementById("review-panel");
        if (!t || !p) throw new Error(msg.failed);
        text.innerHTML = t.innerHTML;
        [".factlist", "#fact-count"].forEach(function (sel) {
          var here = document.querySelector(sel), there = doc.querySelector(sel);
          if (here && there) here.innerHTML = there.innerHTML;
        });
        panel.setAttribute("data-facts", p.getAttribute("data-facts"));
        load(panel);
      });
  }

  function indexOf(fid) {
    for (var i = 0; i < facts.length; i++) if (facts[i].fact_id === fid) return i;
    return -1;
  }

  function accept() {
    var f = current();
    if (!f) return;
    decide("accept", { fact_id: f.fact_id }, function (a) { return indexOf(a.fact_id) + 1; });
  }

  function reject() {
    if (!current()) return;
    open("rv-reject-form");
  }

  function edit() {
    var f = current();
    if (!f) return;
    $("rv-edit-form").querySelectorAll("[name]").forEach(function (el) {
      el.value = el.getAttribute("data-skip") ? "" : (f.raw[el.name] || "");
    });
    open("rv-edit-form");
  }

  $("rv-reject-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var f = current(), reason = $("rv-reason").value.trim();
    if (!f) return;
    if (!reason) { say(msg.reason, true); return; }
    decide("reject", { fact_id: f.fact_id, reason: reason }, function (a) { return indexOf(a.fact_id) + 1; });
  });

  $("rv-edit-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var f = current();
    if (!f) return;
    var changed = {}, n = 0;
    this.querySelectorAll("[name]").forEach(function (el) {
      if (el.getAttribute("data-skip") || el.value.trim() === (f.raw[el.name] || "")) return;
      changed[el.name] = el.value.trim();
      n++;
    });
    if (!n) { say(msg.unchanged, true); return; }
    var body = { fact_id: f.fact_id, fields: changed };
    if ($("rv-e-reason").value.trim()) body.reason = $("rv-e-reason").value.trim();
    decide("correct", body, function (a) { return indexOf(a.fact_id); });
  });

  /* -- adding a fact from a selection of the report's text ------------------------------------------ */
  function codePoints(s) { // Python counts code points, JavaScript UTF-16 units
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  }

  function offset(node, off) {
    var r = document.createRange();
    r.setStart(text, 0);
    r.setEnd(node, off);
    return codePoints(r.toString());
  }

  function selection() {
    var sel = window.getSelection();
    if (!sel || !sel.rangeCount || sel.isCollapsed) return null;
    var r = sel.getRangeAt(0);
    if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) return null;
    var s = r.toString();
    var lead = s.length - s.replace(/^\s+/, "").length, trail = s.length - s.replace(/\s+$/, "").length;
    if (lead + trail >= s.length) return null;
    var start = offset(r.startContainer, r.startOffset) + codePoints(s.slice(0, lead));
    var end = offset(r.endContainer, r.endOffset) - codePoints(s.slice(s.length - trail));
    return { start: start, end: end, text: s.slice(lead, s.length - trail), rect: r.getBoundingClientRect() };
  }

  function offerAdd() {
    var s = selection();
    if (!s) { addBtn.hidden = true; return; }
    addBtn.hidden = false;
    addBtn.style.left = Math.max(0, window.scrollX + s.rect.left) + "px";
    addBtn.style.top = (window.scrollY + s.rect.bottom + 6) + "px";
  }

  function addSelection() {
    var s = selection();
    if (!s) { say(msg.select, true); return; }
    pending = s;
    addBtn.hidden = true;
    var form = $("rv-add-form");
    form.reset();
    $("rv-add-text").textContent = s.text;
    $("rv-add-span").textContent = s.start + "–" + s.end;
    // a quantity the extractor read inside the selection gives the value and unit to start from
    var m = mentions.filter(function (x) { return x.start >= s.start && x.end <= s.end; })[0]
      || mentions.filter(function (x) { return x.start < s.end && x.end > s.start; })[0];
    if (m) { $("rv-a-value").value = m.value; $("rv-a-unit").value = m.unit; }
    open("rv-add-form");
    $("rv-a-indicator").focus();
  }

  $("rv-add-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    if (!pending) { say(msg.select, true); return; }
    var f = {};
    this.querySelectorAll("[name]").forEach(function (el) { if (el.value.trim() !== "") f[el.name] = el.value.trim(); });
    var span = pending;
    decide("add", { report_id: rid, start: span.start, end: span.end, fields: f }, function (a) {
      pending = null;
      window.getSelection().removeAllRanges();
      return indexOf(a.fact_id);
    });
  });

  /* -- wiring ------------------------------------------------------------------------------------- */
  $("rv-accept").addEventListener("click", accept);
  $("rv-reject").addEventListener("click", reject);
  $("rv-edit").addEventListener("click", edit);
  $("rv-next").addEventListener("click", function () { show(cur + 1); });
  $("rv-prev").addEventListener("click", function () { show(cur < 0 ? -1 : cur - 1); });
  addBtn.addEventListener("mousedown", function (ev) { ev.preventDefault(); }); // keep the selection
  addBtn.addEventListener("click", addSelection);
  panel.querySelectorAll(".rv-cancel").forEach(function (b) { b.addEventListener("click", closeForms); });
  document.addEventListener("selectionchange", function () { if (!busy) offerAdd(); });
  window.addEventListener("hashchange", function () { // a click on a mark or in the fact list
    var i = byHash();
    if (i >= 0) show(i, false);
  });

  function nextUnreviewed() {
    for (var k = 1; k <= facts.length; k++) {
      var i = (cur + k + facts.length) % facts.length;
      if (facts[i].review === "machine") { show(i); return; }
    }
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") {
      closeForms();
      addBtn.hidden = true;
      if (document.activeElement && panel.contains(document.activeElement)) document.activeElement.blur();
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.isComposing) return;
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))) return;
    var act = {
      n: function () { show(cur + 1); }, j: function () { show(cur + 1); },
      p: function () { show(cur < 0 ? -1 : cur - 1); }, k: function () { show(cur < 0 ? -1 : cur - 1); },
      u: nextUnreviewed, a: accept, r: reject, e: edit, f: addSelection
    }[ev.key];
    if (act && !busy) { ev.preventDefault(); act(); }
  });

  if (byHash() >= 0) show(byHash(), false);
})();
