import Foundation
import ReelTimeline

/// One Google-ADK-style event of `/run_sse`, sent as a `data: {json}` line.
struct AgentEvent: Codable, Sendable, Equatable {
    var content: Content
    var author: String
    var invocationId: String
    var id: String
    var timestamp: Double
    var partial: Bool
    var turnComplete: Bool?
    /// Set on the last event of a turn that failed after the stream started: the API error code
    /// (as ADK's `error_code`, a string) and what went wrong.
    var errorCode: String?
    var errorMessage: String?

    struct Content: Codable, Sendable, Equatable {
        var role: String
        var parts: [Part]
    }

    struct Part: Codable, Sendable, Equatable {
        var text: String?
        var functionCall: FunctionCall?
        var functionResponse: FunctionResponse?
    }

    struct FunctionCall: Codable, Sendable, Equatable {
        var id: String
        var name: String
        var args: JSONValue
    }

    struct FunctionResponse: Codable, Sendable, Equatable {
        var id: String
        var name: String
        var response: JSONValue
    }

    /// The `data: …` line plus the blank line that ends an SSE event.
    func sseFrame() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Data("data: ".utf8) + (try encoder.encode(self)) + Data("\n\n".utf8)
    }
}
