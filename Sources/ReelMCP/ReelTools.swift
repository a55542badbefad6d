import Foundation
import MCP
import ReelAgent
import ReelFFmpeg
import ReelLLM
import ReelPlanner
import ReelRender
import ReelTimeline

/// Reel's MCP tools over a local workspace: one implementation whatever the transport. Every
/// call names its project explicitly, so clients that keep no session work; errors come back as
/// tool errors carrying Reel's stable codes and a message an agent can act on.
public actor ReelTools {
    let workspace: LocalWorkspace
    let tools: FFmpegTools
    let agent: Agent
    var jobs: [String: ExportJob] = [:]
    /// Sends a progress notification (set by the server once it runs).
    var progress: (@Sendable (_ token: ProgressToken, _ value: Double, _ message: String) async -> Void)?

    public init(workspace: LocalWorkspace, tools: FFmpegTools, llm: LLMConfig? = nil) {
        self.workspace = workspace
        self.tools = tools
        agent = Agent(llm: llm, emptyTimelineHint: "The timeline has no pictures or clips yet: add some with add_media, or make a video from words alone with edit.")
    }

    func onProgress(_ send: @escaping @Sendable (ProgressToken, Double, String) async -> Void) { progress = send }

    struct ExportJob: Sendable {
        var id: String
        var project: String
        var output: String
        var status = "rendering"
        var progress = 0.0
        var error: String?
        var task: Task<Void, Never>?
    }

    // MARK: Tool list

    public static var list: [Tool] {
        let project: Value = .object(["type": "string", "description": "The project id create_project returned."])
        func schema(_ properties: [String: Value], required: [String]) -> Value {
            .object(["type": "object", "properties": .object(properties), "required": .array(required.map(Value.string)),
                     "additionalProperties": false])
        }
        let readOnly = Tool.Annotations(readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)
        let edits = Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)
        return [
            Tool(name: "reel_capabilities", description: "What Reel can do: transitions, looks, motions, canvases, text kinds and positions, fonts, formats.",
                 inputSchema: schema([:], required: []), annotations: readOnly),
            Tool(name: "create_project", description: "Start a new video project (an empty timeline with undo history). Returns project_id.",
                 inputSchema: schema([:], required: []),
                 annotations: .init(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)),
            Tool(name: "add_media", description: "Add local media files (video: mp4 mov avi webm mkv; images: jpg png gif webp; audio: mp3 wav m4a aac) to a project, probed. Returns each file's id, kind, length and size.",
                 inputSchema: schema(["project_id": project, "paths": .object(["type": "array", "minItems": 1, "maxItems": 100,
                     "items": .object(["type": "string", "description": "An absolute path on this machine."])])], required: ["project_id", "paths"]),
                 annotations: edits),
            Tool(name: "probe_media", description: "Probe one media file: kind, length, size, frame rate, sound.",
                 inputSchema: schema(["path": .object(["type": "string"])], required: ["path"]), annotations: readOnly),
            Tool(name: "edit", description: "Edit a project in plain words, as a person would ask (\"make a 30 second vertical video with a title 'Hello'\", \"music quieter\", \"undo\"). Answers what changed and the timeline summary.",
                 inputSchema: schema(["project_id": project, "instruction": .object(["type": "string", "minLength": 1, "maxLength": 20000])],
                                     required: ["project_id", "instruction"]), annotations: edits),
            Tool(name: "apply_edits", description: "Apply typed edit operations to a project, atomically as one undo step. Each operation is {\"op\": name, …fields} as the schema says; media are named by their id or file name. A refused edit changes nothing and says why.",
                 inputSchema: operationsInput(project: project), annotations: edits),
            Tool(name: "get_timeline", description: "The project's timeline: its summary line, the draft (JSON), its media, whether undo/redo are possible.",
                 inputSchema: schema(["project_id": project], required: ["project_id"]), annotations: readOnly),
            Tool(name: "undo", description: "Undo the last edit.", inputSchema: schema(["project_id": project], required: ["project_id"]), annotations: edits),
            Tool(name: "redo", description: "Redo the last undone edit.", inputSchema: schema(["project_id": project], required: ["project_id"]), annotations: edits),
            Tool(name: "preview", description: "Render a fast low-resolution preview (540p, 15 fps) and a storyboard picture of the timeline. Returns the storyboard as an image and both files' paths.",
                 inputSchema: schema(["project_id": project], required: ["project_id"]),
                 annotations: .init(readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false)),
            Tool(name: "export_start", description: "Start rendering the final video (1080p H.264 MP4 by default) in the background; returns a job_id. Follow it with export_wait (progress notifications) or poll export_status every few seconds.",
                 inputSchema: schema(["project_id": project, "output": .object(["type": "string", "description": "Where to write it (.mp4, .mov, .webm, .gif); default: the project's folder."])],
                                     required: ["project_id"]),
                 annotations: .init(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)),
            Tool(name: "export_wait", description: "Wait for an export to end (at most timeout_seconds, default 120), sending progress notifications while it renders when the call carries a progress token; returns its status like export_status.",
                 inputSchema: schema(["job_id": .object(["type": "string"]),
                                      "timeout_seconds": .object(["type": "number", "minimum": 1, "maximum": 600])], required: ["job_id"]),
                 annotations: readOnly),
            Tool(name: "export_status", description: "An export's status (rendering, completed, failed, cancelled), progress 0…1, and when completed the file's path, length and size.",
                 inputSchema: schema(["job_id": .object(["type": "string"])], required: ["job_id"]), annotations: readOnly),
            Tool(name: "export_cancel", description: "Cancel an export that is still rendering; no partial file is left.",
                 inputSchema: schema(["job_id": .object(["type": "string"])], required: ["job_id"]),
                 annotations: .init(readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false)),
        ]
    }

    /// `apply_edits`' input: the project and a list of operations, each described by the
    /// published operation schema (its `$defs` come along so references resolve).
    static func operationsInput(project: Value) -> Value {
        let operation = (try? JSONDecoder().decode(Value.self, from: Data(OperationSchema.json.utf8))) ?? .object([:])
        guard case .object(let op) = operation else { return .object([:]) }
        var defs = op["$defs"]?.objectValue ?? [:]
        defs["operation"] = .object(["description": op["description"] ?? .null, "oneOf": op["oneOf"] ?? .array([])])
        return .object([
            "type": "object",
            "properties": .object([
                "project_id": project,
                "operations": .object(["type": "array", "minItems": 1, "maxItems": 200, "items": .object(["$ref": "#/$defs/operation"])]),
            ]),
            "required": .array(["project_id", "operations"]),
            "additionalProperties": false,
            "$defs": .object(defs),
        ])
    }

    // MARK: Calls

    public func call(_ name: String, _ arguments: [String: Value], progressToken: ProgressToken?) async -> CallTool.Result {
        do {
            return try await dispatch(name, Arguments(arguments), progressToken: progressToken)
        } catch let error as ToolError {
            return Self.failure(error)
        } catch let error as MediaError {
            return Self.failure(ToolError(error.code, error.description))
        } catch let error as DraftValidationError {
            return Self.failure(ToolError(400, error.description))
        } catch {
            return Self.failure(ToolError(500, "\(error)"))
        }
    }

    static func failure(_ error: ToolError) -> CallTool.Result {
        .init(content: [.text(text: error.description, annotations: nil, _meta: nil)], structuredContent: .object(["code": .int(error.code), "message": .string(error.message)]), isError: true)
    }

    static func success(_ text: String, _ structured: [String: Value]) -> CallTool.Result {
        .init(content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: .object(structured), isError: false)
    }

    func dispatch(_ name: String, _ a: Arguments, progressToken: ProgressToken?) async throws -> CallTool.Result {
        switch name {
        case "reel_capabilities":
            return Self.success("Reel can use these transitions, looks, motions, canvases and text settings.", Self.capabilities)
        case "create_project":
            let project = try workspace.create()
            return Self.success("Created project \(project.id).", ["project_id": .string(project.id)])
        case "add_media":
            return try await addMedia(try a.string("project_id"), paths: try a.strings("paths"))
        case "probe_media":
            let path = try a.string("path")
            let info = try await Prober(tools: tools).probe(path)
            return Self.success("\(info.kind.rawValue), \(Self.describe(info))", try Self.value(info).objectValue ?? [:])
        case "edit":
            var project = try workspace.load(try a.string("project_id"))
            let text = try a.string("instruction")
            guard text.count <= 20_000 else { throw ToolError.badInput("the instruction is longer than 20000 characters") }
            let prepared = await agent.prepare(text, session: project.session, media: project.agentMedia,
                                               voiceDirectory: workspace.folder(project.id))
            let turn = agent.apply(prepared, to: &project.session)
            if turn.changes.isEmpty { prepared.discardVoices() } else { try workspace.save(project) }
            return try answer(turn, project)
        case "apply_edits":
            var project = try workspace.load(try a.string("project_id"))
            let ops = try a.operations()
            let media = project.media
            let resolved = try ops.map { op in try op.mappingSources { try Self.file(named: $0, in: media) } }
            let turn = agent.apply(operations: resolved, to: &project.session, media: project.agentMedia)
            if !turn.problems.isEmpty { throw ToolError.badInput(turn.problems.joined(separator: "; ") + ". Nothing was changed.") }
            try workspace.save(project)
            return try answer(turn, project)
        case "get_timeline":
            let project = try workspace.load(try a.string("project_id"))
            let summary = project.session.draft.summary(knownDurations: project.agentMedia.editContext.durations)
            let draft = try JSONDecoder().decode(Value.self, from: project.session.draft.encoded())
            return Self.success(summary, [
                "summary": .string(summary), "draft": draft, "media": .array(try project.media.map(Self.mediaValue)),
                "can_undo": .bool(!project.session.undoStack.isEmpty), "can_redo": .bool(!project.session.redoStack.isEmpty),
            ])
        case "undo", "redo":
            var project = try workspace.load(try a.string("project_id"))
            let turn = agent.history(name == "undo" ? .undo : .redo, session: &project.session, media: project.agentMedia)
            if !turn.problems.isEmpty { throw ToolError.badInput(turn.problems.joined(separator: "; ")) }
            try workspace.save(project)
            return try answer(turn, project)
        case "preview":
            return try await preview(try workspace.load(try a.string("project_id")))
        case "export_start":
            return try await startExport(try a.string("project_id"), output: try a.optionalString("output"), progressToken: progressToken)
        case "export_wait":
            let id = try a.string("job_id")
            let timeout = min(600, max(1, a.values["timeout_seconds"]?.doubleValue ?? a.values["timeout_seconds"]?.intValue.map(Double.init) ?? 120))
            let deadline = Date().addingTimeInterval(timeout)
            var job = try job(id)
            while job.status == "rendering", Date() < deadline {
                if let progressToken, let progress { await progress(progressToken, job.progress, "rendering") }
                try await Task.sleep(for: .milliseconds(500))
                job = try self.job(id)
            }
            if let progressToken, let progress, job.status == "completed" { await progress(progressToken, 1, "completed") }
            return Self.success("\(job.status) \(Int(job.progress * 100))%\(job.error.map { ": \($0)" } ?? "")", try status(job))
        case "export_status":
            let job = try job(try a.string("job_id"))
            return Self.success("\(job.status) \(Int(job.progress * 100))%\(job.error.map { ": \($0)" } ?? "")", try status(job))
        case "export_cancel":
            var job = try job(try a.string("job_id"))
            if job.status == "rendering" {
                job.task?.cancel()
                job.status = "cancelled"
                jobs[job.id] = job
            }
            return Self.success("Export \(job.id) is \(job.status).", try status(job))
        default:
            throw ToolError.badInput("there is no tool \(name); list the tools to see what Reel offers")
        }
    }

    func answer(_ turn: Turn, _ project: LocalWorkspace.Project) throws -> CallTool.Result {
        Self.success(turn.answer, [
            "changes": .array(turn.changes.map(Value.string)), "answer": .string(turn.answer),
            "summary": .string(turn.answer.components(separatedBy: "\n").last ?? ""),
            "can_undo": .bool(!project.session.undoStack.isEmpty), "can_redo": .bool(!project.session.redoStack.isEmpty),
        ])
    }

    func addMedia(_ id: String, paths: [String]) async throws -> CallTool.Result {
        var project = try workspace.load(id)
        guard !paths.isEmpty, paths.count <= 100 else { throw ToolError.badInput("give 1 to 100 paths") }
        let prober = Prober(tools: tools)
        var added: [LocalWorkspace.MediaEntry] = []
        for path in paths {
            guard path.hasPrefix("/") else { throw ToolError.badInput("\(path) is not an absolute path") }
            let info = try await prober.probe(path)
            added.append(.init(id: UUID().uuidString.lowercased(), path: path, name: (path as NSString).lastPathComponent, info: info))
        }
        project.media += added
        try workspace.save(project)
        let lines = added.map { "\($0.name) (\($0.id)): \($0.info.kind.rawValue), \(Self.describe($0.info))" }
        return Self.success("Added \(added.count) file\(added.count == 1 ? "" : "s"):\n" + lines.joined(separator: "\n"),
                            ["media": .array(try added.map(Self.mediaValue))])
    }

    func preview(_ project: LocalWorkspace.Project) async throws -> CallTool.Result {
        let engine = RenderEngine(tools: tools)
        let prepared = try await engine.prepare(project.session.draft, baseDirectory: workspace.folder(project.id).path)
        let folder = workspace.folder(project.id)
        let video = folder.appendingPathComponent("preview.mp4").path
        let board = folder.appendingPathComponent("storyboard.png").path
        let result = try await engine.render(prepared, to: video, settings: RenderSettings(format: .mp4, preview: true))
        try await engine.storyboard(prepared, to: board)
        let png = try Data(contentsOf: URL(fileURLWithPath: board))
        let text = "Preview \(video) (\(result.width)x\(result.height), \(String(format: "%.1f", result.duration)) s); storyboard \(board).\n\(prepared.summary)"
        return .init(content: [.text(text: text, annotations: nil, _meta: nil), .image(data: png.base64EncodedString(), mimeType: "image/png", annotations: nil, _meta: nil)],
                     structuredContent: .object(["preview": .string(video), "storyboard": .string(board), "duration": .double(result.duration),
                                                 "width": .int(result.width), "height": .int(result.height), "summary": .string(prepared.summary)]),
                     isError: false)
    }

    func startExport(_ id: String, output: String?, progressToken: ProgressToken?) async throws -> CallTool.Result {
        let project = try workspace.load(id)
        let engine = RenderEngine(tools: tools)
        let prepared = try await engine.prepare(project.session.draft, baseDirectory: workspace.folder(project.id).path)
        let path = output ?? workspace.folder(project.id).appendingPathComponent("export-\(UUID().uuidString.prefix(8).lowercased()).mp4").path
        guard path.hasPrefix("/") else { throw ToolError.badInput("output must be an absolute path") }
        guard let format = OutputFormat.from(path: path), [.mp4, .mov, .webm, .gif].contains(format) else {
            throw ToolError.badInput("output must end in .mp4, .mov, .webm or .gif")
        }
        let jobID = "export_" + UUID().uuidString.prefix(12).lowercased()
        jobs[jobID] = ExportJob(id: jobID, project: id, output: path)
        let send = progress
        let task = Task { [weak self] in
            let me = self
            do {
                _ = try await engine.render(prepared, to: path, settings: RenderSettings(format: format)) { value in
                    Task { await me?.update(jobID, progress: value) }
                    if let progressToken, let send { Task { await send(progressToken, value, "rendering") } }
                }
                await me?.finish(jobID, error: nil)
                if let progressToken, let send { await send(progressToken, 1, "completed") }
            } catch {
                await me?.finish(jobID, error: error is CancellationError ? nil : "\(error)", cancelled: error is CancellationError)
            }
        }
        jobs[jobID]?.task = task
        return Self.success("Export \(jobID) started; poll export_status every few seconds.", ["job_id": .string(jobID), "output": .string(path)])
    }

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

    func status(_ job: ExportJob) throws -> [String: Value] {
        var out: [String: Value] = ["job_id": .string(job.id), "project_id": .string(job.project), "status": .string(job.status),
                                    "progress": .double(job.progress)]
        if let error = job.error { out["error"] = .string(error) }
        if job.status == "completed" {
            out["output"] = .string(job.output)
            let size = ((try? FileManager.default.attributesOfItem(atPath: job.output)[.size]) as? NSNumber)?.intValue ?? 0
            out["bytes"] = .int(size)
        }
        return out
    }

    // MARK: Helpers

    static func file(named reference: String, in media: [LocalWorkspace.MediaEntry]) throws -> String {
        guard let path = MediaReference.resolve(reference, among: media.map { MediaReference(id: $0.id, path: $0.path, name: $0.name) }) else {
            throw ToolError.badInput("\"\(reference)\" is not a media file of this project: add it with add_media, then name it by its id or file name")
        }
        return path
    }

    static func describe(_ info: MediaInfo) -> String {
        var parts: [String] = []
        if let w = info.width, let h = info.height { parts.append("\(w)x\(h)") }
        if let d = info.duration { parts.append(String(format: "%.1f s", d)) }
        if info.kind == .video { parts.append(info.hasAudio ? "with sound" : "no sound") }
        return parts.joined(separator: ", ")
    }

    static func value<T: Encodable>(_ v: T) throws -> Value {
        try JSONDecoder().decode(Value.self, from: try JSONEncoder().encode(v))
    }

    static func mediaValue(_ m: LocalWorkspace.MediaEntry) throws -> Value {
        .object(["id": .string(m.id), "name": .string(m.name), "path": .string(m.path), "info": try value(m.info)])
    }

    static var capabilities: [String: Value] {
        [
            "transitions": .array(TransitionName.all.map(Value.string)),
            "looks": .array(LookName.allCases.map { .string($0.rawValue) }),
            "motions": .array(Motion.allCases.map { .string($0.rawValue) }),
            "canvases": .array(CanvasPreset.all.map { .object(["name": .string($0.name), "width": .int($0.width), "height": .int($0.height)]) }),
            "text_kinds": .array(TextKind.allCases.map { .string($0.rawValue) }),
            "text_positions": .array(TextPosition.allCases.map { .string($0.rawValue) }),
            "fonts": .array(["DejaVu Sans", "Noto Sans CJK SC"].map(Value.string)),
            "formats": .array(["mp4", "mov", "webm", "gif"].map(Value.string)),
            "operations": .array(EditOperation.wireNames.map(Value.string)),
        ]
    }
}

