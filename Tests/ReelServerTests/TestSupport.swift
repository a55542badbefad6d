import Foundation
import ReelTestSupport
import Hummingbird
import HummingbirdTesting
@testable import ReelServer
import ReelTimeline
import ReelStore

/// A server over an in-memory store, and the store itself for checks behind the API's back.
struct TestServer {
    var store: SQLiteStore
    var configuration: ServerConfiguration

    init(startingCredits: Int = 100, rateLimit: Int = 1000, now: @escaping @Sendable () -> Date = { Date() }) throws {
        configuration = ServerConfiguration(host: "127.0.0.1", port: 0, dataDirectory: nil, startingCredits: startingCredits,
                                            rateLimit: rateLimit, now: now)
        store = try SQLiteStore.inMemory(now: now)
    }

    var app: some ApplicationProtocol {
        Application(router: buildRouter(store: store, configuration: configuration),
                    configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    func test<T>(_ setup: TestingSetup = .router, _ body: @escaping @Sendable (API) async throws -> T) async throws -> T {
        try await app.test(setup) { client in try await body(API(client: client)) }
    }
}

/// The seed client's calls, each returning the status and the parsed body.
struct API: Sendable {
    let client: any TestClientProtocol

    struct Reply: Sendable {
        var status: Int
        var headers: HTTPFields
        var body: JSONValue
        var text: String
        var code: Int? { body["code"]?.int }
        var data: JSONValue? { body["data"] }
    }

    func call(_ method: HTTPRequest.Method, _ uri: String, token: String? = nil, clientID: String? = nil,
              json: String? = nil) async throws -> Reply {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let clientID { headers[.clientID] = clientID }
        if json != nil { headers[.contentType] = "application/json" }
        let response = try await client.execute(uri: uri, method: method, headers: headers,
                                                body: json.map { ByteBuffer(string: $0) })
        let text = String(buffer: response.body)
        let body = (try? JSONValue.parse(Data(text.utf8))) ?? .null
        return Reply(status: Int(response.status.code), headers: response.headers, body: body, text: text)
    }

    func token(clientID: String = UUID().uuidString) async throws -> String {
        let reply = try await call(.post, "/api/auth/anonymous-token", clientID: clientID)
        guard let token = reply.data?["token"]?.string else { throw TestFailure("no token in \(reply.text)") }
        return token
    }

    func session(token: String) async throws -> String {
        let reply = try await call(.post, "/api/tasks/me/with-session/nemo_agent", token: token,
                                   json: #"{"task_name":"project","language":"en"}"#)
        guard let sid = reply.data?["session_id"]?.string else { throw TestFailure("no session_id in \(reply.text)") }
        return sid
    }

    func runSSE(token: String, session: String, _ text: String) async throws -> (reply: Reply, events: [JSONValue]) {
        let body = try JSONEncoder().encode(RunBody(session_id: session, new_message: .init(parts: [.init(text: text)])))
        let reply = try await call(.post, "/run_sse", token: token, json: String(decoding: body, as: UTF8.self))
        let events = reply.text.components(separatedBy: "\n")
            .filter { $0.hasPrefix("data: ") }
            .compactMap { try? JSONValue.parse(Data($0.dropFirst(6).utf8)) }
        return (reply, events)
    }

    /// `POST /run_sse` over a socket of its own, read as the events arrive (see `SSEReader`).
    func openRunSSE(token: String, session: String, _ text: String) throws -> HTTPStream {
        guard let port = client.port else { throw TestFailure("the test client has no port: use a live server") }
        let body = try JSONEncoder().encode(RunBody(session_id: session, new_message: .init(parts: [.init(text: text)])))
        return try HTTPStream(port: port, path: "/run_sse", headers: [
            ("Authorization", "Bearer \(token)"), ("Content-Type", "application/json"), ("Accept", "text/event-stream"),
        ], body: body)
    }

    /// Polls `check` until it is true (at most 30 s): for what happens after a response was sent.
    func eventually(_ what: String, _ check: () async throws -> Bool) async throws {
        for _ in 0..<3000 {
            if try await check() { return }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw TestFailure("gave up waiting: \(what)")
    }

    func state(token: String, session: String) async throws -> Reply {
        try await call(.get, "/api/state/nemo_agent/me/\(session)/latest", token: token)
    }

    func balance(token: String) async throws -> Reply {
        try await call(.get, "/api/credits/balance/simple", token: token)
    }

    struct RunBody: Encodable {
        var app_name = "nemo_agent"
        var user_id = "me"
        var session_id: String
        var new_message: Message
        struct Message: Encodable { var parts: [Part] }
        struct Part: Encodable { var text: String }
    }
}

/// Reads an SSE response as it arrives: its status, heartbeat comments and `data:` events.
struct SSEReader {
    private var lines: AsyncStream<String>.Iterator
    private var inBody = false
    private(set) var status: Int?
    private(set) var heartbeats = 0
    private(set) var events: [JSONValue] = []
    private(set) var ended = false

    init(_ stream: HTTPStream) { lines = stream.lines.makeAsyncIterator() }

    /// Reads until `enough` holds or the response ends.
    mutating func read(until enough: (SSEReader) -> Bool) async {
        while !enough(self) {
            guard let line = await lines.next() else { ended = true; return }
            if !inBody {
                if status == nil { status = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } }
                if line.isEmpty { inBody = true }
            } else if line == ": heartbeat" {
                heartbeats += 1
            } else if line.hasPrefix("data: "), let event = try? JSONValue.parse(Data(line.dropFirst(6).utf8)) {
                events.append(event)
            }
        }
    }

    mutating func readToEnd() async { await read { $0.ended } }

    /// The text of the last event (the answer).
    var answer: String { events.last?["content"]?["parts"]?[0]?["text"]?.string ?? "" }

    /// The `functionCall` names, in order.
    var calls: [String] { events.compactMap { $0["content"]?["parts"]?[0]?["functionCall"]?["name"]?.string } }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    subscript(index: Int) -> JSONValue? {
        if case .array(let a) = self, a.indices.contains(index) { return a[index] }
        return nil
    }

    var string: String? { if case .string(let s) = self { s } else { nil } }
    var int: Int? { if case .number(let n) = self { Int(n) } else { nil } }
    var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
}
