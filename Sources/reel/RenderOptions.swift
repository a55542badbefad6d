import ArgumentParser
import ReelRender
import ReelTimeline

/// Flags shared by the commands that render.
struct RenderOptions: ParsableArguments {
    @Flag(help: "Fast low-resolution preview (540p, fastest encoder) instead of the full-quality export.")
    var preview = false

    @Option(help: "For .png/.jpg output: the moment to grab, in seconds.")
    var at: Double = 0

    @Option(help: "Encoder quality: low, medium, high or max (default: the draft's, else high). See the README's \"Output quality\".")
    var quality: String?

    @Option(help: "Loudness of the final mix: youtube, tiktok, instagram, spotify (-14 LUFS), apple, podcast (-16), broadcast (-23), a number of LUFS, or off (default: the draft's, else off). True peak at most -1 dBTP.")
    var loudness: String?

    @Option(help: "Where the video will be shown: tiktok, reels, shorts or youtube; vertical text keeps inside its safe area.")
    var platform: String?

    @Option(help: "Render in this many time chunks side by side (1: one FFmpeg process). Default: chosen from the cores and the video's length.")
    var chunks: Int?

    func settings(for output: String) throws -> RenderSettings {
        guard let format = OutputFormat.from(path: output) else {
            throw ValidationError("unknown output type for \(output); use .mp4, .mov, .webm, .gif, .png or .jpg")
        }
        var chosen: Quality?
        if let quality {
            guard let q = Quality.named(quality) else {
                throw ValidationError("unknown --quality \(quality); use low, medium, high or max")
            }
            chosen = q
        }
        if let chunks, !(1...64).contains(chunks) { throw ValidationError("--chunks must be between 1 and 64, got \(chunks)") }
        return RenderSettings(format: format, preview: preview, stillAt: at, quality: chosen, chunks: chunks)
    }

    /// The draft with what these flags say about it (loudness, platform).
    func apply(to draft: inout Draft) throws {
        if let loudness {
            if loudness.lowercased() == "off" {
                draft.meta.loudness = nil
            } else if let target = LoudnessTarget.parse(loudness) {
                draft.meta.loudness = target
            } else {
                throw ValidationError("unknown --loudness \(loudness); use a platform (\(LoudnessTarget.platforms.map(\.name).joined(separator: ", "))), a number of LUFS from -31 to -9, or off")
            }
        }
        if let platform {
            guard let p = Platform(rawValue: platform.lowercased()) else {
                throw ValidationError("unknown --platform \(platform); use \(Platform.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            draft.meta.platform = p
        }
    }
}
