// Projects (the caller's sessions) and credits: opening one loads everything else.
import { aspectOf, seconds } from "./model.js";
import { $, api, el, state } from "./ui.js";
import { refreshMedia } from "./media.js";
import { refreshTimeline } from "./timeline.js";
import { refreshRenders, resumeExport } from "./renders.js";
import { say } from "./chat.js";

const SESSION = "reel.session";

export async function loadProjects() {
  const { sessions } = await api.call("GET", "/api/sessions");
  let sid = localStorage.getItem(SESSION);
  if (!sessions.some((s) => s.session_id === sid)) sid = sessions[0]?.session_id;
  if (!sid) return newProject();
  fillProjects(sessions, sid);
  await openProject(sid);
}

export function fillProjects(sessions, current) {
  const select = $("project");
  select.replaceChildren(...sessions.map((s, i) => {
    const when = new Date(s.updated * 1000).toLocaleString([], { dateStyle: "short", timeStyle: "short" });
    const what = s.duration_ms > 0 ? `${seconds(s.duration_ms)} ${aspectOf(s.width, s.height) ?? ""}` : "empty";
    return el("option", { value: s.session_id, selected: s.session_id === current }, `Project ${sessions.length - i} · ${what} · ${when}`);
  }));
}

export async function newProject() {
  const created = await api.call("POST", "/api/tasks/me/with-session/nemo_agent", { task_name: "project", language: "en" });
  const { sessions } = await api.call("GET", "/api/sessions");
  fillProjects(sessions, created.session_id);
  $("messages").replaceChildren();
  await openProject(created.session_id);
}

export async function openProject(sid) {
  state.sid = sid;
  state.selected = null;
  localStorage.setItem(SESSION, sid);
  $("video").removeAttribute("src");
  $("board").hidden = true;
  await Promise.all([refreshMedia(), refreshTimeline(), refreshRenders(), refreshCredits()]);
  if (!$("messages").children.length) greet();
  resumeExport();
}

export function greet() {
  if (state.timeline?.visual.length) {
    say("agent", `Welcome back. This project so far:\n${state.timeline.summary}\nTell me what to change, or press Export.`);
  } else {
    say("agent", "Add your clips, photos and music under Media (drop them there or choose them), then tell me what to make — for example “make a 30 second video with music and a title 'Summer'”.");
  }
}

export async function refreshCredits() {
  try {
    const c = await api.call("GET", "/api/credits/balance/simple");
    $("credits").textContent = `${c.available} credits`;
    return c;
  } catch (e) {
    $("credits").textContent = "credits unknown";
  }
}

export async function refreshProjectNames() {
  const { sessions } = await api.call("GET", "/api/sessions");
  fillProjects(sessions, state.sid);
}
