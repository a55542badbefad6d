import Foundation
import ReelLLM
import ReelTestSupport

/// A chat-completions API on loopback standing in for the LLM: it answers each request with the
/// operations given for the first word of `answers` found in the request's instruction. Answers
/// for words in `held` wait until `release()` (or 30 s), which makes a turn as slow as a test needs
/// without any sleeping in the server.
final class ModelStandIn: @unchecked Sendable {
    private let answers: [(word: String, operations: String)]
    private let held: Set<String>
    private let condition = NSCondition()
    private var released = false
    private var gaveUp = false
    private var server: LoopbackServer!

    init(answers: [(word: String, operations: String)], held: Set<String> = []) throws {
        self.answers = answers
        self.held = held
        server = try LoopbackServer { [unowned self] request in answer(request) }
    }

    var config: LLMConfig { LLMConfig(url: URL(string: "http://127.0.0.1:\(server.port)/v1")!, model: "stand-in", timeout: 60) }

    /// The user message of every request received so far ("Current timeline: …\nInstruction: …").
    var prompts: [String] {
        server.requests.compactMap { request in
            let json = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any]
            return ((json?["messages"] as? [[String: Any]])?.last?["content"]) as? String
        }
    }

    /// True if a held answer went out because nobody released it within 30 s.
    var timedOut: Bool { condition.withLock { gaveUp } }

    /// Lets held answers go (now and from now on).
    func release() {
        condition.withLock {
            released = true
            condition.broadcast()
        }
    }

    /// Waits (polling, at most 30 s) until `count` requests have arrived.
    func waitForRequests(_ count: Int) async throws {
        for _ in 0..<3000 {
            if server.requests.count >= count { return }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw TestFailure("the model stand-in got \(server.requests.count) requests, not \(count)")
    }

    private func answer(_ request: LoopbackServer.Request) -> LoopbackServer.Response {
        let json = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any]
        let prompt = (((json?["messages"] as? [[String: Any]])?.last?["content"]) as? String) ?? ""
        let instruction = prompt.components(separatedBy: "Instruction: ").last ?? ""
        guard let match = answers.first(where: { instruction.contains($0.word) }) else {
            return LoopbackServer.Response(status: 500)
        }
        if held.contains(match.word) {
            condition.withLock {
                let deadline = Date().addingTimeInterval(30)
                while !released {
                    if !condition.wait(until: deadline) { gaveUp = true; break }
                }
            }
        }
        let content = #"{"intent":"edit","operations":\#(match.operations)}"#
        let completion: [String: Any] = ["choices": [["message": ["role": "assistant", "content": content]]]]
        return LoopbackServer.Response(body: try! JSONSerialization.data(withJSONObject: completion))
    }
}
