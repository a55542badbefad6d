import Foundation
import ReelAgent
import ReelFFmpeg
import ReelLLM
import ReelPlanner
import ReelTimeline

/// The agent as the command line uses it: a model when `REEL_LLM_*` is set, narrations written
/// beside the work (the current folder), media named on the command line.
struct CommandLineAgent {
    var agent = Agent(llm: LLMConfig.fromEnvironment())
    /// The files named on the command line: what "make a video" composes.
    var media: [AgentMedia] = []
    /// Files the draft already uses, known for their lengths.
    var known: [AgentMedia] = []
    let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

    /// Probes `inputs` (refusing files that are not media) and whatever else `draft` already uses.
    static func load(inputs: [String], draft: Draft, tools: FFmpegTools) async throws -> CommandLineAgent {
        var cli = CommandLineAgent()
        let base = cli.folder.path
        cli.media = try await AgentMedia.probe(inputs, base: base, tools: tools)
        let used = draft.tracks.flatMap { $0.segments.compactMap(\.src) }
        cli.known = await AgentMedia.probeUsed(by: used, besides: cli.media, base: base, tools: tools)
        return cli
    }

    /// One turn, printed the way every command prints it: the answer (ending with the summary)
    /// on stderr, and a note when a configured model was passed over for the rules.
    func turn(_ text: String, session: inout EditSession) async -> Turn {
        let prepared = await agent.prepare(text, session: session, media: media, known: known, voiceDirectory: folder)
        if agent.llm != nil, case .rules(let reason) = prepared.source {
            FileHandle.standardError.write(Data("reel: planned by rules (\(reason))\n".utf8))
        }
        let turn = agent.apply(prepared, to: &session)
        if turn.changes.isEmpty { prepared.discardVoices() }
        FileHandle.standardError.write(Data((turn.answer + "\n").utf8))
        return turn
    }
}
