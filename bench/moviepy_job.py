#!/usr/bin/env python3
"""The benchmark's reference job done with MoviePy 2.x, for the "moviepy / reel final" ratio.

    bench/.venv/bin/python bench/moviepy_job.py DRAFT.json OUTPUT.mp4 [--encoder-args-json FILE]

Reads the same draft Reel renders (bench/work/reference.json) and does the same job as closely
as MoviePy allows:

- every photo fit (cover) to the canvas, shown for its `d`, with a slow zoom in or out done with
  `resized(<function of t>)`;
- `fade` transitions as crossfades (the next photo starts `tr.d` earlier and fades in on top);
- the title centred for its `d`, with TextClip and a DejaVu Sans Bold font file;
- the music at the track's volume with its fade-out, looped if shorter than the video;
- written at the draft's fps as H.264 (libx264) + AAC, with the preset and other encoder options
  Reel uses (the `videoEncoderArgs` from `reel render --dry-run`).

It is written the efficient way a careful MoviePy user would: each photo is decoded and scaled
to the cover size once (PIL), so the per-frame zoom resizes a ~2100x1200 picture, not the
original 12-megapixel one; each zooming photo is wrapped in a canvas-sized clip with an opaque
background so its crossfade mask is a constant, not a second render of the picture.

Only the subset of the draft format the benchmark uses is understood; anything else is an error.
Set FFMPEG_BINARY=/usr/bin/ffmpeg (bench/run.sh does) so MoviePy encodes with the same FFmpeg
as Reel instead of the one bundled with imageio-ffmpeg.
"""

import argparse
import json
import os
import sys
import time

import numpy as np
from PIL import Image

from moviepy import AudioFileClip, CompositeVideoClip, ImageClip, TextClip, afx, vfx

# How far the slow zoom goes: 1.0 -> ZOOM_MAX over the photo's time on screen (Reel: 1.12).
ZOOM_MAX = 1.12
TITLE_FADE = 0.3
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fail(msg):
    sys.stderr.write(f"moviepy_job: {msg}\n")
    sys.exit(2)


def cover_image(path, width, height):
    """The photo scaled and centre-cropped to exactly width x height, as an RGB array."""
    with Image.open(path) as im:
        im = im.convert("RGB")
        scale = max(width / im.width, height / im.height)
        w, h = max(width, round(im.width * scale)), max(height, round(im.height * scale))
        im = im.resize((w, h), Image.Resampling.LANCZOS)
        left, top = (w - width) // 2, (h - height) // 2
        im = im.crop((left, top, left + width, top + height))
        return np.array(im)


def zoom_function(kind, duration):
    """Scale factor over time, relative to a picture already ZOOM_MAX times the canvas."""
    if kind == "in":
        return lambda t: (1.0 + (ZOOM_MAX - 1.0) * min(max(t / duration, 0.0), 1.0)) / ZOOM_MAX
    if kind == "out":
        return lambda t: (ZOOM_MAX - (ZOOM_MAX - 1.0) * min(max(t / duration, 0.0), 1.0)) / ZOOM_MAX
    return None


def photo_clip(seg, width, height):
    m = seg.get("m", {})
    src = m.get("src")
    if not src:
        fail("visual segment without m.src")
    if m.get("fit", "cover") != "cover":
        fail(f"only fit=cover is supported, got {m.get('fit')}")
    duration = seg["d"] / 1000.0
    zoom = m.get("zoom", "none")
    if zoom not in ("none", "in", "out"):
        fail(f"only zoom none/in/out are supported, got {zoom}")
    if zoom == "none":
        return ImageClip(cover_image(src, width, height)).with_duration(duration)
    zw, zh = round(width * ZOOM_MAX), round(height * ZOOM_MAX)
    picture = (
        ImageClip(cover_image(src, zw, zh))
        .with_duration(duration)
        .resized(zoom_function(zoom, duration))
        .with_position("center")
    )
    return CompositeVideoClip([picture], size=(width, height), bg_color=(0, 0, 0)).with_duration(duration)


