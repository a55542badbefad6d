// The studio page: projects, media bin, chat, timeline strip, preview and export, wired to the
// Reel API. The pure parts live in model.js; the server calls in api.js.
import { Api, ApiError, randomId } from "./api.js";
import { ASPECTS, SUGGESTIONS, aspectOf, bytes, clock, eta, lookFilter, route, seconds, stepLabel, stripLayout, withSubject } from "./model.js";

const $ = (id) => document.getElementById(id);
const api = new Api();
const state = { sid: null, timeline: null, selected: null, busy: false, thumbs: new Map() };
const SESSION = "reel.session";
const exportKey = (sid) => `reel.export.${sid}`;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "style") Object.assign(node.style, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

let toastTimer;
function toast(message) {
  const t = $("toast");
  t.textContent = message;
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (t.hidden = true), 5000);
}

function explain(error) {
  return error instanceof ApiError ? error.message : String(error?.message ?? error);
}

// ---- projects and credits -------------------------------------------------------------------

async function loadProjects() {
  const { sessions } = await api.call("GET", "/api/sessions");
  let sid = localStorage.getItem(SESSION);
  if (!sessions.some((s) => s.session_id === sid)) sid = sessions[0]?.session_id;
  if (!sid) return newProject();
  fillProjects(sessions, sid);
  await openProject(sid);
}

function fillProjects(sessions, current) {
  const select = $("project");
  select.replaceChildren(...sessions.map((s, i) => {
    const when = new Date(s.updated * 1000).toLocaleString([], { dateStyle: "short", timeStyle: "short" });
    const what = s.duration_ms > 0 ? `${seconds(s.duration_ms)} ${aspectOf(s.width, s.height) ?? ""}` : "empty";
    return el("option", { value: s.session_id, selected: s.session_id === current }, `Project ${sessions.length - i} · ${what} · ${when}`);
  }));
}

async function newProject() {
  const created = await api.call("POST", "/api/tasks/me/with-session/nemo_agent", { task_name: "project", language: "en" });
  const { sessions } = await api.call("GET", "/api/sessions");
  fillProjects(sessions, created.session_id);
  $("messages").replaceChildren();
  await openProject(created.session_id);
}

async function openProject(sid) {
  state.sid = sid;
  state.selected = null;
  localStorage.setItem(SESSION, sid);
  $("video").removeAttribute("src");
  $("board").hidden = true;
  await Promise.all([refreshMedia(), refreshTimeline(), refreshRenders(), refreshCredits()]);
  if (!$("messages").children.length) greet();
  resumeExport();
}

function greet() {
  if (state.timeline?.visual.length) {
    say("agent", `Welcome back. This project so far:\n${state.timeline.summary}\nTell me what to change, or press Export.`);
  } else {
    say("agent", "Drop your clips, photos and music on the left (or pick them), then tell me what to make — for example “make a 30 second video with music and a title 'Summer'”.");
  }
}

async function refreshCredits() {
  try {
    const c = await api.call("GET", "/api/credits/balance/simple");
    $("credits").textContent = `${c.available} credits`;
    return c;
  } catch (e) {
    $("credits").textContent = "credits unknown";
  }
}

// ---- media bin ------------------------------------------------------------------------------

async function refreshMedia() {
  const data = await api.call("GET", `/api/state/nemo_agent/me/${state.sid}/latest`);
  const items = data.state.video_infos || [];
  const bin = $("bin");
  bin.querySelectorAll("li.stored").forEach((li) => li.remove());
  bin.prepend(...items.map(mediaRow));
}

function mediaRow(m) {
  const thumb = el("div", { class: "thumb", role: "img", "aria-label": `${m.kind} thumbnail` });
  setThumb(thumb, `/api/media/${m.id}/thumbnail`);
  const facts = [m.kind, m.duration_ms ? clock(m.duration_ms) : null, m.width ? `${m.width}×${m.height}` : null].filter(Boolean).join(" · ");
  return el("li", { class: "stored", "data-id": m.id }, thumb,
    el("div", {}, el("div", { class: "name", title: m.name }, m.name), el("div", { class: "meta" }, facts)));
}

