import Foundation
import ReelFFmpeg

/// Everything one FFmpeg run needs: the inputs, the compiled graph, what to map and how to
/// encode, and the small files (text for drawtext) the graph refers to.
public struct RenderPlan: Sendable {
    public struct Input: Sendable, Equatable {
        /// Options that go before this `-i` (seek, length, loop, stream selection).
        public var options: [String]
        public var path: String
        /// Set for frames Reel makes itself: the child's descriptor they arrive on (`pipe:N`),
        /// written by the `ZoomFeed` of the same descriptor.
        public var descriptor: Int32?

        /// What follows `-i`.
        public var argument: String {
            descriptor.map { "pipe:\($0)" } ?? FFmpegTools.fileURLArgument(path)
        }
    }

    public var inputs: [Input]
    /// The slow zooms Reel makes itself and pipes in, one per piped input.
    public var feeds: [ZoomFeed] = []
    public var graph: String
    public var maps: [String]
    public var outputArgs: [String]
    public var videoEncoderArgs: [String]
    /// Files to write before running, by absolute path.
    public var files: [String: String]
    public var duration: Double
    public var width: Int
    public var height: Int
    public var format: OutputFormat
    /// Run for a measurement only: output goes to FFmpeg's null muxer.
    public var discardOutput = false
    /// FFmpeg's `-v` level: errors only, unless the run's point is what a filter prints.
    public var logLevel = "error"

    /// Graphs longer than this go through `-filter_complex_script`.
    public static let inlineGraphLimit = 4000

    public var scriptPath: String? { files.keys.first { $0.hasSuffix("/graph.txt") } }

    /// The full FFmpeg argument list (without the program name).
    public func arguments(output: String, progress: Bool) -> [String] {
        var args = ["-hide_banner", "-nostdin", "-y", "-v", logLevel]
        if progress { args += ["-progress", "pipe:1", "-nostats"] }
        for input in inputs { args += input.options + ["-i", input.argument] }
        if let script = scriptPath {
            args += ["-filter_complex_script", script]
        } else {
            args += ["-filter_complex", graph]
        }
        for m in maps { args += ["-map", "[\(m)]"] }
        args += outputArgs
        args += discardOutput ? ["-f", "null", "-"] : ["-f", format.muxer, FFmpegTools.fileURLArgument(output)]
        return args
    }
}
