#!/usr/bin/env python3
"""Check a chunked render's seams against the same draft rendered in one process.

    python3 bench/seamcheck.py ONE.mp4 CHUNKED.mp4 --seams 738,1476 [--json OUT.json]

The two files were encoded separately (the chunks by several x264 runs), so decoded frames are
close, not equal. Checked: the same number of video frames; every video timestamp of the
chunked file on the exact 1/fps grid and increasing; a keyframe at each seam; audio as long as
video; and, for the frames on both sides of each seam, that each decoded frame of the chunked
file is nearest to the one-process frame with the same number (not its neighbours), with its
PSNR. Prints one line per check; exits 1 if any fails.
"""

import argparse
import json
import math
import subprocess
import sys
from fractions import Fraction

W, H = 480, 270  # frames are compared downscaled: enough to tell neighbours apart, and fast


def run(cmd):
    return subprocess.run(cmd, capture_output=True, check=True).stdout


def packets(path):
    out = run(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
               "stream=time_base,r_frame_rate:packet=pts,flags", "-of", "json", path])
    info = json.loads(out)
    stream = info["streams"][0]
    pkts = sorted((int(p["pts"]), "K" in p["flags"]) for p in info["packets"])
    return Fraction(stream["time_base"]), Fraction(stream["r_frame_rate"]), pkts


def durations(path):
    out = run(["ffprobe", "-v", "error", "-show_entries", "stream=codec_type,duration", "-of", "json", path])
    return {s["codec_type"]: float(s.get("duration", "nan")) for s in json.loads(out)["streams"]}


def frames(path, numbers):
    expr = "+".join(f"eq(n,{n})" for n in sorted(numbers))
    raw = run(["ffmpeg", "-v", "error", "-nostdin", "-i", path, "-vf",
               f"select='{expr}',scale={W}:{H}:flags=area,format=gray", "-fps_mode", "passthrough",
               "-f", "rawvideo", "-"])
    size = W * H
    return {n: raw[i * size:(i + 1) * size] for i, n in enumerate(sorted(numbers))}


def psnr(a, b):
    mse = sum((x - y) ** 2 for x, y in zip(a, b)) / len(a)
    return math.inf if mse == 0 else 10 * math.log10(255 ** 2 / mse)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("one")
    ap.add_argument("chunked")
    ap.add_argument("--seams", required=True, help="frame numbers where chunks start, comma-separated")
    ap.add_argument("--json")
    ns = ap.parse_args()
    seams = [int(s) for s in ns.seams.split(",") if s]
    checks = []

    def check(name, ok, value):
        checks.append({"check": name, "ok": bool(ok), "value": value})
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {value}")

    tb1, fps1, p1 = packets(ns.one)
    tb, fps, p = packets(ns.chunked)
    check("same frame count", len(p) == len(p1), f"{len(p)} chunked, {len(p1)} one process")
    ticks = [Fraction(pts) * tb * fps for pts, _ in p]
    on_grid = all(t.denominator == 1 for t in ticks)
    check("timestamps on the 1/fps grid, increasing", on_grid and ticks == sorted(set(ticks)),
          f"first {float(ticks[0]) if ticks else None}, last {float(ticks[-1]) if ticks else None} frames")
    keys = {i for i, (_, k) in enumerate(p) if k}
    check("keyframe at every seam", all(s in keys for s in seams), f"seams {seams}")
    d = durations(ns.chunked)
    if "audio" in d:
        check("audio as long as video (±1 AAC frame)", abs(d["audio"] - d["video"]) <= 0.025,
              f"video {d['video']:.3f} s, audio {d['audio']:.3f} s")
    wanted = {n for s in seams for n in (s - 2, s - 1, s, s + 1) if 0 <= n < len(p1)}
    ref = frames(ns.one, wanted)
    got = frames(ns.chunked, wanted)
    for s in seams:
        for n in (s - 1, s):
            if n not in got:
                continue
            same = psnr(got[n], ref[n])
            others = [psnr(got[n], ref[m]) for m in (n - 1, n + 1) if m in ref]
            best_other = max(others) if others else -math.inf
            check(f"frame {n} (seam at {s}) matches its one-process frame",
                  same >= best_other and same > 35,
                  f"PSNR {same:.1f} dB against it, {best_other:.1f} dB against its neighbours")
    if ns.json:
        with open(ns.json, "w") as f:
            json.dump({"seams": seams, "checks": checks}, f, indent=1)
    sys.exit(0 if all(c["ok"] for c in checks) else 1)


if __name__ == "__main__":
    main()