async function setThumb(node, path) {
  try {
    let url = state.thumbs.get(path);
    if (!url) {
      url = await api.blobURL(path);
      state.thumbs.set(path, url);
    }
    node.style.backgroundImage = `url("${url}")`;
  } catch {
    // No picture: the block keeps its plain colour.
  }
}

async function addFiles(files) {
  if (!state.sid || files.length === 0) return;
  // One at a time, in the order picked: the order they are added is the order a video uses.
  const rows = Array.from(files).map((file) => {
    const bar = el("progress", { max: "1", value: "0", "aria-label": `Uploading ${file.name}` });
    const row = el("li", { class: "pending" }, el("div", { class: "thumb" }),
      el("div", {}, el("div", { class: "name", title: file.name }, file.name), el("div", { class: "meta" }, `${bytes(file.size)} · waiting`), bar));
    $("bin").append(row);
    return { file, row, bar };
  });
  let added = 0;
  for (const { file, row, bar } of rows) {
    row.querySelector(".meta").textContent = `${bytes(file.size)} · uploading`;
    try {
      await api.upload(state.sid, file, (p) => (bar.value = p));
      row.remove();
      added++;
      await refreshMedia();
    } catch (e) {
      bar.remove();
      row.classList.add("refused");
      row.querySelector(".meta").textContent = bytes(file.size);
      const code = e instanceof ApiError && e.code ? ` (${e.code})` : "";
      row.append(el("div", { class: "error" }, `Not added${code}: ${explain(e)} `,
        el("button", { type: "button", class: "dismiss", onclick: () => row.remove() }, "Dismiss")));
    }
  }
  if (added) toast(`${added} file${added === 1 ? "" : "s"} added. Now tell Reel what to make.`);
}

async function importURL(url) {
  const row = el("li", { class: "pending" }, el("div", { class: "thumb" }), el("div", {}, el("div", { class: "name" }, url), el("div", { class: "meta" }, "importing…")));
  $("bin").append(row);
  try {
    await api.call("POST", `/api/upload-video/nemo_agent/me/${state.sid}`, { urls: [url], source_type: "url" });
    row.remove();
    await refreshMedia();
  } catch (e) {
    row.querySelector(".meta").textContent = "not imported";
    row.append(el("div", { class: "error" }, `Not imported: ${explain(e)} `,
      el("button", { type: "button", class: "dismiss", onclick: () => row.remove() }, "Dismiss")));
  }
}

// ---- timeline -------------------------------------------------------------------------------

async function refreshTimeline() {
  const t = await api.call("GET", `/api/sessions/${state.sid}/timeline`);
  state.timeline = t;
  if (state.selected != null && state.selected >= t.visual.length) state.selected = null;
  drawTimeline(t);
  $("undo").disabled = !t.can_undo;
  $("redo").disabled = !t.can_redo;
  $("length").value = t.duration_ms ? Math.round(t.duration_ms / 1000) : "";
  const aspect = aspectOf(t.width, t.height);
  for (const b of $("aspects").children) b.setAttribute("aria-pressed", String(b.dataset.aspect === aspect && t.visual.length > 0));
  $("tl-length").textContent = t.duration_ms ? `${clock(t.duration_ms)} · ${t.width}×${t.height}` : "";
  $("screen-empty").hidden = Boolean($("video").getAttribute("src")) || !$("board").hidden;
  showSubject();
}

