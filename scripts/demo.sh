#!/usr/bin/env bash
# Makes sample media with FFmpeg's own generators and renders a 30-second 1080p video with
# transitions, a title and music. Prints where the video is.
set -euo pipefail
cd "$(dirname "$0")/.."
reel="${REEL:-.build/release/reel}"
out=demo
mkdir -p "$out/media"
gen() { ffmpeg -v error -y "$@"; }
gen -f lavfi -i "testsrc2=size=1600x1200:rate=1" -frames:v 1 "$out/media/01-pattern.jpg"
gen -f lavfi -i "mandelbrot=size=1920x1080:rate=1" -frames:v 1 "$out/media/02-mandelbrot.png"
gen -f lavfi -i "gradients=size=1080x1350:rate=1:c0=0x1e3a8a:c1=0xf97316:seed=7" -frames:v 1 "$out/media/03-portrait.jpg"
gen -f lavfi -i "testsrc=size=1280x720:rate=30:duration=6" -f lavfi -i "sine=frequency=330:duration=6" \
    -c:v libx264 -pix_fmt yuv420p -c:a aac -shortest "$out/media/04-clip.mp4"
gen -f lavfi -i "cellauto=size=1920x1080:rate=1:rule=110" -frames:v 1 "$out/media/05-cells.png"
gen -f lavfi -i "aevalsrc=0.3*sin(2*PI*220*t)*(0.6+0.4*sin(2*PI*0.5*t))+0.2*sin(2*PI*330*t):s=48000:d=40" \
    -ac 2 -c:a aac "$out/media/music.m4a"
"$reel" make "$out"/media/01-pattern.jpg "$out"/media/02-mandelbrot.png "$out"/media/03-portrait.jpg \
    "$out"/media/04-clip.mp4 "$out"/media/05-cells.png "$out"/media/music.m4a \
    --prompt 'combine these clips into a 30-second video with crossfade transitions and add a title "Made with Reel" for the first 3 seconds' \
    --save-draft "$out/draft.json" --output "$out/reel-demo.mp4"
