import Foundation
import Logging
import ReelTestSupport
import Testing
@testable import ReelServer
import ReelTimeline
#if canImport(Glibc)
import Glibc
#endif

/// Issue 9 item 3: `kill -9` of `reel serve` mid-render takes its FFmpeg with it, and the render's
/// work folder (under the data directory, not /tmp) is swept at the next start.
@Suite struct ServerKillTests {
    /// `reel serve` as a real process.
    final class ServeProcess: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var log = ""

        init(data: URL) throws {
            process.executableURL = URL(fileURLWithPath: try reelBinary())
            process.arguments = ["serve", "--port", "0", "--data", data.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            Thread { [self] in
                while true {
                    let chunk = pipe.fileHandleForReading.availableData
                    if chunk.isEmpty { return }
                    lock.withLock { log += String(decoding: chunk, as: UTF8.self) }
                }
            }.start()
        }

        func waitForPort() throws -> Int {
            for _ in 0..<400 {
                let text = lock.withLock { log }
                if let range = text.range(of: "listening on 127.0.0.1:"), let port = Int(text[range.upperBound...].prefix { $0.isNumber }) {
                    return port
                }
                guard process.isRunning else { break }
                usleep(50_000)
            }
            throw TestFailure("reel serve did not start: \(lock.withLock { log })")
        }
    }

    /// The pids of `pid`'s children whose command is `name`.
    static func children(of pid: Int32, named name: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { child in
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { return false }
            let comm = stat[stat.index(after: open)..<close]
            let rest = stat[stat.index(after: close)...].split(separator: " ")
            return comm == name && rest.count > 2 && Int32(rest[1]) == pid
        }
    }

    /// Gone, or a zombie nobody reaped yet: either way no longer running.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }

    static func call(_ port: Int, _ method: String, _ path: String, headers: [String] = [], body: String = "") async throws -> JSONValue {
        let request = ["\(method) \(path) HTTP/1.1", "Host: 127.0.0.1", "Content-Length: \(body.utf8.count)", "Connection: close"]
            + headers + ["", body]
        let response = try await RawHTTP.exchange(port: port, Array(request.joined(separator: "\r\n").utf8))
        return try JSONValue.parse(Data(RawHTTP.body(response).utf8))
    }

    @Test func killingTheServerKillsItsFFmpegAndTheNextStartSweepsTheWorkFolder() async throws {
        let fm = FileManager.default
        let data = fm.temporaryDirectory.appendingPathComponent("reel-kill-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: data) }
        let server = try ServeProcess(data: data)
        defer { if server.process.isRunning { kill(server.process.processIdentifier, SIGKILL) } }
        let port = try server.waitForPort()
        let token = try #require(try await Self.call(port, "POST", "/api/auth/anonymous-token", headers: ["X-Client-Id: kill"])["data"]?["token"]?.string)
        let auth = "Authorization: Bearer \(token)"
        // Ten minutes of 1080p: FFmpeg is surely still encoding when the server dies.
        let job = #"{"id":"render_long","draft":{"m":{"w":1920,"h":1080,"fps":30},"t":[{"tt":0,"sg":[{"d":600000,"m":{"color":"navy"}}]}]}}"#
        let queued = try await Self.call(port, "POST", "/api/render/proxy/lambda", headers: [auth, "Content-Type: application/json"], body: job)
        #expect(queued["code"]?.int == 0, "\(queued)")

        var ffmpeg: [Int32] = []
        for _ in 0..<300 where ffmpeg.isEmpty {
            ffmpeg = Self.children(of: server.process.processIdentifier, named: "ffmpeg")
            try await Task.sleep(for: .milliseconds(50))
        }
        let encoder = try #require(ffmpeg.first, "no ffmpeg child of reel serve")
        let work = data.appendingPathComponent("work")
        #expect(((try? fm.contentsOfDirectory(atPath: work.path)) ?? []).contains { $0.hasPrefix("reel-") },
                "the render's work folder is not under the data directory")

        kill(server.process.processIdentifier, SIGKILL)
        server.process.waitUntilExit()
        var alive = true
        for _ in 0..<100 where alive {
            alive = Self.isRunning(encoder)
            if alive { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(!alive, "ffmpeg \(encoder) outlived its server")

        // The next start sweeps what the dead process left.
        _ = try buildApplication(ServerConfiguration(port: 0, dataDirectory: data), logger: Logger(label: "test"))
        #expect(((try? fm.contentsOfDirectory(atPath: work.path)) ?? []).isEmpty)
        let renders = (try? fm.contentsOfDirectory(atPath: data.appendingPathComponent("renders").path)) ?? []
        #expect(!renders.contains { $0.hasSuffix(".partial") }, "\(renders)")
    }
}
