#!/usr/bin/env python3
"""Per-frame step of a tracked soft dot in raw gray frames on stdin, measured as
OutputCraftTests.dotSteps does (intensity centroid in a 33x33 window that follows the dot,
first and last two steps dropped). Prints "min max range mean" of the steps in px.

    ffmpeg ... -f rawvideo -pix_fmt gray - | python3 bench/zoomtrack.py 640 360
"""
import sys
import numpy as np

w, h = int(sys.argv[1]), int(sys.argv[2])
raw = np.frombuffer(sys.stdin.buffer.read(), dtype=np.uint8)
n = raw.size // (w * h)
frames = raw[: n * w * h].reshape(n, h, w).astype(np.float64)
guess, positions = None, []
for f in frames:
    if guess is None:
        i = int(np.argmax(f))
        guess = (i % w, i // w)
    gx, gy = guess
    x0, x1 = max(0, int(gx) - 16), min(w - 1, int(gx) + 16)
    y0, y1 = max(0, int(gy) - 16), min(h - 1, int(gy) + 16)
    win = f[y0:y1 + 1, x0:x1 + 1]
    v = np.maximum(0, win - win.min() - 4)
    ys, xs = np.mgrid[y0:y1 + 1, x0:x1 + 1]
    guess = ((v * xs).sum() / v.sum(), (v * ys).sum() / v.sum())
    positions.append(guess)
p = np.array(positions)
steps = np.hypot(*(p[1:] - p[:-1]).T)[2:-2]
print(f"{steps.min():.3f} {steps.max():.3f} {steps.max() - steps.min():.3f} {steps.mean():.3f} {n}")
