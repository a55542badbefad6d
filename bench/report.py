#!/usr/bin/env python3
"""Print the benchmark's results table (Markdown) from bench/work/results/*.json.

    python3 bench/report.py [--work bench/work] [--reel PATH] [--skip-moviepy]

Called by bench/run.sh at the end; can be re-run on its own to reprint the last results.
Each results/NAME.json (or NAME.K.json with --runs) is written by peakmem.py. With several runs
the median wall time and the largest peak are reported.
"""

import argparse
import datetime
import glob
import json
import os
import platform
import re
import statistics
import subprocess

JOBS = [
    # name, label, what it does
    ("reel-final", "reel final", "reel render reference.json → reel.mp4 (default chunks: one per two cores)"),
    ("reel-one", "reel one process", "reel render --chunks 1 → reel-one.mp4 (the seam check's reference)"),
    ("reel-chunked", "reel 2 chunks", "reel render --chunks 2 → reel-chunked.mp4 (two FFmpeg processes side by side)"),
    ("reel-before", "reel before", "the --before binary: reel render reference.json → reel-before.mp4"),
    ("reel-preview", "reel preview", "reel render --preview → preview.mp4"),
    ("limit", "limit", "ffmpeg decode reel.mp4 + encode its frames, same x264 args, video only"),
    ("three-clips", "three clips", "reel render three-clips.json (3×20 s clips, 2 fades) → three-clips.mp4"),
    ("moviepy", "moviepy", "MoviePy 2.2.1 does the reference job → moviepy.mp4"),
]

MEMORY_LIMIT_MB = 1024


def load_runs(results_dir, name):
    runs = []
    for path in sorted(glob.glob(os.path.join(results_dir, f"{name}.json")) +
                       glob.glob(os.path.join(results_dir, f"{name}.*.json"))):
        with open(path) as f:
            runs.append(json.load(f))
    if not runs:
        return None
    return {
        "wall_s": statistics.median(r["wall_s"] for r in runs),
        "wall_all": [r["wall_s"] for r in runs],
        "peak_mb": max(r["peak_mb"] for r in runs),
        "cpu_s": statistics.median(r["cpu_s"] for r in runs),
        "others": None if any("others_cores" not in r for r in runs) else max(r["others_cores"] for r in runs),
        "runs": len(runs),
    }


