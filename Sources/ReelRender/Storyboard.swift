import Foundation
import ReelFFmpeg
import ReelTimeline

/// A contact sheet: one thumbnail per visual segment (its middle frame) labelled with its
/// number, times and name, in a grid of up to four columns.
public struct StoryboardBuilder {
    let timeline: ResolvedTimeline
    let workDir: String
    public static let columns = 4
    public static let thumbWidth = 384
    static let labelHeight = 40

    public init(timeline: ResolvedTimeline, workDir: String) {
        self.timeline = timeline
        self.workDir = workDir
    }

    var thumbHeight: Int { max(2, Int(Double(Self.thumbWidth) * Double(timeline.height) / Double(timeline.width) / 2) * 2) }
    public var cellSize: (width: Int, height: Int) { (Self.thumbWidth, thumbHeight + Self.labelHeight) }

    public func plan() -> RenderPlan {
        var graph = FilterGraph()
        var inputs: [RenderPlan.Input] = []
        var files: [String: String] = [:]
        let fps = Double(timeline.fps)
        var cells: [FilterGraph.Stream] = []
        let (cw, ch) = cellSize
        for (i, v) in timeline.visuals.enumerated() {
            var s: FilterGraph.Stream
            switch v.source {
            case .color(let c):
                s = graph.apply(Filter("color", ordered: [("c", c), ("s", "\(Self.thumbWidth)x\(thumbHeight)"), ("d", "1")]))
            case .image(let path, let info):
                inputs.append(.init(options: ["-noautorotate"], path: path))
                s = graph.input(inputs.count - 1, .video)
                s = graph.chain(s, Self.orientation(info.orientation))
            case .video(let path, _):
                let at = v.trimIn + Double(v.frames) / fps / 2 * v.speed
                inputs.append(.init(options: ["-ss", num(at)], path: path))
                s = graph.input(inputs.count - 1, .video)
            }
            let file = "\(workDir)/label-\(i).txt"
            files[file] = "\(i + 1)  \(clock(Double(v.startFrame) / fps))–\(clock((Double(v.startFrame + v.frames)) / fps))  \(v.name)"
            s = graph.chain(s, [
                Filter("trim", ["end_frame": "1"]),
                Filter("scale", ordered: [("w", String(Self.thumbWidth)), ("h", String(thumbHeight)), ("force_original_aspect_ratio", "increase")]),
                Filter("crop", ordered: [("w", String(Self.thumbWidth)), ("h", String(thumbHeight))]),
                Filter("setsar", ["r": "1"]),
                Filter("pad", ordered: [("w", String(cw)), ("h", String(ch)), ("x", "0"), ("y", "0"), ("color", "#161616")]),
                Filter("drawtext", ordered: [
                    ("textfile", file), ("expansion", "none"), ("font", "Noto Sans CJK SC"), ("fontsize", "18"),
                    ("fontcolor", "white"), ("x", "10"), ("y", String(thumbHeight + 10)),
                ]),
                Filter("format", ["pix_fmts": "rgb24"]),
            ])
            cells.append(s)
        }
        let cols = min(Self.columns, cells.count)
        let rows = (cells.count + cols - 1) / cols
        // Blank cells complete the last row so the sheet stays a rectangle.
        while cells.count < rows * cols {
            cells.append(graph.chain(graph.apply(Filter("color", ordered: [("c", "#161616"), ("s", "\(cw)x\(ch)"), ("d", "1")])),
                                     [Filter("format", ["pix_fmts": "rgb24"])]))
        }
        var sheet: FilterGraph.Stream
        if cells.count == 1 {
            sheet = cells[0]
        } else {
            let layout = cells.indices.map { "\(($0 % cols) * cw)_\(($0 / cols) * ch)" }.joined(separator: "|")
            sheet = graph.apply(Filter("xstack", ordered: [("inputs", String(cells.count)), ("layout", layout)]),
                                inputs: cells, outputs: 1)[0]
        }
        graph.output(sheet, label: "sheet")
        let text = graph.compile()
        if text.utf8.count > RenderPlan.inlineGraphLimit { files[workDir + "/graph.txt"] = text }
        return RenderPlan(inputs: inputs, graph: text, maps: ["sheet"], outputArgs: ["-frames:v", "1", "-update", "1"],
                          videoEncoderArgs: [], files: files, duration: 0, width: cols * cw, height: rows * ch,
                          format: .png)
    }

    static func orientation(_ o: Int) -> [Filter] {
        PlanBuilder.orientationFilters(o)
    }
}

/// `0:07`, or `0:02.5` when the time falls between seconds.
func clock(_ seconds: Double) -> String {
    let tenths = Int((seconds * 10).rounded())
    let whole = tenths / 10
    let clock = String(format: "%d:%02d", whole / 60, whole % 60)
    return tenths % 10 == 0 ? clock : clock + ".\(tenths % 10)"
}

extension RenderEngine {
    /// Writes a storyboard contact sheet (PNG, or JPG by extension) of the draft's visual segments.
    public func storyboard(_ prepared: PreparedDraft, to output: String) async throws {
        let fm = FileManager.default
        let workDir = fm.temporaryDirectory.appendingPathComponent("reel-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: workDir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: workDir) }
        var plan = StoryboardBuilder(timeline: prepared.timeline, workDir: workDir).plan()
        plan.format = OutputFormat.from(path: output) == .jpg ? .jpg : .png
        try write(plan.files)
        let args = plan.arguments(output: output, progress: false)
        let result = try await ProcessRunner.run(tools.ffmpeg, args)
        guard result.exitCode == 0 else {
            try? fm.removeItem(atPath: output)
            throw FFmpegError.failed(arguments: args, exitCode: result.exitCode, stderrTail: result.stderrTail)
        }
    }
}
