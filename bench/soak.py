#!/usr/bin/env python3
"""The soak's clients (run by bench/soak.sh): each does the seed flow over and over — token,
session, upload, turn, state, export (preview), poll, download — with a bad request in place of
every tenth, for a bounded time. Prints answers by status/code, latency percentiles per step, and
the server's RSS sampled every two seconds."""
import argparse, collections, http.client, json, random, threading, time, uuid

p = argparse.ArgumentParser()
p.add_argument("--port", type=int, required=True)
p.add_argument("--pid", type=int, required=True)
p.add_argument("--clients", type=int, default=8)
p.add_argument("--seconds", type=float, default=60)
p.add_argument("--picture", required=True)
p.add_argument("--sound", required=True)
args = p.parse_args()

PICTURE = open(args.picture, "rb").read()
SOUND = open(args.sound, "rb").read()
lock = threading.Lock()
codes = collections.Counter()      # "200/0", "400/400", "exception:…"
latency = collections.defaultdict(list)
flows = [0]
deadline = time.time() + args.seconds


def rss_mb():
    with open(f"/proc/{args.pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def request(step, method, path, body=None, headers=None, raw=None):
    """One request on its own connection; returns (status, parsed JSON or None, bytes)."""
    headers = dict(headers or {})
    if body is not None:
        raw = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    start = time.perf_counter()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=120)
        conn.request(method, path, body=raw, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        status = resp.status
        conn.close()
    except Exception as e:  # a refused or reset connection is a finding too
        with lock:
            codes[f"{step}: exception {type(e).__name__}"] += 1
        return 0, None, b""
    elapsed = (time.perf_counter() - start) * 1000
    parsed = None
    if data[:1] == b"{":
        try:
            parsed = json.loads(data)
        except ValueError:
            pass
    with lock:
        latency[step].append(elapsed)
        codes[f"{status}/{parsed.get('code') if isinstance(parsed, dict) else '-'}"] += 1
    return status, parsed, data


def multipart(files, boundary="soakboundary"):
    out = b""
    for name, data in files:
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
                "Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def bad_request(auth, sid):
    """One of the ways a hostile or clumsy client gets it wrong."""
    kind = random.choice(["token", "session", "json", "junk-draft", "multipart", "traversal", "not-media", "huge-id", "route"])
    if kind == "token":
        return request("bad", "GET", "/api/credits/balance/simple", headers={"Authorization": "Bearer nope"})
    if kind == "session":
        return request("bad", "GET", f"/api/state/nemo_agent/me/{uuid.uuid4()}/latest", headers=auth)
    if kind == "json":
        return request("bad", "POST", "/api/tasks/me/with-session/nemo_agent", raw=b"{\"task_name\":", headers={**auth, "Content-Type": "application/json"})
    if kind == "junk-draft":
        body = b'{"id":"render_junk","draft":{"t":[' + b"1," * 200000 + b"1]}}"
        return request("bad", "POST", "/api/render/proxy/lambda", raw=body, headers={**auth, "Content-Type": "application/json"})
    if kind == "multipart":
        return request("bad", "POST", f"/api/upload-video/nemo_agent/me/{sid}", raw=b"--soakboundary\r\nnonsense",
                       headers={**auth, "Content-Type": "multipart/form-data; boundary=soakboundary"})
    if kind == "traversal":
        draft = {"t": [{"tt": 0, "sg": [{"d": 1000, "m": {"src": "../../reel.sqlite"}}]}]}
        return request("bad", "POST", "/api/render/proxy/lambda", body={"id": "render_t", "draft": draft}, headers=auth)
    if kind == "not-media":
        return request("bad", "POST", f"/api/upload-video/nemo_agent/me/{sid}", raw=multipart([("x.mp4", b"not a video" * 100)]),
                       headers={**auth, "Content-Type": "multipart/form-data; boundary=soakboundary"})
    if kind == "huge-id":
        return request("bad", "POST", "/api/render/proxy/lambda", body={"id": "x" * 500, "sessionId": sid}, headers=auth)
    return request("bad", "GET", "/api/../../etc/passwd")


def client(n):
    count = 0

    def step(name, *a, **k):
        nonlocal count
        count += 1
        if count % 10 == 0:
            bad_request(auth, sid or "none")
            count += 1
        return request(name, *a, **k)

    auth, sid = {}, None
    _, tok, _ = step("token", "POST", "/api/auth/anonymous-token", headers={"X-Client-Id": f"soak-{n}"})
    auth = {"Authorization": f"Bearer {tok['data']['token']}"}
    while time.time() < deadline:
        _, s, _ = step("session", "POST", "/api/tasks/me/with-session/nemo_agent", body={"task_name": "soak", "language": "en"}, headers=auth)
        sid = s["data"]["session_id"]
        step("upload", "POST", f"/api/upload-video/nemo_agent/me/{sid}", raw=multipart([("pic.png", PICTURE), ("tone.wav", SOUND)]),
             headers={**auth, "Content-Type": "multipart/form-data; boundary=soakboundary"})
        step("turn", "POST", "/run_sse", body={"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
                                               "new_message": {"parts": [{"text": "make a 2 second video with a title \"Soak\""}]}},
             headers={**auth, "Accept": "text/event-stream"})
        step("state", "GET", f"/api/state/nemo_agent/me/{sid}/latest", headers=auth)
        rid = f"render_{uuid.uuid4().hex[:12]}"
        step("export", "POST", "/api/render/proxy/lambda", body={"id": rid, "sessionId": sid, "output": {"format": "mp4", "quality": "preview"}},
             headers=auth)
        while time.time() < deadline + 60:
            _, job, _ = step("poll", "GET", f"/api/render/proxy/lambda/{rid}", headers=auth)
            status = (job or {}).get("data", {}) or {}
            if status.get("status") in ("completed", "failed"):
                if status.get("status") == "completed":
                    url = status["output"]["url"]
                    step("download", "GET", url[url.index("/api/"):])
                break
            time.sleep(0.5)
        with lock:
            flows[0] += 1


samples = []
def sampler():
    while time.time() < deadline:
        samples.append((round(time.time() - start, 1), round(rss_mb(), 1)))
        time.sleep(2)

start = time.time()
threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
threads.append(threading.Thread(target=sampler))
for t in threads: t.start()
for t in threads: t.join()
samples.append((round(time.time() - start, 1), round(rss_mb(), 1)))


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else 0

total = sum(len(v) for v in latency.values())
print(f"clients {args.clients}, {time.time() - start:.0f} s, {total} requests, {flows[0]} complete flows")
print("answers (HTTP status/code):", dict(sorted(codes.items())))
print(f"{'step':10} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
everything = []
for name, values in sorted(latency.items()):
    everything += values
    print(f"{name:10} {len(values):6} {pct(values, .5):8.1f} {pct(values, .99):8.1f} {max(values):8.1f}")
print(f"{'all':10} {len(everything):6} {pct(everything, .5):8.1f} {pct(everything, .99):8.1f} {max(everything or [0]):8.1f}")
print("server RSS MB over time (s, MB):", samples)
print(f"RSS start {samples[0][1]} MB, end {samples[-1][1]} MB, peak {max(s[1] for s in samples)} MB")
