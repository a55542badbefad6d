import Foundation
import ReelFFmpeg

extension RenderEngine {
    /// Renders `timeline` in `layout.ranges.count` video chunks side by side, the sound once,
    /// and joins them: the chunks by the concat demuxer with stream copy, muxed with the sound
    /// into `partial` (`+faststart`). Each chunk is a separate FFmpeg process; cancelling the
    /// calling task stops them all. Progress is the sum of the chunks' own.
    func renderChunked(
        _ timeline: ResolvedTimeline, layout: ChunkLayout, settings: RenderSettings, workDir: String,
        loudness: LoudnessMeasurement?, to partial: String, progress: @escaping @Sendable (Double) -> Void
    ) async throws {
        let fm = FileManager.default
        var jobs: [(args: [String], seconds: Double)] = []
        var pieces: [String] = []
        for (k, frames) in layout.ranges.enumerated() {
            let dir = workDir + "/chunk-\(k)"
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            var builder = PlanBuilder(timeline: timeline, settings: settings, workDir: dir, loudness: loudness)
            let plan = builder.buildVideoChunk(frames: frames)
            try write(plan.files)
            let piece = dir + "/video." + settings.format.rawValue
            pieces.append(piece)
            jobs.append((plan.arguments(output: piece, progress: true), plan.duration))
        }
        var hasAudio = false
        if settings.format.hasAudio {
            let dir = workDir + "/audio"
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            var builder = PlanBuilder(timeline: timeline, settings: settings, workDir: dir, loudness: loudness)
            let plan = builder.buildSoundtrack()
            try write(plan.files)
            // Sound is a small share of the work: it counts for nothing in the progress.
            jobs.append((plan.arguments(output: dir + "/audio." + settings.format.rawValue, progress: false), 0))
            hasAudio = true
        }

        let done = ProgressSum(count: jobs.count)
        let total = timeline.duration
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (k, job) in jobs.enumerated() {
                group.addTask {
                    let result = try await ProcessRunner.run(tools.ffmpeg, job.args) { line in
                        if line.hasPrefix("out_time_us="), let us = Double(line.dropFirst(12)), total > 0 {
                            progress(min(0.99, done.set(k, min(job.seconds, us / 1_000_000)) / total))
                        }
                    }
                    guard result.exitCode == 0 else {
                        throw FFmpegError.failed(arguments: job.args, exitCode: result.exitCode, stderrTail: result.stderrTail)
                    }
                }
            }
            try await group.waitForAll()
        }

        // The concat demuxer's list: paths quoted (a quote written as '\''), each piece's exact
        // length given, because MP4 states its length in whole milliseconds and the next piece
        // would start up to a millisecond late, off the frame grid.
        var list = "ffconcat version 1.0\n"
        for (piece, frames) in zip(pieces, layout.ranges) {
            list += "file '" + piece.replacingOccurrences(of: "'", with: #"'\''"#) + "'\n"
            list += "duration " + String(format: "%.9f", Double(frames.count) / Double(timeline.fps)) + "\n"
        }
        try write([workDir + "/chunks.txt": list])
        var args = ["-hide_banner", "-nostdin", "-y", "-v", "error",
                    "-f", "concat", "-safe", "0", "-i", FFmpegTools.fileURLArgument(workDir + "/chunks.txt")]
        if hasAudio { args += ["-i", FFmpegTools.fileURLArgument(workDir + "/audio/audio." + settings.format.rawValue)] }
        args += ["-map", "0:v"] + (hasAudio ? ["-map", "1:a"] : []) + ["-c", "copy"]
        args += settings.containerArgs + ["-f", settings.format.muxer, FFmpegTools.fileURLArgument(partial)]
        let result = try await ProcessRunner.run(tools.ffmpeg, args)
        guard result.exitCode == 0 else {
            throw FFmpegError.failed(arguments: args, exitCode: result.exitCode, stderrTail: result.stderrTail)
        }
    }
}

/// Seconds done per job, summed; shared by the tasks that read each FFmpeg's progress.
final class ProgressSum: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: [Double]

    init(count: Int) { seconds = Array(repeating: 0, count: count) }

    /// Records job `k`'s seconds done and returns the sum over all jobs.
    func set(_ k: Int, _ value: Double) -> Double {
        lock.lock()
        defer { lock.unlock() }
        seconds[k] = value
        return seconds.reduce(0, +)
    }
}
