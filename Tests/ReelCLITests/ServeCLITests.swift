import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import ReelTestSupport

/// `reel serve` as a person starts it: flags and environment reach the server, bad ones are
/// refused before it listens, and SIGTERM stops it cleanly.
@Suite struct ServeCLITests {
    @Test(arguments: [
        (["--port", "70000"], [:], "--port"),
        (["--export-cost", "-1"], [:], "--export-cost"),
        (["--delete-expired-after", "-2"], [:], "--delete-expired-after"),
        ([], ["REEL_EXPORT_COST": "free"], "REEL_EXPORT_COST"),
        (["--heartbeat-interval", "0"], [:], "--heartbeat-interval"),
        ([], ["REEL_LLM_URL": "ftp://models.example"], "REEL_LLM_URL"),
    ] as [([String], [String: String], String)])
    func badSettingsAreRefusedBeforeListening(flags: [String], environment: [String: String], named: String) async throws {
        let s = try Scratch()
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        let r = try await runReel(["serve", "--data", s.path("data")] + flags, in: s.dir, environment: env)
        #expect(r.code == 64, "\(r.stderr)")
        #expect(r.stderr.contains(named), "\(r.stderr)")
    }

    @Test func flagsReachTheRunningServer() async throws {
        let s = try Scratch()
        var env = ProcessInfo.processInfo.environment
        env["REEL_STARTING_CREDITS"] = "3"  // the flag below wins
        let server = try ServeProcess(["--port", "0", "--data", s.path("data"), "--starting-credits", "7", "--export-cost", "5"],
                                      in: s.dir, environment: env)
        defer { server.stop() }
        let base = "http://127.0.0.1:\(try server.waitForPort())"

        let token = try #require(try await post("\(base)/api/auth/anonymous-token", headers: ["X-Client-Id": "cli"])["data"]?["token"]?.string)
        let auth = ["Authorization": "Bearer \(token)"]
        let balance = try await get("\(base)/api/credits/balance/simple", headers: auth)
        #expect(balance["data"]?["available"]?.number == 7)
        let draft = #"{"id":"render_cli","draft":{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":[{"d":500,"m":{"color":"red"}}]}]}}"#
        let queued = try await post("\(base)/api/render/proxy/lambda", headers: auth, body: draft)
        #expect(queued["code"]?.number == 0, "\(queued)")
        let again = try await post("\(base)/api/render/proxy/lambda", headers: auth, body: draft.replacingOccurrences(of: "render_cli", with: "render_two"))
        #expect(again["code"]?.number == 2001, "\(again)")

        #expect(server.terminate() == 0)
    }

    // MARK: HTTP

    func get(_ url: String, headers: [String: String]) async throws -> JSONValue {
        try await request(url, method: "GET", headers: headers, body: nil)
    }

    func post(_ url: String, headers: [String: String], body: String? = nil) async throws -> JSONValue {
        try await request(url, method: "POST", headers: headers, body: body)
    }

    func request(_ url: String, method: String, headers: [String: String], body: String?) async throws -> JSONValue {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, _) = try await URLSession.shared.data(for: request)
        return JSONValue(try JSONSerialization.jsonObject(with: data))
    }
}

/// Just enough JSON to read replies.
enum JSONValue: Sendable, CustomStringConvertible {
    case number(Double), string(String), other(String), object([String: JSONValue])
    subscript(key: String) -> JSONValue? { if case .object(let o) = self { o[key] } else { nil } }
    var number: Double? { if case .number(let n) = self { n } else { nil } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
    init(_ any: Any) {
        switch any {
        case let n as NSNumber: self = .number(n.doubleValue)
        case let s as String: self = .string(s)
        case let o as [String: Any]: self = .object(o.mapValues(JSONValue.init))
        default: self = .other("\(any)")
        }
    }
    var description: String {
        switch self {
        case .number(let n): "\(n)"
        case .string(let s): s
        case .other(let s): s
        case .object(let o): "\(o)"
        }
    }
}

/// `reel serve` in the background: its log is read on a thread of its own, to learn the port.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var log = ""

    init(_ args: [String], in dir: String, environment: [String: String]) throws {
        process.executableURL = URL(fileURLWithPath: try reelBinary())
        process.arguments = ["serve"] + args
        process.currentDirectoryURL = URL(fileURLWithPath: dir)
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        Thread { [self] in
            while true {
                let data = pipe.fileHandleForReading.availableData
                if data.isEmpty { return }
                lock.withLock { log += String(decoding: data, as: UTF8.self) }
            }
        }.start()
    }

    /// The port from "listening on 127.0.0.1:<port>" (waits up to 20 s).
    func waitForPort() throws -> Int {
        for _ in 0..<400 {
            let text = lock.withLock { log }
            if let range = text.range(of: "listening on 127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits) { return port }
            }
            guard process.isRunning else { break }
            usleep(50_000)
        }
        throw TestFailure("reel serve did not start: \(lock.withLock { log })")
    }

    /// SIGTERM, then the exit status (SIGKILL after 10 s).
    func terminate() -> Int32 {
        process.terminate()
        for _ in 0..<200 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    func stop() { if process.isRunning { _ = terminate() } }
}
