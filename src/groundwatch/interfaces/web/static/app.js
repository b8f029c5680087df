// groundwatch web app: story filters, sentence highlighting, ingest progress, API docs.
// Untrusted text is only ever inserted with textContent, or as nodes of the app's own escaped page
// (the story filter swaps in the server's rendering), never as HTML built here.
"use strict";

function storyFilters() {
  const form = document.getElementById("filters");
  if (!form) return;
  const outletSel = document.getElementById("filter-outlet");
  const kindSel = document.getElementById("filter-kind");
  let latest = 0;
  // At once: hide what the filter leaves out (the page stays usable while the server works).
  const hide = (outlet, kind) => {
    let hidden = 0;
    document.querySelectorAll("main [data-outlets], main [data-kind]").forEach((el) => {
      let show = true;
      if (outlet && el.hasAttribute("data-outlets")) {
        show = el.getAttribute("data-outlets").split("|").includes(outlet);
      }
      if (show && kind && el.hasAttribute("data-kind")) show = el.getAttribute("data-kind") === kind;
      el.classList.toggle("filtered-out", !show);
      if (!show) hidden += 1;
    });
    // Looked up each time: the server's answer to an earlier change replaces the note's node.
    const note = document.getElementById("filter-note");
    if (note) note.textContent = outlet || kind ? hidden + " items hidden" : "";
  };
  // Then: the server's page for the filter, its URL in the address bar. The numbers of its figure
  // rows (low, best, high and sources recomputed from the claims kept) replace those of the same
  // rows here, cell by cell, as do the charts, the map and the counts; what the filter hides
  // stays hidden and nothing moves. Only the answer to the latest change is used.
  const refresh = async (url, query) => {
    const mine = ++latest;
    history.replaceState(null, "", url);
    try {
      const resp = await fetch(url, { headers: { Accept: "text/html" } });
      if (!resp.ok || mine !== latest) return;
      const doc = new DOMParser().parseFromString(await resp.text(), "text/html");
      if (mine !== latest) return;
      doc.querySelectorAll("tr.figure-row[data-fig]").forEach((tr) => {
        const here = document.querySelector('tr.figure-row[data-fig="' + CSS.escape(tr.getAttribute("data-fig")) + '"]');
        if (!here) return;
        for (const cell of ["td.low", "td.best", "td.high", "td.indep", "td.trend"]) {
          const mineCell = here.querySelector(cell);
          const theirs = tr.querySelector(cell);
          if (mineCell && theirs) mineCell.replaceWith(document.adoptNode(theirs));
        }
      });
      for (const sel of ["main .charts", "main .map-box", "header .story-meta", "#filter-note"]) {
        const here = document.querySelector(sel);
        const there = doc.querySelector(sel);
        if (here && there) {
          here.replaceWith(document.adoptNode(there));
          // Scripts that drew into the node swapped out (map.js's live map) draw again into this one.
          there.dispatchEvent(new CustomEvent("groundwatch:swapped", { bubbles: true }));
        } else if (here) here.replaceChildren();
      }
      form.setAttribute("data-applied", query);
    } catch (e) { /* the page as hidden above stays; reloading gives the server's */ }
  };
  const apply = () => {
    const outlet = outletSel ? outletSel.value : "";
    const kind = kindSel ? kindSel.value : "";
    hide(outlet, kind);
    const params = new URLSearchParams();
    if (outlet) params.set("outlet", outlet);
    if (kind) params.set("kind", kind);
    const query = params.toString();
    refresh(form.getAttribute("action") + (query ? "?" + query : ""), query);
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
}

function highlightSentence() {
  const article = document.querySelector("article[data-prefix]");
  if (!article) return;
  const prefix = article.getAttribute("data-prefix");
  const mark = (el) => {
    document.querySelectorAll("span.s.hl").forEach((s) => s.classList.remove("hl"));
    el.classList.add("hl");
    el.scrollIntoView({ block: "center" });
  };
  const fromLocation = () => {
    const hash = decodeURIComponent(location.hash.slice(1));
    let el = hash && hash.startsWith(prefix + "-s") ? document.getElementById(hash) : null;
    if (!el && article.hasAttribute("data-highlight")) {
      el = document.getElementById(prefix + "-s" + article.getAttribute("data-highlight"));
    }
    if (el) mark(el);
  };
  window.addEventListener("hashchange", fromLocation);
  fromLocation();
}

function jobProgress() {
  const box = document.getElementById("job");
  if (!box) return;
  const url = box.getAttribute("data-status-url");
  const cell = (text) => { const td = document.createElement("td"); td.textContent = text; return td; };
  const render = (job) => {
    document.getElementById("job-state").textContent = job.state;
    document.getElementById("job-message").textContent = job.message;
    const bar = document.getElementById("job-progress");
    bar.max = Math.max(job.total, 1);
    bar.value = job.finished ? bar.max : job.done;
    box.setAttribute("data-state", job.state);
    const body = document.getElementById("job-files");
    body.replaceChildren();
    for (const f of job.files) {
      const tr = document.createElement("tr");
      tr.className = "file " + f.status;
      tr.append(cell(f.name));
      const st = cell(f.status); st.className = "status"; tr.append(st);
      const last = cell(f.reason || "");
      for (const a of f.articles) {
        const link = document.createElement("a");
        link.href = a.href;  // built by the server from the article id, always a local path
        link.textContent = a.id;
        last.append(" ", link);
      }
      tr.append(last);
      body.append(tr);
    }
    document.getElementById("job-done").hidden = !job.finished;
  };
  const poll = async () => {
    try {
      const resp = await fetch(url, { headers: { Accept: "application/json" } });
      if (resp.ok) {
        const job = await resp.json();
        render(job);
        if (job.finished) return;
      }
    } catch (e) { /* the server may be busy; try again */ }
    setTimeout(poll, 1000);
  };
  if (!["done", "failed", "interrupted"].includes(box.getAttribute("data-state"))) poll();
}

async function apiDocs() {
  const box = document.getElementById("api-docs");
  if (!box) return;
  const spec = await (await fetch(box.getAttribute("data-spec"))).json();
  const list = document.createElement("ul");
  list.className = "api";
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const li = document.createElement("li");
      const m = document.createElement("span");
      m.className = "method " + method;
      m.textContent = method.toUpperCase();
      const code = document.createElement("code");
      code.textContent = path;
      const p = document.createElement("p");
      p.textContent = op.description || op.summary || "";
      li.append(m, code, p);
      const params = (op.parameters || []).map((x) => x.name + (x.required ? "*" : "") + (x.description ? " — " + x.description : ""));
      if (params.length) {
        const ps = document.createElement("p");
        ps.className = "params";
        ps.textContent = "parameters: " + params.join("; ");
        li.append(ps);
      }
      list.append(li);
    }
  }
  box.replaceChildren(list);
  tryIt(spec);
}

