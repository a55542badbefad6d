import Foundation
import Logging
import ReelAgent
import ReelMetrics
import ReelPlanner
import ReelTimeline
import ReelStore

/// The server's side of a turn, around the agent core: one turn at a time per session (so each
/// plans against the draft the previous one saved), planned outside the database's write
/// transaction (a model may take seconds), applied and saved in one transaction, and its cost
/// frozen, then spent if the turn changed something and given back otherwise.
struct EditingTurns: Sendable {
    let store: any Store
    let configuration: ServerConfiguration
    /// Where uploads are (`<root>/<session id>/…`); narrations are written beside them.
    let mediaRoot: URL

    var agent: Agent {
        Agent(llm: configuration.llm, emptyTimelineHint: """
            The timeline has no pictures or clips yet: upload some to this session \
            (POST /api/upload-video/nemo_agent/me/{session_id}), or make a video from words alone, \
            e.g. "make a 15 second video titled 'Hello', script: Fresh beans daily. Cozy seats."
            """)
    }

    /// Freezes a turn's cost (2001 without the credits), before the turn or its stream starts.
    func freeze(session: String, token: String) async throws -> CreditHold {
        try await store.freeze(configuration.turnCost, token: token, session: session, lifetime: configuration.turnHoldLifetime)
    }

    /// A turn in words, whose cost `hold` froze.
    func run(_ text: String, session: String, token: String, hold: CreditHold, logger: Logger) async throws -> Turn {
        try await settling(session: session, hold: hold, logger: logger) {
            try await planAndApply(text, session: session, token: token, logger: logger)
        }
    }

    /// Typed operations (media named by id or name), whose cost `hold` froze.
    func run(operations: [EditOperation], session: String, token: String, hold: CreditHold, logger: Logger) async throws -> Turn {
        try await settling(session: session, hold: hold, logger: logger) {
            let uploads = try await store.media(session: session, token: token)
            let voices = try await store.generatedMedia(session: session, token: token)
            let files = uploads.map { MediaReference(id: $0.id, path: $0.path, name: $0.name) }
                + voices.map { MediaReference(id: $0.id, path: $0.path, name: $0.name) }
            let resolved = try operations.map { op in
                try op.mappingSources { try Self.file(named: $0, in: files) }
            }
            let media = Self.agentMedia(uploads) + voices.map { AgentMedia(src: $0.path, name: "narration", info: $0.info) }
            let agent = agent
            return try await store.updateSession(session, token: token) { agent.apply(operations: resolved, to: &$0, media: media) }
        }
    }

    /// Undo or redo, whose cost `hold` froze.
    func run(_ move: Plan.HistoryMove, session: String, token: String, hold: CreditHold, logger: Logger) async throws -> Turn {
        try await settling(session: session, hold: hold, logger: logger) {
            let media = try await sessionMedia(session, token: token)
            let agent = agent
            return try await store.updateSession(session, token: token) { agent.history(move, session: &$0, media: media) }
        }
    }

    /// Runs `turn` under the session's turn lock (across nodes, with PostgreSQL) and settles
    /// its frozen cost: spent if it changed the session, given back if it changed nothing or failed.
    private func settling(session: String, hold: CreditHold, logger: Logger,
                          _ turn: @escaping @Sendable () async throws -> Turn) async throws -> Turn {
        let result: Turn
        do {
            result = try await store.withSessionLock(session) { try await turn() }
        } catch {
            configuration.metrics.recordTurn(outcome: "failed")
            do { try await store.release(hold) } catch {
                logger.error("a failed turn's credits could not be released (they are released once the hold expires): \(error)")
            }
            throw error
        }
        configuration.metrics.recordTurn(outcome: result.changes.isEmpty ? "unchanged" : "changed")
        // The turn is saved: a ledger failure now is logged rather than reported as a failed turn.
        do {
            if result.changes.isEmpty {
                try await store.release(hold)
            } else {
                try await store.settle(hold)
            }
        } catch {
            logger.error("turn saved but its credits could not be settled (they are released once the hold expires): \(error)")
        }
        return result
    }

    /// Plans with the agent (callers hold the session's lock), then applies and saves in one
    /// transaction, recording a narration the turn made if, and only if, the turn changed the session.
    func planAndApply(_ text: String, session: String, token: String, logger: Logger) async throws -> Turn {
        let record = try await store.session(session, token: token)
        let media = try await sessionMedia(session, token: token)
        let agent = agent
        let prepared = await agent.prepare(text, session: record.session, media: media,
                                           voiceDirectory: mediaRoot.appendingPathComponent(session, isDirectory: true))
        if case .rules(let reason) = prepared.source, configuration.llm != nil { logger.notice("turn planned by rules: \(reason)") }
        if let problem = prepared.planned.narrationProblem { logger.warning("the script could not be narrated: \(problem)") }
        let generated = prepared.generated.map {
            GeneratedMediaRecord(id: $0.id, sessionID: session, kind: "voiceover", path: $0.path, name: "narration.wav", text: $0.text, info: $0.info)
        }
        let turn: Turn
        do {
            turn = try await store.updateSession(session, token: token, generated: generated) { agent.apply(prepared, to: &$0) }
        } catch {
            prepared.discardVoices()
            throw error
        }
        // A turn that changed nothing recorded nothing: its narration is not wanted.
        if turn.changes.isEmpty { prepared.discardVoices() }
        return turn
    }

    /// The session's uploads as the agent sees them: by stored path, with the names the caller
    /// knows them by.
    func sessionMedia(_ session: String, token: String) async throws -> [AgentMedia] {
        Self.agentMedia(try await store.media(session: session, token: token))
    }

    static func agentMedia(_ uploads: [MediaRecord]) -> [AgentMedia] {
        uploads.map { AgentMedia(src: $0.path, name: displayName($0.name), info: $0.info) }
    }

    /// A typed operation names media by id, by the name it was uploaded as (with or without its
    /// extension) or by its stored file name; anything else is not the caller's and is refused.
    static func file(named reference: String, in files: [MediaReference]) throws -> String {
        guard let path = MediaReference.resolve(reference, among: files) else {
            throw APIError.badRequest("\"\(reference)\" is not a media file of this session: name an uploaded file by its id or its name")
        }
        return path
    }

    /// An upload's name as a segment's: without its extension, as the CLI's summaries show files.
    static func displayName(_ uploadName: String) -> String {
        let stem = (uploadName as NSString).deletingPathExtension
        return stem.trimmingCharacters(in: .whitespaces).isEmpty ? uploadName : stem
    }
}
