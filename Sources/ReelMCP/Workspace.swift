import Foundation
import MCP
import ReelFFmpeg
import ReelPlanner
import ReelTimeline

/// Where an MCP error comes from, with Reel's stable codes (SPEC §3): an agent acts on the code.
public struct ToolError: Error, Sendable, CustomStringConvertible {
    public var code: Int
    public var message: String
    public init(_ code: Int, _ message: String) {
        self.code = code
        self.message = message
    }
    public var description: String { "error \(code): \(message)" }

    public static func badInput(_ message: String) -> ToolError { ToolError(400, message) }
    public static func projectNotFound(_ id: String) -> ToolError {
        ToolError(1002, "there is no project \(id): create one with create_project and use the id it returns")
    }
    public static func exportNotFound(_ id: String) -> ToolError {
        ToolError(1003, "there is no export \(id): start one with export_start and use the job_id it returns")
    }
}

/// Which face the tools are served on: a local data directory (stdio: media by absolute path,
/// files written where the caller says) or a `reel serve` (HTTP: media by URL through the
/// server's safe import, files downloaded by signed URL).
public enum WorkspaceFace: Sendable { case local, server }

/// What an edit (words, typed operations, undo/redo) did, and where the history stands.
public struct EditOutcome: Sendable {
    public var turn: Turn
    public var canUndo: Bool
    public var canRedo: Bool
    public init(turn: Turn, canUndo: Bool, canRedo: Bool) {
        self.turn = turn
        self.canUndo = canUndo
        self.canRedo = canRedo
    }
}

/// A project's timeline as `get_timeline` shows it.
public struct TimelineView: Sendable {
    public var summary: String
    /// The draft (seed short keys), media named as this face shows them.
    public var draft: Value
    public var media: [Value]
    public var canUndo: Bool
    public var canRedo: Bool
    public init(summary: String, draft: Value, media: [Value], canUndo: Bool, canRedo: Bool) {
        self.summary = summary
        self.draft = draft
        self.media = media
        self.canUndo = canUndo
        self.canRedo = canRedo
    }
}

/// A file added to a project: its id, a line to show, and its full description.
public struct AddedMedia: Sendable {
    public var line: String
    public var value: Value
    public init(line: String, value: Value) {
        self.line = line
        self.value = value
    }
}

/// A rendered preview: where the video is (a path, or a download URL on a server) and the storyboard picture.
public struct PreviewOutcome: Sendable {
    public var video: String
    public var storyboard: String?
    public var png: Data
    public var width: Int?
    public var height: Int?
    public var duration: Double
    public var summary: String
    public init(video: String, storyboard: String?, png: Data, width: Int?, height: Int?, duration: Double, summary: String) {
        self.video = video
        self.storyboard = storyboard
        self.png = png
        self.width = width
        self.height = height
        self.duration = duration
        self.summary = summary
    }
}

/// An export job as `export_status` reports it.
public struct ExportState: Sendable {
    public var jobID: String
    public var projectID: String?
    /// queued, rendering, completed, failed or cancelled.
    public var status: String
    /// 0…1.
    public var progress: Double
    public var error: String?
    /// When completed: the file's path (local) or its signed download URL (server).
    public var output: String?
    public var bytes: Int?
    public var duration: Double?
    public init(jobID: String, projectID: String?, status: String, progress: Double, error: String? = nil,
                output: String? = nil, bytes: Int? = nil, duration: Double? = nil) {
        self.jobID = jobID
        self.projectID = projectID
        self.status = status
        self.progress = progress
        self.error = error
        self.output = output
        self.bytes = bytes
        self.duration = duration
    }

    public var isFinished: Bool { ["completed", "failed", "cancelled"].contains(status) }
}

/// The projects the MCP tools work on. One implementation of the tools (`ReelTools`) over two:
/// `LocalWorkspace` (a data directory, for `reel mcp` on stdio) and the server's (sessions of the
/// caller's token, for `/mcp` on `reel serve`). Every method names its project or job explicitly;
/// one the caller does not own is as absent as a missing one (1002, 1003), and a refused call
/// changes nothing.
public protocol ReelWorkspace: Sendable {
    var face: WorkspaceFace { get }
    func createProject() async throws -> String
    /// Local paths (local face) or http(s) URLs (server face), probed; all are added or none.
    func addMedia(project: String, sources: [String]) async throws -> [AddedMedia]
    /// A local path (local face) or the id of one of the caller's files (server face).
    func probe(_ reference: String) async throws -> MediaInfo
    func edit(project: String, instruction: String) async throws -> EditOutcome
    /// Media named by id or file name; a refused edit comes back with `turn.problems` and changes nothing.
    func apply(project: String, operations: [EditOperation]) async throws -> EditOutcome
    func history(project: String, _ move: Plan.HistoryMove) async throws -> EditOutcome
    func timeline(project: String) async throws -> TimelineView
    func preview(project: String) async throws -> PreviewOutcome
    /// `output` is a path (local face) or a format name (server face); nil for the default.
    func startExport(project: String, output: String?) async throws -> ExportState
    func exportStatus(_ job: String) async throws -> ExportState
    func cancelExport(_ job: String) async throws -> ExportState
}
