// A probe for bench/zoom.sh, not part of Reel: a sub-pixel exact slow zoom computed outside
// FFmpeg, to price the "Reel makes the zoom frames itself and pipes them in" option.
// Zooms a raw yuv420p still (the cover-fitted picture at >= the largest zoom, so it only ever
// shrinks) about its centre from z0 to z1 over N frames, writing raw yuv420p Wc x Hc frames to
// stdout. Separable bicubic (B=0, C=0.5; widened when shrinking), 14-bit fixed point, 5 taps
// (enough while a frame shrinks the picture by at most 1.25: the base is made at 1.12x).
// Both passes run along contiguous memory so the compiler vectorises them: the picture is
// transposed once, the x-filter runs down its columns 16 output columns at a time, and each
// such tile is transposed back into the rows the y-filter reads. Plain Swift, no intrinsics.
//
//   swiftc -Ounchecked bench/zoom-resample.swift -o /tmp/zoom-resample
//   /tmp/zoom-resample BASE.yuv BW BH Wc Hc N z0 z1 | ffmpeg -f rawvideo -pix_fmt yuv420p -s WcxHc -r 30 -i - ...
import Foundation

let a = CommandLine.arguments
let base = FileManager.default.contents(atPath: a[1])!
let BW = Int(a[2])!, BH = Int(a[3])!, Wc = Int(a[4])!, Hc = Int(a[5])!, N = Int(a[6])!
let z0 = Double(a[7])!, z1 = Double(a[8])!
let NT = 5

@inline(__always) func kernel(_ x: Double) -> Double {
    let t = abs(x)
    if t < 1 { return 1.5 * t * t * t - 2.5 * t * t + 1 }
    if t < 2 { return -0.5 * t * t * t + 2.5 * t * t - 4 * t + 2 }
    return 0
}

/// Taps for outN outputs: output i samples source position origin + (i+0.5)*step - 0.5.
func makeTaps(_ start: UnsafeMutablePointer<Int32>, _ w: UnsafeMutablePointer<Int16>, outN: Int, srcN: Int, step: Double, origin: Double) {
    let stretch = max(1, step)
    for i in 0..<outN {
        let c = origin + (Double(i) + 0.5) * step - 0.5
        let s0 = Int((c - 2 * stretch).rounded(.up))
        let st = min(max(s0, 0), srcN - NT)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: NT) { f in
            f.initialize(repeating: 0)
            var sum = 0.0
            for k in 0..<NT {
                let kv = kernel((Double(s0 + k) - c) / stretch)
                sum += kv
                f[min(max(s0 + k, 0), srcN - 1) - st] += kv
            }
            var acc = 0
            for k in 0..<NT { let q = Int((f[k] / sum * 16384).rounded()); w[i * NT + k] = Int16(q); acc += q }
            w[i * NT + 2] &+= Int16(16384 - acc)
        }
        start[i] = Int32(st)
    }
}

let maxOut = max(Wc, Hc)
let hStart = UnsafeMutablePointer<Int32>.allocate(capacity: maxOut), hW = UnsafeMutablePointer<Int16>.allocate(capacity: maxOut * NT)
let vStart = UnsafeMutablePointer<Int32>.allocate(capacity: maxOut), vW = UnsafeMutablePointer<Int16>.allocate(capacity: maxOut * NT)
let tmp = UnsafeMutablePointer<Int16>.allocate(capacity: Wc * BH)
let accRow = UnsafeMutablePointer<Int32>.allocate(capacity: Wc)
let frameBytes = Wc * Hc * 3 / 2
let TX = 16
let tile = UnsafeMutablePointer<Int16>.allocate(capacity: TX * BH)
func transposed(_ src: UnsafePointer<UInt8>, _ w: Int, _ h: Int) -> UnsafeMutablePointer<UInt8> {
    let t = UnsafeMutablePointer<UInt8>.allocate(capacity: w * h)
    for y in 0..<h { for x in 0..<w { t[x * h + y] = src[y * w + x] } }
    return t
}
let out = UnsafeMutablePointer<UInt8>.allocate(capacity: frameBytes)

