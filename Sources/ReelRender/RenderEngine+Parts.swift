import Foundation
import ReelFFmpeg
import ReelTimeline

/// What a coordinator needs to split a render into parts without rendering anything.
public struct RenderOutline: Sendable, Equatable {
    /// The output frames of each video chunk, in order, together exactly `0..<totalFrames`.
    public var chunks: [Range<Int>]
    public var totalFrames: Int
    public var fps: Int
    /// The output canvas.
    public var width: Int
    public var height: Int
    /// Whether the render has a soundtrack part (`settings.format.hasAudio`).
    public var hasAudio: Bool
    /// Whether the format can be made in parts at all (`OutputFormat.joinsByStreamCopy`); if not,
    /// render it in one job with `render(_:to:settings:progress:)`.
    public var inParts: Bool

    public var duration: Double { Double(totalFrames) / Double(fps) }
}

/// Parts that cannot make the asked-for render.
public enum RenderPartsError: Error, Equatable, CustomStringConvertible {
    /// GIFs and stills are finished as a whole (palette, grab) and WebM is not joined by stream copy.
    case notInParts(OutputFormat)
    /// A chunk's frames outside the timeline, or pieces that do not cover it exactly once, in order.
    case framesOutside(Range<Int>, totalFrames: Int)
    case piecesDoNotCover([Range<Int>], totalFrames: Int)
    case pieceMissing(String)
    case soundtrackMissing(String?)

    public var description: String {
        switch self {
        case .notInParts(let format): "a \(format.rawValue) render is made in one piece, not in parts"
        case .framesOutside(let frames, let total): "frames \(frames) are outside the timeline's 0..<\(total)"
        case .piecesDoNotCover(let pieces, let total): "pieces \(pieces) do not cover the timeline's 0..<\(total) exactly"
        case .pieceMissing(let path): "the piece \(path) is missing"
        case .soundtrackMissing(let path): "the soundtrack \(path ?? "(none given)") is missing"
        }
    }
}

/// A render in parts that separate processes, on separate machines, can make: video chunks
/// (`renderVideoChunk`), the soundtrack (`renderSoundtrack`) and the join (`joinChunks`). Each
/// takes only the prepared draft and the settings, since preparing the same draft over the same
/// media resolves the same timeline. The one-process chunked render is these same steps.
extension RenderEngine {
    /// The chunks and the size of a render: `count` chunks (fewer for a short timeline), or as
    /// many as the engine would choose when nil; always one for formats not made in parts.
    public func outline(for prepared: PreparedDraft, settings: RenderSettings, chunks count: Int? = nil) throws -> RenderOutline {
        let timeline = try prepared.timeline(for: settings)
        var asked = settings
        if let count { asked.chunks = count }
        let canvas = settings.canvas(width: timeline.width, height: timeline.height)
        return RenderOutline(chunks: chunks(timeline, settings: asked).ranges, totalFrames: timeline.totalFrames,
                             fps: timeline.fps, width: canvas.width, height: canvas.height,
                             hasAudio: settings.format.hasAudio, inParts: settings.format.joinsByStreamCopy)
    }

    /// Renders timeline frames `frames` as a video-only piece at `path`, encoded exactly like the
    /// whole video and starting on a keyframe. `progress` gets the piece's seconds done. The piece
    /// is written whole or not at all: a failed, cancelled or killed run leaves nothing at `path`.
    public func renderVideoChunk(
        _ prepared: PreparedDraft, settings: RenderSettings, frames: Range<Int>, to path: String,
        progress: @escaping @Sendable (Double) -> Void = { _ in }
    ) async throws {
        guard settings.format.joinsByStreamCopy else { throw RenderPartsError.notInParts(settings.format) }
        let timeline = try prepared.timeline(for: settings)
        guard !frames.isEmpty, frames.lowerBound >= 0, frames.upperBound <= timeline.totalFrames else {
            throw RenderPartsError.framesOutside(frames, totalFrames: timeline.totalFrames)
        }
        try await withWorkDir { dir in
            var builder = PlanBuilder(timeline: timeline, settings: settings, workDir: dir)
            let plan = builder.buildVideoChunk(frames: frames)
            try write(plan.files)
            try await writeWhole(path) { partial in
                try await ffmpeg(plan.arguments(output: partial, progress: true), feeds: plan.feeds) { progress(min(plan.duration, $0)) }
            }
        }
    }

