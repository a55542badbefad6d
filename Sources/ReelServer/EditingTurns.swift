import Foundation
import Logging
import ReelFFmpeg
import ReelLLM
import ReelPlanner
import ReelRender
import ReelTimeline

/// Runs editing turns for the server, apart from HTTP: one turn at a time per session (so each
/// plans against the draft the previous one saved), planned outside the database's write
/// transaction (the LLM may take seconds), then applied and saved in one transaction.
struct EditingTurns: Sendable {
    let store: Store
    let configuration: ServerConfiguration
    let locks: SessionLocks
    /// Where uploads are (`<root>/<session id>/…`); narrations are written beside them.
    let mediaRoot: URL

    /// Runs a turn whose cost is already frozen, then spends the cost if the turn changed
    /// something and gives it back otherwise (not understood, not applicable, or an error).
    func run(_ text: String, session: String, token: String, logger: Logger) async throws -> Turn {
        let cost = configuration.turnCost
        let turn: Turn
        do {
            turn = try await locks.withLock(session) {
                try await planAndApply(text, session: session, token: token, logger: logger)
            }
        } catch {
            do { try await store.release(cost, token: token, session: session) } catch {
                logger.error("a failed turn's credits could not be released (they are released at the next start): \(error)")
            }
            throw error
        }
        // The turn is saved: a ledger failure now is logged rather than reported as a failed turn.
        do {
            if turn.changes.isEmpty {
                try await store.release(cost, token: token, session: session)
            } else {
                try await store.settle(cost, token: token, session: session)
            }
        } catch {
            logger.error("turn saved but its credits could not be settled (they are released at the next start): \(error)")
        }
        return turn
    }

    /// Reads the session and its media, plans (the LLM when configured, else the rules), then
    /// applies the plan and saves it. Callers hold the session's lock.
    func planAndApply(_ text: String, session: String, token: String, logger: Logger) async throws -> Turn {
        let record = try await store.session(session, token: token)
        // The session's uploads, so "make a video" composes them.
        let media = try await store.media(session: session, token: token)
        let paths = media.map(\.path)
        var durations = Dictionary(media.compactMap { m in m.info.durationMs.map { (m.path, $0) } }, uniquingKeysWith: { a, _ in a })
        // Uploads are stored under server names: segments, answers and summaries use the client's.
        var names = Dictionary(media.map { ($0.path, Self.displayName($0.name)) }, uniquingKeysWith: { a, _ in a })
        var base: Plan?
        if let llm = configuration.llm {
            let (plan, source) = await LLMPlanner(config: llm).plan(text, context: PlannerContext(draft: record.session.draft, media: paths, names: names))
            switch source {
            case .model: base = plan
            // The rules then plan the words as they would without a model (a script apart).
            case .rules(let reason): logger.notice("turn planned by rules: \(reason)")
            }
        }
        var planned = record.session.plan(text, media: paths, base: base)
        // A script to narrate becomes the voiceover, as in the CLI (if espeak-ng is missing or
        // fails, the answer says it could not narrate).
        var generated: [GeneratedMediaRecord] = []
        if let script = planned.narration {
            do {
                let voice = try await narrate(script, session: session)
                planned.narrated(by: voice.path)
                durations[voice.path] = voice.info.durationMs
                names[voice.path] = "narration"
                generated.append(voice)
            } catch {
                logger.warning("the script could not be narrated: \(error)")
                planned.notNarrated(because: "\(error)")
            }
        }
        let turn: Turn
        do {
            turn = try await store.updateSession(session, token: token, generated: generated) { [planned, durations, names] session in
                var turn = session.apply(planned, knownDurations: durations, names: names)
                if session.draft.visualTrack?.segments.isEmpty ?? true { turn.answer = Self.withEmptyTimelineHint(turn.answer) }
                return turn
            }
        } catch {
            for file in generated { try? FileManager.default.removeItem(atPath: file.path) }
            throw error
        }
        // A turn that changed nothing recorded nothing: its narration is not wanted.
        if turn.changes.isEmpty { for file in generated { try? FileManager.default.removeItem(atPath: file.path) } }
        return turn
    }

    /// Speaks `script` into `<root>/<session>/<uuid>.wav`. It is written as `<uuid>.upload` first,
    /// the name of a half-written file that the next start sweeps away if this process dies.
    func narrate(_ script: String, session: String) async throws -> GeneratedMediaRecord {
        let directory = mediaRoot.appendingPathComponent(session, isDirectory: true)
        let id = UUID().uuidString.lowercased()
        let partial = directory.appendingPathComponent("\(id).upload")
        let final = directory.appendingPathComponent("\(id).wav")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try await Narrator.speak(script, to: partial.path)
            let info = try await Prober(tools: FFmpegTools.locate()).probe(partial.path)
            try FileManager.default.moveItem(at: partial, to: final)
            return GeneratedMediaRecord(id: id, sessionID: session, kind: "voiceover", path: final.path,
                                        name: "narration.wav", text: script, info: info)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    /// An upload's name as a segment's: without its extension, as the CLI's summaries show files.
    static func displayName(_ uploadName: String) -> String {
        let stem = (uploadName as NSString).deletingPathExtension
        return stem.trimmingCharacters(in: .whitespaces).isEmpty ? uploadName : stem
    }

    /// An empty timeline gets a next step in terms of the API, before the summary line that
    /// ends every answer.
    static func withEmptyTimelineHint(_ answer: String) -> String {
        var lines = answer.components(separatedBy: "\n")
        let hint = "The timeline has no pictures or clips yet: upload some to this session " +
            "(POST /api/upload-video/nemo_agent/me/{session_id}), or make a video from words alone, " +
            "e.g. \"make a 15 second video titled 'Hello', script: Fresh beans daily. Cozy seats.\""
        lines.insert(hint, at: max(0, lines.count - 1))
        return lines.joined(separator: "\n")
    }
}
