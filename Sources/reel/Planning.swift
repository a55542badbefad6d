import Foundation
import ReelFFmpeg
import ReelPlanner
import ReelRender
import ReelTimeline

/// The media a planning command works with: inputs made absolute and probed (which also refuses
/// files that are not media), plus clip lengths for everything the draft refers to.
struct PlanningMedia {
    var paths: [String] = []
    var durations: [String: Int] = [:]

    static func load(inputs: [String], draft: Draft, tools: FFmpegTools) async throws -> PlanningMedia {
        let prober = Prober(tools: tools)
        var media = PlanningMedia()
        let cwd = FileManager.default.currentDirectoryPath
        for input in inputs {
            let path = RenderEngine.path(of: input, base: cwd)
            let info = try await prober.probe(path)
            media.paths.append(path)
            if let ms = info.durationMs { media.durations[path] = ms }
        }
        for src in Set(draft.tracks.flatMap { $0.segments.compactMap(\.src) }) where media.durations[src] == nil {
            if let info = try? await prober.probe(RenderEngine.path(of: src, base: cwd)), let ms = info.durationMs {
                media.durations[src] = ms
            }
        }
        return media
    }
}

/// One turn, printed the way every face prints it: the answer (ending with the summary) on
/// stderr. A script to narrate is spoken with espeak-ng into `narration-….wav` beside the work.
func runTurn(_ text: String, session: inout EditSession, media: PlanningMedia) async -> Turn {
    var planned = session.plan(text, media: media.paths)
    var durations = media.durations
    if let script = planned.narration {
        let file = FileManager.default.currentDirectoryPath + "/narration-\(UUID().uuidString.prefix(8)).wav"
        do {
            try await Narrator.speak(script, to: file)
            planned.narrated(by: file)
            if let info = try? await Prober(tools: FFmpegTools.locate()).probe(file), let ms = info.durationMs { durations[file] = ms }
        } catch {
            FileHandle.standardError.write(Data("reel: \(error)\n".utf8))
        }
    }
    let turn = session.apply(planned, knownDurations: durations)
    FileHandle.standardError.write(Data((turn.answer + "\n").utf8))
    return turn
}
