"use strict";
(function () {
  // LABELS (type -> short label) is set by the server from the palette.
  const $ = (id) => document.getElementById(id);
  const form = $("form"), ta = $("text"), ref = $("ref_date"), btn = $("run"), status = $("status");
  const utf8 = new TextEncoder(), fromUTF8 = new TextDecoder();
  // Longest query string the address bar keeps; longer texts are not put in
  // the link (servers limit the size of a request line).
  const maxLink = 16000;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function setStatus(msg, isError) {
    status.textContent = msg;
    status.className = isError ? "err" : "";
  }

  function run() {
    const text = ta.value, body = { text: text };
    if (ref.value) body.ref_date = ref.value;
    const q = new URLSearchParams({ text: text });
    if (ref.value) q.set("ref_date", ref.value);
    history.replaceState(null, "", q.toString().length <= maxLink ? "?" + q : location.pathname);
    setStatus("Extracting…", false);
    btn.disabled = true;
    fetch("v1/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .then((r) => r.json().then((j) => {
        if (!r.ok) throw new Error(j.error || r.statusText);
        return j;
      }))
      .then((doc) => {
        render(text, doc);
        setStatus("", false);
      })
      .catch((err) => {
        $("result").hidden = true;
        setStatus("Error: " + err.message, true);
      })
      .finally(() => { btn.disabled = false; });
  }

  // render shows doc, the extraction of text. Offsets are UTF-8 byte
  // offsets, so the text is cut as bytes.
  function render(text, doc) {
    const bytes = utf8.encode(text);
    const cut = (s, e) => fromUTF8.decode(bytes.subarray(s, e));
    const byID = {}, entityOf = {};
    doc.mentions.forEach((m) => { byID[m.id] = m; });
    doc.entities.forEach((e) => e.mentions.forEach((id) => { entityOf[id] = e; }));

    const counts = {};
    doc.mentions.forEach((m) => { counts[m.type] = (counts[m.type] || 0) + 1; });
    const parts = Object.keys(LABELS).filter((t) => counts[t]).map((t) => counts[t] + " " + t);
    let stats = (parts.length ? parts.join(", ") : "no mention") +
      " · " + doc.entities.length + " entities · " + doc.relations.length + " relations";
    if (doc.ref_date) stats += " · reference date " + doc.ref_date;
    $("stats").textContent = stats;

    const marked = $("marked");
    marked.replaceChildren();
    const ms = doc.mentions.slice().sort((a, b) => a.start - b.start);
    let pos = 0;
    ms.forEach((m) => {
      if (m.start < pos || m.end > bytes.length || m.start > m.end) return; // overlapping: never expected
      marked.append(cut(pos, m.start));
      const mark = el("mark", "m t-" + m.type);
      mark.id = "m-" + m.id;
      mark.dataset.type = m.type;
      const tip = [m.type];
      if (m.normalized) tip.push("normalized: " + m.normalized);
      if (m.value) tip.push("value: " + m.value);
      if (m.person) tip.push("family: " + (m.person.family || "") + " · middle: " + (m.person.middle || "") + " · given: " + (m.person.given || ""));
      const ent = entityOf[m.id];
      if (ent) {
        mark.dataset.entity = ent.id;
        if (ent.name !== m.text) tip.push("entity: " + ent.name);
      }
      tip.push(m.id + " · bytes " + m.start + "–" + m.end);
      if (m.rule) tip.push("rule: " + m.rule);
      mark.dataset.tip = tip.join("\n");
      mark.append(cut(m.start, m.end), el("span", "lbl", LABELS[m.type] || m.type));
      marked.append(mark);
      pos = m.end;
    });
    marked.append(cut(pos, bytes.length));

    const chip = (id) => {
      if (!id) return el("span", "none", "—");
      const m = byID[id];
      if (!m) return document.createTextNode(id);
      let label = m.normalized || m.text;
      if (m.value) label += " (" + m.value + ")";
      const a = el("a", "chip t-" + m.type, label);
      a.href = "#m-" + m.id;
      a.dataset.mention = m.id;
      return a;
    };
    const evidence = (sp) => {
      if (!sp || sp.start < 0 || sp.end > bytes.length || sp.start >= sp.end) return "";
      const s = cut(sp.start, sp.end).split(/\s+/).join(" ").trim();
      return s.length > 200 ? s.slice(0, 200) + "…" : s;
    };
    const row = (cells) => {
      const tr = el("tr");
      cells.forEach((c) => {
        const td = el("td", c.cls);
        td.append(...[].concat(c.content));
        tr.append(td);
      });
      return tr;
    };
    const fill = (table, empty, rows) => {
      const tb = $(table).tBodies[0];
      tb.replaceChildren(...rows);
      $(table).hidden = rows.length === 0;
      $(empty).hidden = rows.length !== 0;
    };

    fill("entities", "no-entities", doc.entities.map((e) => {
      const links = [];
      e.mentions.forEach((id, i) => {
        if (i) links.push(" ");
        const a = el("a", "", id);
        a.href = "#m-" + id;
        links.push(a);
      });
      return row([{ content: e.id }, { cls: "ty", content: [el("span", "sw t-" + e.type), " " + e.type] },
        { content: e.name }, { content: links }]);
    }));
    const positions = doc.relations.filter((r) => r.type !== "alias");
    fill("positions", "no-positions", positions.map((r) => {
      const title = [chip(r.args.title)];
      if (r.former) title.push(el("span", "former", "former"));
      return row([{ content: r.id }, { cls: "person", content: chip(r.args.person) }, { cls: "title", content: title },
        { cls: "organization", content: chip(r.args.organization) }, { cls: "date", content: chip(r.args.date) },
        { cls: "ev", content: evidence(r.evidence) }]);
    }));
    const aliases = doc.relations.filter((r) => r.type === "alias");
    fill("aliases", "no-aliases", aliases.map((r) => row([{ content: r.id }, { cls: "name", content: chip(r.args.name) },
      { cls: "alias", content: chip(r.args.alias) }, { cls: "ev", content: evidence(r.evidence) }])));
    $("json").textContent = JSON.stringify(doc, null, 2);
    $("result").hidden = false;
  }

  // Hovering a mention or a chip outlines every mention of its entity.
  document.addEventListener("mouseover", (ev) => {
    document.querySelectorAll(".hl").forEach((x) => x.classList.remove("hl"));
    const t = ev.target.closest && ev.target.closest("mark[data-entity], a[data-mention]");
    if (!t) return;
    const m = t.dataset.entity ? t : $("m-" + t.dataset.mention);
    if (!m) return;
    const sel = m.dataset.entity ? 'mark[data-entity="' + m.dataset.entity + '"]' : "#" + CSS.escape(m.id);
    document.querySelectorAll(sel).forEach((x) => x.classList.add("hl"));
  });

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    run();
  });
  // Ctrl+Enter (Cmd+Enter) in the text area runs it too.
  ta.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      form.requestSubmit();
    }
  });

  const q = new URLSearchParams(location.search);
  if (q.has("text")) {
    ta.value = q.get("text");
    ref.value = q.get("ref_date") || "";
    run();
  }
})();
