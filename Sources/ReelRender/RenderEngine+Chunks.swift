import Foundation
import ReelFFmpeg

extension RenderEngine {
    /// Renders in `layout.ranges.count` video chunks side by side and the sound beside them,
    /// then joins them into `output`: the parts of `RenderEngine+Parts`, run in one process, the
    /// pieces kept in `workDir`. Cancelling the calling task stops every FFmpeg. Progress is the
    /// sum of the chunks' own (the sound counts for nothing: it is a small share of the work).
    func renderChunked(
        _ prepared: PreparedDraft, layout: ChunkLayout, settings: RenderSettings, workDir: String, to output: String,
        progress: @escaping @Sendable (Double) -> Void
    ) async throws -> RenderResult {
        let ext = "." + settings.format.rawValue
        let pieces = layout.ranges.enumerated().map { (path: workDir + "/chunk-\($0.offset)" + ext, frames: $0.element) }
        let soundtrack = settings.format.hasAudio ? workDir + "/audio" + ext : nil
        let total = try prepared.timeline(for: settings).duration
        let done = ProgressSum(count: pieces.count)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (k, piece) in pieces.enumerated() {
                group.addTask {
                    try await renderVideoChunk(prepared, settings: settings, frames: piece.frames, to: piece.path) { seconds in
                        if total > 0 { progress(min(0.99, done.set(k, seconds) / total)) }
                    }
                }
            }
            if let soundtrack {
                group.addTask { try await renderSoundtrack(prepared, settings: settings, to: soundtrack) }
            }
            try await group.waitForAll()
        }
        return try await joinChunks(prepared, settings: settings, pieces: pieces, soundtrack: soundtrack, to: output)
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