    /// Renders the whole timeline's sound once to `path`, as the one-process render mixes and
    /// encodes it (the loudness measured first when the draft asks for normalisation). Does
    /// nothing for formats without sound: callers know by `settings.format.hasAudio`.
    public func renderSoundtrack(_ prepared: PreparedDraft, settings: RenderSettings, to path: String) async throws {
        guard settings.format.hasAudio else { return }
        guard settings.format.joinsByStreamCopy else { throw RenderPartsError.notInParts(settings.format) }
        try await withWorkDir { dir in
            let loudness = prepared.timeline.loudnorm ? try await measureLoudness(prepared, settings: settings, workDir: dir) : nil
            var builder = PlanBuilder(timeline: try prepared.timeline(for: settings), settings: settings, workDir: dir, loudness: loudness)
            let plan = builder.buildSoundtrack()
            try write(plan.files)
            try await writeWhole(path) { partial in try await ffmpeg(plan.arguments(output: partial, progress: false)) }
        }
    }

    /// Joins video pieces that together cover the timeline, in order, with the soundtrack (nil
    /// for formats without sound) into `output`: the concat demuxer with stream copy, muxed with
    /// the sound, `+faststart`. Written whole or not at all; the result is the one-process render's.
    public func joinChunks(
        _ prepared: PreparedDraft, settings: RenderSettings, pieces: [(path: String, frames: Range<Int>)],
        soundtrack: String?, to output: String
    ) async throws -> RenderResult {
        let outline = try outline(for: prepared, settings: settings, chunks: 1)
        guard outline.inParts else { throw RenderPartsError.notInParts(settings.format) }
        let ranges = pieces.map(\.frames)
        let contiguous = zip([0] + ranges.map(\.upperBound), ranges).allSatisfy { $0 == $1.lowerBound && !$1.isEmpty }
        guard contiguous, ranges.last?.upperBound == outline.totalFrames else {
            throw RenderPartsError.piecesDoNotCover(ranges, totalFrames: outline.totalFrames)
        }
        let fm = FileManager.default
        if let missing = pieces.first(where: { !fm.fileExists(atPath: $0.path) }) { throw RenderPartsError.pieceMissing(missing.path) }
        let sound = outline.hasAudio ? soundtrack : nil
        if outline.hasAudio, sound.map({ !fm.fileExists(atPath: $0) }) ?? true { throw RenderPartsError.soundtrackMissing(soundtrack) }

        try await withWorkDir { dir in
            // The concat demuxer's list: paths quoted (a quote written as '\''), each piece's exact
            // length given, because MP4 states its length in whole milliseconds and the next piece
            // would start up to a millisecond late, off the frame grid.
            var list = "ffconcat version 1.0\n"
            for piece in pieces {
                list += "file '" + piece.path.replacingOccurrences(of: "'", with: #"'\''"#) + "'\n"
                list += "duration " + String(format: "%.9f", Double(piece.frames.count) / Double(outline.fps)) + "\n"
            }
            try write([dir + "/chunks.txt": list])
            var args = ["-hide_banner", "-nostdin", "-y", "-v", "error",
                        "-f", "concat", "-safe", "0", "-i", FFmpegTools.fileURLArgument(dir + "/chunks.txt")]
            if let sound { args += ["-i", FFmpegTools.fileURLArgument(sound)] }
            args += ["-map", "0:v"] + (sound == nil ? [] : ["-map", "1:a"]) + ["-c", "copy"] + settings.containerArgs
            try await writeWhole(output) { partial in
                try await ffmpeg(args + ["-f", settings.format.muxer, FFmpegTools.fileURLArgument(partial)])
            }
        }
        return result(prepared, output: output, duration: outline.duration, width: outline.width, height: outline.height)
    }
}
