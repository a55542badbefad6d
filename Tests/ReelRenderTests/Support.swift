import Foundation
import ReelFFmpeg
import ReelRender
import ReelTestSupport
import ReelTimeline

/// Renders a draft (JSON whose `src` paths are relative to the scratch folder) and returns the output path.
@discardableResult
func render(_ json: String, in s: Scratch, output name: String = "out.mp4", preview: Bool = false,
            stillAt: Double = 0) async throws -> String {
    let draft = try Draft.decode(Data(json.utf8)).draft
    let engine = RenderEngine(tools: s.tools)
    let prepared = try await engine.prepare(draft, baseDirectory: s.dir)
    let output = s.path(name)
    let settings = RenderSettings(format: OutputFormat.from(path: name)!, preview: preview, stillAt: stillAt)
    _ = try await engine.render(prepared, to: output, settings: settings)
    return output
}

/// A small canvas keeps real-FFmpeg tests fast.
let small = #""m":{"w":320,"h":180,"fps":30}"#

func media(_ kind: MediaInfo.Kind, w: Int? = nil, h: Int? = nil, seconds: Double? = nil, audio: Bool = false, orientation: Int = 1) -> MediaInfo {
    MediaInfo(kind: kind, duration: seconds, width: w, height: h, fps: kind == .video ? 30 : nil, rotation: 0,
              orientation: orientation, hasAudio: audio, codec: kind == .audio ? "aac" : "h264",
              audioCodec: audio ? "aac" : nil, format: "test", sizeBytes: 1)
}
