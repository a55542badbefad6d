import ArgumentParser
import Foundation
import ReelAgent
import ReelFFmpeg
import ReelPlanner
import ReelRender
import ReelTimeline

struct Make: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compose all inputs in order into one video and render it.",
        discussion: "Pictures share the duration, clips play in full, sound files become the music."
    )

    @Argument(help: "Pictures, clips and sound files, in order.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Where to write the video (.mp4, .mov, .webm, .gif).")
    var output = "reel.mp4"

    @Option(help: "16:9, 9:16, 1:1, 4:5, 720p, 1080p or 4k.")
    var aspect = "16:9"

    @Option(help: "Length of the whole video in seconds.")
    var duration: Double?

    @Option(help: "A title shown over the first 3 seconds.")
    var title: String?

    @Option(help: "Transition between pictures and clips (an FFmpeg xfade name, or none).")
    var transition = "fade"

    @Option(help: "Music volume, 0 to 1 (0.35 is 35 %).")
    var musicVolume = 0.35

    @Option(help: "What to make, in plain words (\"a 30-second vertical video with a title 'Hello'\"). The other options are then defaults the words can change.")
    var prompt: String?

    @Option(help: "Also save the timeline here, to edit and render again with `reel render`.")
    var saveDraft: String?

    @OptionGroup var render: RenderOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one picture or clip") }
        guard CanvasPreset.named(aspect) != nil else {
            throw ValidationError("unknown --aspect \(aspect); use one of \(CanvasPreset.all.map(\.name).joined(separator: ", "))")
        }
        if let duration, !(1...3600).contains(duration) { throw ValidationError("--duration must be between 1 and 3600 seconds") }
        if transition != "none", !TransitionName.isKnown(transition) {
            throw ValidationError("unknown --transition \(transition); use none or one of: \(TransitionName.all.joined(separator: ", "))")
        }
        if !(0...2).contains(musicVolume) { throw ValidationError("--music-volume must be between 0 and 2") }
    }

    func run() async throws {
        try await reportingFailures {
            let settings = try render.settings(for: output)
            let tools = try FFmpegTools.locate()
            let cli = try await CommandLineAgent.load(inputs: inputs, draft: Draft(), tools: tools)
            guard cli.media.contains(where: { $0.facts.kind != .audio }) else {
                throw CLIError("every input is sound only; add at least one picture or clip")
            }
            let preset = CanvasPreset.named(aspect)!
            var options = MakeOptions()
            options.width = preset.width
            options.height = preset.height
            options.durationMs = duration.map { Int(($0 * 1000).rounded()) }
            options.title = title
            options.transition = transition == "none" ? nil : transition
            options.musicVolume = musicVolume
            var session: EditSession
            do { session = try cli.agent.make(media: cli.media, options: options) } catch let e as EditError { throw CLIError(e.message) }
            if let prompt {
                // The words edit the composed draft; their answer goes to stderr like `reel plan`'s.
                _ = await cli.turn(prompt, session: &session)
            }
            var draft = session.draft
            try render.apply(to: &draft)
            if let saveDraft { try draft.encoded().write(to: URL(fileURLWithPath: saveDraft)) }
            try await renderDraft(draft, base: FileManager.default.currentDirectoryPath,
                                  output: output, settings: settings, tools: tools)
        }
    }
}

/// Prepare, render with a progress display, and print where the file is and the timeline
/// summary; shared by `make` and `render`.
func renderDraft(_ draft: Draft, base: String, output: String, settings: RenderSettings, tools: FFmpegTools) async throws {
    let engine = RenderEngine(tools: tools)
    let prepared = try await engine.prepare(draft, baseDirectory: base)
    printWarnings(prepared.warnings)
    let reporter = ProgressReporter(label: settings.preview ? "preview" : "rendering")
    let outputPath = RenderEngine.path(of: output, base: FileManager.default.currentDirectoryPath)
    let result = try await cancellableOnInterrupt {
        try await engine.render(prepared, to: outputPath, settings: settings) { reporter.update($0) }
    }
    reporter.finish()
    print(result.output)
    print(prepared.summary)
}
