/// A slow zoom about the centre of a still, made frame by frame outside FFmpeg: one picture,
/// fitted once a little larger than the canvas (the *base*), resampled for every frame at the
/// exact window that frame shows. FFmpeg's own zooms (`zoompan`, `scale` with per-frame sizes)
/// move their window in whole pixels, so a slow zoom stutters; here the window is continuous,
/// and a point moves the same fraction of a pixel every frame (bench/zoom.md).
///
/// Separable bicubic (Catmull-Rom, widened when the window shrinks the picture), 14-bit fixed
/// point, 5 taps: enough while a frame shrinks the base by at most 1.25. Both passes run along
/// contiguous memory so the compiler vectorises them: each plane is kept transposed, the
/// horizontal pass runs down its columns 16 output columns at a time and each tile is
/// transposed back into the rows the vertical pass reads. The target is compiled with `-O` even
/// in debug builds, so tests see the speed a release build has.
///
/// Not thread-safe (it owns its scratch memory): one per writer.
public final class StillZoom {
    /// The output frame size (even).
    public let width: Int
    public let height: Int
    /// Bytes of one raw yuv420p output frame.
    public var frameBytes: Int { Self.bytes(width: width, height: height) }

    /// Bytes of one raw yuv420p picture of this size.
    public static func bytes(width: Int, height: Int) -> Int { width * height + 2 * (width / 2) * (height / 2) }
    /// The largest window step (base pixels per output pixel) the 5 taps resample faithfully.
    public static let maxStep = 1.25
    /// The smallest base plane side the taps need.
    public static let minSide = taps

    static let taps = 5
    static let tileWidth = 16

    private let planes: [Plane]
    private let hStart: UnsafeMutablePointer<Int32>
    private let hWeights: UnsafeMutablePointer<Int16>
    private let vStart: UnsafeMutablePointer<Int32>
    private let vWeights: UnsafeMutablePointer<Int16>
    private let rows: UnsafeMutablePointer<Int16>
    private let tile: UnsafeMutablePointer<Int16>

    /// One plane of the base, transposed (column x of the picture is row x here).
    struct Plane {
        var transposed: UnsafeMutablePointer<UInt8>
        var width: Int
        var height: Int
        var outWidth: Int
        var outHeight: Int
    }

    public enum Failure: Error, Equatable {
        /// The base is not `baseWidth × baseHeight` raw yuv420p, or a size is odd or too small.
        case badBase(bytes: Int, width: Int, height: Int)
    }

    /// `base`: raw yuv420p, `baseWidth × baseHeight` (both even, at least the canvas). Output
    /// frames are `width × height` (even).
    public init(base: UnsafeRawBufferPointer, baseWidth: Int, baseHeight: Int, width: Int, height: Int) throws {
        let chroma = (baseWidth / 2) * (baseHeight / 2)
        guard baseWidth % 2 == 0, baseHeight % 2 == 0, width % 2 == 0, height % 2 == 0, width > 0, height > 0,
              baseWidth / 2 >= Self.minSide, baseHeight / 2 >= Self.minSide,
              base.count == Self.bytes(width: baseWidth, height: baseHeight)
        else { throw Failure.badBase(bytes: base.count, width: baseWidth, height: baseHeight) }
        self.width = width
        self.height = height
        let bytes = base.bindMemory(to: UInt8.self).baseAddress!
        let cw = baseWidth / 2, ch = baseHeight / 2
        planes = [
            Plane(transposed: Self.transpose(bytes, baseWidth, baseHeight), width: baseWidth, height: baseHeight,
                  outWidth: width, outHeight: height),
            Plane(transposed: Self.transpose(bytes + baseWidth * baseHeight, cw, ch), width: cw, height: ch,
                  outWidth: width / 2, outHeight: height / 2),
            Plane(transposed: Self.transpose(bytes + baseWidth * baseHeight + chroma, cw, ch), width: cw, height: ch,
                  outWidth: width / 2, outHeight: height / 2),
        ]
        let longest = max(width, height)
        hStart = .allocate(capacity: longest)
        vStart = .allocate(capacity: longest)
        hWeights = .allocate(capacity: longest * Self.taps)
        vWeights = .allocate(capacity: longest * Self.taps)
        rows = .allocate(capacity: width * baseHeight)
        tile = .allocate(capacity: Self.tileWidth * baseHeight)
    }

    deinit {
        for p in planes { p.transposed.deallocate() }
        hStart.deallocate()
        vStart.deallocate()
        hWeights.deallocate()
        vWeights.deallocate()
        rows.deallocate()
        tile.deallocate()
    }

