import Foundation
import MCP

/// Reel's tools as an MCP server: `reel mcp` on stdio (JSON-RPC on stdin/stdout; logs go to
/// stderr), and `/mcp` on `reel serve` (streamable HTTP; the server makes one per MCP session).
public enum ReelMCPServer {
    public static let instructions = """
        Reel makes videos on this machine. Create a project, add media by absolute path, then edit it in \
        plain words (edit) or with typed operations (apply_edits), look at it (get_timeline, preview), and \
        export it (export_start, then export_status every few seconds until completed). Errors carry Reel's codes: \
        400 bad input (the message says what to change), 1002 unknown project, 1003 unknown export, \
        4001 unsupported file, 4002 file too large.
        """

    public static let serverInstructions = """
        Reel makes videos on the server you are connected to, as the caller your bearer token names. Create a \
        project, add media by http(s) URL (add_media; the server downloads them), then edit in plain words (edit) \
        or with typed operations (apply_edits), look at it (get_timeline, preview), and export it (export_start, then \
        export_wait or export_status every few seconds until completed; the result is a signed download URL). \
        Errors carry Reel's codes: 400 bad input (the message says what to change), 1002 unknown project, \
        1003 unknown export, 2001 not enough credits, 4001 unsupported file, 4002 file too large.
        """

    public static func makeServer(tools: ReelTools) async -> Server {
        let server = Server(name: "reel", version: "1.0.0", instructions: tools.face == .local ? instructions : serverInstructions,
                            capabilities: .init(tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: tools.list) }
        await server.withMethodHandler(CallTool.self) { params in
            await tools.call(params.name, params.arguments ?? [:], progressToken: params._meta?.progressToken)
        }
        await tools.onProgress { [weak server] token, value, message in
            try? await server?.notify(ProgressNotification.message(.init(progressToken: token, progress: value, total: 1, message: message)))
        }
        return server
    }

    /// Serves on stdin/stdout until the client closes the connection.
    public static func runStdio(tools: ReelTools) async throws {
        let server = await makeServer(tools: tools)
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }
}