function drawTimeline(t) {
  const strip = $("strip");
  $("summary").textContent = t.summary;
  if (t.visual.length === 0) {
    strip.replaceChildren(el("p", { class: "muted", style: { gridColumn: "1 / -1", margin: 0 } }, "Nothing on the timeline yet."));
    return;
  }
  const layout = stripLayout(t);
  const video = el("div", { class: "lane video", "data-lane": "video" });
  for (const v of layout.visual) {
    const seg = el("button", {
      type: "button", class: `seg${state.selected === v.index ? " selected" : ""}`, "data-index": v.index,
      style: { left: `${v.left}%`, width: `${v.width}%`, background: v.color || undefined, filter: lookFilter(v.look) },
      title: `Clip ${v.index + 1}: ${v.name} (${clock(v.start_ms)}–${clock(v.start_ms + v.duration_ms)})${v.look ? `, ${v.look} look` : ""}. Click to talk about this one.`,
      "aria-pressed": String(state.selected === v.index),
      onclick: () => select(v.index),
    }, `${v.index + 1}`);
    if (v.thumbnail) setThumb(seg, v.thumbnail);
    video.append(seg);
  }
  for (const tr of layout.transitions) {
    video.append(el("span", { class: "tr", style: { left: `${tr.at}%` }, title: `${tr.name} transition, ${seconds(tr.ms)}`, "data-transition": tr.name }));
  }
  const rows = [el("span", { class: "lane-label" }, "Video"), video];
  if (layout.text.length) {
    const lane = el("div", { class: "lane", "data-lane": "text" });
    for (const x of layout.text) {
      lane.append(el("div", { class: "block text", style: { left: `${x.left}%`, width: `${x.width}%` },
        title: `${x.kind}: “${x.text}” ${clock(x.start_ms)}–${clock(x.end_ms)}` }, `${x.text} · ${clock(x.start_ms)}–${clock(x.end_ms)}`));
    }
    rows.push(el("span", { class: "lane-label" }, "Text"), lane);
  }
  if (layout.audio.length) {
    const lane = el("div", { class: "lane", "data-lane": "audio" });
    for (const a of layout.audio) {
      lane.append(el("div", { class: "block audio", style: { left: `${a.left}%`, width: `${a.width}%` },
        title: `${a.role}: ${a.name} ${clock(a.start_ms)}–${clock(a.end_ms)}, ${a.level}` }, `♪ ${a.name} · ${a.level} · ${clock(a.start_ms)}–${clock(a.end_ms)}`));
    }
    rows.push(el("span", { class: "lane-label" }, a11yAudio(layout.audio)), lane);
  }
  const ruler = el("div", { class: "ruler" }, ...layout.ticks.map((k) => el("span", { style: { left: `${k.at}%` } }, k.label)));
  rows.push(el("span"), ruler);
  strip.replaceChildren(...rows);
}

function a11yAudio(audio) {
  return audio.every((a) => a.role === "voice") ? "Voice" : "Music";
}

function select(index) {
  state.selected = state.selected === index ? null : index;
  for (const s of document.querySelectorAll(".seg")) {
    const on = Number(s.dataset.index) === state.selected;
    s.classList.toggle("selected", on);
    s.setAttribute("aria-pressed", String(on));
  }
  showSubject();
  if (state.selected != null) $("say").focus();
}

function showSubject() {
  const box = $("subject");
  if (state.selected == null || !state.timeline) {
    box.hidden = true;
    return;
  }
  const v = state.timeline.visual[state.selected];
  box.replaceChildren(`Talking about clip ${state.selected + 1} (${v?.name ?? ""})`,
    el("button", { type: "button", onclick: () => select(state.selected) }, "clear"));
  box.hidden = false;
}

// ---- chat -----------------------------------------------------------------------------------

function say(who, text) {
  const li = el("li", { class: who }, text);
  $("messages").append(li);
  li.scrollIntoView({ block: "end" });
  return li;
}

