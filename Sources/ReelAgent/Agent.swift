import Foundation
import ReelFFmpeg
import ReelLLM
import ReelPlanner
import ReelRender
import ReelTimeline

/// Reel's agent core: one turn end to end, the same for every face (the command line, the HTTP
/// server, the MCP tools). Plan the words (the LLM when configured, the rules otherwise or on
/// any LLM failure), speak a script when asked, apply, validate, answer, keep the history.
///
/// A turn comes in two steps so a server can plan outside its write transaction (a model may
/// take seconds) and apply inside it: `prepare` (async, no change to the session) and `apply`
/// (pure). `turn` does both.
public struct Agent: Sendable {
    public var llm: LLMConfig?
    /// Said before the summary when the timeline is still empty: how this face adds media.
    public var emptyTimelineHint: String?
    /// Speaks a script into a sound file (espeak-ng by default).
    public var narrate: @Sendable (_ script: String, _ output: String) async throws -> Void
    /// Probes what `narrate` wrote.
    public var probe: @Sendable (_ path: String) async throws -> MediaInfo

    public init(llm: LLMConfig? = nil, emptyTimelineHint: String? = nil,
                narrate: @escaping @Sendable (String, String) async throws -> Void = { try await Narrator.speak($0, to: $1) },
                probe: @escaping @Sendable (String) async throws -> MediaInfo = { try await Prober(tools: FFmpegTools.locate()).probe($0) }) {
        self.llm = llm
        self.emptyTimelineHint = emptyTimelineHint
        self.narrate = narrate
        self.probe = probe
    }

    /// Plans `text` against the session as it stands and speaks any script to narrate into
    /// `voiceDirectory`; the session is not changed. `media` are the session's own (what "make a
    /// video" composes); `known` are other files the draft uses, known for their lengths.
    public func prepare(_ text: String, session: EditSession, media: [AgentMedia], known: [AgentMedia] = [],
                        voiceDirectory: URL) async -> PreparedTurn {
        var context = (media + known).editContext
        let paths = media.map(\.src)
        var source = LLMPlanner.Source.rules(reason: "no model configured")
        var base: Plan?
        if let llm {
            let (plan, from) = await LLMPlanner(config: llm).plan(text, context: PlannerContext(draft: session.draft, media: paths, names: context.names))
            source = from
            // On any model failure the rules plan the words as they would without a model.
            if from == .model { base = plan }
        }
        var planned = session.plan(text, media: paths, names: context.names, base: base)
        var generated: [GeneratedVoice] = []
        if let script = planned.narration {
            do {
                let voice = try await speak(script, into: voiceDirectory)
                planned.narrated(by: voice.path)
                context.sources?.insert(voice.path)
                context.durations[voice.path] = voice.info.durationMs
                context.names[voice.path] = "narration"
                generated.append(voice)
            } catch {
                planned.notNarrated(because: "\(error)")
            }
        }
        return PreparedTurn(text: text, planned: planned, context: context, generated: generated, source: source)
    }

    /// Applies a prepared turn: every part or none, validated, answered in words that end with
    /// the timeline summary.
    public func apply(_ prepared: PreparedTurn, to session: inout EditSession) -> Turn {
        var turn = session.apply(prepared.planned, context: prepared.context)
        hintIfEmpty(&turn, session)
        return turn
    }

    /// A whole turn, for faces that hold the session themselves (the command line). A narration
    /// that ended up unused is removed.
    public func turn(_ text: String, session: inout EditSession, media: [AgentMedia], voiceDirectory: URL) async -> Turn {
        let prepared = await prepare(text, session: session, media: media, voiceDirectory: voiceDirectory)
        let turn = apply(prepared, to: &session)
        if turn.changes.isEmpty { prepared.discardVoices() }
        return turn
    }

    /// Typed operations, as a client that knows exactly what it wants sends them: applied
    /// atomically as one history entry, or refused whole with the reason in `problems`.
    public func apply(operations: [EditOperation], to session: inout EditSession, media: [AgentMedia]) -> Turn {
        var plan = Plan.empty
        plan.operations = operations
        var turn = session.apply(PlannedTurn(plan: plan), context: media.editContext)
        hintIfEmpty(&turn, session)
        return turn
    }

