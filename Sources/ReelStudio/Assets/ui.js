// Small helpers every part of the page uses: elements, messages, and the shared state.
import { Api, ApiError } from "./api.js";

export const $ = (id) => document.getElementById(id);
export const api = new Api();
/** The open project, its timeline, the selected clip, whether a turn is running. */
export const state = { sid: null, timeline: null, selected: null, busy: false, thumbs: new Map() };

export function el(tag, props = {}, ...children) {
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
export function toast(message) {
  const t = $("toast");
  t.textContent = message;
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (t.hidden = true), 5000);
}

export function explain(error) {
  return error instanceof ApiError ? error.message : String(error?.message ?? error);
}
