import Foundation
import ReelFFmpeg
import ReelTimeline

/// Compiles a resolved timeline into one FFmpeg run: a single filter graph that builds every
/// segment at the output size once, joins them with transitions, grades, titles and fades,
/// and mixes the sound.
public struct PlanBuilder {
    let timeline: ResolvedTimeline
    let settings: RenderSettings
    /// Where the text files and graph script will live; referenced by absolute path in the graph.
    let workDir: String
    /// Loudness measured by a first pass, for two-pass loudnorm.
    let loudness: LoudnessMeasurement?

    var graph = FilterGraph()
    var inputs: [RenderPlan.Input] = []
    var feeds: [ZoomFeed] = []
    var files: [String: String] = [:]
    let width: Int
    let height: Int
    /// Output pixels per timeline pixel (below 1 for previews).
    let scale: Double

    public init(timeline: ResolvedTimeline, settings: RenderSettings, workDir: String, loudness: LoudnessMeasurement? = nil) {
        self.timeline = timeline
        self.workDir = workDir
        self.loudness = loudness
        let canvas = settings.canvas(width: timeline.width, height: timeline.height)
        self.settings = settings.fitted(to: timeline, width: canvas.width, height: canvas.height)
        width = canvas.width
        height = canvas.height
        scale = Double(canvas.width) / Double(timeline.width)
    }

    var fps: Int { timeline.fps }
    var duration: Double { timeline.duration }

    mutating func addInput(_ path: String, options: [String], descriptor: Int32? = nil) -> Int {
        let input = RenderPlan.Input(options: options, path: path, descriptor: descriptor)
        if let existing = inputs.firstIndex(of: input) { return existing }
        inputs.append(input)
        return inputs.count - 1
    }

    /// The plan for the whole video (or, with `audioOnly`, the loudness-measuring first pass).
    public mutating func build() -> RenderPlan {
        var maps: [String] = []
        var outputArgs: [String] = []
        let format = settings.format

        var video = buildPicture(frames: 0..<timeline.totalFrames)
        video = finish(video)
        graph.output(video, label: "vout")
        maps.append("vout")
        outputArgs += settings.videoEncoderArgs
        if format.hasAudio {
            graph.output(buildAudio(), label: "aout")
            maps.append("aout")
            outputArgs += settings.audioEncoderArgs
        }
        if !format.isStill && format != .gif { outputArgs += ["-r", String(fps)] }
        outputArgs += settings.containerArgs
        if !format.isStill && format != .gif { outputArgs += ["-t", num(duration)] }
        return plan(maps: maps, outputArgs: outputArgs)
    }

    /// The finished picture of timeline frames `frames` (timestamps counted from the timeline's
    /// start): joined visuals, the look, texts and fades. The one-process plan and every chunk
    /// plan make their picture here, so a chunk is the same frames as that part of the whole.
    mutating func buildPicture(frames: Range<Int>) -> FilterGraph.Stream {
        var video = buildVisuals(frames: frames)
        if !timeline.look.isIdentity { video = graph.chain(video, timeline.look.filters) }
        video = addTexts(to: video)
        return graph.chain(video, fadeFilters())
    }

    /// One chunk of a chunked render: timeline frames `frames` as a video-only piece, encoded
    /// exactly like the whole video, its timestamps restarting at 0 (the concat demuxer places
    /// the pieces one after another).
    public mutating func buildVideoChunk(frames: Range<Int>) -> RenderPlan {
        var video = buildPicture(frames: frames)
        if frames.lowerBound > 0 { video = graph.apply(Filter("setpts", ["expr": "PTS-STARTPTS"]), video) }
        graph.output(video, label: "vout")
        var plan = plan(maps: ["vout"], outputArgs: settings.videoEncoderArgs + ["-r", String(fps), "-frames:v", String(frames.count)])
        plan.duration = Double(frames.count) / Double(fps)
        return plan
    }

    /// The sound of the whole timeline alone, encoded as in the one-process render: a chunked
    /// render mixes it once and muxes it with the joined pieces.
    public mutating func buildSoundtrack() -> RenderPlan {
        graph.output(buildAudio(), label: "aout")
        return plan(maps: ["aout"], outputArgs: settings.audioEncoderArgs + ["-t", num(duration)])
    }

    /// Audio only, ending in `loudnorm` in measuring mode: the first of two loudness passes.
    public mutating func buildLoudnessMeasurement() -> RenderPlan {
        let audio = graph.apply(Filter("loudnorm", ordered: LoudnessMeasurement.targetArgs + [("print_format", "json")], kind: .audio),
                                buildAudio(normalise: false))
        graph.output(audio, label: "aout")
        var plan = plan(maps: ["aout"], outputArgs: ["-t", num(duration)])
        plan.discardOutput = true
        // loudnorm prints its measurement at the info level.
        plan.logLevel = "info"
        return plan
    }

    private func plan(maps: [String], outputArgs: [String]) -> RenderPlan {
        let text = graph.compile()
        var files = self.files
        if text.utf8.count > RenderPlan.inlineGraphLimit { files[workDir + "/graph.txt"] = text }
        return RenderPlan(inputs: inputs, feeds: feeds, graph: text, maps: maps, outputArgs: outputArgs,
                          videoEncoderArgs: settings.videoEncoderArgs, files: files, duration: duration,
                          width: width, height: height, format: settings.format)
    }

    func fadeFilters() -> [Filter] {
        var out: [Filter] = []
        if timeline.fadeIn > 0 { out.append(Filter("fade", ordered: [("t", "in"), ("st", "0"), ("d", num(timeline.fadeIn))])) }
        if timeline.fadeOut > 0 {
            out.append(Filter("fade", ordered: [("t", "out"), ("st", num(duration - timeline.fadeOut)), ("d", num(timeline.fadeOut))]))
        }
        return out
    }

    /// Output-format specifics at the very end of the video chain.
    mutating func finish(_ video: FilterGraph.Stream) -> FilterGraph.Stream {
        switch settings.format {
        case .gif:
            // A GIF is for short loops: 15 fps, at most 640 wide, its own palette.
            let w = min(width, 640)
            let small = graph.chain(video, [
                Filter("fps", ["fps": "15"]),
                // The BT.709 video becomes RGB with the matrix it was made with.
                Filter("scale", ["w": String(w), "h": "-2", "flags": "lanczos", "in_color_matrix": "bt709", "in_range": "tv"]),
            ])
            let palette = graph.apply(Filter("palettegen", ["stats_mode": "diff"]), small)
            return graph.apply(Filter("paletteuse", ["dither": "bayer", "bayer_scale": "4"]), small, palette)
        case .png, .jpg:
            let at = min(max(0, settings.stillAt), max(0, duration - 1 / Double(fps)))
            // A still is RGB (PNG) or full-range BT.601 (JPEG): converted from the BT.709 video explicitly.
            let out: [(String, String)] = settings.format == .png
                ? [("in_color_matrix", "bt709"), ("in_range", "tv")]
                : [("in_color_matrix", "bt709"), ("in_range", "tv"), ("out_color_matrix", "bt601"), ("out_range", "pc")]
            return graph.chain(video, [
                Filter("trim", ["start": num(at)]),
                Filter("setpts", ["expr": "PTS-STARTPTS"]),
                Filter("scale", ordered: out),
                Filter("format", ["pix_fmts": settings.format == .png ? "rgb24" : "yuvj420p"]),
            ])
        default:
            return video
        }
    }
}