// "Try it": pick a GET endpoint, fill its parameters, see the JSON it answers (same origin only).
function tryIt(spec) {
  const form = document.getElementById("try-form");
  if (!form) return;
  const select = document.getElementById("try-endpoint");
  const paramsBox = document.getElementById("try-params");
  const urlBox = document.getElementById("try-url");
  const status = document.getElementById("try-status");
  const output = document.getElementById("try-output");
  const gets = Object.entries(spec.paths).filter(([, ops]) => ops.get).map(([path, ops]) => [path, ops.get]);
  for (const [path] of gets) {
    const opt = document.createElement("option");
    opt.value = path;
    opt.textContent = path;
    select.append(opt);
  }
  const current = () => gets.find(([path]) => path === select.value);
  const buildUrl = () => {
    const [path, op] = current();
    let url = path;
    const query = new URLSearchParams();
    for (const x of op.parameters || []) {
      const input = paramsBox.querySelector('[data-param="' + x.name + '"]');
      const value = input ? input.value.trim() : "";
      if (x.in === "path") {
        url = url.replace("{" + x.name + "}", encodeURIComponent(value).replace(/%2F/g, "/"));
      } else if (value) {
        query.set(x.name, value);
      }
    }
    const q = query.toString();
    return url + (q ? "?" + q : "");
  };
  const showParams = () => {
    const [, op] = current();
    paramsBox.replaceChildren();
    for (const x of op.parameters || []) {
      const label = document.createElement("label");
      label.textContent = x.name + (x.required ? "*" : "") + " ";
      const input = document.createElement("input");
      input.type = "text";
      input.setAttribute("data-param", x.name);
      input.required = Boolean(x.required);
      if (x.description) input.placeholder = x.description;
      input.addEventListener("input", () => { urlBox.textContent = buildUrl(); });
      label.append(input);
      paramsBox.append(label);
    }
    urlBox.textContent = buildUrl();
  };
  select.addEventListener("change", showParams);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const url = buildUrl();
    urlBox.textContent = url;
    status.textContent = "GET " + url + " …";
    try {
      const resp = await fetch(url, { headers: { Accept: "application/json" } });
      const text = await resp.text();
      let shown = text;
      try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (err) { /* CSV or other text */ }
      status.textContent = "GET " + url + " → " + resp.status + " " + (resp.headers.get("content-type") || "");
      output.textContent = shown;
      output.setAttribute("data-status", String(resp.status));
    } catch (err) {
      status.textContent = "request failed: " + err;
    }
  });
  if (gets.length) showParams();
}

document.addEventListener("DOMContentLoaded", () => {
  storyFilters();
  highlightSentence();
  jobProgress();
  apiDocs();
});
