// The studio page: wires the controls and keys to the parts (projects, media, chat, timeline,
// renders) and opens the last project. The pure logic lives in model.js, server calls in api.js.
import { ASPECTS, SUGGESTIONS } from "./model.js";
import { $, api, el, explain, state, toast } from "./ui.js";
import { loadProjects, newProject, openProject } from "./projects.js";
import { addFiles, importURL } from "./media.js";
import { history, operations, say, send } from "./chat.js";
import { preview, showBoard, showVideo, startExport } from "./renders.js";

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
    if (state.busy) return toast("Reel is still working on the last instruction; send this one when it answers.");
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
  api.onNewToken = () => {
    toast("Your session expired, so a new one was started.");
    loadProjects().catch((e) => toast(explain(e)));
  };
  try {
    await api.ensureToken();
    await loadProjects();
    document.body.dataset.ready = "true";
  } catch (e) {
    toast(`Could not reach the Reel server: ${explain(e)}`);
  }
}

start();
