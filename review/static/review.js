// The review page's behaviour: source highlighting, live sums, change tracking, saving.
// Document text is untrusted: it only ever reaches the DOM through textContent.
"use strict";

(function () {
  const dataEl = document.getElementById("kaohe-data");
  const data = dataEl ? JSON.parse(dataEl.textContent) : { highlights: {} };
  const highlights = data.highlights || {};
  let marked = [];   // text elements currently split into <mark>s
  let overlays = []; // boxes drawn over page images
  let selectedRow = null;

  // ------------------------------------------------------------------ highlighting

  function clearHighlight() {
    marked.forEach((el) => { el.textContent = el.textContent; });
    overlays.forEach((el) => el.remove());
    marked = [];
    overlays = [];
    if (selectedRow) selectedRow.classList.remove("selected");
    selectedRow = null;
  }

  function markText(el, spans) {
    // spans: [{start, end, primary}] in UTF-16 offsets; overlapping ones after the first are dropped.
    const text = el.textContent;
    const kept = [];
    spans.forEach((s) => {
      if (s.end > s.start && !kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
    });
    kept.sort((a, b) => a.start - b.start);
    const frag = document.createDocumentFragment();
    let at = 0;
    let first = null;
    kept.forEach((s) => {
      if (s.start > at) frag.appendChild(document.createTextNode(text.slice(at, s.start)));
      const mark = document.createElement("mark");
      mark.className = s.primary ? "hl hl-primary" : "hl hl-secondary";
      mark.dataset.field = s.field;
      mark.textContent = text.slice(s.start, s.end);
      frag.appendChild(mark);
      if (s.primary) first = mark;
      at = s.end;
    });
    if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
    el.textContent = "";
    el.appendChild(frag);
    marked.push(el);
    return first;
  }

  function box(wrap, rect, cls) {
    const div = document.createElement("div");
    div.className = cls;
    div.style.left = rect[0] + "%";
    div.style.top = rect[1] + "%";
    div.style.width = rect[2] + "%";
    div.style.height = rect[3] + "%";
    wrap.appendChild(div);
    overlays.push(div);
    return div;
  }

  function highlight(key, field) {
    clearHighlight();
    const targets = highlights[key] || [];
    const where = document.getElementById("where");
    const row = document.querySelector('[data-hl="' + CSS.escape(key) + '"]:not(a)');
    if (row) { row.classList.add("selected"); selectedRow = row; }
    if (!targets.length) {
      if (where) where.textContent = "no source location recorded";
      return;
    }
    const main = targets.find((t) => t.field === field) || targets[0];
    let focus = null;
    const byElement = new Map();
    targets.forEach((t) => {
      const primary = t === main;
      if (t.el !== undefined) {
        if (!byElement.has(t.el)) byElement.set(t.el, []);
        const spans = byElement.get(t.el);
        const span = { start: t.start, end: t.end, primary: primary, field: t.field };
        primary ? spans.unshift(span) : spans.push(span);
      } else if (t.page !== undefined) {
        const wrap = document.querySelector("#page-" + t.page + " .page-wrap");
        if (!wrap) return;
        const kind = primary ? "hl-primary" : "hl-secondary";
        if (t.box) {
          const cell = box(wrap, t.box, "hl-cell " + kind);
          if (primary && !focus) focus = cell;
        }
        t.rects.forEach((r) => {
          const span = box(wrap, r, "hl-span " + kind);
          if (primary && (!focus || focus.classList.contains("hl-cell"))) focus = span;
        });
        if (primary && !t.box) focus = wrap;
      }
    });
    byElement.forEach((spans, id) => {
      const el = document.getElementById(id);
      if (!el) return;
      const mark = markText(el, spans);
      if (mark) focus = mark;
    });
    if (where) {
      const quote = main.quote.replace(/\s+/g, " ");
      where.textContent = main.field + (main.page ? " · page " + main.page : "") + ": " +
        (quote.length > 60 ? quote.slice(0, 59) + "…" : quote) + (main.exact === false ? " (approximate)" : "");
    }
    if (focus) focus.scrollIntoView({ block: "center", inline: "nearest" });
  }

  document.addEventListener("click", (ev) => {
    const link = ev.target.closest("a.hl-link");
    if (link) {
      ev.preventDefault();
      const target = document.getElementById((link.getAttribute("href") || "").slice(1));
      if (target && target.closest("#scheme")) target.scrollIntoView({ block: "center" });
      highlight(link.dataset.hl, null);
      return;
    }
    const row = ev.target.closest("tr[data-hl]");
    if (row && !ev.target.closest("details")) highlight(row.dataset.hl, ev.target.dataset.field || null);
  });
  document.addEventListener("focusin", (ev) => {
    const row = ev.target.closest && ev.target.closest("tr[data-hl]");
    if (row && ev.target.dataset.field) highlight(row.dataset.hl, ev.target.dataset.field);
  });

  // ------------------------------------------------------------------ sums (as schemes.store.checks)

  function num(input) {
    if (!input) return null;
    const raw = input.value.trim().replace(/[\uFF0B-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0));
    if (raw === "") return null;
    const x = Number(raw);
    input.classList.toggle("invalid", !Number.isFinite(x));
    return Number.isFinite(x) ? Math.round(x * 100) : null; // cents: no float drift
  }

  function show(cents) {
    return String(cents / 100);
  }

  function recalc() {
    const parts = new Map();
    document.querySelectorAll("tr.cat-row[data-cat]").forEach((row) => {
      const n = row.dataset.cat;
      const declared = num(row.querySelector("input.cat-pts"));
      const points = Array.from(document.querySelectorAll("input.item-pts"))
        .filter((i) => i.dataset.cat === n).map(num).filter((x) => x !== null);
      const sum = points.reduce((a, b) => a + b, 0);
      const sumEl = document.getElementById("sum-c" + n);
      const misEl = document.getElementById("mis-c" + n);
      sumEl.textContent = points.length ? "Σ items " + show(sum) : "";
      const bad = declared !== null && points.length > 0 && declared !== sum;
      misEl.hidden = !bad;
      misEl.textContent = bad ? "≠ declared " + show(declared) : "";
      row.classList.toggle("bad", bad);
      const value = declared !== null ? declared : (points.length ? sum : null);
      if (value !== null) parts.set(row.dataset.part, (parts.get(row.dataset.part) || 0) + value);
    });
    const totalInput = document.getElementById("total-pts");
    const sumEl = document.getElementById("sum-total");
    const misEl = document.getElementById("mis-total");
    const status = document.getElementById("total-status");
    if (!totalInput || !sumEl) return;
    const declared = num(totalInput);
    if (declared === null || parts.size === 0) {
      sumEl.textContent = "";
      misEl.hidden = true;
      totalInput.closest("tr").classList.remove("bad");
      if (status) status.textContent = "";
      return;
    }
    let overall = Array.from(parts.values()).reduce((a, b) => a + b, 0);
    if (overall !== declared && parts.size > 1 && Array.from(parts.values()).every((v) => v === declared)) {
      overall = declared; // each part is scored out of the total and weighted
    }
    sumEl.textContent = "Σ categories " + show(overall);
    const bad = overall !== declared;
    misEl.hidden = !bad;
    misEl.textContent = bad ? "≠ declared " + show(declared) : "";
    totalInput.closest("tr").classList.toggle("bad", bad);
    if (status) { // the total stays in sight in the save bar
      status.textContent = "total Σ " + show(overall) + (bad ? " ≠ " + show(declared) : " ✓");
      status.classList.toggle("bad", bad);
    }
  }

  // ------------------------------------------------------------------ edits

  const edit = document.getElementById("edit");

  function isChanged(el) {
    if (el.type === "checkbox") return el.checked !== el.defaultChecked;
    if (el.tagName === "SELECT") return Array.from(el.options).some((o) => o.selected !== o.defaultSelected);
    if (el.type === "hidden" || el.name === "author" || el.name === "reason") return false;
    return el.value !== el.defaultValue;
  }

  function countChanges() {
    if (!edit) return;
    let n = 0;
    Array.from(edit.elements).forEach((el) => {
      if (!el.name) return;
      const changed = isChanged(el);
      el.classList.toggle("changed", changed);
      if (changed) n += 1;
    });
    const out = document.getElementById("changes");
    if (out) out.textContent = n ? n + " unsaved change" + (n > 1 ? "s" : "") : "";
  }

  const SKELETON = {
    manual: () => ({}),
    threshold: (p) => ({ points: p, target: null }),
    proportional: (p) => ({ points: p, target: null }),
    components: (p) => ({ components: [{ label: "", points: p }] }),
    tiers: (p) => ({ tiers: [{ label: "", points: p }] }),
    per_occurrence: () => ({ delta: -1, unit: null, floor: 0, cap: null }),
  };

  function ruleKindChanged(select) {
    const row = select.closest("tr");
    const params = row.querySelector("textarea.rule-params");
    if (!params) return;
    const original = Array.from(select.options).find((o) => o.defaultSelected);
    if (original && select.value === original.value) {
      params.value = params.defaultValue;
    } else if (params.value === params.defaultValue || params.dataset.generated === "1") {
      const pts = num(row.querySelector("input.item-pts"));
      const make = SKELETON[select.value];
      params.value = make ? JSON.stringify(make(pts === null ? 0 : pts / 100)) : "";
      params.dataset.generated = "1";
      if (make && select.value !== "manual") row.querySelector("details").open = true;
    }
  }

  document.addEventListener("input", (ev) => {
    if (ev.target.classList.contains("pts")) recalc();
    if (ev.target.classList.contains("author")) {
      document.querySelectorAll("input.author").forEach((a) => { if (a !== ev.target) a.value = ev.target.value; });
    }
    if (ev.target.classList.contains("rule-params")) delete ev.target.dataset.generated;
    countChanges();
  });
  document.addEventListener("change", (ev) => {
    if (ev.target.classList.contains("rule-kind")) ruleKindChanged(ev.target);
    countChanges();
  });

  // ------------------------------------------------------------------ submitting

  function banner(message, kind, withReload) {
    const el = document.getElementById("banner");
    if (!el) { window.alert(message); return; }
    el.textContent = "";
    const text = document.createElement("span");
    text.className = "banner-text";
    text.textContent = message;
    el.appendChild(text);
    if (withReload) {
      const hint = document.createElement("span");
      hint.textContent = " Your edits are still on this page (copy them before reloading). ";
      el.appendChild(hint);
      const a = document.createElement("a");
      a.href = window.location.pathname;
      a.textContent = "Reload the current scheme";
      el.appendChild(a);
    }
    el.className = "banner " + kind;
    el.hidden = false;
    el.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("submit", async (ev) => {
    const form = ev.target;
    if (!form.classList.contains("js-post")) return;
    ev.preventDefault();
    const buttons = form.querySelectorAll("button[type=submit]");
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const res = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "Accept": "application/json", "X-CSRF-Token": form.elements.csrf.value },
        credentials: "same-origin",
      });
      let body = {};
      try { body = await res.json(); } catch (e) { body = { error: res.status + " " + res.statusText }; }
      if (res.ok && body.ok) {
        window.location.assign(body.redirect);
        return;
      }
      banner(body.error || body.detail || ("request failed: " + res.status), "bad", res.status === 409);
    } catch (e) {
      banner("The server did not answer: " + e.message, "bad", false);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  });

  recalc(); // the script is deferred: the page is parsed
  countChanges();
})();