def probe(path):
    if not os.path.exists(path):
        return None
    try:
        out = subprocess.run(
            ["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
            capture_output=True, text=True, check=True, timeout=60,
        ).stdout
        return json.loads(out)
    except (subprocess.SubprocessError, json.JSONDecodeError):
        return None


def stream(info, kind):
    for s in info.get("streams", []):
        if s.get("codec_type") == kind:
            return s
    return None


def fnum(x, default=None):
    try:
        return float(x)
    except (TypeError, ValueError):
        return default


def video_facts(info):
    v = stream(info, "video")
    a = stream(info, "audio")
    facts = {"format_duration": fnum(info.get("format", {}).get("duration"))}
    if v:
        num, _, den = (v.get("avg_frame_rate") or "0/1").partition("/")
        fps = fnum(num, 0) / fnum(den, 1) if fnum(den, 0) else 0
        frames = int(v["nb_frames"]) if str(v.get("nb_frames", "")).isdigit() else None
        vdur = fnum(v.get("duration"))
        if vdur is None and frames and fps:
            vdur = frames / fps
        facts.update(codec=v.get("codec_name"), width=v.get("width"), height=v.get("height"),
                     pix_fmt=v.get("pix_fmt"), fps=fps, frames=frames, video_duration=vdur,
                     video_kbps=fnum(v.get("bit_rate"), 0) / 1000 or None, profile=v.get("profile"))
    if a:
        facts.update(audio_codec=a.get("codec_name"), audio_rate=a.get("sample_rate"),
                     audio_channels=a.get("channels"), audio_duration=fnum(a.get("duration")))
    return facts


def fmt(x, spec=".2f", none="—"):
    return none if x is None else format(x, spec)


def mark(ok):
    return "PASS" if ok else "MISS"


def check_output(rows, label, path, expect_s, audio=True, frames_like=None, info_only=False):
    """Append (file, check, value, result) rows for one output file."""
    name = os.path.basename(path)
    if info_only:
        # Same rows, but nothing is judged: the result column says "info".
        mine = []
        f = check_output(mine, label, path, expect_s, audio, frames_like)
        rows.extend((a, b, c, "info" if d != "—" else d) for a, b, c, d in mine)
        return f
    info = probe(path)
    if info is None:
        rows.append((name, "exists and is readable by ffprobe", "missing" if not os.path.exists(path) else "unreadable", "MISS"))
        return None
    f = video_facts(info)
    if f.get("codec") is None:
        rows.append((name, "has a video stream", "none", "MISS"))
        return f
    if expect_s is not None:
        vd = f.get("video_duration")
        rows.append((name, f"video duration ≈ {expect_s:g} s (±0.1)", f"{fmt(vd, '.3f')} s, {f.get('frames')} frames",
                     mark(vd is not None and abs(vd - expect_s) <= 0.1)))
        fd = f.get("format_duration")
        rows.append((name, f"file duration ≈ {expect_s:g} s (±0.25)", f"{fmt(fd, '.3f')} s",
                     mark(fd is not None and abs(fd - expect_s) <= 0.25)))
    rows.append((name, "1920x1080", f"{f.get('width')}x{f.get('height')}",
                 mark((f.get("width"), f.get("height")) == (1920, 1080))))
    rows.append((name, "h264, yuv420p, 30 fps", f"{f.get('codec')} {f.get('profile') or ''}, {f.get('pix_fmt')}, {fmt(f.get('fps'), '.3g')} fps",
                 mark(f.get("codec") == "h264" and f.get("pix_fmt") == "yuv420p" and abs((f.get("fps") or 0) - 30) < 0.01)))
    if audio:
        ac = f.get("audio_codec")
        val = "none" if ac is None else f"{ac} {f.get('audio_rate')} Hz {f.get('audio_channels')} ch, {fmt(f.get('audio_duration'), '.3f')} s"
        ok = ac is not None and (expect_s is None or f.get("audio_duration") is None
                                 or abs(f["audio_duration"] - expect_s) <= 0.25)
        rows.append((name, "has audio" + (f" ≈ {expect_s:g} s" if expect_s else ""), val, mark(ok)))
    if frames_like is not None:
        rows.append((name, f"same frame count as reel.mp4 ({frames_like})", str(f.get("frames")),
                     mark(f.get("frames") == frames_like)))
    if f.get("video_kbps"):
        rows.append((name, "video bitrate (info)", f"{f['video_kbps']:.0f} kb/s, file {os.path.getsize(path) / 1e6:.1f} MB", "—"))
    return f


def sh(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine_lines(work, reel):
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"model name\s*:\s*(.*)", f.read())
            cpu = m.group(1) if m else ""
    except OSError:
        pass
    mem_gb = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(re.search(r"MemTotal:\s*(\d+)", f.read()).group(1))
            mem_gb = f"{kb / 1024 / 1024:.1f} GB RAM"
    except (OSError, AttributeError):
        pass
    ffv = sh(["ffmpeg", "-version"]).splitlines()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    commit = sh(["git", "-C", repo, "rev-parse", "--short", "HEAD"]) or "no commit"
    dirty = " + uncommitted changes" if sh(["git", "-C", repo, "status", "--porcelain"]) else ""
    enc, src = "", ""
    try:
        with open(os.path.join(work, "encoder-args.json")) as f:
            enc = " ".join(json.load(f))
        with open(os.path.join(work, "encoder-args.source")) as f:
            src = f.read().strip()
    except OSError:
        pass
    load = open("/proc/loadavg").read().split()[:3]
    return [
        f"- date: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        f"- machine: {os.cpu_count()} cores, {cpu}, {mem_gb}, {platform.system()} {platform.release()}",
        f"- ffmpeg: {ffv[0] if ffv else '?'}",
        f"- reel: {reel or '?'} (repo at {commit}{dirty})",
        f"- x264 settings (videoEncoderArgs, from {src or '?'}): `{enc}`",
        f"- load average after the runs: {' '.join(load)}",
    ]


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--work", default=os.path.join(here, "work"))
    ap.add_argument("--reel", default="")
    ap.add_argument("--skip-moviepy", action="store_true")
    ns = ap.parse_args()
    results_dir = os.path.join(ns.work, "results")

    res = {name: load_runs(results_dir, name) for name, _, _ in JOBS}

    out = ["# Reel benchmark results", ""]
    out += machine_lines(ns.work, ns.reel)
    out += ["", "## Timed jobs", "",
            "| job | wall s | peak MB | CPU s | others | runs | what |",
            "|---|---:|---:|---:|---:|---:|---|"]
    for name, label, what in JOBS:
        r = res[name]
        if r is None and name == "reel-before":
            continue
        if r is None:
            status = "skipped" if (name == "moviepy" and ns.skip_moviepy) else "no result"
            out.append(f"| {label} | {status} | | | | | {what} |")
            continue
        wall = f"{r['wall_s']:.2f}"
        if r["runs"] > 1:
            wall += " (" + ", ".join(f"{w:.1f}" for w in r["wall_all"]) + ")"
        out.append(f"| {label} | {wall} | {r['peak_mb']:.0f} | {r['cpu_s']:.1f} | {fmt(r['others'])} | {r['runs']} | {what} |")
    out += ["", "CPU s: CPU time of the job's whole process tree. others: cores' worth of CPU that other "
                "processes on the machine used during the job (0 on a quiet machine)."]
    busy = [(label, res[name]["others"]) for name, label, _ in JOBS if res[name] and (res[name]["others"] or 0) > 0.25]
    if busy:
        out += ["", "**WARNING: the machine was not quiet** — other processes used "
                + ", ".join(f"{v:.2f} cores during {label}" for label, v in busy)
                + ". Wall times and their ratios are distorted; run again on a quiet machine."]

    def ratio(a, b):
        ra, rb = res[a], res[b]
        if ra is None or rb is None or rb["wall_s"] <= 0:
            return None
        return ra["wall_s"] / rb["wall_s"]

    out += ["", "## Targets", "", "| measure | value | target | result |", "|---|---:|---:|---|"]

    def target_row(label, value, target_text, ok, unit="", missing="no result"):
        if value is None:
            out.append(f"| {label} | {missing} | {target_text} | — |")
        elif ok is None:
            out.append(f"| {label} | {value:.3g}{unit} | {target_text} | info |")
        else:
            out.append(f"| {label} | {value:.3g}{unit} | {target_text} | {mark(ok(value))} |")

    def cpu_ratio(a, b):
        ra, rb = res[a], res[b]
        if ra is None or rb is None or rb["cpu_s"] <= 0:
            return None
        return ra["cpu_s"] / rb["cpu_s"]

    target_row("reel final / limit", ratio("reel-final", "limit"), "≤ 1.25 (≤ 1.10 hoped)", lambda v: v <= 1.25)
    target_row("reel final / limit, CPU-s", cpu_ratio("reel-final", "limit"), "", None)
    target_row("reel one process / limit", ratio("reel-one", "limit"), "", None)
    target_row("reel one process / limit, CPU-s", cpu_ratio("reel-one", "limit"), "", None)
    target_row("reel 2 chunks / limit", ratio("reel-chunked", "limit"), "", None)
    target_row("reel 2 chunks / limit, CPU-s", cpu_ratio("reel-chunked", "limit"), "", None)
    if res["reel-before"]:
        target_row("reel before / limit", ratio("reel-before", "limit"), "", None)
        target_row("reel before / limit, CPU-s", cpu_ratio("reel-before", "limit"), "", None)
    target_row("moviepy / reel final", ratio("moviepy", "reel-final"), "≥ 12", lambda v: v >= 12,
               missing="skipped" if ns.skip_moviepy else "no result")
    target_row("reel preview / reel final", ratio("reel-preview", "reel-final"), "≤ 0.15", lambda v: v <= 0.15)
    for name, label in (("reel-final", "peak memory, reference job (reel final)"),
                        ("reel-chunked", "peak memory, reference job in 2 chunks"),
                        ("three-clips", "peak memory, three-clip job")):
        r = res[name]
        target_row(label, r and r["peak_mb"], f"< {MEMORY_LIMIT_MB} MB", lambda v: v < MEMORY_LIMIT_MB, unit=" MB")
    seams_path = os.path.join(ns.work, "seams.json")
    if os.path.exists(seams_path):
        with open(seams_path) as f:
            seams = json.load(f)
        failed = [c["check"] for c in seams["checks"] if not c["ok"]]
        value = (f"{len(seams['checks']) - len(failed)}/{len(seams['checks'])} checks, seams at {seams['seams']}"
                 if seams["seams"] else "one chunk, nothing to join")
        out.append(f"| chunked output's seam check (seamcheck.py) | {value} | all pass | "
                   f"{mark(not failed) if seams['seams'] else '—'} |")
    else:
        out.append("| chunked output's seam check (seamcheck.py) | not run | all pass | — |")
    if res["reel-final"] and res["limit"]:
        out += ["", f"Reel's overhead over the limit: {res['reel-final']['wall_s'] - res['limit']['wall_s']:+.2f} s "
                    f"(the limit is the time x264 alone needs for the same frames, plus decoding them)."]

    rows = []
    reel = check_output(rows, "reel final", os.path.join(ns.work, "reel.mp4"), 60)
    check_output(rows, "reel preview", os.path.join(ns.work, "preview.mp4"), 60, info_only=True)
    check_output(rows, "limit", os.path.join(ns.work, "limit.mp4"), 60, audio=False,
                 frames_like=(reel or {}).get("frames"))
    check_output(rows, "three clips", os.path.join(ns.work, "three-clips.mp4"), 58)
    if not ns.skip_moviepy:
        check_output(rows, "moviepy", os.path.join(ns.work, "moviepy.mp4"), 60)
    out += ["", "## Output checks (ffprobe)", "",
            "preview.mp4 is only described (\"info\"): its size, frame rate and quality are whatever Reel's preview mode chooses.",
            "", "| file | check | value | result |", "|---|---|---|---|"]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    print("\n".join(out))


if __name__ == "__main__":
    main()
