import Foundation
import Logging
import MCP
import ReelAgent
import ReelFFmpeg
import ReelMCP
import ReelPlanner
import ReelRender
import ReelTimeline
import ReelStore

/// The MCP tools' projects on a `reel serve`, for one caller (its bearer token): a project is a
/// session of that token; media come in by URL through the server's safe import (never a local
/// path); edits are the API's turns (one at a time per session, charged as turns); previews and
/// exports are the server's render jobs (queued with the worker's concurrency, exports charged
/// as exports), whose files download by signed URL. Another caller's ids are as absent as
/// missing ones, and every failure is a tool error with the API's code.
struct ServerWorkspace: ReelWorkspace {
    let store: any Store
    let configuration: ServerConfiguration
    let turns: EditingTurns
    let uploads: UploadController<ReelRequestContext>
    let renders: RenderWorker?
    let paths: MediaPaths
    let token: String
    /// The `X-Skill-*` headers the MCP session was opened with: recorded with its exports, and
    /// required on them when the server says so (402), as on `POST /api/render/proxy/lambda`.
    var attribution = Attribution()
    /// A server path (`/api/…`) as an absolute URL on the host the client called.
    let link: @Sendable (String) -> String
    let logger: Logger

    var face: WorkspaceFace { .server }

    /// How long a preview may wait for its render job (it queues behind running exports).
    static var previewTimeout: Duration { .seconds(240) }
    static var exportFormats: [String] { ["mp4", "mov", "webm", "gif"] }

    func createProject() async throws -> String {
        try await mapped { try await store.createSession(token: token, language: "en").id }
    }

    func addMedia(project: String, sources: [String]) async throws -> [AddedMedia] {
        try await mapped(project) {
            try await store.requireSession(project, token: token)
            let records = try await uploads.importURLs(sources, session: project, token: token)
            return try records.map { r in
                AddedMedia(line: "\(r.name) (\(r.id)): \(r.info.kind.rawValue), \(Self.describe(r.info))", value: try mediaValue(r))
            }
        }
    }

    func probe(_ reference: String) async throws -> MediaInfo {
        try await mapped {
            guard let path = try await store.mediaFile(id: reference, token: token) else {
                throw ToolError(4004, "there is no media file \(reference) of yours: add it with add_media and use the id it returns")
            }
            return try await Prober(tools: try FFmpegTools.locate()).probe(path)
        }
    }

    func edit(project: String, instruction: String) async throws -> EditOutcome {
        try await turn(project) { try await turns.run(instruction, session: project, token: token, hold: $0, logger: logger) }
    }

    func apply(project: String, operations: [EditOperation]) async throws -> EditOutcome {
        try await turn(project) { try await turns.run(operations: operations, session: project, token: token, hold: $0, logger: logger) }
    }

    func history(project: String, _ move: Plan.HistoryMove) async throws -> EditOutcome {
        try await turn(project) { try await turns.run(move, session: project, token: token, hold: $0, logger: logger) }
    }

    /// A turn as the API runs one: its cost frozen first (2001 without credits), then settled.
    private func turn(_ project: String, _ run: (CreditHold) async throws -> Turn) async throws -> EditOutcome {
        try await mapped(project) {
            try await store.requireSession(project, token: token)
            let turn = try await run(try await turns.freeze(session: project, token: token))
            let session = try await store.session(project, token: token).session
            return EditOutcome(turn: turn, canUndo: !session.undoStack.isEmpty, canRedo: !session.redoStack.isEmpty)
        }
    }

    func timeline(project: String) async throws -> TimelineView {
        try await mapped(project) {
            let session = try await store.session(project, token: token).session
            let uploads = try await store.media(session: project, token: token)
            let voices = try await store.generatedMedia(session: project, token: token)
            let media = EditingTurns.agentMedia(uploads) + voices.map { AgentMedia(src: $0.path, name: "narration", info: $0.info) }
            let summary = session.draft.summary(knownDurations: media.editContext.durations)
            // Minified, as `visibleDraft` reads it (as the state endpoint's SQLite text is).
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let draftText = paths.visibleDraft(String(decoding: try encoder.encode(session.draft.json), as: UTF8.self), session: project)
            let draft = try JSONDecoder().decode(Value.self, from: Data(draftText.utf8))
            let listed = try uploads.map(mediaValue) + voices.map { try Self.value(GeneratedMediaItem($0, paths: paths)) }
            return TimelineView(summary: summary, draft: draft, media: listed,
                                canUndo: !session.undoStack.isEmpty, canRedo: !session.redoStack.isEmpty)
        }
    }

