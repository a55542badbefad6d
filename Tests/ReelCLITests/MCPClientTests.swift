import Foundation
import ReelFFmpeg
import ReelTestSupport
import Testing

/// A real MCP client (the official Python SDK, installed into a virtual environment by
/// `scripts/mcp-client.sh`) drives Reel's MCP tools from nothing to a checked MP4: tool list and
/// schemas, a project, media, typed edits, words, undo, bad input refused with codes, a preview
/// with its storyboard image, an export followed to the end with progress notifications.
@Suite(.serialized) struct MCPClientTests {
    /// `reel mcp` on stdio, media by local path.
    @Test func anAgentMakesAVideoThroughReelMCP() async throws {
        try await runFlow("stdio")
    }

    /// `/mcp` on a `reel serve` on loopback (the script starts it): media by URL from the script's
    /// own little file server, files back as download URLs; a second token cannot see or touch the
    /// first one's projects, exports, media or MCP session; no token, a bad token or a foreign
    /// browser origin is refused.
    @Test func anAgentMakesAVideoThroughTheServersMCPEndpoint() async throws {
        try await runFlow("http")
    }

    func runFlow(_ transport: String) async throws {
        let s = try Scratch()
        let result = try await ProcessRunner.run("/bin/bash", [packageRoot + "/scripts/mcp-client.sh", try reelBinary(), s.path("flow"), transport])
        let out = String(decoding: result.stdout, as: UTF8.self)
        #expect(result.exitCode == 0, "\(out)\n\(result.stderrTail)")
        #expect(out.contains("all checks passed"), "\(out)")
    }
}
