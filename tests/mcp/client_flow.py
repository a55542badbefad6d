#!/usr/bin/env python3
"""Drives Reel's MCP tools end to end with the official MCP Python SDK, as an agent would.

Usage: client_flow.py REEL_BINARY WORK_DIR [stdio|http]

stdio: runs `reel mcp --data WORK_DIR/data` and adds media by local path.
http:  starts `reel serve` on loopback (URL import of loopback addresses allowed, for the test's
       own little media server), gets two tokens, and runs the same flow over `/mcp` with the
       streamable HTTP client; media are added by URL and files come back as download URLs. A
       second token cannot see the first one's projects, exports or media; requests without a
       token, with a bad one, or from a foreign browser origin are refused.

Prints a transcript (tool names and what came back) and exits non-zero on any failed check.
"""
import asyncio
import base64
import functools
import http.server as httpserver
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import jsonschema
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import create_mcp_http_client, streamable_http_client

REEL, WORK = sys.argv[1], Path(sys.argv[2])
TRANSPORT = sys.argv[3] if len(sys.argv) > 3 else "stdio"
failures = []


def check(ok, what):
    print(("  ok   " if ok else "  FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def ffmpeg(*args):
    subprocess.run(["ffmpeg", "-hide_banner", "-v", "error", "-y", *args], check=True)


def probe(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration:stream=codec_type,width,height",
                          "-of", "json", str(path)], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def g(obj, *names):
    """An attribute by its 2.x (snake_case) or 1.x (camelCase) name."""
    for n in names:
        if hasattr(obj, n):
            return getattr(obj, n)
    raise AttributeError(names[0])


def as_dict(value):
    if hasattr(value, "model_dump"):
        return value.model_dump(by_alias=True, exclude_none=True)
    return value


def is_error(result):
    return bool(g(result, "is_error", "isError"))


def structured(result):
    return g(result, "structured_content", "structuredContent") or {}


def text_of(result):
    return "\n".join(c.text for c in result.content if getattr(c, "type", "") == "text")


def http(method, url, headers=None, body=None):
    """(status, headers, body bytes) of one plain HTTP request; 4xx/5xx are answers, not errors."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def download(url, to):
    status, _, data = http("GET", url)
    Path(to).write_bytes(data)
    return status


def make_media():
    media = WORK / "media"
    media.mkdir(parents=True, exist_ok=True)
    ffmpeg("-f", "lavfi", "-i", "color=c=red:s=320x240", "-frames:v", "1", str(media / "red.png"))
    ffmpeg("-f", "lavfi", "-i", "color=c=blue:s=320x240", "-frames:v", "1", str(media / "blue.png"))
    ffmpeg("-f", "lavfi", "-i", "sine=f=440:d=8", "-c:a", "aac", str(media / "song.m4a"))
    (media / "notes.txt").write_text("not media\n")
    return media


async def flow(session, sources, missing, local, other=None, balance=None):
    """The flow an agent follows, on one connected session. `sources` are how add_media names the
    three files (paths or URLs), `missing` one that does not exist; `other` is a second caller's
    session on the same server (http), whose every look at this caller's ids must fail; `balance`
    reads this caller's credits (http: the server charges applied edits and exports)."""
    init = await session.initialize()
    info = g(init, "server_info", "serverInfo")
    print(f"initialize -> {info.name} {info.version}")
    tools = (await session.list_tools()).tools
    print("list_tools ->", ", ".join(t.name for t in tools))
    for t in tools:
        try:
            jsonschema.Draft202012Validator.check_schema(as_dict(g(t, "input_schema", "inputSchema")))
            ok = True
        except jsonschema.SchemaError as e:
            ok = False
            print(e)
        check(ok, f"{t.name}: inputSchema is a valid JSON Schema")
    by_name = {t.name: t for t in tools}
    check(g(by_name["get_timeline"].annotations, "read_only_hint", "readOnlyHint") is True, "get_timeline is read-only")
    check(g(by_name["export_cancel"].annotations, "destructive_hint", "destructiveHint") is True, "export_cancel is destructive")
    ops_schema = as_dict(g(by_name["apply_edits"], "input_schema", "inputSchema"))
    check("setCanvas" in ops_schema.get("$defs", {}), "apply_edits' inputSchema carries every operation")
    media_key = "paths" if local else "urls"
    add_props = as_dict(g(by_name["add_media"], "input_schema", "inputSchema"))["properties"]
    check(media_key in add_props, f"add_media takes {media_key} on this transport")

    async def call(name, s=session, **args):
        result = await s.call_tool(name, args)
        shown = text_of(result).replace("\n", " | ")
        who = "" if s is session else "[other caller] "
        print(f"{who}{name}({json.dumps(args)[:120]}) -> {'ERROR ' if is_error(result) else ''}{shown[:160]}")
        return result

    project = structured(await call("create_project"))["project_id"]
    added = await call("add_media", project_id=project, **{media_key: sources})
    check(not is_error(added) and len(structured(added).get("media", [])) == 3, "three media added")
    ids = [m["id"] for m in structured(added).get("media", [])] or ["?", "?", "?"]

    edited = await call("apply_edits", project_id=project, operations=[
        {"op": "compose", "sources": ids[:2], "stillMs": 3000},
        {"op": "setCanvas", "width": 1080, "height": 1920},
        {"op": "addText", "kind": "title", "text": "Hello MCP", "durationMs": 2000},
        {"op": "addMusic", "source": "song.m4a", "volume": 0.35},
        {"op": "setDuration", "durationMs": 6000},
    ])
    check(not is_error(edited) and len(structured(edited).get("changes", [])) == 5, "typed edits applied as one step")
    timeline = structured(await call("get_timeline", project_id=project))
    check(timeline["draft"]["m"]["h"] == 1920, "the timeline is vertical")
    check("35%" in timeline["summary"] and "Hello MCP" in timeline["summary"], "music at 35% and the title in the summary")
    if not local:
        shown = json.dumps(timeline["draft"]) + json.dumps(timeline["media"])
        check(str(WORK) not in shown and "/media/" not in json.dumps(timeline["draft"]), "no server path in the timeline")

    words = await call("edit", project_id=project, instruction="make the music quieter")
    check(not is_error(words) and "Timeline" in text_of(words), "an edit in words answers with the summary")
    undone = await call("undo", project_id=project)
    check(not is_error(undone) and "35%" in structured(undone).get("summary", ""), "undo restores the music level")

    # Bad input: a tool error with a code, and nothing changes.
    before = structured(await call("get_timeline", project_id=project))["draft"]
    for args, code in [
        ({"project_id": project, "operations": [{"op": "explode"}]}, 400),
        ({"project_id": project, "operations": [{"op": "setCanvas", "width": "wide", "height": 1920}]}, 400),
        ({"project_id": project, "operations": [{"op": "setCanvas", "width": 4000, "height": 3000}]}, 400),
        ({"project_id": project, "operations": [{"op": "addText", "kind": "title", "text": "x" * 2001}]}, 400),
        ({"project_id": project, "operations": [{"op": "addMusic", "source": "/etc/passwd"}]}, 400),
        ({"project_id": project, "operations": "setCanvas"}, 400),
        ({"project_id": 42, "operations": [{"op": "setFPS", "fps": 24}]}, 400),
        ({"project_id": "00000000-0000-0000-0000-000000000000", "operations": [{"op": "setFPS", "fps": 24}]}, 1002),
        ({"project_id": "../../etc", "operations": [{"op": "setFPS", "fps": 24}]}, 1002),
    ]:
        r = await call("apply_edits", **args)
        check(is_error(r) and structured(r).get("code") == code, f"refused with {code}")
    huge = await call("edit", project_id=project, instruction="y" * 20001)
    check(is_error(huge) and structured(huge).get("code") == 400, "a huge instruction is refused with 400")
    unknown = await call("no_such_tool", project_id=project)
    check(is_error(unknown) and structured(unknown).get("code") == 400, "an unknown tool is refused with 400")
    missing_r = await call("add_media", project_id=project, **{media_key: [missing]})
    check(is_error(missing_r) and structured(missing_r).get("code") in (400, 4001, 4004), "a missing file is a tool error with a code")
    if not local:
        text_r = await call("add_media", project_id=project, urls=[sources[0].rsplit("/", 1)[0] + "/notes.txt"])
        check(is_error(text_r) and structured(text_r).get("code") == 4001, "a file that is not media is refused with 4001")
        path_r = await call("add_media", project_id=project, urls=["file:///etc/passwd"])
        check(is_error(path_r) and structured(path_r).get("code") == 400, "a local path is no URL on the server (400)")
    after = structured(await call("get_timeline", project_id=project))["draft"]
    check(before == after, "bad input changed nothing")
    if not local:
        check(len(structured(await call("get_timeline", project_id=project))["media"]) == 3, "refused imports added no media")

    started = time.monotonic()
    preview = await call("preview", project_id=project)
    preview_s = time.monotonic() - started
    images = [c for c in preview.content if getattr(c, "type", "") == "image"]
    png = base64.b64decode(images[0].data) if images else b""
    check(png.startswith(b"\x89PNG\r\n\x1a\n"), "the preview returns a decodable PNG storyboard")
    where = structured(preview).get("preview", "")
    if local:
        check(Path(where).exists(), "the preview file exists")
    else:
        target = WORK / "preview.mp4"
        check(where.startswith("http") and download(where, target) == 200 and probe(target)["streams"], "the preview downloads by its URL")

    if balance is not None:
        credits = balance()
        check(credits == {"available": 97, "frozen": 0, "total": 97},
              f"the three applied edits cost a credit each, refused ones nothing ({credits})")

    spare = structured(await call("export_start", project_id=project))["job_id"]
    cancelled = structured(await call("export_cancel", job_id=spare))
    check(cancelled.get("status") == "cancelled", "an export is cancelled")
    again = structured(await call("export_status", job_id=spare))
    check(again.get("status") == "cancelled" and "output" not in again, "a cancelled export stays cancelled, with no file")
    if balance is not None:
        check(balance()["available"] == 97, "a cancelled export costs nothing")

    progress = []

    async def on_progress(value, total, message):
        progress.append(value)

    started = time.monotonic()
    job = await call("export_start", project_id=project)
    job_id = structured(job)["job_id"]
    first = structured(await call("export_status", job_id=job_id))
    check(first.get("status") in ("queued", "rendering", "completed"), "export_status answers while it renders")
    if other is not None:
        # A second caller: the first one's ids do not exist for it, and nothing changes.
        for name, args, code in [
            ("get_timeline", {"project_id": project}, 1002),
            ("apply_edits", {"project_id": project, "operations": [{"op": "setFPS", "fps": 24}]}, 1002),
            ("edit", {"project_id": project, "instruction": "make it black and white"}, 1002),
            ("undo", {"project_id": project}, 1002),
            ("add_media", {"project_id": project, "urls": sources[:1]}, 1002),
            ("preview", {"project_id": project}, 1002),
            ("export_start", {"project_id": project}, 1002),
            ("export_status", {"job_id": job_id}, 1003),
            ("export_cancel", {"job_id": job_id}, 1003),
            ("probe_media", {"media_id": ids[0]}, 4004),
        ]:
            r = await call(name, s=other, **args)
            check(is_error(r) and structured(r).get("code") == code, f"another caller's {name} is refused with {code}")
        theirs = structured(await call("create_project", s=other))["project_id"]
        borrowed = await call("apply_edits", s=other, project_id=theirs, operations=[{"op": "compose", "sources": ids[:1]}])
        check(is_error(borrowed) and structured(borrowed).get("code") == 400, "another caller cannot use this caller's media ids")
        check(structured(await call("get_timeline", project_id=project))["draft"] == after, "the other caller changed nothing")
    status = structured(await session.call_tool("export_wait", {"job_id": job_id, "timeout_seconds": 240},
                                                progress_callback=on_progress))
    export_s = time.monotonic() - started
    print(f"export_wait -> {status}")
    check(status.get("status") == "completed", "the export completed")
    output = status.get("output", "")
    if not local:
        check(output.startswith("http"), "the export's output is a download URL")
        target = WORK / "export.mp4"
        check(download(output, target) == 200, "the export downloads")
        output = target
    info = probe(output)
    video = [s for s in info["streams"] if s["codec_type"] == "video"][0]
    check((video["width"], video["height"]) == (1080, 1920), "the MP4 is 1080x1920")
    check(abs(float(info["format"]["duration"]) - 6) < 0.2, f"the MP4 lasts 6 s ({info['format']['duration']})")
    check(any(s["codec_type"] == "audio" for s in info["streams"]), "the MP4 has sound")
    check(len(progress) > 0, f"progress notifications arrived ({len(progress)})")
    if balance is not None:
        credits = balance()
        check(credits["available"] == 37 and credits["frozen"] == 0, f"the export cost its 60 credits ({credits})")
        broke = await call("export_start", project_id=project)
        check(is_error(broke) and structured(broke).get("code") == 2001, "an export beyond the credits left is refused with 2001")
    print(f"timings: preview {preview_s:.1f} s, export {export_s:.1f} s")


async def run_stdio():
    media = make_media()
    params = StdioServerParameters(command=REEL, args=["mcp", "--data", str(WORK / "data")])
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await flow(session, [str(media / "red.png"), str(media / "blue.png"), str(media / "song.m4a")],
                       str(media / "nope.mp4"), local=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_files(directory):
    """A tiny HTTP server on loopback for the URL imports; returns its base URL."""
    class Quiet(httpserver.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    handler = functools.partial(Quiet, directory=str(directory))
    server = httpserver.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def start_reel_serve():
    port = free_port()
    log = open(WORK / "serve.log", "w")
    env = dict(os.environ, REEL_ALLOW_PRIVATE_URL_IMPORTS="1")
    proc = subprocess.Popen([REEL, "serve", "--host", "127.0.0.1", "--port", str(port), "--data", str(WORK / "serve-data"),
                             "--export-cost", "60"],
                            stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if http("GET", base + "/healthz")[0] == 200:
                return proc, base
        except OSError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("reel serve did not start: " + (WORK / "serve.log").read_text()[-2000:])


def token(base, client):
    status, _, body = http("POST", base + "/api/auth/anonymous-token", headers={"X-Client-Id": client})
    return json.loads(body)["data"]["token"]


def http_refusals(base, good, other):
    """What /mcp refuses before any tool runs: no token, a bad token, a foreign origin, another caller's session."""
    url = base + "/mcp"
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}}
    accept = {"Accept": "application/json, text/event-stream"}
    status, _, body = http("POST", url, headers=accept, body=init)
    code = json.loads(body or b"{}").get("code")
    print(f"POST /mcp without a token -> {status} code {code}")
    check(status == 401 and code == 1001, "a request without a token is refused (401, 1001)")
    status, _, _ = http("POST", url, headers={**accept, "Authorization": "Bearer nope"}, body=init)
    check(status == 401, "a request with a bad token is refused (401)")
    status, _, body = http("POST", url, headers={**accept, "Authorization": f"Bearer {good}", "Origin": "https://evil.example"}, body=init)
    print(f"POST /mcp from Origin https://evil.example -> {status} {body[:100]!r}")
    check(status == 403, "a browser request from a foreign origin is refused (403)")
    status, headers, _ = http("POST", url, headers={**accept, "Authorization": f"Bearer {good}", "Origin": base}, body=init)
    sid = headers.get("Mcp-Session-Id")
    check(status == 200 and sid, "the server's own origin may initialize")
    listing = {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}
    session_headers = {**accept, "Mcp-Session-Id": sid or "", "MCP-Protocol-Version": "2025-06-18"}
    status, _, _ = http("POST", url, headers={**session_headers, "Authorization": f"Bearer {other}"}, body=listing)
    check(status == 404, "another caller cannot use this caller's MCP session (404)")
    status, _, _ = http("POST", url, headers={**accept, "Authorization": f"Bearer {good}"}, body=listing)
    check(status == 400, "a request before initialize is refused (400)")
    status, _, _ = http("DELETE", url, headers={**session_headers, "Authorization": f"Bearer {good}"})
    check(status == 200, "DELETE ends the MCP session")
    status, _, _ = http("POST", url, headers={**session_headers, "Authorization": f"Bearer {good}"}, body=listing)
    check(status == 404, "an ended MCP session is gone (404)")


async def run_http():
    media = make_media()
    files = serve_files(media)
    proc, base = start_reel_serve()
    try:
        first, second = token(base, "mcp-first"), token(base, "mcp-second")
        http_refusals(base, first, second)
        client_a = create_mcp_http_client(headers={"Authorization": f"Bearer {first}"})
        client_b = create_mcp_http_client(headers={"Authorization": f"Bearer {second}"})
        async with client_a, client_b:
            async with streamable_http_client(base + "/mcp", http_client=client_a) as (read, write), \
                    streamable_http_client(base + "/mcp", http_client=client_b) as (read_b, write_b):
                async with ClientSession(read, write) as session, ClientSession(read_b, write_b) as other:
                    await other.initialize()
                    def balance():
                        _, _, body = http("GET", base + "/api/credits/balance/simple", headers={"Authorization": f"Bearer {first}"})
                        return json.loads(body)["data"]
                    await flow(session, [f"{files}/red.png", f"{files}/blue.png", f"{files}/song.m4a"],
                               f"{files}/nope.mp4", local=False, other=other, balance=balance)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


async def main():
    WORK.mkdir(parents=True, exist_ok=True)
    print(f"transport: {TRANSPORT}")
    await (run_http() if TRANSPORT == "http" else run_stdio())
    print(f"{len(failures)} failed" if failures else "all checks passed")
    return 1 if failures else 0


sys.exit(asyncio.run(main()))
