#!/usr/bin/env python3
"""Output-craft measurements (issue 10), for any reel binary: before/after numbers for the note.

    python3 bench/craft.py [--reel PATH]      (default: .build/debug/reel)

Renders tiny synthetic jobs with `reel render` and measures what a viewer would see: colour
patches decoded as BT.709, output colour tags, the cross-fade midpoint, keyframe spacing,
loudness and true peak, title contrast on white, the vertical caption's box, and a tracked
dot's per-frame step during zoom and pan. Needs ffmpeg/ffprobe and numpy.
"""
import json, os, re, subprocess, sys, tempfile
import numpy as np

reel = ".build/debug/reel"
if "--reel" in sys.argv: reel = sys.argv[sys.argv.index("--reel") + 1]
reel = os.path.abspath(reel)
work = tempfile.mkdtemp(prefix="reel-craft-")
def ff(*a): subprocess.run(["ffmpeg", "-v", "error", "-y", *a], check=True, cwd=work)
def render(name, draft, out="out.mp4"):
    p = os.path.join(work, name + ".json"); json.dump(draft, open(p, "w"))
    r = subprocess.run([reel, "render", p, "--output", os.path.join(work, out)], capture_output=True, text=True)
    if r.returncode: sys.exit(f"{name}: reel failed: {r.stderr[-800:]}")
    return os.path.join(work, out)
def frames(f, vf="format=rgb24", pix="rgb24", at=None, n=None):
    a = ["ffmpeg", "-v", "error"] + (["-ss", str(at)] if at is not None else []) + ["-i", f]
    a += (["-frames:v", str(n)] if n else []) + ["-vf", vf, "-f", "rawvideo", "-pix_fmt", pix, "-"]
    return subprocess.run(a, capture_output=True).stdout
def size(f):
    o = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v", "-show_entries", "stream=width,height", "-of", "csv=p=0", f], capture_output=True, text=True).stdout
    w, h = o.strip().split(","); return int(w), int(h)
def rgb(f, at):
    w, h = size(f)
    return np.frombuffer(frames(f, "scale=in_color_matrix=bt709:in_range=tv,format=rgb24", at=at, n=1), np.uint8).reshape(h, w, 3).astype(float)
def plain(f, at):
    w, h = size(f)
    return np.frombuffer(frames(f, at=at, n=1), np.uint8).reshape(h, w, 3).astype(float)

# 1. colour
patches = "drawbox=x=0:y=0:w=80:h=90:c=0xDC2828:t=fill,drawbox=x=80:y=0:w=80:h=90:c=0x28B43C:t=fill"
ff("-f", "lavfi", "-i", f"color=c=black:s=160x90,format=rgb24,{patches}", "-frames:v", "1", "photo.png")
for name, m, tag in [("c601.mp4", "bt601", "smpte170m"), ("c709.mp4", "bt709", "bt709")]:
    ff("-f", "lavfi", "-i", f"color=c=black:s=160x90:d=2:r=30,format=rgb24,{patches}", "-vf", f"scale=out_color_matrix={m}:out_range=tv,format=yuv420p",
       "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-colorspace", tag, "-color_primaries", tag, "-color_trc", tag, "-color_range", "tv", name)
out = render("colour", {"m": {"w": 320, "h": 180, "fps": 30}, "t": [{"tt": 0, "sg": [
    {"d": 1000, "m": {"src": "c601.mp4"}}, {"d": 1000, "m": {"src": "photo.png"}}, {"d": 1000, "m": {"src": "c709.mp4"}}]}]})
worst = 0
for at, what in [(0.5, "BT.601 clip"), (1.5, "photo"), (2.5, "BT.709 clip")]:
    f = rgb(out, at); r = f[90, 80]; g = f[90, 240]
    err = max(np.abs(r - [220, 40, 40]).max(), np.abs(g - [40, 180, 60]).max()); worst = max(worst, err)
    print(f"colour {what:12s}: red {r.astype(int).tolist()} green {g.astype(int).tolist()} (worst channel error {err:.0f})")
tags = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v", "-show_entries", "stream=color_space,color_primaries,color_transfer,color_range", "-of", "csv=p=0", out], capture_output=True, text=True).stdout.strip()
print(f"colour worst error: {worst:.0f} levels; output tags (space,primaries,transfer,range... as ffprobe orders them): {tags}")

# 3. cross-fade midpoint
for name in ["dissolve", "crossfade", "fade", "pixeldissolve"]:
    try:
        o = render("tr-" + name, {"m": {"w": 160, "h": 90, "fps": 30}, "t": [{"tt": 0, "sg": [
            {"d": 2000, "m": {"color": "red", "tr": {"name": name, "d": 1000}}}, {"d": 2000, "m": {"color": "blue"}}]}]}, "tr.mp4")
        f = plain(o, 1.5)[:, :, 0]; print(f"transition {name:13s}: midpoint red mean {f.mean():.0f}, spread (sd) {f.std():.1f}")
    except SystemExit as e: print(f"transition {name}: not accepted")

# 5. keyframes and bitrate
ff("-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=7", "-c:v", "libx264", "-preset", "ultrafast", "moving.mp4")
o = render("gop", {"m": {"w": 320, "h": 180, "fps": 30}, "t": [{"tt": 0, "sg": [{"d": 7000, "m": {"src": "moving.mp4"}}]}]})
pk = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v", "-show_entries", "packet=pts_time,flags", "-of", "csv=p=0", o], capture_output=True, text=True).stdout
keys = sorted(float(l.split(",")[0]) for l in pk.split() if "K" in l)
gaps = [b - a for a, b in zip(keys, keys[1:] + [7.0])]
print(f"keyframes at {keys}: longest interval {max(gaps):.2f} s")

