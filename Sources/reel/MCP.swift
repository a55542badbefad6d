import ArgumentParser
import ReelPlanner
import Foundation
import ReelFFmpeg
import ReelLLM
import ReelMCP

struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve Reel's tools to an AI agent over MCP (stdio): projects, media, edits, preview, export.",
        discussion: "Projects live under --data (default ~/.local/share/reel/mcp). Register it with an MCP client as the command `reel mcp`."
    )

    @Option(help: "Where projects are kept.")
    var data: String?

    func run() async throws {
        let root = data.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/reel/mcp")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let tools = ReelTools(workspace: LocalWorkspace(root: root, tools: try FFmpegTools.locate(), llm: LLMConfig.fromEnvironment()))
        // The planner's patterns compiled while the agent connects (the first edit waited 0.1–0.5 s for them).
        Task.detached(priority: .utility) { EditSession.warmUp() }
        try await ReelMCPServer.runStdio(tools: tools)
    }
}
