import Foundation
import ReelTestSupport

/// The stand-in for a chat-completions API: a loopback server answering every request with one
/// canned completion (after an optional delay), recording the request bodies.
final class StandIn: @unchecked Sendable {
    private let lock = NSLock()
    private var _status = 200
    private var _reply = ""
    private var _delay: TimeInterval = 0
    private var server: LoopbackServer!

    var status: Int { get { lock.withLock { _status } } set { lock.withLock { _status = newValue } } }
    var reply: String { get { lock.withLock { _reply } } set { lock.withLock { _reply = newValue } } }
    var delay: TimeInterval { get { lock.withLock { _delay } } set { lock.withLock { _delay = newValue } } }

    var requests: [String] { server.requests.map { String(decoding: $0.body, as: UTF8.self) } }
    var baseURL: URL { URL(string: "http://127.0.0.1:\(server.port)/v1")! }

    init() throws {
        server = try LoopbackServer { [unowned self] _ in
            LoopbackServer.Response(status: status, body: Data(reply.utf8), delay: delay)
        }
    }

    /// A chat completion whose message content is `content`.
    func answer(_ content: String) {
        let completion: [String: Any] = ["choices": [["message": ["role": "assistant", "content": content]]]]
        reply = String(decoding: try! JSONSerialization.data(withJSONObject: completion), as: UTF8.self)
    }
}