    /// Undo or redo as a turn of its own (`problems` says when there is nothing to undo).
    public func history(_ move: Plan.HistoryMove, session: inout EditSession, media: [AgentMedia]) -> Turn {
        var plan = Plan.empty
        plan.history = [move]
        return session.apply(PlannedTurn(plan: plan), context: media.editContext)
    }

    /// `reel make`'s first draft: the media composed exactly as "make a video" composes them,
    /// then the options as typed edits (canvas first, so fits are chosen for it; length last,
    /// once transitions are what they will be).
    public func make(media: [AgentMedia], options: MakeOptions) throws -> EditSession {
        var ops: [EditOperation] = []
        if options.width != 1920 || options.height != 1080 { ops.append(.setCanvas(width: options.width, height: options.height)) }
        ops.append(.compose(sources: media.map(\.src), stillMs: EditOperation.defaultStillMs))
        let visuals = media.filter { $0.facts.kind != .audio }.count
        if visuals > 1, options.transition != "fade" {
            ops.append(.setTransition(.all, name: options.transition, durationMs: EditOperation.defaultTransitionMs))
        }
        if media.contains(where: { $0.facts.kind == .audio }), options.musicVolume != EditOperation.defaultMusicVolume {
            ops.append(.setMusicVolume(options.musicVolume))
        }
        if let ms = options.durationMs { ops.append(.setDuration(ms: ms)) }
        if let title = options.title, !title.isEmpty { ops.append(.addText(kind: .title, text: title, startMs: 0, durationMs: nil, position: nil)) }
        var session = EditSession(draft: Draft())
        _ = try session.apply(ops, context: media.editContext)
        // The first draft is where history starts.
        session.undoStack.removeAll()
        return session
    }

    func hintIfEmpty(_ turn: inout Turn, _ session: EditSession) {
        guard let hint = emptyTimelineHint, session.draft.tracks.first(where: { $0.type == .visual })?.segments.isEmpty ?? true else { return }
        var lines = turn.answer.components(separatedBy: "\n")
        lines.insert(hint, at: max(0, lines.count - 1))
        turn.answer = lines.joined(separator: "\n")
    }

    /// Speaks `script` into `<directory>/narration-<id>.wav`, written as `.upload` first (the name
    /// of a half-written file that a server sweeps away at its next start).
    func speak(_ script: String, into directory: URL) async throws -> GeneratedVoice {
        let id = UUID().uuidString.lowercased()
        let partial = directory.appendingPathComponent("narration-\(id).upload")
        let final = directory.appendingPathComponent("narration-\(id).wav")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try await narrate(script, partial.path)
            let info = try await probe(partial.path)
            try FileManager.default.moveItem(at: partial, to: final)
            return GeneratedVoice(id: id, path: final.path, text: script, info: info)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }
}

/// `reel make`'s options.
public struct MakeOptions: Sendable {
    public var width = 1920
    public var height = 1080
    public var durationMs: Int?
    public var title: String?
    /// A transition name, or nil for straight cuts.
    public var transition: String? = "fade"
    public var musicVolume = EditOperation.defaultMusicVolume

    public init() {}
}

/// A sound file the agent made for a turn (a narrated script).
public struct GeneratedVoice: Sendable {
    public var id: String
    public var path: String
    public var text: String
    public var info: MediaInfo
}

/// A turn planned (and its script spoken), not yet applied.
public struct PreparedTurn: Sendable {
    public var text: String
    public var planned: PlannedTurn
    public var context: EditContext
    /// Files made for this turn; a face that records media records these, and removes them if
    /// the turn is not applied or changed nothing.
    public var generated: [GeneratedVoice]
    /// Who planned it, and why the rules did when a model was configured.
    public var source: LLMPlanner.Source

    public func discardVoices() {
        for voice in generated { try? FileManager.default.removeItem(atPath: voice.path) }
    }
}