func plane(_ srcT: UnsafePointer<UInt8>, _ sw: Int, _ sh: Int, _ dst: UnsafeMutablePointer<UInt8>, _ dw: Int, _ dh: Int, zoom: Double) {
    let stepX = Double(sw) / (zoom * Double(dw)), stepY = Double(sh) / (zoom * Double(dh))
    makeTaps(hStart, hW, outN: dw, srcN: sw, step: stepX, origin: (Double(sw) - stepX * Double(dw)) / 2)
    makeTaps(vStart, vW, outN: dh, srcN: sh, step: stepY, origin: (Double(sh) - stepY * Double(dh)) / 2)
    let r0 = Int(vStart[0]), r1 = Int(vStart[dh - 1]) + NT, R = r1 - r0
    // x-filter along the columns of the transposed picture (contiguous: vectorises), 16 output
    // columns at a time, then the tile is transposed into tmp's rows.
    var x0 = 0
    while x0 < dw {
        let tw = min(TX, dw - x0)
        for j in 0..<tw {
            let x = x0 + j
            let col = srcT + Int(hStart[x]) * sh + r0, wp = hW + x * NT
            let w0 = Int32(wp[0]), w1 = Int32(wp[1]), w2 = Int32(wp[2]), w3 = Int32(wp[3]), w4 = Int32(wp[4])
            let t = tile + j * R
            for r in 0..<R {
                var acc = Int32(col[r]) &* w0
                acc &+= Int32(col[sh + r]) &* w1
                acc &+= Int32(col[2 * sh + r]) &* w2
                acc &+= Int32(col[3 * sh + r]) &* w3
                acc &+= Int32(col[4 * sh + r]) &* w4
                t[r] = Int16(truncatingIfNeeded: min(max((acc &+ 64) >> 7, -32768), 32767))
            }
        }
        for r in 0..<R {
            let d = tmp + r * dw + x0
            for j in 0..<tw { d[j] = tile[j * R + r] }
        }
        x0 += TX
    }
    for y in 0..<dh {
        let s = tmp + (Int(vStart[y]) - r0) * dw
        let w0 = Int32(vW[y * NT]), w1 = Int32(vW[y * NT + 1]), w2 = Int32(vW[y * NT + 2])
        let w3 = Int32(vW[y * NT + 3]), w4 = Int32(vW[y * NT + 4])
        let d = dst + y * dw
        for x in 0..<dw {
            var acc = Int32(s[x]) &* w0
            acc &+= Int32(s[dw + x]) &* w1
            acc &+= Int32(s[2 * dw + x]) &* w2
            acc &+= Int32(s[3 * dw + x]) &* w3
            acc &+= Int32(s[4 * dw + x]) &* w4
            d[x] = UInt8(truncatingIfNeeded: min(max((acc &+ (1 << 20)) >> 21, 0), 255))
        }
    }
}

base.withUnsafeBytes { (b: UnsafeRawBufferPointer) in
    let src = b.bindMemory(to: UInt8.self).baseAddress!
    let cw = BW / 2, ch = BH / 2
    let yT = transposed(src, BW, BH), uT = transposed(src + BW * BH, cw, ch), vT = transposed(src + BW * BH + cw * ch, cw, ch)
    for f in 0..<N {
        let z = z0 + (z1 - z0) * (N > 1 ? Double(f) / Double(N - 1) : 0)
        plane(yT, BW, BH, out, Wc, Hc, zoom: z)
        plane(uT, cw, ch, out + Wc * Hc, Wc / 2, Hc / 2, zoom: z)
        plane(vT, cw, ch, out + Wc * Hc * 5 / 4, Wc / 2, Hc / 2, zoom: z)
        var off = 0
        while off < frameBytes { let r = write(1, out + off, frameBytes - off); if r <= 0 { exit(1) }; off += r }
    }
}
