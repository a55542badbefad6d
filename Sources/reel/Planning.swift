import Foundation
import ReelFFmpeg
import ReelLLM
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
    // With REEL_LLM_URL set the model plans the words; the rules answer when it cannot.
    var base: Plan?
    if let config = LLMConfig.fromEnvironment() {
        let (plan, source) = await LLMPlanner(config: config).plan(text, context: PlannerContext(draft: session.draft, media: media.paths))
        base = plan
        if case .rules(let reason) = source { FileHandle.standardError.write(Data("reel: planned by rules (\(reason))\n".utf8)) }
    }
    var planned = session.plan(text, media: media.paths, base: base)
    var durations = media.durations
    if let script = planned.narration {
        let file = FileManager.default.currentDirectoryPath + "/narration-\(UUID().uuidString.prefix(8)).wav"
        do {
            try await Narrator.speak(script, to: file)
            planned.narrated(by: file)
            if let info = try? await Prober(tools: FFmpegTools.locate()).probe(file), let ms = info.durationMs { durations[file] = ms }
        } catch {
            planned.notNarrated(because: "\(error)")
        }
    }
    let turn = session.apply(planned, knownDurations: durations)
    FileHandle.standardError.write(Data((turn.answer + "\n").utf8))
    return turn
}
