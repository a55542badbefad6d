import Foundation
import Testing
import ReelResample

/// The resampler behind Reel's slow zoom, on raw frames (no FFmpeg, no encoder).
@Suite struct StillZoomTests {
    /// A yuv420p picture: luma from `lum(x, y)`, flat chroma.
    static func picture(_ w: Int, _ h: Int, chroma: UInt8 = 128, lum: (Int, Int) -> UInt8) -> [UInt8] {
        var bytes = [UInt8](repeating: chroma, count: w * h + 2 * (w / 2) * (h / 2))
        for y in 0..<h { for x in 0..<w { bytes[y * w + x] = lum(x, y) } }
        return bytes
    }

    static func frame(_ base: [UInt8], _ bw: Int, _ bh: Int, _ w: Int, _ h: Int, step: Double) throws -> [UInt8] {
        let zoom = try base.withUnsafeBytes { try StillZoom(base: $0, baseWidth: bw, baseHeight: bh, width: w, height: h) }
        var out = [UInt8](repeating: 0, count: zoom.frameBytes)
        out.withUnsafeMutableBufferPointer { zoom.frame(step: step, into: $0.baseAddress!) }
        return out
    }

    /// One base pixel per output pixel over a base the canvas's size is the picture itself.
    @Test func stepOneOnACanvasSizedBaseIsTheIdentity() throws {
        let base = Self.picture(64, 36) { x, y in UInt8((x * 37 + y * 11) % 256) }
        #expect(try Self.frame(base, 64, 36, 64, 36, step: 1) == base)
    }

    /// A dot tracked across frames of a slow zoom moves the same fraction of a pixel each frame.
    @Test func aDotMovesEvenlyAsTheWindowShrinks() throws {
        let (bw, bh, w, h) = (180, 100, 160, 90)
        let base = Self.picture(bw, bh) { x, y in
            UInt8(min(255, 255 * exp(-(pow(Double(x) - 20, 2) + pow(Double(y) - 30, 2)) / 18)))
        }
        let zoom = try base.withUnsafeBytes { try StillZoom(base: $0, baseWidth: bw, baseHeight: bh, width: w, height: h) }
        var out = [UInt8](repeating: 0, count: zoom.frameBytes)
        var xs: [Double] = []
        for f in 0..<40 {
            let z = 1 + 0.12 * Double(f) / 39
            out.withUnsafeMutableBufferPointer { zoom.frame(step: 1.125 / z, into: $0.baseAddress!) }
            var sum = 0.0, sx = 0.0
            for y in 0..<h { for x in 0..<w { let v = max(0, Double(out[y * w + x]) - 8); sum += v; sx += v * Double(x) } }
            xs.append(sx / sum)
        }
        let steps = zip(xs, xs.dropFirst()).map { abs($1 - $0) }
        #expect(steps.max()! - steps.min()! < 0.02, "\(steps)")
        #expect(steps.min()! > 0.1)
    }

    @Test func aBaseOfTheWrongSizeIsRefused() {
        #expect(throws: StillZoom.Failure.self) {
            _ = try [UInt8](repeating: 0, count: 100).withUnsafeBytes { try StillZoom(base: $0, baseWidth: 20, baseHeight: 20, width: 16, height: 16) }
        }
    }
}
