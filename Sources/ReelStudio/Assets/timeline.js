// The timeline strip: a picture per clip sized by time, transitions, text and music lanes, the
// summary line; clicking a clip makes it the subject of the next instruction.
import { aspectOf, clock, lookFilter, seconds, stripLayout } from "./model.js";
import { $, api, el, state } from "./ui.js";
import { setThumb } from "./media.js";
import { markPreview } from "./renders.js";

export async function refreshTimeline() {
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
  markPreview();
}

export function drawTimeline(t) {
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

export function a11yAudio(audio) {
  return audio.every((a) => a.role === "voice") ? "Voice" : "Music";
}

export function select(index) {
  state.selected = state.selected === index ? null : index;
  for (const s of document.querySelectorAll(".seg")) {
    const on = Number(s.dataset.index) === state.selected;
    s.classList.toggle("selected", on);
    s.setAttribute("aria-pressed", String(on));
  }
  showSubject();
  if (state.selected != null) $("say").focus();
}

export function showSubject() {
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