async function send(message) {
  message = message.trim();
  if (!message || state.busy) return;
  say("user", message);
  switch (route(message)) {
    case "export": return startExport();
    case "credits": {
      const c = await refreshCredits();
      return say("agent", c ? `You have ${c.available} credits (${c.frozen} held for work in progress).` : "Credits are unknown right now.");
    }
    case "status": {
      await refreshTimeline();
      const last = (await api.call("GET", `/api/render/proxy/lambda?sessionId=${state.sid}&limit=1`)).renders[0];
      const render = last ? `\nLast render: ${last.status}${last.status === "rendering" ? ` ${last.progress}%` : ""}.` : "";
      return say("agent", state.timeline.summary + render);
    }
    case "undo": return history("undo", true);
    case "redo": return history("redo", true);
  }
  await turn(withSubject(message, state.selected));
}

async function turn(text) {
  state.busy = true;
  $("send").disabled = true;
  const li = say("agent", "");
  const steps = el("ul", { class: "steps" });
  const answer = el("div", {}, "Working…");
  li.append(steps, answer);
  try {
    await api.stream("/run_sse", {
      method: "POST",
      body: { app_name: "nemo_agent", user_id: "me", session_id: state.sid, new_message: { role: "user", parts: [{ text }] } },
    }, (event) => {
      for (const part of event.content?.parts ?? []) {
        if (part.functionCall) steps.append(el("li", { title: JSON.stringify(part.functionCall.args) }, stepLabel(part.functionCall)));
        if (part.text) answer.textContent = part.text;
      }
      if (event.errorCode) li.classList.add("error");
      li.scrollIntoView({ block: "end" });
    });
    state.selected = null;
  } catch (e) {
    li.classList.add("error");
    answer.textContent = explain(e);
  } finally {
    state.busy = false;
    $("send").disabled = false;
  }
  await Promise.all([refreshTimeline(), refreshCredits(), refreshProjectNames()]);
  refreshBoardIfShown();
}

async function refreshProjectNames() {
  const { sessions } = await api.call("GET", "/api/sessions");
  fillProjects(sessions, state.sid);
}

async function history(move, fromChat = false) {
  try {
    const r = await api.call("POST", `/api/sessions/${state.sid}/${move}`);
    if (fromChat) say("agent", r.answer);
    else toast(r.changes.join("; ") || `${move} done`);
  } catch (e) {
    fromChat ? say("agent", explain(e)) : toast(explain(e));
  }
  await Promise.all([refreshTimeline(), refreshCredits()]);
  refreshBoardIfShown();
}

async function operations(ops, what) {
  try {
    const r = await api.call("POST", `/api/sessions/${state.sid}/operations`, { operations: ops });
    toast(r.changes.join("; ") || what);
  } catch (e) {
    toast(explain(e));
  }
  await Promise.all([refreshTimeline(), refreshCredits()]);
  refreshBoardIfShown();
}

// ---- preview, storyboard and export ----------------------------------------------------------

function showProgress(box, percent, label) {
  box.hidden = false;
  box.querySelector("div").style.width = `${percent}%`;
  box.querySelector("span").textContent = label;
}

/** Queues a render and follows its progress stream until it ends; returns the finished job. */
async function render(quality, onJob) {
  const id = `${quality === "preview" ? "preview" : "render"}_${Date.now()}_${randomId().slice(0, 6)}`;
  const job = await api.call("POST", "/api/render/proxy/lambda", { id, sessionId: state.sid, output: { format: "mp4", quality } });
  onJob?.(job);
  return follow(job.id, onJob);
}

async function follow(id, onJob) {
  let last = null;
  // The stream ends with the job; if the connection drops, it is picked up again.
  for (let attempt = 0; attempt < 30; attempt++) {
    try {
      await api.stream(`/api/render/proxy/lambda/${encodeURIComponent(id)}/events`, {}, (job) => {
        last = job;
        onJob?.(job);
      });
    } catch (e) {
      if (e instanceof ApiError && e.code) throw e;
      await new Promise((r) => setTimeout(r, 2000));
    }
    if (last && (last.status === "completed" || last.status === "failed")) return last;
  }
  return last;
}

