// The page's logic that needs no page: how the timeline strip is laid out, what chat words
// mean, times and sizes in words. Unit-tested in the browser (tests/browser/unit.test.js).

export const ASPECTS = [
  { label: "16:9", width: 1920, height: 1080, hint: "Landscape (YouTube)" },
  { label: "9:16", width: 1080, height: 1920, hint: "Vertical (TikTok, Reels, Shorts)" },
  { label: "1:1", width: 1080, height: 1080, hint: "Square" },
  { label: "4:5", width: 1080, height: 1350, hint: "Portrait (Instagram feed)" },
];

export const SUGGESTIONS = ["make it vertical", "music quieter", "add a title 'My video'", "fade transitions", "black and white"];

/** "0:06", "1:02.5" from ms. */
export function clock(ms) {
  const tenths = Math.round((ms || 0) / 100);
  const whole = Math.floor(tenths / 10);
  const text = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
  return tenths % 10 ? `${text}.${tenths % 10}` : text;
}

/** "6 s", "2.5 s". */
export function seconds(ms) {
  const s = Math.round((ms || 0) / 100) / 10;
  return `${s} s`;
}

export function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1 << 20) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / (1 << 20)).toFixed(1)} MB`;
}

/** A CSS filter that hints at a segment's look on its thumbnail. */
export function lookFilter(look) {
  return { bw: "grayscale(1)", sepia: "sepia(0.9)", warm: "sepia(0.3) saturate(1.3)", cool: "hue-rotate(15deg) saturate(0.9)",
    vivid: "saturate(1.6) contrast(1.1)", vintage: "sepia(0.5) contrast(0.9)" }[look] ?? "";
}

/** The aspect preset a canvas matches, if any. */
export function aspectOf(width, height) {
  return ASPECTS.find((a) => a.width * height === a.height * width)?.label ?? null;
}

/**
 * Where each piece of the strip goes, as percentages of the video's length: visual segments
 * (overlapping by their transitions), transition marks, text and music blocks.
 */
export function stripLayout(timeline) {
  const total = Math.max(1, timeline.duration_ms || 0);
  const pct = (ms) => Math.max(0, Math.min(100, (ms / total) * 100));
  // Neighbours overlap by their transition: each is drawn up to the middle of it, where the mark sits.
  const visual = timeline.visual.map((v, i) => {
    const before = i > 0 ? (timeline.visual[i - 1].transition_ms || 0) / 2 : 0;
    const after = (v.transition_ms || 0) / 2;
    return { ...v, left: pct(v.start_ms + before), width: pct(v.duration_ms - before - after) };
  });
  const transitions = timeline.visual
    .filter((v) => v.transition && v.transition_ms > 0)
    .map((v) => ({ index: v.index, name: v.transition, at: pct(v.start_ms + v.duration_ms - v.transition_ms / 2), ms: v.transition_ms }));
  const text = timeline.text.map((t) => ({ ...t, left: pct(t.start_ms), width: pct(t.end_ms - t.start_ms) }));
  const audio = timeline.audio.map((a) => ({
    ...a,
    left: pct(a.start_ms),
    width: pct(a.end_ms - a.start_ms),
    level: a.muted ? "muted" : `${Math.round(a.volume * 100)}%`,
  }));
  const step = total <= 10000 ? 1000 : total <= 30000 ? 5000 : total <= 120000 ? 10000 : 30000;
  const ticks = [];
  for (let t = 0; t <= total; t += step) ticks.push({ at: pct(t), label: clock(t) });
  return { visual, transitions, text, audio, ticks };
}

/**
 * What a chat message asks of the page rather than of the editor: the seed's routing words
 * (export, credits, status, undo, redo). Anything else is an instruction for the agent.
 */
export function route(message) {
  const text = message.trim().toLowerCase().replace(/[.!?。！]+$/, "");
  if (/^(export|export it|render|download|导出)$/.test(text)) return "export";
  if (/^(credits|balance|积分)$/.test(text)) return "credits";
  if (/^(status|state|状态)$/.test(text)) return "status";
  if (/^(undo|撤销)$/.test(text)) return "undo";
  if (/^(redo|重做)$/.test(text)) return "redo";
  return "instruct";
}

/**
 * The instruction with the selected segment named: "this one" / "this" / "it" become
 * "clip N"; with no such word the clip is named first. N counts from 1, as people do.
 */
export function withSubject(message, selectedIndex) {
  if (selectedIndex == null || selectedIndex < 0) return message;
  const name = `clip ${selectedIndex + 1}`;
  const pattern = /\b(this|that) (one|clip|photo|picture|image|segment|shot|video)\b|\b(this|that|it)\b/i;
  if (pattern.test(message)) return message.replace(pattern, name);
  return `${name}: ${message}`;
}

/** A step of a turn in a few words: `setCanvas 1080×1920`, `addText "Hello"`. */
export function stepLabel(call) {
  const args = call.args || {};
  const bits = [];
  if (args.width && args.height) bits.push(`${args.width}×${args.height}`);
  if (args.durationMs != null) bits.push(seconds(args.durationMs));
  if (args.text) bits.push(`"${String(args.text).slice(0, 30)}"`);
  if (args.name) bits.push(String(args.name));
  if (args.volume != null) bits.push(`${Math.round(args.volume * 100)}%`);
  if (Array.isArray(args.sources)) bits.push(`${args.sources.length} files`);
  return [call.name, ...bits].join(" ");
}

/** Percent done and an estimate of the time left, from when the job started. */
export function eta(progress, startedAt, now = Date.now()) {
  if (!(progress > 0) || progress >= 100) return null;
  const elapsed = now - startedAt;
  const left = (elapsed / progress) * (100 - progress);
  return Math.max(1, Math.round(left / 1000));
}
