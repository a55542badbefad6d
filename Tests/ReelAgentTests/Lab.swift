import Foundation
import ReelAgent
import ReelFFmpeg
import ReelPlanner
import ReelRender
import ReelTimeline

/// A fixed set of media with known facts, so drafts can be resolved and planned without files.
enum Lab {
    static func info(_ kind: MediaInfo.Kind, _ seconds: Double?, _ w: Int?, _ h: Int?, audio: Bool = false) -> MediaInfo {
        MediaInfo(kind: kind, duration: seconds, width: w, height: h, fps: kind == .video ? 30 : nil, rotation: 0, orientation: 1,
                  hasAudio: audio, codec: kind == .audio ? "aac" : "h264", audioCodec: audio ? "aac" : nil,
                  format: kind == .image ? "png_pipe" : "mov,mp4,m4a,3gp,3g2,mj2", sizeBytes: 1000)
    }

    static let infos: [String: MediaInfo] = [
        "/lab/beach.jpg": info(.image, nil, 1920, 1080),
        "/lab/tall.png": info(.image, nil, 1080, 1920),
        "/lab/city.mp4": info(.video, 5, 1280, 720, audio: true),
        "/lab/long.mov": info(.video, 12, 1920, 1080),
        "/lab/song.mp3": info(.audio, 30, nil, nil, audio: true),
        "/lab/voice.wav": info(.audio, 8, nil, nil, audio: true),
    ]

    static let media: [AgentMedia] = infos.keys.sorted().map { AgentMedia(src: $0, info: infos[$0]!) }
    static let visuals = media.filter { $0.facts.kind != .audio }.map(\.src)
    static let sounds = media.filter { $0.facts.kind == .audio }.map(\.src)

    /// An agent that never speaks (no espeak-ng in unit tests) and never probes.
    static let agent = Agent(narrate: { _, _ in throw Refused() }, probe: { _ in throw Refused() })
    struct Refused: Error {}

    /// The draft resolved with the lab's facts and planned as `--dry-run` would, preview or full.
    static func plan(_ draft: Draft, preview: Bool) throws -> RenderPlan {
        let used = Set(draft.tracks.flatMap { $0.segments.compactMap(\.src) })
        let media = infos.filter { used.contains($0.key) }
        let paths = Dictionary(uniqueKeysWithValues: media.keys.map { ($0, $0) })
        let (timeline, warnings) = try Resolver(media: media, paths: paths).resolve(draft)
        let prepared = PreparedDraft(draft: draft, timeline: timeline, media: media, paths: paths, warnings: warnings)
        let engine = RenderEngine(tools: FFmpegTools(ffmpeg: "/usr/bin/ffmpeg", ffprobe: "/usr/bin/ffprobe"))
        return try engine.plan(prepared, settings: RenderSettings(format: .mp4, preview: preview), workDir: "/tmp/reel-lab")
    }
}
