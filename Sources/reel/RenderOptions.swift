import ArgumentParser
import ReelRender

/// Flags shared by the commands that render.
struct RenderOptions: ParsableArguments {
    @Flag(help: "Fast low-resolution preview (540p, fastest encoder) instead of the full-quality export.")
    var preview = false

    @Option(help: "For .png/.jpg output: the moment to grab, in seconds.")
    var at: Double = 0

    @Option(help: "Render in this many time chunks side by side (1: one FFmpeg process). Default: chosen from the cores and the video's length.")
    var chunks: Int?

    func settings(for output: String) throws -> RenderSettings {
        guard let format = OutputFormat.from(path: output) else {
            throw ValidationError("unknown output type for \(output); use .mp4, .mov, .webm, .gif, .png or .jpg")
        }
        if let chunks, !(1...64).contains(chunks) { throw ValidationError("--chunks must be between 1 and 64, got \(chunks)") }
        return RenderSettings(format: format, preview: preview, stillAt: at, chunks: chunks)
    }
}
