import Foundation
import ReelFFmpeg
import ReelTestSupport
import Testing

/// A real MCP client (the official Python SDK, installed into a virtual environment by
/// `scripts/mcp-client.sh`) drives `reel mcp` on stdio from nothing to a checked MP4: tool list and
/// schemas, a project, media, typed edits, words, undo, bad input refused with codes, a preview
/// with its storyboard image, an export followed to the end with progress notifications.
@Suite struct MCPClientTests {
    @Test func anAgentMakesAVideoThroughReelMCP() async throws {
        let s = try Scratch()
        let result = try await ProcessRunner.run("/bin/bash", [packageRoot + "/scripts/mcp-client.sh", try reelBinary(), s.path("flow")])
        let out = String(decoding: result.stdout, as: UTF8.self)
        #expect(result.exitCode == 0, "\(out)\n\(result.stderrTail)")
        #expect(out.contains("all checks passed"), "\(out)")
    }
}