async function preview() {
  if (!state.timeline?.visual.length) return toast("Nothing to preview yet: add media and ask for a video first.");
  const box = $("preview-progress");
  $("preview-btn").disabled = true;
  try {
    const job = await render("preview", (j) => showProgress(box, j.progress, `Preview ${j.status} ${j.progress}%`));
    if (job?.status === "completed") {
      showVideo();
      $("video").src = job.output.url;
      $("screen-empty").hidden = true;
      box.hidden = true;
    } else showProgress(box, 0, `Preview failed: ${job?.error ?? "unknown"}`);
  } catch (e) {
    showProgress(box, 0, `Preview failed: ${explain(e)}`);
  } finally {
    $("preview-btn").disabled = false;
  }
}

function showVideo() {
  $("board").hidden = true;
  $("video").hidden = false;
  $("show-video").setAttribute("aria-selected", "true");
  $("show-board").setAttribute("aria-selected", "false");
  $("screen-empty").hidden = Boolean($("video").getAttribute("src"));
}

async function showBoard() {
  $("show-video").setAttribute("aria-selected", "false");
  $("show-board").setAttribute("aria-selected", "true");
  $("video").pause();
  $("video").hidden = true;
  $("board").hidden = false;
  $("screen-empty").hidden = true;
  await refreshBoardIfShown();
}

async function refreshBoardIfShown() {
  if ($("board").hidden) return;
  if (!state.timeline?.visual.length) {
    $("board").removeAttribute("src");
    $("screen-empty").hidden = false;
    return;
  }
  try {
    const url = await api.blobURL(`/api/sessions/${state.sid}/storyboard?v=${Date.now()}`);
    $("board").src = url;
  } catch (e) {
    toast(explain(e));
  }
}

let exporting = false;
async function startExport() {
  if (exporting) return toast("An export is already running.");
  if (!state.timeline?.visual.length) {
    say("agent", "There is nothing to export yet: add media and ask for a video first.");
    return;
  }
  exporting = true;
  $("export").disabled = true;
  const sid = state.sid;
  const started = Date.now();
  try {
    const job = await render("high", (j) => {
      localStorage.setItem(exportKey(sid), JSON.stringify({ id: j.id, started }));
      exportProgress(j, started);
    });
    finishExport(job, sid);
  } catch (e) {
    $("export-status").textContent = `Export failed: ${explain(e)}`;
    localStorage.removeItem(exportKey(sid));
  } finally {
    exporting = false;
    $("export").disabled = false;
  }
}

function exportProgress(job, started) {
  const left = eta(job.progress, started);
  const label = job.status === "queued" ? "Export queued…" : `Exporting ${job.progress}%${left ? ` · about ${left} s left` : ""}`;
  showProgress($("export-progress"), job.progress, label);
}

function finishExport(job, sid) {
  localStorage.removeItem(exportKey(sid));
  $("export-progress").hidden = true;
  if (job?.status === "completed") {
    $("export-status").replaceChildren("Done: ", el("a", { href: job.output.url, id: "download", download: `${job.id}.mp4` }, `Download MP4 (${bytes(job.output.size)})`));
  } else {
    $("export-status").textContent = `Export failed: ${job?.error ?? "unknown error"}`;
  }
  refreshRenders();
  refreshCredits();
}

/** A render started before the tab was closed is followed again. */
async function resumeExport() {
  const saved = JSON.parse(localStorage.getItem(exportKey(state.sid)) || "null");
  if (!saved || exporting) return;
  exporting = true;
  $("export").disabled = true;
  const sid = state.sid;
  try {
    const job = await follow(saved.id, (j) => exportProgress(j, saved.started));
    finishExport(job, sid);
  } catch {
    localStorage.removeItem(exportKey(sid));
    $("export-progress").hidden = true;
  } finally {
    exporting = false;
    $("export").disabled = false;
  }
}