    func preview(project: String) async throws -> PreviewOutcome {
        try await mapped(project) {
            let renders = try requireRenders()
            let session = try await store.session(project, token: token).session
            let draftText = try await checkedDraft(session.draft)
            let id = "preview_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
            var job = try await store.queueRender(RenderRequest(id: id, token: token, sessionID: project, draft: draftText,
                                                                format: "mp4", quality: "preview"))
            await renders.wake()
            // The storyboard is drawn here while the worker renders the preview.
            let tools = try FFmpegTools.locate()
            let engine = RenderEngine(tools: tools, logger: logger)
            let prepared = try await engine.prepare(session.draft, baseDirectory: baseDirectory(renders))
            let board = FileManager.default.temporaryDirectory.appendingPathComponent("reel-storyboard-\(UUID().uuidString.lowercased()).png").path
            defer { try? FileManager.default.removeItem(atPath: board) }
            try await engine.storyboard(prepared, to: board)
            let png = try Data(contentsOf: URL(fileURLWithPath: board))
            let deadline = ContinuousClock.now + Self.previewTimeout
            while job.status == .queued || job.status == .rendering {
                guard ContinuousClock.now < deadline else {
                    _ = try await renders.cancel(job)
                    throw ToolError(500, "the preview did not finish within \(Self.previewTimeout) (the render queue is busy); try again later")
                }
                try await Task.sleep(for: .milliseconds(200))
                job = try await store.render(key: job.key) ?? job
            }
            guard job.status == .completed, let output = try jobData(job).output else {
                throw ToolError(500, "the preview failed: \(job.error ?? "unknown reason")")
            }
            let info = try? await Prober(tools: tools).probe(job.outputPath ?? "")
            return PreviewOutcome(video: output.url, storyboard: nil, png: png, width: info?.width, height: info?.height,
                                  duration: job.duration ?? 0, summary: prepared.summary)
        }
    }

    func startExport(project: String, output format: String?) async throws -> ExportState {
        try await mapped(project) {
            let renders = try requireRenders()
            if configuration.requireAttributionOnExport, !attribution.isComplete { throw APIError.exportBlocked(attribution) }
            let format = (format ?? "mp4").lowercased()
            guard Self.exportFormats.contains(format) else {
                throw ToolError.badInput("format must be one of \(Self.exportFormats.joined(separator: ", "))")
            }
            let session = try await store.session(project, token: token).session
            let draftText = try await checkedDraft(session.draft)
            let id = "export_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
            let job = try await store.queueRender(RenderRequest(id: id, token: token, sessionID: project, draft: draftText, format: format,
                                                                quality: "high", cost: configuration.exportCost))
            if !attribution.isEmpty { try await store.recordAttribution(attribution, renderKey: job.key) }
            await renders.wake()
            return try state(job)
        }
    }

    func exportStatus(_ id: String) async throws -> ExportState {
        try await mapped {
            guard let job = try await store.render(id: id, token: token) else { throw ToolError.exportNotFound(id) }
            return try state(job)
        }
    }

    func cancelExport(_ id: String) async throws -> ExportState {
        try await mapped {
            let renders = try requireRenders()
            guard let job = try await store.render(id: id, token: token) else { throw ToolError.exportNotFound(id) }
            // The job fails now; a worker rendering it here stops at once, one elsewhere at its next heartbeat.
            return try state(try await renders.cancel(job))
        }
    }

    // MARK: Helpers

    func requireRenders() throws -> RenderWorker {
        guard let renders else { throw ToolError(500, "this server renders nothing (no render worker)") }
        return renders
    }

    func baseDirectory(_ renders: RenderWorker) -> String {
        configuration.resolvedMediaDirectory?.path ?? renders.files.directory.path
    }

    /// The session's draft as a render job stores it: within the server's limits, its media the caller's own.
    func checkedDraft(_ draft: Draft) async throws -> String {
        let own = try await store.mediaPaths(token: token)
        return try RenderController<ReelRequestContext>.checkedDraft(draft.json, own: own, paths: paths, limits: configuration.draftLimits)
    }

    func jobData(_ job: RenderJob) throws -> RenderJobData {
        RenderJobData(job, files: try requireRenders().files,
                      linkExpires: Int(configuration.now().timeIntervalSince1970 + configuration.downloadLinkLifetime), link: link)
    }

    func state(_ job: RenderJob) throws -> ExportState {
        let data = try jobData(job)
        let cancelled = job.status == .failed && job.error == "cancelled"
        return ExportState(jobID: job.id, projectID: job.sessionID, status: cancelled ? "cancelled" : job.status.rawValue,
                           progress: job.status == .completed ? 1 : Double(job.progress) / 100,
                           error: cancelled ? nil : data.error, output: data.output?.url, bytes: job.bytes.map { Int($0) },
                           duration: job.duration)
    }

    func mediaValue(_ record: MediaRecord) throws -> Value {
        guard case .object(var item) = try Self.value(UploadController<ReelRequestContext>.MediaItem(record, paths: paths)) else { return .null }
        item["url"] = .string(link("/api/media/\(record.id)"))
        return .object(item)
    }

    static func value<T: Encodable>(_ v: T) throws -> Value {
        try JSONDecoder().decode(Value.self, from: try JSONEncoder().encode(v))
    }

    static func describe(_ info: MediaInfo) -> String {
        var parts: [String] = []
        if let w = info.width, let h = info.height { parts.append("\(w)x\(h)") }
        if let d = info.duration { parts.append(String(format: "%.1f s", d)) }
        if info.kind == .video { parts.append(info.hasAudio ? "with sound" : "no sound") }
        return parts.joined(separator: ", ")
    }

    /// The API's errors as tool errors with the same codes, worded for the tools.
    func mapped<T>(_ project: String? = nil, _ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as StoreError {
            let error = APIError(error)
            if error.code == 1002, let project { throw ToolError.projectNotFound(project) }
            throw ToolError(error.code, error.message)
        } catch let error as APIError {
            if error.code == 1002, let project { throw ToolError.projectNotFound(project) }
            throw ToolError(error.code, error.message)
        } catch let error as MediaError {
            throw ToolError(error.code, error.description)
        }
    }
}
