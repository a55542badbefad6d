import Foundation
import ReelAgent
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

    static func badInput(_ message: String) -> ToolError { ToolError(400, message) }
    static func projectNotFound(_ id: String) -> ToolError {
        ToolError(1002, "there is no project \(id): create one with create_project and use the id it returns")
    }
}

/// Projects on a local data directory, for `reel mcp` on stdio (no server): each is a folder
/// `<root>/projects/<id>/` with `project.json` (the edit session and its media by path).
public struct LocalWorkspace: Sendable {
    public let root: URL
    public init(root: URL) { self.root = root }

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

    func folder(_ id: String) -> URL { root.appendingPathComponent("projects/\(id)", isDirectory: true) }

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
}
