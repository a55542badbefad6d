#!/usr/bin/env python3
"""Drives `reel mcp` end to end with the official MCP Python SDK, as an agent would.

Usage: client_flow.py REEL_BINARY WORK_DIR
Prints a transcript (tool names and what came back) and exits non-zero on any failed check.
"""
import asyncio
import base64
import json
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

REEL, WORK = sys.argv[1], Path(sys.argv[2])
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


async def main():
    WORK.mkdir(parents=True, exist_ok=True)
    media = WORK / "media"
    media.mkdir(exist_ok=True)
    ffmpeg("-f", "lavfi", "-i", "color=c=red:s=320x240", "-frames:v", "1", str(media / "red.png"))
    ffmpeg("-f", "lavfi", "-i", "color=c=blue:s=320x240", "-frames:v", "1", str(media / "blue.png"))
    ffmpeg("-f", "lavfi", "-i", "sine=f=440:d=8", "-c:a", "aac", str(media / "song.m4a"))

    params = StdioServerParameters(command=REEL, args=["mcp", "--data", str(WORK / "data")])
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
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

            async def call(name, **args):
                result = await session.call_tool(name, args)
                shown = text_of(result).replace("\n", " | ")
                print(f"{name}({json.dumps(args)[:120]}) -> {'ERROR ' if is_error(result) else ''}{shown[:160]}")
                return result

            project = structured(await call("create_project"))["project_id"]
            added = await call("add_media", project_id=project, paths=[str(media / "red.png"), str(media / "blue.png"), str(media / "song.m4a")])
            check(not is_error(added) and len(structured(added)["media"]) == 3, "three media added")
            ids = [m["id"] for m in structured(added)["media"]]

            edited = await call("apply_edits", project_id=project, operations=[
                {"op": "compose", "sources": ids[:2], "stillMs": 3000},
                {"op": "setCanvas", "width": 1080, "height": 1920},
                {"op": "addText", "kind": "title", "text": "Hello MCP", "durationMs": 2000},
                {"op": "addMusic", "source": "song.m4a", "volume": 0.35},
                {"op": "setDuration", "durationMs": 6000},
            ])
            check(not is_error(edited) and len(structured(edited)["changes"]) == 5, "typed edits applied as one step")
            timeline = structured(await call("get_timeline", project_id=project))
            check(timeline["draft"]["m"]["h"] == 1920, "the timeline is vertical")
            check("35%" in timeline["summary"] and "Hello MCP" in timeline["summary"], "music at 35% and the title in the summary")

            words = await call("edit", project_id=project, instruction="make the music quieter")
            check(not is_error(words) and "Timeline" in text_of(words), "an edit in words answers with the summary")
            undone = await call("undo", project_id=project)
            check(not is_error(undone) and "35%" in structured(undone)["summary"], "undo restores the music level")

            # Bad input: a tool error with a code, and nothing changes.
            before = structured(await call("get_timeline", project_id=project))["draft"]
            for args, code in [
                ({"project_id": project, "operations": [{"op": "explode"}]}, 400),
                ({"project_id": project, "operations": [{"op": "setCanvas", "width": "wide", "height": 1920}]}, 400),
                ({"project_id": project, "operations": [{"op": "setCanvas", "width": 4000, "height": 3000}]}, 400),
                ({"project_id": project, "operations": [{"op": "addText", "kind": "title", "text": "x" * 2001}]}, 400),
                ({"project_id": project, "operations": [{"op": "addMusic", "source": "/etc/passwd"}]}, 400),
                ({"project_id": "00000000-0000-0000-0000-000000000000", "operations": [{"op": "setFPS", "fps": 24}]}, 1002),
                ({"project_id": "../../etc", "operations": [{"op": "setFPS", "fps": 24}]}, 1002),
            ]:
                r = await call("apply_edits", **args)
                check(is_error(r) and structured(r)["code"] == code, f"refused with {code}")
            missing = await call("add_media", project_id=project, paths=[str(media / "nope.mp4")])
            check(is_error(missing) and structured(missing)["code"] in (4001, 4004), "a missing file is a tool error")
            after = structured(await call("get_timeline", project_id=project))["draft"]
            check(before == after, "bad input changed nothing")

            started = time.monotonic()
            preview = await call("preview", project_id=project)
            preview_s = time.monotonic() - started
            images = [c for c in preview.content if getattr(c, "type", "") == "image"]
            png = base64.b64decode(images[0].data) if images else b""
            check(png.startswith(b"\x89PNG\r\n\x1a\n"), "the preview returns a decodable PNG storyboard")
            check(Path(structured(preview)["preview"]).exists(), "the preview file exists")

            progress = []

            async def on_progress(value, total, message):
                progress.append(value)

            started = time.monotonic()
            job = await call("export_start", project_id=project)
            job_id = structured(job)["job_id"]
            first = structured(await call("export_status", job_id=job_id))
            check(first.get("status") in ("rendering", "completed"), "export_status answers while it renders")
            status = structured(await session.call_tool("export_wait", {"job_id": job_id, "timeout_seconds": 240},
                                                        progress_callback=on_progress))
            export_s = time.monotonic() - started
            print(f"export_status -> {status}")
            check(status.get("status") == "completed", "the export completed")
            info = probe(status["output"])
            video = [s for s in info["streams"] if s["codec_type"] == "video"][0]
            check((video["width"], video["height"]) == (1080, 1920), "the MP4 is 1080x1920")
            check(abs(float(info["format"]["duration"]) - 6) < 0.2, f"the MP4 lasts 6 s ({info['format']['duration']})")
            check(any(s["codec_type"] == "audio" for s in info["streams"]), "the MP4 has sound")
            check(len(progress) > 0, f"progress notifications arrived ({len(progress)})")
            print(f"timings: preview {preview_s:.1f} s, export {export_s:.1f} s")

    print(f"{len(failures)} failed" if failures else "all checks passed")
    return 1 if failures else 0


sys.exit(asyncio.run(main()))
