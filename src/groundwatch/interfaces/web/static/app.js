// groundwatch web app: story filters, sentence highlighting, ingest progress, API docs.
// Untrusted text is only ever inserted with textContent, never as HTML.
"use strict";

function storyFilters() {
  const form = document.getElementById("filters");
  if (!form) return;
  const outletSel = document.getElementById("filter-outlet");
  const kindSel = document.getElementById("filter-kind");
  const note = document.getElementById("filter-note");
  const apply = () => {
    const outlet = outletSel ? outletSel.value : "";
    const kind = kindSel ? kindSel.value : "";
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
    note.textContent = outlet || kind ? hidden + " items hidden" : "";
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (e) => e.preventDefault());
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
  if (box.getAttribute("data-state") !== "done" && box.getAttribute("data-state") !== "failed") poll();
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
}

document.addEventListener("DOMContentLoaded", () => {
  storyFilters();
  highlightSentence();
  jobProgress();
  apiDocs();
});