# 6. loudness
ff("-f", "lavfi", "-i", "aevalsrc=0.05*sin(2*PI*600*t):s=48000:d=6", "-ac", "2", "quiet.wav")
for word in ["tiktok", -20]:
    o = render("loud", {"m": {"w": 160, "h": 90, "loudness": word}, "t": [{"tt": 0, "sg": [{"d": 6000, "m": {"color": "black"}}]}, {"tt": 1, "sg": [{"m": {"src": "quiet.wav"}}]}]})
    e = subprocess.run(["ffmpeg", "-v", "info", "-i", o, "-map", "0:a", "-af", "ebur128=peak=true", "-f", "null", "-"], capture_output=True, text=True).stderr
    i = re.findall(r"I:\s+(-?[\d.]+) LUFS", e)[-1]; p = re.findall(r"Peak:\s+(-?[\d.]+) dBFS", e)[-1]
    print(f"loudness {word!s:7s}: integrated {i} LUFS, true peak {p} dBTP")

# 4. title contrast on white, vertical caption box
def lum(a):
    x = a / 255; x = np.where(x <= 0.04045, x / 12.92, ((x + 0.055) / 1.055) ** 2.4)
    return x @ [0.2126, 0.7152, 0.0722]
from numpy.lib.stride_tricks import sliding_window_view as sw
def dil(m, r): p = np.pad(m, r); return sw(p, (2 * r + 1, 2 * r + 1)).max(axis=(2, 3))
for preset in [None, "clean", "bold"]:
    st = {"fadeIn": 0, "fadeOut": 0}
    if preset: st["preset"] = preset
    fr = {}
    for bg in ["white", "black"]:
        o = render("title", {"m": {"w": 1280, "h": 720, "fps": 30}, "t": [{"tt": 0, "sg": [{"d": 2000, "m": {"color": bg}}]},
            {"tt": 7, "sg": [{"st": 0, "d": 2000, "m": {"text": "Urban Dreams", "kind": "title", "style": st}}]}]}, bg + ".mp4")
        fr[bg] = plain(o, 1)
    m = lum(fr["black"]) > 0.7
    er = m & np.roll(m, 1, 0) & np.roll(m, -1, 0) & np.roll(m, 1, 1) & np.roll(m, -1, 1)
    band = dil(m, 3) & ~dil(m, 1)
    L = lum(fr["white"]); l1, l2 = L[er].mean(), L[band].mean()
    print(f"title {preset or 'default':8s} on white: contrast {(max(l1, l2) + .05) / (min(l1, l2) + .05):.2f}:1")
for plat in [None, "tiktok"]:
    m = {"w": 270, "h": 480, "fps": 30}
    if plat: m["platform"] = plat
    o = render("cap", {"m": m, "t": [{"tt": 0, "sg": [{"d": 2000, "m": {"color": "white"}}]}, {"tt": 7, "sg": [{"st": 0, "d": 2000, "m": {
        "text": "Fresh beans daily, open till late every day", "kind": "caption", "style": {"fadeIn": 0, "fadeOut": 0}}}]}]})
    f = plain(o, 1); ys, xs = np.where(f.sum(axis=2) < 3 * 235)
    k = 1920 / 480
    print(f"caption 9:16 ({plat or 'any platform'}): box x {xs.min() * k:.0f}-{xs.max() * k:.0f}, y {ys.min() * k:.0f}-{ys.max() * k:.0f} of 1080x1920 "
          f"(bottom margin {1920 - ys.max() * k:.0f} px, right margin {1080 - xs.max() * k:.0f} px)")

# 2. tracked dot: zoom and pan
ff("-f", "lavfi", "-i", "color=c=black:s=1280x720,format=gray,geq=lum='255*exp(-((X-384)^2+(Y-216)^2)/(2*8^2))'", "-frames:v", "1", "dot.png")
for motion in ["in", "right"]:
    o = render("zoom", {"m": {"w": 640, "h": 360, "fps": 30}, "t": [{"tt": 0, "sg": [{"d": 3000, "m": {"src": "dot.png", "zoom": motion}}]}]})
    a = np.frombuffer(frames(o, "format=gray", "gray"), np.uint8).reshape(-1, 360, 640).astype(float)
    pos = []; prev = None
    for fr_ in a:
        if prev is None: y, x = np.unravel_index(np.argmax(fr_), fr_.shape)
        else: x, y = prev
        x0, x1, y0, y1 = int(max(0, x - 16)), int(min(640, x + 17)), int(max(0, y - 16)), int(min(360, y + 17))
        win = fr_[y0:y1, x0:x1]; win = np.clip(win - win.min() - 4, 0, None); yy, xx = np.mgrid[y0:y1, x0:x1]
        prev = ((win * xx).sum() / win.sum(), (win * yy).sum() / win.sum()); pos.append(prev)
    p = np.array(pos); d = np.hypot(*(p[1:] - p[:-1]).T)[2:-2]
    print(f"dot {motion:5s}: per-frame step {d.min():.2f}-{d.max():.2f} px (mean {d.mean():.2f}, varies by {d.max() - d.min():.2f}), {int((d < 0.05).sum())} still frames")
