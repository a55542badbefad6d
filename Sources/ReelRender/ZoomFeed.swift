import Foundation
import ReelFFmpeg
import ReelResample

/// A slow zoom on a still that Reel makes itself and pipes into FFmpeg as raw yuv420p frames.
/// FFmpeg 5.1 moves every zoom window it has in whole pixels, so its slow zooms stutter
/// (bench/zoom.md); here FFmpeg decodes, orients and fits the still once, a little larger than
/// the canvas (the base), and every frame is resampled from it at its exact window
/// (`ReelResample.StillZoom`). Deterministic per frame, so a chunk starting inside the zoom makes
/// the very frames the whole render makes.
public struct ZoomFeed: Sendable, Equatable {
    /// The descriptor FFmpeg reads the frames on (`pipe:N`).
    public var descriptor: Int32
    /// FFmpeg's arguments that write the base, `baseWidth × baseHeight`, as one raw yuv420p
    /// frame to stdout.
    public var baseArguments: [String]
    public var baseWidth: Int
    public var baseHeight: Int
    /// The frames' size.
    public var width: Int
    public var height: Int
    /// How much larger than the canvas the base was fitted: zoom `z` shows a centred window of
    /// `fitScale / z` base pixels per output pixel.
    public var fitScale: Double
    /// The zoom at the motion's first and last frame (1 shows the whole fitted picture).
    public var zoomFrom: Double
    public var zoomTo: Double
    /// The motion's length in frames, and the frames of it made here (a chunk may start inside).
    public var frames: Int
    public var part: Range<Int>

    /// How much the zoom grows or shrinks over the motion, and the base's margin for it.
    static let amount = 0.12

    /// Base pixels per output pixel at motion frame `frame`.
    public func step(at frame: Int) -> Double {
        let progress = frames > 1 ? Double(frame) / Double(frames - 1) : 0
        return fitScale / (zoomFrom + (zoomTo - zoomFrom) * progress)
    }

    /// One line for `reel render --dry-run`.
    public var summary: String {
        "pipe:\(descriptor): zoom \(zoomFrom)→\(zoomTo) over \(frames) frames, frames \(part.lowerBound)..<\(part.upperBound), "
            + "\(width)x\(height) resampled from a \(baseWidth)x\(baseHeight) base made by: ffmpeg "
            + baseArguments.joined(separator: " ")
    }
}

extension RenderEngine {
    /// The writers of a plan's zoom feeds, their bases made first (a few FFmpeg runs at a time,
    /// so a slideshow of many stills does not decode them all at once).
    func inputFeeds(_ feeds: [ZoomFeed]) async throws -> [InputFeed] {
        guard !feeds.isEmpty else { return [] }
        let bases = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            var made: [Int: Data] = [:]
            var next = 0
            func start() {
                let k = next, feed = feeds[k]
                next += 1
                group.addTask { (k, try await base(of: feed)) }
            }
            for _ in 0..<min(2, feeds.count) { start() }
            while let (k, data) = try await group.next() {
                made[k] = data
                if next < feeds.count { start() }
            }
            return made
        }
        return feeds.enumerated().map { k, feed in
            let box = BaseBox(bases[k]!)
            return InputFeed(descriptor: feed.descriptor) { fd in Self.writeFrames(of: feed, base: box, to: fd) }
        }
    }

    /// The feed's base: one raw yuv420p frame of exactly `baseWidth × baseHeight`.
    func base(of feed: ZoomFeed) async throws -> Data {
        let result = try await ProcessRunner.run(tools.ffmpeg, feed.baseArguments)
        let expected = StillZoom.bytes(width: feed.baseWidth, height: feed.baseHeight)
        guard result.exitCode == 0, result.stdout.count == expected else {
            throw FFmpegError.failed(arguments: feed.baseArguments, exitCode: result.exitCode,
                                     stderrTail: result.stderrTail + "\n(the zoom's base: \(result.stdout.count) bytes, expected \(expected))")
        }
        return result.stdout
    }

    /// Makes and writes the feed's frames (on a writer thread), stopping early when FFmpeg stops
    /// reading: it has all it needs, it failed, or the render was cancelled.
    static func writeFrames(of feed: ZoomFeed, base: BaseBox, to fd: Int32) {
        // The base is let go once the resampler has its own (transposed) copy.
        guard let zoom = try? base.take()?.withUnsafeBytes({
            try StillZoom(base: $0, baseWidth: feed.baseWidth, baseHeight: feed.baseHeight, width: feed.width, height: feed.height)
        }) else { return }
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: zoom.frameBytes)
        defer { out.deallocate() }
        for frame in feed.part {
            zoom.frame(step: feed.step(at: frame), into: out)
            guard InputFeed.writeAll(fd, out, zoom.frameBytes) else { return }
        }
    }
}

/// A base handed to its writer once, so the writer can let it go after taking its own copy.
final class BaseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    init(_ data: Data?) { self.data = data }

    func take() -> Data? {
        lock.withLock {
            defer { data = nil }
            return data
        }
    }
}
