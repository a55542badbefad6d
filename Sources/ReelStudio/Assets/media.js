// The media bin: uploads one at a time with progress, refused files with the reason, URL import,
// thumbnails and durations.
import { ApiError } from "./api.js";
import { bytes, clock } from "./model.js";
import { $, api, el, explain, state, toast } from "./ui.js";

export async function refreshMedia() {
  const data = await api.call("GET", `/api/state/nemo_agent/me/${state.sid}/latest`);
  const items = data.state.video_infos || [];
  const bin = $("bin");
  bin.querySelectorAll("li.stored").forEach((li) => li.remove());
  bin.prepend(...items.map(mediaRow));
}

export function mediaRow(m) {
  const thumb = el("div", { class: "thumb", role: "img", "aria-label": `${m.kind} thumbnail` });
  setThumb(thumb, `/api/media/${m.id}/thumbnail`);
  const facts = [m.kind, m.duration_ms ? clock(m.duration_ms) : null, m.width ? `${m.width}×${m.height}` : null].filter(Boolean).join(" · ");
  return el("li", { class: "stored", "data-id": m.id }, thumb,
    el("div", {}, el("div", { class: "name", title: m.name }, m.name), el("div", { class: "meta" }, facts)));
}

export async function setThumb(node, path) {
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

export async function addFiles(files) {
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

export async function importURL(url) {
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