async function refreshRenders() {
  const { renders } = await api.call("GET", `/api/render/proxy/lambda?sessionId=${state.sid}&limit=20`);
  // The newest preview of this project plays when nothing else is loaded.
  const preview = renders.find((r) => r.quality === "preview" && r.status === "completed");
  if (preview && !$("video").getAttribute("src")) {
    $("video").src = preview.output.url;
    $("screen-empty").hidden = true;
  }
  $("renders").replaceChildren(...renders.filter((r) => r.quality !== "preview").map((r) => {
    if (r.status === "completed") {
      return el("li", {}, el("a", { href: r.output.url, download: `${r.id}.mp4` }, r.id), el("span", { class: "muted" }, `${seconds(r.output.duration * 1000)} · ${bytes(r.output.size)}`));
    }
    return el("li", { class: r.status === "failed" ? "failed" : "" }, r.id, el("span", {}, r.status === "failed" ? `failed: ${r.error ?? ""}` : `${r.status} ${r.progress}%`));
  }));
  if (!$("renders").children.length) $("renders").append(el("li", { class: "muted" }, "No exports yet."));
}

// ---- wiring ---------------------------------------------------------------------------------

function wire() {
  for (const a of ASPECTS) {
    $("aspects").append(el("button", { type: "button", "data-aspect": a.label, title: a.hint, "aria-pressed": "false",
      onclick: () => operations([{ op: "setCanvas", width: a.width, height: a.height }], `now ${a.label}`) }, a.label));
  }
  for (const s of SUGGESTIONS) {
    $("chips").append(el("button", { type: "button", onclick: () => { $("say").value = s; $("say").focus(); } }, s));
  }
  $("project").addEventListener("change", (e) => openProject(e.target.value).catch((err) => toast(explain(err))));
  $("new-project").addEventListener("click", () => newProject().catch((e) => toast(explain(e))));
  $("undo").addEventListener("click", () => history("undo"));
  $("redo").addEventListener("click", () => history("redo"));
  $("export").addEventListener("click", startExport);
  $("preview-btn").addEventListener("click", preview);
  $("show-video").addEventListener("click", showVideo);
  $("show-board").addEventListener("click", showBoard);
  $("length").addEventListener("change", (e) => {
    const s = Number(e.target.value);
    if (s > 0 && state.timeline?.visual.length) operations([{ op: "setDuration", durationMs: Math.round(s * 1000) }], `now ${s} s`);
  });
  $("chat-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("say").value;
    $("say").value = "";
    send(text).catch((err) => say("agent", explain(err)));
  });
  $("say").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      $("chat-form").requestSubmit();
    }
  });
  $("files").addEventListener("change", (e) => {
    addFiles(e.target.files);
    e.target.value = "";
  });
  const drop = $("drop");
  drop.addEventListener("keydown", (e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), $("files").click()));
  for (const type of ["dragenter", "dragover"]) document.addEventListener(type, (e) => { e.preventDefault(); drop.classList.add("over"); });
  for (const type of ["dragleave", "drop"]) document.addEventListener(type, () => drop.classList.remove("over"));
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    addFiles(e.dataTransfer?.files ?? []);
  });
  $("url-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const url = $("url").value.trim();
    $("url").value = "";
    if (url) importURL(url);
  });
  document.addEventListener("keydown", (e) => {
    const typing = e.target.closest?.("input, textarea, select");
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === "z" && !typing) {
      e.preventDefault();
      history(e.shiftKey ? "redo" : "undo");
    } else if (mod && e.key.toLowerCase() === "y" && !typing) {
      e.preventDefault();
      history("redo");
    } else if (mod && e.key.toLowerCase() === "e") {
      e.preventDefault();
      startExport();
    } else if (e.key === " " && !typing && !e.target.closest?.("button, a, [tabindex]")) {
      e.preventDefault();
      const v = $("video");
      if (v.getAttribute("src")) v.paused ? v.play() : v.pause();
      else preview();
    }
  });
}

async function start() {
  wire();
  try {
    await api.ensureToken();
    await loadProjects();
    document.body.dataset.ready = "true";
  } catch (e) {
    toast(`Could not reach the Reel server: ${explain(e)}`);
  }
}

start();
