import ArgumentParser
import Foundation
import ReelFFmpeg
import ReelRender
import ReelTimeline

struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render a draft (timeline JSON) to a video, GIF or still.")

    @Argument(help: "The draft JSON file.")
    var draft: String

    @Option(name: .shortAndLong, help: "Where to write the result (.mp4, .mov, .webm, .gif, .png, .jpg).")
    var output: String

    @Flag(help: "Print the FFmpeg command as JSON instead of running it.")
    var dryRun = false

    @OptionGroup var render: RenderOptions

    func run() async throws {
        try await reportingFailures {
            let settings = try render.settings(for: output)
            var loaded = try loadDraft(draft)
            try render.apply(to: &loaded)
            let tools = try FFmpegTools.locate()
            let base = (RenderEngine.path(of: draft, base: FileManager.default.currentDirectoryPath) as NSString).deletingLastPathComponent
            if dryRun {
                let engine = RenderEngine(tools: tools)
                let prepared = try await engine.prepare(loaded, baseDirectory: base)
                // The text and graph files are written so the printed command runs as it is.
                let workDir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-dry-run-\(UUID().uuidString.prefix(8))").path
                try FileManager.default.createDirectory(atPath: workDir, withIntermediateDirectories: true)
                let plan = try engine.plan(prepared, settings: settings, workDir: workDir)
                for (path, contents) in plan.files { try Data(contents.utf8).write(to: URL(fileURLWithPath: path)) }
                let out = RenderEngine.path(of: output, base: FileManager.default.currentDirectoryPath)
                // The one-process command; a real render may run it in chunks (timeline frames "a-b").
                let layout = engine.chunks(try prepared.timeline(for: settings), settings: settings)
                let report: [String: [String]] = [
                    "ffmpeg": [tools.ffmpeg] + plan.arguments(output: out, progress: false),
                    "videoEncoderArgs": plan.videoEncoderArgs,
                    "graph": [plan.graph],
                    "workDir": [workDir],
                    "chunks": layout.ranges.map { "\($0.lowerBound)-\($0.upperBound)" },
                    // Slow zooms Reel makes itself and pipes in on `pipe:N`: the command needs them.
                    "feeds": plan.feeds.map(\.summary),
                ]
                let enc = JSONEncoder()
                enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try enc.encode(report), as: UTF8.self))
                return
            }
            try await renderDraft(loaded, base: base, output: output, settings: settings, tools: tools)
        }
    }
}
