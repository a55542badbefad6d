import Foundation
import ReelMCP
import ReelPlanner
import ReelTimeline
import Testing
@testable import ReelServer
import ReelStore

/// The server side of `/mcp` below the transport (the Python SDK drives the whole endpoint in
/// ReelCLITests.MCPClientTests): which browser origins may call it, and the tools charging and
/// gating like the API they stand for.
@Suite struct MCPEndpointTests {
    static func controller(_ configuration: ServerConfiguration, store: SQLiteStore) -> MCPController<ReelRequestContext> {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reel-mcp-\(UUID().uuidString)")
        let turns = EditingTurns(store: store, configuration: configuration, mediaRoot: root)
        return MCPController.mounted(store: store, configuration: configuration, turns: turns, renders: nil, mediaRoot: root)
    }

    @Test(arguments: [
        ("http://127.0.0.1:8080", "127.0.0.1:8080", true),
        ("http://localhost:8080", "localhost:8080", true),
        ("https://reel.example", "reel.example", true),
        ("https://reel.example:443", "reel.example", true),
        ("http://reel.example", "reel.example:80", true),
        ("http://[::1]:8080", "[::1]:8080", true),
        ("https://evil.example", "127.0.0.1:8080", false),
        ("http://127.0.0.1:9999", "127.0.0.1:8080", false),
        ("http://reel.example.evil.example", "reel.example", false),
        ("https://reel.example", "reel.example:8443", false),
        ("null", "127.0.0.1:8080", false),
        ("https://studio.example", "127.0.0.1:8080", true),
    ])
    func onlyTheServersOwnOriginOrAConfiguredOneMayCall(origin: String, authority: String, allowed: Bool) throws {
        var configuration = ServerConfiguration(dataDirectory: nil)
        configuration.mcpAllowedOrigins = ["https://studio.example"]
        let controller = Self.controller(configuration, store: try SQLiteStore.inMemory())
        #expect(controller.allowed(origin: origin, authority: authority) == allowed)
    }

    @Test func editsAreChargedAndRefusedWithoutCreditsLikeTurns() async throws {
        let store = try SQLiteStore.inMemory()
        let configuration = ServerConfiguration(dataDirectory: nil)
        let token = try await store.anonymousToken(clientID: "mcp", credits: 1, lifetime: 3600).token
        let projects = Self.controller(configuration, store: store).workspace(token, { $0 }, .init(label: "test"))
        let project = try await projects.createProject()
        let canvas = try EditOperation.list(wire: try JSONValue.parse(Data(#"[{"op":"setCanvas","width":1080,"height":1920}]"#.utf8)))
        let first = try await projects.apply(project: project, operations: canvas)
        #expect(first.turn.problems.isEmpty && first.canUndo)
        let before = try await projects.timeline(project: project).draft
        do {
            _ = try await projects.history(project: project, .undo)
            Issue.record("an undo without credits went through")
        } catch let error as ToolError {
            #expect(error.code == 2001, "\(error)")
        }
        #expect(try await projects.timeline(project: project).draft == before)
        #expect(try await store.balance(token: token).available == 0)
    }

    @Test func exportsNeedAttributionWhenTheServerSaysSo() async throws {
        let render = try RenderServer()
        var configuration = render.configuration
        configuration.requireAttributionOnExport = true
        let store = render.store
        let token = try await store.anonymousToken(clientID: "mcp", credits: 10, lifetime: 3600).token
        let turns = EditingTurns(store: store, configuration: configuration, mediaRoot: render.directory)
        let controller = MCPController<ReelRequestContext>.mounted(store: store, configuration: configuration, turns: turns,
                                                                    renders: render.worker, mediaRoot: render.directory)
        var projects = controller.workspace(token, { $0 }, .init(label: "test"))
        let project = try await projects.createProject()
        let cards = try EditOperation.list(wire: try JSONValue.parse(Data(#"[{"op":"composeText","title":"Hi","durationMs":2000}]"#.utf8)))
        let made = try await projects.apply(project: project, operations: cards)
        #expect(made.turn.problems.isEmpty && !made.turn.changes.isEmpty)
        do {
            _ = try await projects.startExport(project: project, output: nil)
            Issue.record("an export without attribution was queued")
        } catch let error as ToolError {
            #expect(error.code == 402 && error.message.contains("X-Skill-Platform"), "\(error)")
        }
        projects.attribution = Attribution(source: "clawhub", version: "1.0", platform: "claude")
        let job = try await projects.startExport(project: project, output: nil)
        #expect(job.status == "queued")
        let status = try await projects.exportStatus(job.jobID)
        #expect(status.jobID == job.jobID && status.projectID == project)
    }
}
