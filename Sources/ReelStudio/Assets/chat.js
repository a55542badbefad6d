// The chat: routing words handled by the page, instructions streamed from /run_sse with their
// steps, and the edits the buttons make (undo, redo, typed operations).
import { route, stepLabel, withSubject } from "./model.js";
import { $, api, el, explain, state, toast } from "./ui.js";
import { refreshCredits, refreshProjectNames } from "./projects.js";
import { refreshTimeline } from "./timeline.js";
import { refreshBoardIfShown, startExport } from "./renders.js";

export function say(who, text) {
  const li = el("li", { class: who }, text);
  $("messages").append(li);
  li.scrollIntoView({ block: "end" });
  return li;
}

export async function send(message) {
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

export async function turn(text) {
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
    if (answer.textContent === "Working…") answer.textContent = "The answer was cut off; the timeline below shows where the project stands.";
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

export async function history(move, fromChat = false) {
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

export async function operations(ops, what) {
  try {
    const r = await api.call("POST", `/api/sessions/${state.sid}/operations`, { operations: ops });
    toast(r.changes.join("; ") || what);
  } catch (e) {
    toast(explain(e));
  }
  await Promise.all([refreshTimeline(), refreshCredits()]);
  refreshBoardIfShown();
}
