// The review page's behaviour: source highlighting, live sums, change tracking, saving.
// Document text is untrusted: it only ever reaches the DOM through textContent.
"use strict";

(function () {
  const dataEl = document.getElementById("kaohe-data");
  const data = dataEl ? JSON.parse(dataEl.textContent) : { highlights: {} };
  const highlights = data.highlights || {};
  const i18nEl = document.getElementById("kaohe-i18n");
  const messages = i18nEl ? JSON.parse(i18nEl.textContent) : {};
  // The page's language: the server sends the translations of the texts written here.
  const t = (text, n) => (messages[text] || text).replace("{n}", n === undefined ? "" : String(n));
  // one checkbox for a group of flags of one kind ticks every flag of the group
  document.querySelectorAll("input.resolve-group").forEach((group) => {
    group.addEventListener("change", () => {
      document.querySelectorAll('input[type=checkbox][data-kind="' + CSS.escape(group.dataset.kind) + '"]:not(.resolve-group)')
        .forEach((box) => { box.checked = group.checked; box.dispatchEvent(new Event("change", { bubbles: true })); });
    });
  });
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
      if (where) where.textContent = t("no source location recorded");
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
      where.textContent = main.field + (main.page ? " · " + t("page {n}", main.page) : "") + ": " +
        (quote.length > 60 ? quote.slice(0, 59) + "…" : quote) + (main.exact === false ? t(" (approximate)") : "");
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
    // As schemes.reconcile: a category's contents are its items plus what each sub-category
    // counts for (declared points, else its own contents); top-level categories add up per part.
    const rows = Array.from(document.querySelectorAll("tr.cat-row[data-cat]"));
    const byCat = new Map();
    rows.forEach((row) => byCat.set(row.dataset.cat, { row: row, items: [], children: [] }));
    document.querySelectorAll("input.item-pts").forEach((i) => {
      const c = byCat.get(i.dataset.cat);
      if (c) { const v = num(i); if (v !== null) c.items.push(v); }
    });
    rows.forEach((row) => {
      const parent = byCat.get(row.dataset.parent);
      if (parent && row.dataset.parent !== row.dataset.cat) parent.children.push(row.dataset.cat);
    });
    const memo = new Map();
    function contents(id, seen) {
      const c = byCat.get(id);
      let total = c.items.reduce((a, b) => a + b, 0);
      let found = c.items.length > 0;
      let subs = false;
      c.children.forEach((child) => {
        if (seen.has(child)) return;
        const v = contribution(child, new Set(seen).add(child));
        if (v !== null) { total += v; found = true; subs = true; }
      });
      const label = [c.items.length ? "items" : "", subs ? "sub-categories" : ""].filter(Boolean).join(" and ");
      return { value: found ? total : null, label: label || "items" };
    }
    function declared(id) {
      const row = byCat.get(id).row;
      const own = num(row.querySelector("input.cat-pts"));
      if (own !== null) return own;
      const base = row.dataset.base ? Math.round(Number(row.dataset.base) * 100) : null;
      return Number.isFinite(base) ? base : null;
    }
    function contribution(id, seen) {
      const d = declared(id);
      if (d !== null) return d;
      if (!memo.has(id)) memo.set(id, contents(id, seen).value);
      return memo.get(id);
    }
    const parts = new Map();
    rows.forEach((row) => {
      const n = row.dataset.cat;
      const decl = declared(n);
      const got = contents(n, new Set([n]));
      const bonus = row.dataset.bonus ? Math.round(Number(row.dataset.bonus) * 100) : 0;
      const sumEl = document.getElementById("sum-c" + n);
      const misEl = document.getElementById("mis-c" + n);
      sumEl.textContent = got.value !== null ? "Σ " + t(got.label) + " " + show(got.value) : "";
      const bad = decl !== null && got.value !== null && decl !== got.value && decl + bonus !== got.value;
      misEl.hidden = !bad;
      misEl.textContent = bad ? t("≠ declared {n}", show(decl)) : "";
      row.classList.toggle("bad", bad);
      if (!byCat.has(row.dataset.parent) || row.dataset.parent === n) { // top level
        const value = contribution(n, new Set([n]));
        if (value !== null) parts.set(row.dataset.part, (parts.get(row.dataset.part) || 0) + value);
      }
    });
    const totalInput = document.getElementById("total-pts");
    const sumEl = document.getElementById("sum-total");
    const misEl = document.getElementById("mis-total");
    const status = document.getElementById("total-status");
    if (!totalInput || !sumEl) return;
    const decl = num(totalInput);
    if (decl === null || parts.size === 0) {
      sumEl.textContent = "";
      misEl.hidden = true;
      totalInput.closest("tr").classList.remove("bad");
      if (status) status.textContent = "";
      return;
    }
    let overall = Array.from(parts.values()).reduce((a, b) => a + b, 0);
    if (overall !== decl && parts.size > 1 && Array.from(parts.values()).every((v) => v === decl)) {
      overall = decl; // each part is scored out of the total and weighted
    }
    sumEl.textContent = t("Σ categories {n}", show(overall));
    const bad = overall !== decl;
    misEl.hidden = !bad;
    misEl.textContent = bad ? t("≠ declared {n}", show(decl)) : "";
    totalInput.closest("tr").classList.toggle("bad", bad);
    if (status) { // the total stays in sight in the save bar
      status.textContent = t("total Σ {n}", show(overall)) + (bad ? " ≠ " + show(decl) : " ✓");
      status.classList.toggle("bad", bad);
    }
  }

  // ------------------------------------------------------------------ edits

  const edit = document.getElementById("edit");

  function isChanged(el) {
    if (el.type === "checkbox") return el.checked !== el.defaultChecked;
    if (el.tagName === "SELECT") return Array.from(el.options).some((o) => o.selected !== o.defaultSelected);
    if (el.type === "hidden" || el.name === "reason") return false;
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
    if (out) out.textContent = n ? t(n === 1 ? "{n} unsaved change" : "{n} unsaved changes", n) : "";
  }

  const SKELETON = {
    manual: () => ({}),
    threshold: () => ({ target: null }),
    proportional: () => ({ target: null }),
    range: (p) => ({ min: p > 1 ? 1 : p, max: p, direction: "deduct", per_occurrence: false }),
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

  // ------------------------------------------------------------------ criteria → rule preview

  const previewTimers = new Map();

  function previewRule(row) {
    const criteria = row.querySelector("textarea.criteria");
    const out = row.querySelector("output.rule-preview");
    if (!criteria || !out || !edit) return;
    if (criteria.value === criteria.defaultValue) { out.hidden = true; out.textContent = ""; return; }
    clearTimeout(previewTimers.get(row.id));
    previewTimers.set(row.id, setTimeout(async () => {
      out.hidden = false;
      out.className = "rule-preview";
      out.textContent = t("re-deriving the rule…");
      try {
        const res = await fetch(edit.action.replace(/\/correct$/, "/rule-preview"), {
          method: "POST",
          headers: { "Accept": "application/json", "Content-Type": "application/json",
                     "X-CSRF-Token": edit.elements.csrf.value },
          credentials: "same-origin",
          body: JSON.stringify({ item: row.dataset.item, criteria: criteria.value,
                                 points: row.querySelector("input.item-pts").value,
                                 version: Number(edit.elements.version.value) }),
        });
        const body = await res.json();
        if (criteria.value === criteria.defaultValue) { out.hidden = true; return; }
        out.textContent = res.ok ? t("new rule: ") + body.summary : (body.error || (t("preview failed: ") + res.status));
        out.classList.toggle("bad", !res.ok || !body.rule);
        out.dataset.kind = body.rule ? body.rule.kind : "";
      } catch (e) {
        out.textContent = t("preview failed: ") + e.message;
        out.classList.add("bad");
      }
    }, 300));
  }

  document.addEventListener("input", (ev) => {
    if (ev.target.classList.contains("criteria")) previewRule(ev.target.closest("tr"));
    if (ev.target.classList.contains("pts")) recalc();
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
      hint.textContent = t(" Your edits are still on this page (copy them before reloading). ");
      el.appendChild(hint);
      const a = document.createElement("a");
      a.href = window.location.pathname;
      a.textContent = t("Reload the current scheme");
      el.appendChild(a);
    }
    el.className = "banner " + kind;
    el.hidden = false;
    el.scrollIntoView({ block: "nearest" });
  }

  function fieldValue(el) {
    if (el.type === "checkbox") return el.checked ? "on" : "off";
    return el.value;
  }

  function changedFields(form) {
    // Only what the reviewer changed, plus what identifies its row (the server checks that the
    // page still shows the same element at that position) and what goes with it (rule kind and
    // parameters; a flag's checkbox and note).  A scheme of any size saves in one small request.
    const fields = {};
    const put = (name) => {
      const el = form.elements.namedItem(name);
      if (el && el.name) fields[name] = fieldValue(el);
    };
    Array.from(form.elements).forEach((el) => {
      if (!el.name || !isChanged(el)) return;
      fields[el.name] = fieldValue(el);
      const m = /^([icf]\d+)\.(.+)$/.exec(el.name);
      if (!m) return;
      put(m[1] + (m[1][0] === "f" ? ".key" : ".id"));
      if (m[2] === "rule_kind" || m[2] === "rule") { put(m[1] + ".rule_kind"); put(m[1] + ".rule"); }
      if (m[1][0] === "f") {
        put(m[1] + ".resolved"); put(m[1] + ".resolution");
        // duplicates shown as this flag go with it
        form.querySelectorAll('input[name$=".same"][value="' + m[1].slice(1) + '"]').forEach((dup) => {
          put(dup.name); put(dup.name.replace(/\.same$/, ".key"));
        });
      }
    });
    return fields;
  }

  function requestOf(form) {
    if (form.id !== "edit") return { body: new FormData(form), type: null };
    return {
      body: JSON.stringify({
        base_revision: Number(form.elements.base_revision.value), version: Number(form.elements.version.value),
        reason: form.elements.reason.value,  // the author is the page session's reviewer (see #reviewer)
        fields: changedFields(form),
      }),
      type: "application/json",
    };
  }

  document.addEventListener("submit", async (ev) => {
    const form = ev.target;
    if (!form.classList.contains("js-post")) return;
    ev.preventDefault();
    const buttons = form.querySelectorAll("button[type=submit]");
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const req = requestOf(form);
      const headers = { "Accept": "application/json", "X-CSRF-Token": form.elements.csrf.value };
      if (req.type) headers["Content-Type"] = req.type;
      const res = await fetch(form.action, {
        method: "POST", body: req.body, headers: headers, credentials: "same-origin",
      });
      let body = {};
      try { body = await res.json(); } catch (e) { body = { error: res.status + " " + res.statusText }; }
      if (res.ok && body.ok) {
        window.location.assign(body.redirect);
        return;
      }
      banner(body.error || body.detail || (t("request failed: ") + res.status), "bad", res.status === 409);
    } catch (e) {
      banner(t("The server did not answer: ") + e.message, "bad", false);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  });

  recalc(); // the script is deferred: the page is parsed
  countChanges();
})();
