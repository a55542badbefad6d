// Preview, storyboard and export: renders followed through their progress stream; an export's
// job id is kept so a closed tab picks it up again.
import { ApiError, randomId } from "./api.js";
import { bytes, eta, seconds } from "./model.js";
import { $, api, el, explain, state, toast } from "./ui.js";
import { refreshCredits } from "./projects.js";
import { say } from "./chat.js";

const exportKey = (sid) => `reel.export.${sid}`;

export function showProgress(box, percent, label) {
  box.hidden = false;
  box.querySelector("div").style.width = `${percent}%`;
  box.querySelector("span").textContent = label;
}

/** Queues a render and follows its progress stream until it ends; returns the finished job. */
export async function render(quality, onJob) {
  const id = `${quality === "preview" ? "preview" : "render"}_${Date.now()}_${randomId().slice(0, 6)}`;
  const job = await api.call("POST", "/api/render/proxy/lambda", { id, sessionId: state.sid, output: { format: "mp4", quality } });
  onJob?.(job);
  return follow(job.id, onJob);
}

export async function follow(id, onJob) {
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

export async function preview() {
  if (!state.timeline?.visual.length) return toast("Nothing to preview yet: add media and ask for a video first.");
  const box = $("preview-progress");
  $("preview-btn").disabled = true;
  try {
    const job = await render("preview", (j) => showProgress(box, j.progress, `Preview ${j.status} ${j.progress}%`));
    if (job?.status === "completed") {
      showVideo();
      $("video").src = job.output.url;
      state.previewOf = shape(state.timeline);
      markPreview();
      $("screen-empty").hidden = true;
      box.hidden = true;
    } else showProgress(box, 0, `Preview failed: ${job?.error ?? "unknown"}`);
  } catch (e) {
    showProgress(box, 0, `Preview failed: ${explain(e)}`);
  } finally {
    $("preview-btn").disabled = false;
  }
}

/** What a preview shows of a timeline: when it changes, the preview is out of date. */
export function shape(t) {
  return t ? JSON.stringify([t.width, t.height, t.duration_ms, t.visual, t.audio, t.text]) : null;
}

/** "Update preview", highlighted, once the timeline has changed since the preview was made. */
export function markPreview() {
  const stale = Boolean($("video").getAttribute("src")) && state.previewOf !== shape(state.timeline);
  $("preview-btn").textContent = stale ? "Update preview" : "Render preview";
  $("preview-btn").classList.toggle("primary", stale && state.timeline?.visual.length > 0);
}

export function showVideo() {
  $("board").hidden = true;
  $("video").hidden = false;
  $("show-video").setAttribute("aria-selected", "true");
  $("show-board").setAttribute("aria-selected", "false");
  $("screen-empty").hidden = Boolean($("video").getAttribute("src"));
}

export async function showBoard() {
  $("show-video").setAttribute("aria-selected", "false");
  $("show-board").setAttribute("aria-selected", "true");
  $("video").pause();
  $("video").hidden = true;
  $("board").hidden = false;
  $("screen-empty").hidden = true;
  await refreshBoardIfShown();
}

export async function refreshBoardIfShown() {
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
export async function startExport() {
  if (exporting) return toast("An export is already running.");
  if (!state.timeline?.visual.length) {
    say("agent", "There is nothing to export yet: add media and ask for a video first.");
    return;
  }
  exporting = true;
  $("export").disabled = true;
  $("export-status").textContent = "";
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

export function exportProgress(job, started) {
  const left = eta(job.progress, started);
  const label = job.status === "queued" ? "Export queued…" : `Exporting ${job.progress}%${left ? ` · about ${left} s left` : ""}`;
  showProgress($("export-progress"), job.progress, label);
}

export function finishExport(job, sid) {
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
export async function resumeExport() {
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

export async function refreshRenders() {
  const { renders } = await api.call("GET", `/api/render/proxy/lambda?sessionId=${state.sid}&limit=20`);
  // The newest preview of this project plays when nothing else is loaded.
  const preview = renders.find((r) => r.quality === "preview" && r.status === "completed");
  if (preview && !$("video").getAttribute("src")) {
    $("video").src = preview.output.url;
    $("screen-empty").hidden = true;
    markPreview();
  }
  $("renders").replaceChildren(...renders.filter((r) => r.quality !== "preview").map((r) => {
    if (r.status === "completed") {
      return el("li", {}, el("a", { href: r.output.url, download: `${r.id}.mp4` }, r.id), el("span", { class: "muted" }, `${seconds(r.output.duration * 1000)} · ${bytes(r.output.size)}`));
    }
    return el("li", { class: r.status === "failed" ? "failed" : "" }, r.id, el("span", {}, r.status === "failed" ? `failed: ${r.error ?? ""}` : `${r.status} ${r.progress}%`));
  }));
  if (!$("renders").children.length) $("renders").append(el("li", { class: "muted" }, "No exports yet."));
}
