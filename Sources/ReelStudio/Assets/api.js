// Talking to the Reel server: the anonymous token, JSON envelopes, uploads with progress and
// the two event streams (a chat turn, a render's progress), all with the bearer token.

const TOKEN = "reel.token";
const CLIENT = "reel.client";

/** An envelope whose `code` is not 0, or a failed request. */
export class ApiError extends Error {
  constructor(code, message, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** A random id that works outside secure contexts too (a LAN address over http). */
export function randomId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Splits the text read so far of a `text/event-stream` into the JSON of its complete `data:`
 * events and what is left over (an event not yet finished). Comments (heartbeats) are skipped.
 */
export function parseSSE(text) {
  const events = [];
  const blocks = text.replace(/\r\n/g, "\n").split("\n\n");
  const rest = blocks.pop();
  for (const block of blocks) {
    const data = block.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).replace(/^ /, ""));
    if (data.length === 0) continue;
    try {
      events.push(JSON.parse(data.join("\n")));
    } catch {
      // Not JSON: not one of ours.
    }
  }
  return { events, rest };
}

export class Api {
  constructor(storage = localStorage) {
    this.storage = storage;
    this.token = storage.getItem(TOKEN);
  }

  async ensureToken(fresh = false) {
    if (this.token && !fresh) return this.token;
    let client = this.storage.getItem(CLIENT);
    if (!client || fresh) {
      client = "studio-" + randomId();
      this.storage.setItem(CLIENT, client);
    }
    const res = await fetch("/api/auth/anonymous-token", { method: "POST", headers: { "X-Client-Id": client } });
    const body = await res.json();
    if (body.code !== 0) throw new ApiError(body.code, body.message, res.status);
    const replaced = this.token !== null;
    this.token = body.data.token;
    this.storage.setItem(TOKEN, this.token);
    // A new caller has none of the old one's projects: the page starts over.
    if (replaced && this.onNewToken) queueMicrotask(this.onNewToken);
    return this.token;
  }

  headers(extra = {}) {
    return { Authorization: `Bearer ${this.token}`, ...extra };
  }

  /** A JSON call: its envelope's `data`, or an ApiError. A stale token is replaced once. */
  async call(method, path, body, retry = true) {
    await this.ensureToken();
    const init = { method, headers: this.headers(body === undefined ? {} : { "Content-Type": "application/json" }) };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await fetch(path, init);
    let envelope;
    try {
      envelope = await res.json();
    } catch {
      throw new ApiError(res.status, `the server answered ${res.status}`, res.status);
    }
    if (envelope.code === 1001 && retry) {
      await this.ensureToken(true);
      return this.call(method, path, body, false);
    }
    if (envelope.code !== 0) throw new ApiError(envelope.code, envelope.message, res.status);
    return envelope.data;
  }

  /** A picture the API keeps behind the token, as an object URL for an <img>. */
  async blobURL(path) {
    await this.ensureToken();
    const res = await fetch(path, { headers: this.headers() });
    if (!res.ok) throw new ApiError(res.status, `could not load ${path}`, res.status);
    return URL.createObjectURL(await res.blob());
  }

  /** Uploads one file with XHR so its progress (0–1) can be shown; resolves with `data`. */
  upload(sid, file, onProgress) {
    return new Promise((resolve, reject) => {
      const form = new FormData();
      form.append("files", file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", `/api/upload-video/nemo_agent/me/${encodeURIComponent(sid)}`);
      xhr.setRequestHeader("Authorization", `Bearer ${this.token}`);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onload = () => {
        let body;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          return reject(new ApiError(xhr.status, `the server answered ${xhr.status}`, xhr.status));
        }
        if (body.code === 0) resolve(body.data);
        else reject(new ApiError(body.code, body.message, xhr.status));
      };
      xhr.onerror = () => reject(new ApiError(0, "the upload was cut off; check the connection and try again", 0));
      xhr.send(form);
    });
  }

  /** POSTs (or GETs) and reads the answer as a stream of events, calling `onEvent` with each. */
  async stream(path, { method = "GET", body, signal } = {}, onEvent) {
    await this.ensureToken();
    const headers = this.headers({ Accept: "text/event-stream" });
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
    const type = res.headers.get("Content-Type") || "";
    if (!type.startsWith("text/event-stream")) {
      const envelope = await res.json().catch(() => ({ code: res.status, message: `the server answered ${res.status}` }));
      throw new ApiError(envelope.code, envelope.message, res.status);
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const parsed = parseSSE(text + value);
      text = parsed.rest;
      for (const event of parsed.events) onEvent(event);
    }
    for (const event of parseSSE(text + "\n\n").events) onEvent(event);
  }
}