    /// Writes the frame whose centred window is `step` base pixels per output pixel (1 shows
    /// the base's centre at its own scale; `baseWidth / width` shows it all) as raw yuv420p
    /// into `out` (`frameBytes` long).
    public func frame(step: Double, into out: UnsafeMutablePointer<UInt8>) {
        let step = min(max(step, 1 / Self.maxStep), Self.maxStep)
        var offset = 0
        for p in planes {
            resample(p, step: step, into: out + offset)
            offset += p.outWidth * p.outHeight
        }
    }

    private static func transpose(_ src: UnsafePointer<UInt8>, _ w: Int, _ h: Int) -> UnsafeMutablePointer<UInt8> {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: w * h)
        for y in 0..<h {
            let row = src + y * w
            for x in 0..<w { t[x * h + y] = row[x] }
        }
        return t
    }

    /// Catmull-Rom (B = 0, C = 0.5).
    @inline(__always) private static func kernel(_ x: Double) -> Double {
        let t = abs(x)
        if t < 1 { return 1.5 * t * t * t - 2.5 * t * t + 1 }
        if t < 2 { return -0.5 * t * t * t + 2.5 * t * t - 4 * t + 2 }
        return 0
    }

    /// Taps for `outN` outputs: output i samples source position `origin + (i + 0.5)·step − 0.5`;
    /// `start[i]` is its first source sample, `weights[i·taps …]` sum to 2^14. Samples past an
    /// edge are folded onto the edge.
    private static func makeTaps(_ start: UnsafeMutablePointer<Int32>, _ weights: UnsafeMutablePointer<Int16>,
                                 outN: Int, srcN: Int, step: Double, origin: Double) {
        let stretch = max(1, step)
        var f = (0.0, 0.0, 0.0, 0.0, 0.0)
        for i in 0..<outN {
            let c = origin + (Double(i) + 0.5) * step - 0.5
            let s0 = Int((c - 2 * stretch).rounded(.up))
            let first = min(max(s0, 0), srcN - taps)
            withUnsafeMutableBytes(of: &f) { raw in
                let folded = raw.bindMemory(to: Double.self)
                for k in 0..<taps { folded[k] = 0 }
                var sum = 0.0
                for k in 0..<taps {
                    let v = kernel((Double(s0 + k) - c) / stretch)
                    sum += v
                    folded[min(max(s0 + k, 0), srcN - 1) - first] += v
                }
                var total = 0
                for k in 0..<taps {
                    let q = Int((folded[k] / sum * 16384).rounded())
                    weights[i * taps + k] = Int16(q)
                    total += q
                }
                weights[i * taps + 2] &+= Int16(16384 - total)
            }
            start[i] = Int32(first)
        }
    }

    private func resample(_ p: Plane, step: Double, into dst: UnsafeMutablePointer<UInt8>) {
        let sw = p.width, sh = p.height, dw = p.outWidth, dh = p.outHeight
        let taps = Self.taps
        Self.makeTaps(hStart, hWeights, outN: dw, srcN: sw, step: step, origin: (Double(sw) - step * Double(dw)) / 2)
        Self.makeTaps(vStart, vWeights, outN: dh, srcN: sh, step: step, origin: (Double(sh) - step * Double(dh)) / 2)
        let r0 = Int(vStart[0]), r1 = Int(vStart[dh - 1]) + taps, count = r1 - r0
        // Horizontal pass down the columns of the transposed plane, a tile of output columns at
        // a time, each tile transposed into `rows`.
        var x0 = 0
        while x0 < dw {
            let tw = min(Self.tileWidth, dw - x0)
            for j in 0..<tw {
                let x = x0 + j
                let col = p.transposed + Int(hStart[x]) * sh + r0
                let wp = hWeights + x * taps
                let w0 = Int32(wp[0]), w1 = Int32(wp[1]), w2 = Int32(wp[2]), w3 = Int32(wp[3]), w4 = Int32(wp[4])
                let t = tile + j * count
                for r in 0..<count {
                    var acc = Int32(col[r]) &* w0
                    acc &+= Int32(col[sh + r]) &* w1
                    acc &+= Int32(col[2 * sh + r]) &* w2
                    acc &+= Int32(col[3 * sh + r]) &* w3
                    acc &+= Int32(col[4 * sh + r]) &* w4
                    t[r] = Int16(truncatingIfNeeded: min(max((acc &+ 64) >> 7, -32768), 32767))
                }
            }
            for r in 0..<count {
                let d = rows + r * dw + x0
                for j in 0..<tw { d[j] = tile[j * count + r] }
            }
            x0 += Self.tileWidth
        }
        // Vertical pass along the rows.
        for y in 0..<dh {
            let s = rows + (Int(vStart[y]) - r0) * dw
            let wp = vWeights + y * taps
            let w0 = Int32(wp[0]), w1 = Int32(wp[1]), w2 = Int32(wp[2]), w3 = Int32(wp[3]), w4 = Int32(wp[4])
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
}
