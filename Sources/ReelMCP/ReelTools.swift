import Foundation
import MCP
import ReelAgent
import ReelFFmpeg
import ReelLLM
import ReelPlanner
import ReelRender
import ReelTimeline

/// Reel's MCP tools over a workspace: one implementation whatever the transport (stdio over a
/// local data directory, streamable HTTP over a server's sessions). Every call names its project
/// explicitly, so clients that keep no session work; errors come back as tool errors carrying
/// Reel's stable codes and a message an agent can act on.
public actor ReelTools {
    let workspace: any ReelWorkspace
    public nonisolated let list: [Tool]
    /// Sends a progress notification (set by the server once it runs).
    var progress: (@Sendable (_ token: ProgressToken, _ value: Double, _ message: String) async -> Void)?

    public init(workspace: any ReelWorkspace) {
        self.workspace = workspace
        list = Self.list(for: workspace.face)
    }

    public nonisolated var face: WorkspaceFace { workspace.face }

    func onProgress(_ send: @escaping @Sendable (ProgressToken, Double, String) async -> Void) { progress = send }

    // MARK: Tool list

    public static func list(for face: WorkspaceFace) -> [Tool] {
        let local = face == .local
        let project: Value = .object(["type": "string", "description": "The project id create_project returned."])
        func schema(_ properties: [String: Value], required: [String]) -> Value {
            .object(["type": "object", "properties": .object(properties), "required": .array(required.map(Value.string)),
                     "additionalProperties": false])
        }
        let readOnly = Tool.Annotations(readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)
        let edits = Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)
        let kinds = "video: mp4 mov avi webm mkv; images: jpg png gif webp; audio: mp3 wav m4a aac"
        let addMedia = local
            ? Tool(name: "add_media", description: "Add local media files (\(kinds)) to a project, probed. Returns each file's id, kind, length and size.",
                   inputSchema: schema(["project_id": project, "paths": .object(["type": "array", "minItems": 1, "maxItems": 100,
                       "items": .object(["type": "string", "description": "An absolute path on this machine."])])], required: ["project_id", "paths"]),
                   annotations: edits)
            : Tool(name: "add_media", description: "Add media (\(kinds)) to a project by http(s) URL: the server downloads each (its safe import: public addresses only, size and time limits), judges it by content and keeps it. All are added or none. Returns each file's id, kind, length and size.",
                   inputSchema: schema(["project_id": project, "urls": .object(["type": "array", "minItems": 1, "maxItems": 100,
                       "items": .object(["type": "string", "description": "An http or https URL the server can fetch."])])], required: ["project_id", "urls"]),
                   annotations: .init(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true))
        let probe = local
            ? Tool(name: "probe_media", description: "Probe one media file: kind, length, size, frame rate, sound.",
                   inputSchema: schema(["path": .object(["type": "string", "description": "An absolute path on this machine."])], required: ["path"]), annotations: readOnly)
            : Tool(name: "probe_media", description: "Probe one of your media files (by the id add_media returned): kind, length, size, frame rate, sound.",
                   inputSchema: schema(["media_id": .object(["type": "string"])], required: ["media_id"]), annotations: readOnly)
        let output: Value = local
            ? .object(["type": "string", "description": "Where to write it (.mp4, .mov, .webm, .gif); default: the project's folder."])
            : .object(["type": "string", "enum": .array(["mp4", "mov", "webm", "gif"].map(Value.string)), "description": "The file's format; default mp4."])
        let previewWhere = local ? "both files' paths" : "the preview's download URL"
        let result = local ? "the file's path" : "its download URL (signed, valid for a day)"
        return [
            Tool(name: "reel_capabilities", description: "What Reel can do: transitions, looks, motions, canvases, text kinds and positions, fonts, formats.",
                 inputSchema: schema([:], required: []), annotations: readOnly),
            Tool(name: "create_project", description: "Start a new video project (an empty timeline with undo history). Returns project_id.",
                 inputSchema: schema([:], required: []),
                 annotations: .init(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)),
            addMedia,
            probe,
            Tool(name: "edit", description: "Edit a project in plain words, as a person would ask (\"make a 30 second vertical video with a title 'Hello'\", \"music quieter\", \"undo\"). Answers what changed and the timeline summary.",
                 inputSchema: schema(["project_id": project, "instruction": .object(["type": "string", "minLength": 1, "maxLength": 20000])],
                                     required: ["project_id", "instruction"]), annotations: edits),
            Tool(name: "apply_edits", description: "Apply typed edit operations to a project, atomically as one undo step. Each operation is {\"op\": name, …fields} as the schema says; media are named by their id or file name. A refused edit changes nothing and says why.",
                 inputSchema: operationsInput(project: project), annotations: edits),
            Tool(name: "get_timeline", description: "The project's timeline: its summary line, the draft (JSON), its media, whether undo/redo are possible.",
                 inputSchema: schema(["project_id": project], required: ["project_id"]), annotations: readOnly),
            Tool(name: "undo", description: "Undo the last edit.", inputSchema: schema(["project_id": project], required: ["project_id"]), annotations: edits),
            Tool(name: "redo", description: "Redo the last undone edit.", inputSchema: schema(["project_id": project], required: ["project_id"]), annotations: edits),
            Tool(name: "preview", description: "Render a fast low-resolution preview (540p, 15 fps) and a storyboard picture of the timeline. Returns the storyboard as an image and \(previewWhere).",
                 inputSchema: schema(["project_id": project], required: ["project_id"]),
                 annotations: .init(readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false)),
            Tool(name: "export_start", description: "Start rendering the final video (1080p H.264 MP4 by default) in the background; returns a job_id. Follow it with export_wait (progress notifications) or poll export_status every few seconds.",
                 inputSchema: schema(["project_id": project, local ? "output" : "format": output], required: ["project_id"]),
                 annotations: .init(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)),
            Tool(name: "export_wait", description: "Wait for an export to end (at most timeout_seconds, default 120), sending progress notifications while it renders when the call carries a progress token; returns its status like export_status.",
                 inputSchema: schema(["job_id": .object(["type": "string"]),
                                      "timeout_seconds": .object(["type": "number", "minimum": 1, "maximum": 600])], required: ["job_id"]),
                 annotations: readOnly),
            Tool(name: "export_status", description: "An export's status (queued, rendering, completed, failed, cancelled), progress 0…1, and when completed \(result), length and size.",
                 inputSchema: schema(["job_id": .object(["type": "string"])], required: ["job_id"]), annotations: readOnly),
            Tool(name: "export_cancel", description: "Cancel an export that is still queued or rendering; no partial file is left.",
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
            let id = try await workspace.createProject()
            return Self.success("Created project \(id).", ["project_id": .string(id)])
        case "add_media":
            let project = try a.string("project_id")
            let key = face == .local ? "paths" : "urls"
            let sources = try a.strings(key)
            guard !sources.isEmpty, sources.count <= 100 else { throw ToolError.badInput("give 1 to 100 \(key)") }
            let added = try await workspace.addMedia(project: project, sources: sources)
            return Self.success("Added \(added.count) file\(added.count == 1 ? "" : "s"):\n" + added.map(\.line).joined(separator: "\n"),
                                ["media": .array(added.map(\.value))])
        case "probe_media":
            let info = try await workspace.probe(try a.string(face == .local ? "path" : "media_id"))
            return Self.success("\(info.kind.rawValue), \(Self.describe(info))", try Self.value(info).objectValue ?? [:])
        case "edit":
            let project = try a.string("project_id")
            let text = try a.string("instruction")
            guard text.count <= 20_000 else { throw ToolError.badInput("the instruction is longer than 20000 characters") }
            return answer(try await workspace.edit(project: project, instruction: text))
        case "apply_edits":
            let project = try a.string("project_id")
            let outcome = try await workspace.apply(project: project, operations: try a.operations())
            if !outcome.turn.problems.isEmpty { throw ToolError.badInput(outcome.turn.problems.joined(separator: "; ") + ". Nothing was changed.") }
            return answer(outcome)
        case "get_timeline":
            let view = try await workspace.timeline(project: try a.string("project_id"))
            return Self.success(view.summary, [
                "summary": .string(view.summary), "draft": view.draft, "media": .array(view.media),
                "can_undo": .bool(view.canUndo), "can_redo": .bool(view.canRedo),
            ])
        case "undo", "redo":
            let outcome = try await workspace.history(project: try a.string("project_id"), name == "undo" ? .undo : .redo)
            if !outcome.turn.problems.isEmpty { throw ToolError.badInput(outcome.turn.problems.joined(separator: "; ")) }
            return answer(outcome)
        case "preview":
            return Self.preview(try await workspace.preview(project: try a.string("project_id")))
        case "export_start":
            let project = try a.string("project_id")
            let state = try await workspace.startExport(project: project, output: try a.optionalString(face == .local ? "output" : "format"))
            if let progressToken { follow(state.jobID, progressToken: progressToken) }
            var structured = Self.status(state)
            // Locally, where the file will be (the caller may have chosen it).
            if face == .local { structured["output"] = state.output.map(Value.string) }
            return Self.success("Export \(state.jobID) started; poll export_status every few seconds.", structured.compactMapValues { $0 })
        case "export_wait":
            let id = try a.string("job_id")
            let timeout = min(600, max(1, a.values["timeout_seconds"]?.doubleValue ?? a.values["timeout_seconds"]?.intValue.map(Double.init) ?? 120))
            let deadline = Date().addingTimeInterval(timeout)
            var state = try await workspace.exportStatus(id)
            while !state.isFinished, Date() < deadline {
                if let progressToken, let progress { await progress(progressToken, state.progress, state.status) }
                try await Task.sleep(for: .milliseconds(500))
                state = try await workspace.exportStatus(id)
            }
            if let progressToken, let progress, state.status == "completed" { await progress(progressToken, 1, "completed") }
            return Self.exportAnswer(state)
        case "export_status":
            return Self.exportAnswer(try await workspace.exportStatus(try a.string("job_id")))
        case "export_cancel":
            let state = try await workspace.cancelExport(try a.string("job_id"))
            return Self.success("Export \(state.jobID) is \(state.status).", Self.status(state).compactMapValues { $0 })
        default:
            throw ToolError.badInput("there is no tool \(name); list the tools to see what Reel offers")
        }
    }

    /// Sends progress notifications for an export started with a progress token, until it ends.
    func follow(_ job: String, progressToken: ProgressToken) {
        guard let send = progress else { return }
        let workspace = workspace
        Task {
            var last = -1.0
            while let state = try? await workspace.exportStatus(job) {
                if state.progress != last || state.isFinished {
                    last = state.progress
                    await send(progressToken, state.status == "completed" ? 1 : state.progress, state.status)
                }
                if state.isFinished { return }
                try? await Task.sleep(for: .milliseconds(500))
            }
        }
    }

    func answer(_ outcome: EditOutcome) -> CallTool.Result {
        let turn = outcome.turn
        return Self.success(turn.answer, [
            "changes": .array(turn.changes.map(Value.string)), "answer": .string(turn.answer),
            "summary": .string(turn.answer.components(separatedBy: "\n").last ?? ""),
            "can_undo": .bool(outcome.canUndo), "can_redo": .bool(outcome.canRedo),
        ])
    }

    static func preview(_ p: PreviewOutcome) -> CallTool.Result {
        let size = p.width.flatMap { w in p.height.map { "\(w)x\($0), " } } ?? ""
        let text = "Preview \(p.video) (\(size)\(String(format: "%.1f", p.duration)) s)\(p.storyboard.map { "; storyboard \($0)" } ?? "").\n\(p.summary)"
        var structured: [String: Value] = ["preview": .string(p.video), "duration": .double(p.duration), "summary": .string(p.summary)]
        if let board = p.storyboard { structured["storyboard"] = .string(board) }
        if let w = p.width { structured["width"] = .int(w) }
        if let h = p.height { structured["height"] = .int(h) }
        return .init(content: [.text(text: text, annotations: nil, _meta: nil), .image(data: p.png.base64EncodedString(), mimeType: "image/png", annotations: nil, _meta: nil)],
                     structuredContent: .object(structured), isError: false)
    }

    static func exportAnswer(_ state: ExportState) -> CallTool.Result {
        success("\(state.status) \(Int(state.progress * 100))%\(state.error.map { ": \($0)" } ?? "")", status(state).compactMapValues { $0 })
    }

    /// An export's status; `output` (path or download URL) only once completed.
    static func status(_ state: ExportState) -> [String: Value?] {
        var out: [String: Value?] = ["job_id": .string(state.jobID), "project_id": state.projectID.map(Value.string),
                                     "status": .string(state.status), "progress": .double(state.progress),
                                     "error": state.error.map(Value.string)]
        if state.status == "completed" {
            out["output"] = state.output.map(Value.string)
            out["bytes"] = state.bytes.map(Value.int)
            out["duration"] = state.duration.map(Value.double)
        }
        return out
    }

    // MARK: Helpers

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
