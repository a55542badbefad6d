// bench/zoom.sh's driver for the engine's resampler (Sources/ReelResample/StillZoom.swift,
// compiled in with it): zooms a raw yuv420p base about its centre from z0 to z1 over N frames
// and writes raw yuv420p Wc x Hc frames to stdout, as the engine's zoom feed does.
//
//   swiftc -Ounchecked Sources/ReelResample/StillZoom.swift bench/zoom-resample/main.swift -o /tmp/zoom-resample
//   /tmp/zoom-resample BASE.yuv BW BH Wc Hc N z0 z1 | ffmpeg -f rawvideo -pix_fmt yuv420p -s WcxHc -r 30 -i - ...
import Foundation

let a = CommandLine.arguments
let base = FileManager.default.contents(atPath: a[1])!
let (bw, bh, w, h, n) = (Int(a[2])!, Int(a[3])!, Int(a[4])!, Int(a[5])!, Int(a[6])!)
let (z0, z1) = (Double(a[7])!, Double(a[8])!)
let zoom = try base.withUnsafeBytes { try StillZoom(base: $0, baseWidth: bw, baseHeight: bh, width: w, height: h) }
let out = UnsafeMutablePointer<UInt8>.allocate(capacity: zoom.frameBytes)
// The base is fitted at z1 x the canvas (the largest zoom), so zoom z shows z1 / z base pixels
// per output pixel.
let fitScale = Double(bw) / Double(w)
for f in 0..<n {
    let z = z0 + (z1 - z0) * (n > 1 ? Double(f) / Double(n - 1) : 0)
    zoom.frame(step: fitScale / z, into: out)
    var done = 0
    while done < zoom.frameBytes {
        let r = write(1, out + done, zoom.frameBytes - done)
        if r <= 0 { exit(1) }
        done += r
    }
}