def build(draft):
    meta = draft.get("m", {})
    width, height, fps = meta.get("w", 1920), meta.get("h", 1080), meta.get("fps", 30)

    layers = []
    start = 0.0
    end = 0.0
    music = []
    for track in draft["t"]:
        tt = track["tt"]
        if tt == 0:
            incoming = 0.0  # crossfade length into the current segment
            for seg in track["sg"]:
                clip = photo_clip(seg, width, height).with_start(start)
                if incoming > 0:
                    clip = clip.with_effects([vfx.CrossFadeIn(incoming)])
                layers.append(clip)
                end = start + clip.duration
                tr = seg.get("m", {}).get("tr")
                if tr:
                    if tr.get("name", "fade") != "fade":
                        fail(f"only fade transitions are supported, got {tr.get('name')}")
                    incoming = tr.get("d", 1000) / 1000.0
                else:
                    incoming = 0.0
                start = end - incoming
        elif tt == 1:
            for seg in track["sg"]:
                music.append(seg)
        elif tt != 7:
            fail(f"unsupported track type {tt}")

    # Text after the pictures so it is drawn on top.
    for track in draft["t"]:
        if track["tt"] != 7:
            continue
        for seg in track["sg"]:
            m = seg.get("m", {})
            title = (
                TextClip(
                    font=FONT,
                    text=m["text"],
                    font_size=round(height * 96 / 1080),
                    color="white",
                    stroke_color="black",
                    stroke_width=3,
                    margin=(20, 20),
                )
                .with_start(seg.get("st", 0) / 1000.0)
                .with_duration(seg["d"] / 1000.0)
                .with_position("center")
                # Reel fades titles in and out over 0.3 s.
                .with_effects([vfx.CrossFadeIn(TITLE_FADE), vfx.CrossFadeOut(TITLE_FADE)])
            )
            layers.append(title)

    video = CompositeVideoClip(layers, size=(width, height), bg_color=(0, 0, 0)).with_duration(end)

    audio_clips = []
    for seg in music:
        m = seg.get("m", {})
        a = AudioFileClip(m["src"])
        if a.duration < end and m.get("loop", True):
            a = a.with_effects([afx.AudioLoop(duration=end)])
        a = a.subclipped(0, min(end, a.duration))
        effects = [afx.MultiplyVolume(m.get("volume", 1.0))]
        if m.get("fadeIn"):
            effects.append(afx.AudioFadeIn(m["fadeIn"] / 1000.0))
        if m.get("fadeOut"):
            effects.append(afx.AudioFadeOut(m["fadeOut"] / 1000.0))
        audio_clips.append(a.with_effects(effects))
    if len(audio_clips) == 1:
        video = video.with_audio(audio_clips[0])
    elif audio_clips:
        from moviepy import CompositeAudioClip

        video = video.with_audio(CompositeAudioClip(audio_clips))
    return video, fps


def split_encoder_args(args):
    """(codec, preset, remaining args) from an ffmpeg video encoder argument list."""
    codec, preset, rest = "libx264", "medium", []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-c:v", "-vcodec", "-codec:v") and i + 1 < len(args):
            codec = args[i + 1]
            i += 2
        elif a in ("-preset", "-preset:v") and i + 1 < len(args):
            preset = args[i + 1]
            i += 2
        else:
            rest.append(a)
            i += 1
    return codec, preset, rest


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("draft")
    ap.add_argument("output")
    ap.add_argument("--encoder-args-json", help="JSON list: Reel's videoEncoderArgs")
    ns = ap.parse_args()

    with open(ns.draft) as f:
        draft = json.load(f)
    enc = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p"]
    if ns.encoder_args_json:
        with open(ns.encoder_args_json) as f:
            enc = json.load(f)
    codec, preset, rest = split_encoder_args(enc)

    t0 = time.monotonic()
    video, fps = build(draft)
    print(f"moviepy_job: built in {time.monotonic() - t0:.1f} s; writing {video.duration:.2f} s "
          f"at {video.size[0]}x{video.size[1]} {fps} fps, {codec} preset {preset} {' '.join(rest)}",
          flush=True)
    tmp_audio = os.path.splitext(ns.output)[0] + ".temp-audio.m4a"
    video.write_videofile(
        ns.output,
        fps=fps,
        codec=codec,
        preset=preset,
        ffmpeg_params=rest,
        audio_codec="aac",
        audio_fps=48000,
        audio_bitrate="192k",
        temp_audiofile=tmp_audio,
        logger="bar" if sys.stderr.isatty() else None,
    )
    print(f"moviepy_job: done in {time.monotonic() - t0:.1f} s", flush=True)


if __name__ == "__main__":
    main()