/// A tool call's arguments, read with errors that name the argument.
struct Arguments {
    let values: [String: Value]
    init(_ values: [String: Value]) { self.values = values }

    func string(_ key: String) throws -> String {
        guard let s = values[key]?.stringValue, !s.isEmpty else { throw ToolError.badInput("\(key) is required (a string)") }
        return s
    }

    func optionalString(_ key: String) throws -> String? {
        guard let v = values[key], v != .null else { return nil }
        guard let s = v.stringValue else { throw ToolError.badInput("\(key) must be a string") }
        return s
    }

    func strings(_ key: String) throws -> [String] {
        guard let items = values[key]?.arrayValue else { throw ToolError.badInput("\(key) is required (a list of strings)") }
        return try items.map { item in
            guard let s = item.stringValue else { throw ToolError.badInput("\(key) must hold strings only") }
            return s
        }
    }

    /// The operations, read by the same decoder as the HTTP API's (`operations[1].width: …`).
    func operations() throws -> [EditOperation] {
        guard let list = values["operations"] else { throw ToolError.badInput("operations is required (a list of {\"op\": …} objects)") }
        let json = try JSONValue.parse(try JSONEncoder().encode(list))
        do {
            let ops = try EditOperation.list(wire: json)
            guard !ops.isEmpty else { throw ToolError.badInput("operations is empty: nothing to do") }
            guard ops.count <= 200 else { throw ToolError.badInput("at most 200 operations in one call") }
            return ops
        } catch let error as OperationDecodingError {
            throw ToolError.badInput("\(error)")
        }
    }
}
