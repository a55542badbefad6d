import Foundation
import MCP
import ReelAgent
import ReelFFmpeg
import ReelLLM
import ReelPlanner
import ReelRender
import ReelTimeline

/// Projects on a local data directory, for `reel mcp` on stdio (no server): each is a folder
/// `<root>/projects/<id>/` with `project.json` (the edit session and its media by path). Exports
/// run in this process and are known until it ends.
public actor LocalWorkspace: ReelWorkspace {
    public let root: URL
    let tools: FFmpegTools
    let agent: Agent
    var jobs: [String: ExportJob] = [:]

    public nonisolated var face: WorkspaceFace { .local }

    public init(root: URL, tools: FFmpegTools, llm: LLMConfig? = nil) {
        self.root = root
        self.tools = tools
        agent = Agent(llm: llm, emptyTimelineHint: "The timeline has no pictures or clips yet: add some with add_media, or make a video from words alone with edit.")
    }

    struct MediaEntry: Codable, Sendable {
        var id: String
        var path: String
        var name: String
        var info: MediaInfo
    }

    struct Project: Codable, Sendable {
        var id: String
        var created: Date
        var session: EditSession
        var media: [MediaEntry]

        var agentMedia: [AgentMedia] {
            media.map { AgentMedia(src: $0.path, name: ($0.name as NSString).deletingPathExtension, info: $0.info) }
        }
    }

    struct ExportJob: Sendable {
        var id: String
        var project: String
        var output: String
        var status = "rendering"
        var progress = 0.0
        var error: String?
        var task: Task<Void, Never>?
    }

    // MARK: ReelWorkspace

    public func createProject() async throws -> String { try create().id }

    public func addMedia(project id: String, sources paths: [String]) async throws -> [AddedMedia] {
        var project = try load(id)
        let prober = Prober(tools: tools)
        var added: [MediaEntry] = []
        for path in paths {
            guard path.hasPrefix("/") else { throw ToolError.badInput("\(path) is not an absolute path") }
            let info = try await prober.probe(path)
            added.append(.init(id: UUID().uuidString.lowercased(), path: path, name: (path as NSString).lastPathComponent, info: info))
        }
        project.media += added
        try save(project)
        return try added.map { AddedMedia(line: "\($0.name) (\($0.id)): \($0.info.kind.rawValue), \(ReelTools.describe($0.info))", value: try Self.mediaValue($0)) }
    }

    public func probe(_ path: String) async throws -> MediaInfo {
        try await Prober(tools: tools).probe(path)
    }

    public func edit(project id: String, instruction text: String) async throws -> EditOutcome {
        var project = try load(id)
        let prepared = await agent.prepare(text, session: project.session, media: project.agentMedia, voiceDirectory: folder(project.id))
        let turn = agent.apply(prepared, to: &project.session)
        if turn.changes.isEmpty { prepared.discardVoices() } else { try save(project) }
        return outcome(turn, project)
    }

    public func apply(project id: String, operations: [EditOperation]) async throws -> EditOutcome {
        var project = try load(id)
        let media = project.media
        let resolved = try operations.map { op in try op.mappingSources { try Self.file(named: $0, in: media) } }
        let turn = agent.apply(operations: resolved, to: &project.session, media: project.agentMedia)
        if turn.problems.isEmpty { try save(project) }
        return outcome(turn, project)
    }

    public func history(project id: String, _ move: Plan.HistoryMove) async throws -> EditOutcome {
        var project = try load(id)
        let turn = agent.history(move, session: &project.session, media: project.agentMedia)
        if turn.problems.isEmpty { try save(project) }
        return outcome(turn, project)
    }

    public func timeline(project id: String) async throws -> TimelineView {
        let project = try load(id)
        let summary = project.session.draft.summary(knownDurations: project.agentMedia.editContext.durations)
        let draft = try JSONDecoder().decode(Value.self, from: project.session.draft.encoded())
        return TimelineView(summary: summary, draft: draft, media: try project.media.map(Self.mediaValue),
                            canUndo: !project.session.undoStack.isEmpty, canRedo: !project.session.redoStack.isEmpty)
    }

    public func preview(project id: String) async throws -> PreviewOutcome {
        let project = try load(id)
        let engine = RenderEngine(tools: tools)
        let folder = folder(project.id)
        let prepared = try await engine.prepare(project.session.draft, baseDirectory: folder.path)
        let video = folder.appendingPathComponent("preview.mp4").path
        let board = folder.appendingPathComponent("storyboard.png").path
        let result = try await engine.render(prepared, to: video, settings: RenderSettings(format: .mp4, preview: true))
        try await engine.storyboard(prepared, to: board)
        let png = try Data(contentsOf: URL(fileURLWithPath: board))
        return PreviewOutcome(video: video, storyboard: board, png: png, width: result.width, height: result.height,
                              duration: result.duration, summary: prepared.summary)
    }

    public func startExport(project id: String, output: String?) async throws -> ExportState {
        let project = try load(id)
        let engine = RenderEngine(tools: tools)
        let prepared = try await engine.prepare(project.session.draft, baseDirectory: folder(project.id).path)
        let path = output ?? folder(project.id).appendingPathComponent("export-\(UUID().uuidString.prefix(8).lowercased()).mp4").path
        guard path.hasPrefix("/") else { throw ToolError.badInput("output must be an absolute path") }
        guard let format = OutputFormat.from(path: path), [.mp4, .mov, .webm, .gif].contains(format) else {
            throw ToolError.badInput("output must end in .mp4, .mov, .webm or .gif")
        }
        let jobID = "export_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        jobs[jobID] = ExportJob(id: jobID, project: id, output: path)
        let task = Task { [weak self] in
            let me = self
            do {
                _ = try await engine.render(prepared, to: path, settings: RenderSettings(format: format)) { value in
                    Task { await me?.update(jobID, progress: value) }
                }
                await me?.finish(jobID, error: nil)
            } catch {
                await me?.finish(jobID, error: error is CancellationError ? nil : "\(error)", cancelled: error is CancellationError)
            }
        }
        jobs[jobID]?.task = task
        var started = state(jobs[jobID]!)
        started.output = path
        return started
    }

    public func exportStatus(_ id: String) async throws -> ExportState { state(try job(id)) }

    public func cancelExport(_ id: String) async throws -> ExportState {
        var job = try job(id)
        if job.status == "rendering" {
            job.task?.cancel()
            job.status = "cancelled"
            jobs[job.id] = job
        }
        return state(job)
    }

    // MARK: Jobs

    func update(_ id: String, progress value: Double) {
        guard var job = jobs[id], job.status == "rendering" else { return }
        job.progress = max(job.progress, value)
        jobs[id] = job
    }

    func finish(_ id: String, error: String?, cancelled: Bool = false) {
        guard var job = jobs[id] else { return }
        if cancelled || job.status == "cancelled" { job.status = "cancelled" } else if let error {
            job.status = "failed"
            job.error = error
        } else {
            job.status = "completed"
            job.progress = 1
        }
        jobs[id] = job
    }

    func job(_ id: String) throws -> ExportJob {
        guard let job = jobs[id] else { throw ToolError(1003, "there is no export \(id) in this server's run") }
        return job
    }

    func state(_ job: ExportJob) -> ExportState {
        var state = ExportState(jobID: job.id, projectID: job.project, status: job.status, progress: job.progress, error: job.error)
        if job.status == "completed" {
            state.output = job.output
            state.bytes = ((try? FileManager.default.attributesOfItem(atPath: job.output)[.size]) as? NSNumber)?.intValue ?? 0
        }
        return state
    }

    // MARK: Projects

    nonisolated func folder(_ id: String) -> URL { root.appendingPathComponent("projects/\(id)", isDirectory: true) }

    func outcome(_ turn: Turn, _ project: Project) -> EditOutcome {
        EditOutcome(turn: turn, canUndo: !project.session.undoStack.isEmpty, canRedo: !project.session.redoStack.isEmpty)
    }

    func create() throws -> Project {
        let project = Project(id: UUID().uuidString.lowercased(), created: Date(), session: EditSession(draft: Draft()), media: [])
        try FileManager.default.createDirectory(at: folder(project.id), withIntermediateDirectories: true)
        try save(project)
        return project
    }

    func load(_ id: String) throws -> Project {
        // Ids are ours (UUIDs): anything else never names a folder.
        guard UUID(uuidString: id) != nil else { throw ToolError.projectNotFound(id) }
        guard let data = FileManager.default.contents(atPath: folder(id).appendingPathComponent("project.json").path) else {
            throw ToolError.projectNotFound(id)
        }
        do { return try JSONDecoder().decode(Project.self, from: data) } catch {
            throw ToolError(500, "project \(id) could not be read: \(error)")
        }
    }

    /// Written whole or not at all.
    func save(_ project: Project) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(project).write(to: folder(project.id).appendingPathComponent("project.json"), options: .atomic)
    }

    static func file(named reference: String, in media: [MediaEntry]) throws -> String {
        guard let path = MediaReference.resolve(reference, among: media.map { MediaReference(id: $0.id, path: $0.path, name: $0.name) }) else {
            throw ToolError.badInput("\"\(reference)\" is not a media file of this project: add it with add_media, then name it by its id or file name")
        }
        return path
    }

    static func mediaValue(_ m: MediaEntry) throws -> Value {
        .object(["id": .string(m.id), "name": .string(m.name), "path": .string(m.path), "info": try ReelTools.value(m.info)])
    }
}
