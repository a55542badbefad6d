import ArgumentParser
import ReelRender

/// Flags shared by the commands that render.
struct RenderOptions: ParsableArguments {
    @Flag(help: "Fast low-resolution preview (540p, fastest encoder) instead of the full-quality export.")
    var preview = false

    @Option(help: "For .png/.jpg output: the moment to grab, in seconds.")
    var at: Double = 0

    func settings(for output: String) throws -> RenderSettings {
        guard let format = OutputFormat.from(path: output) else {
            throw ValidationError("unknown output type for \(output); use .mp4, .mov, .webm, .gif, .png or .jpg")
        }
        return RenderSettings(format: format, preview: preview, stillAt: at)
    }
}
