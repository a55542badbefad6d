// The studio's own JavaScript, tested in the browser that runs it: studio_flow.py runs this file's
// body as an async function with `base` (the page's module folder, "/studio/<version>/") and
// reads what it returns: {passed, failures}.
const model = await import(base + "model.js");
const api = await import(base + "api.js");
const failures = [];
let passed = 0;
function check(name, got, want) {
  const a = JSON.stringify(got), b = JSON.stringify(want);
  if (a === b) passed++;
  else failures.push(`${name}: got ${a}, want ${b}`);
}

// Times and sizes in words.
check("clock 0", model.clock(0), "0:00");
check("clock 6 s", model.clock(6000), "0:06");
check("clock 62.5 s", model.clock(62500), "1:02.5");
check("seconds", model.seconds(2500), "2.5 s");
check("bytes KB", model.bytes(2048), "2 KB");
check("bytes MB", model.bytes(3 * 1048576), "3.0 MB");

// Aspect presets recognise canvases.
check("aspect vertical", model.aspectOf(1080, 1920), "9:16");
check("aspect 720p", model.aspectOf(1280, 720), "16:9");
check("aspect 4:5", model.aspectOf(1080, 1350), "4:5");
check("aspect odd", model.aspectOf(1000, 300), null);

// Routing words go to the page; everything else to the agent.
check("route export", model.route("Export"), "export");
check("route export!", model.route(" export! "), "export");
check("route credits", model.route("credits"), "credits");
check("route status", model.route("status"), "status");
check("route undo", model.route("undo"), "undo");
check("route redo", model.route("redo"), "redo");
check("route zh undo", model.route("撤销"), "undo");
check("route sentence", model.route("export it as a vertical video with music"), "instruct");
check("route undo sentence", model.route("undo the last two changes please"), "instruct");

// A selected segment becomes the subject of the next instruction.
check("subject this one", model.withSubject("make this one black and white", 1), "make clip 2 black and white");
check("subject it", model.withSubject("remove it", 0), "remove clip 1");
check("subject none", model.withSubject("make it vertical", null), "make it vertical");
check("subject prefix", model.withSubject("black and white", 2), "clip 3: black and white");

// The strip: widths in proportion to time, transitions between segments, lanes with levels.
const layout = model.stripLayout({
  duration_ms: 6000,
  visual: [
    { index: 0, start_ms: 0, duration_ms: 3500, transition: "fade", transition_ms: 1000 },
    { index: 1, start_ms: 2500, duration_ms: 3500, transition: null, transition_ms: 0 },
  ],
  text: [{ start_ms: 0, end_ms: 3000, text: "Hello", kind: "title" }],
  audio: [{ start_ms: 0, end_ms: 6000, volume: 0.35, muted: false, name: "song", role: "music" }],
});
// Each is drawn to the middle of the transition it shares with its neighbour.
check("strip lefts", layout.visual.map((v) => Math.round(v.left)), [0, 50]);
check("strip widths", layout.visual.map((v) => Math.round(v.width)), [50, 50]);
check("strip transition", layout.transitions.map((t) => [t.name, Math.round(t.at)]), [["fade", 50]]);
check("strip text", [Math.round(layout.text[0].left), Math.round(layout.text[0].width)], [0, 50]);
check("strip audio level", layout.audio[0].level, "35%");
check("strip ticks", layout.ticks.length, 7);
check("strip empty", model.stripLayout({ duration_ms: 0, visual: [], text: [], audio: [] }).visual, []);

// Looks hint on thumbnails.
check("look bw", model.lookFilter("bw"), "grayscale(1)");
check("look none", model.lookFilter(null), "");

// Steps in a few words.
check("step canvas", model.stepLabel({ name: "setCanvas", args: { width: 1080, height: 1920 } }), "setCanvas 1080×1920");
check("step text", model.stepLabel({ name: "addText", args: { kind: "title", text: "Hello" } }), 'addText "Hello"');
check("step music", model.stepLabel({ name: "setMusicVolume", args: { volume: 0.2 } }), "setMusicVolume 20%");

// Time left from progress.
check("eta half", model.eta(50, 0, 10000), 10);
check("eta none", model.eta(0, 0, 10000), null);
check("eta done", model.eta(100, 0, 10000), null);

// Event streams, split across reads, heartbeats skipped.
const first = api.parseSSE(': heartbeat\n\ndata: {"a":1}\n\ndata: {"b"');
check("sse first", first.events, [{ a: 1 }]);
const second = api.parseSSE(first.rest + ':2}\n\n');
check("sse rest", second.events, [{ b: 2 }]);
check("sse crlf", api.parseSSE('data: {"c":3}\r\n\r\n').events, [{ c: 3 }]);
check("sse junk", api.parseSSE("data: not json\n\n").events, []);
check("random id", /^[0-9a-f]{32}$/.test(api.randomId()), true);

// The token: asked for once, kept, reused.
const store = new Map();
const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, v) };
const client = new api.Api(storage);
const token = await client.ensureToken();
check("token kept", storage.getItem("reel.token"), token);
check("token reused", await new api.Api(storage).ensureToken(), token);
// A token the server no longer knows is replaced once, and the page is told.
let told = 0;
const stale = new api.Api(storage);
stale.token = "expired-token";
stale.onNewToken = () => told++;
const fresh = await stale.call("GET", "/api/credits/balance/simple");
await Promise.resolve();
check("stale token replaced", [typeof fresh.available, stale.token !== "expired-token", told], ["number", true, 1]);
const balance = await client.call("GET", "/api/credits/balance/simple");
check("credits with token", typeof balance.available, "number");
let refused = null;
try {
  await client.call("GET", "/api/sessions/not-a-session/timeline");
} catch (e) {
  refused = [e.code, e.status];
}
check("api error", refused, [1002, 404]);

return { passed, failures };
