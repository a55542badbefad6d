import Foundation
import Testing
@testable import ReelFFmpeg

@Suite struct ProcessRunnerTests {
    @Test func argumentsNeverMeetAShell() async throws {
        let out = try await ProcessRunner.run("/bin/echo", ["$(touch /tmp/reel-should-not-exist)", "a;b", "'q'"])
        #expect(String(decoding: out.stdout, as: UTF8.self) == "$(touch /tmp/reel-should-not-exist) a;b 'q'\n")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/reel-should-not-exist"))
    }

    @Test func streamsLinesAndKeepsOnlyTheTailOfStderr() async throws {
        let lines = LineBox()
        let out = try await ProcessRunner.run("/bin/sh", ["-c", "printf 'a\\nb\\nc'; head -c 300000 /dev/zero | tr '\\\\0' x >&2; exit 3"]) {
            lines.append($0)
        }
        #expect(lines.all == ["a", "b", "c"])
        #expect(out.exitCode == 3)
        #expect(out.stderrTail.utf8.count == ProcessRunner.stderrLimit)
    }

    @Test func cancellingTheTaskStopsTheProcessWithSIGTERM() async throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("reel-term-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: marker) }
        let started = Date()
        // The child records the SIGTERM it receives; a blocked SIGTERM would leave only SIGKILL.
        // It says "ready" once its trap is set, so the cancel never races the shell's start-up.
        let ready = LineBox()
        let task = Task {
            try await ProcessRunner.run("/bin/sh", ["-c", "trap 'echo term > \"$0\"; exit 0' TERM; echo ready; while :; do sleep 0.05; done", marker]) {
                ready.append($0)
            }
        }
        // (A machine busy rendering and compiling can take minutes to start a shell: one CI rehearsal beside four
        // compiling helpers waited 90 s in vain. Wait for the trap, and say so if it never came, stopping the child.)
        while ready.all.isEmpty, Date().timeIntervalSince(started) < 300 { try await Task.sleep(for: .milliseconds(20)) }
        if ready.all.isEmpty { task.cancel() }
        try #require(!ready.all.isEmpty, "the child never set its trap in 300 s")
        let cancelled = Date()
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(FileManager.default.fileExists(atPath: marker), "the child never saw SIGTERM")
        // Measured from the cancel, not the start: a loaded machine may be slow to start the shell.
        #expect(Date().timeIntervalSince(cancelled) < 10)
    }

    /// Streams written into a child's descriptors 3 and 4 while it runs (the zooms Reel pipes into
    /// FFmpeg) arrive whole and in order.
    @Test func feedsArriveOnTheChildsExtraDescriptors() async throws {
        let big = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        func feed(_ fd: Int32, _ data: Data) -> InputFeed {
            InputFeed(descriptor: fd) { out in _ = data.withUnsafeBytes { InputFeed.writeAll(out, $0.baseAddress!, $0.count) } }
        }
        let out = try await ProcessRunner.run("/bin/sh", ["-c", "cat <&4; cat <&3"], feeds: [feed(3, big), feed(4, Data("four:".utf8))])
        #expect(out.exitCode == 0)
        #expect(out.stdout == Data("four:".utf8) + big)
    }

    /// A child spawned while another's feed is open never holds that feed's write end: the
    /// reader sees the end of its stream when its writer closes, not when the other child ends.
    @Test func anotherChildNeverHoldsAFeedOpen() async throws {
        let up = LineBox(), finished = LineBox()
        // The writer keeps its end open until the other child is running, then closes it.
        let reader = Task {
            let out = try await ProcessRunner.run("/bin/sh", ["-c", "cat <&3 > /dev/null; echo done"], feeds: [
                InputFeed(descriptor: 3) { fd in
                    _ = InputFeed.writeAll(fd, "x", 1)
                    let started = Date()
                    while up.all.isEmpty, Date().timeIntervalSince(started) < 20 { Thread.sleep(forTimeInterval: 0.02) }
                },
            ])
            finished.append(String(decoding: out.stdout, as: UTF8.self))
        }
        try await Task.sleep(for: .milliseconds(50))
        let other = Task { try await ProcessRunner.run("/bin/sh", ["-c", "echo up; exec sleep 60"]) { up.append($0) } }
        // The reader ends while the other child still sleeps; were the write end in the other
        // child too, the reader would wait for it (here: until it is stopped below).
        let started = Date()
        while finished.all.isEmpty, Date().timeIntervalSince(started) < 30 { try await Task.sleep(for: .milliseconds(20)) }
        let seen = finished.all
        other.cancel()
        _ = try? await other.value
        _ = try? await reader.value
        #expect(up.all == ["up"])
        #expect(seen == ["done\n"], "the other child held the feed open")
    }

    /// A child that ends without reading its feed ends the writer (EPIPE, not a signal that
    /// would kill this process), and the run returns.
    @Test func aChildThatStopsReadingEndsItsWriter() async throws {
        let wrote = LineBox()
        let chunk = [UInt8](repeating: 1, count: 1 << 20)
        let out = try await ProcessRunner.run("/bin/sh", ["-c", "head -c 1000 <&3 > /dev/null; exit 0"], feeds: [
            InputFeed(descriptor: 3) { fd in
                var sent = 0
                while sent < 100, chunk.withUnsafeBytes({ InputFeed.writeAll(fd, $0.baseAddress!, $0.count) }) { sent += 1 }
                wrote.append(String(sent))
            },
        ])
        #expect(out.exitCode == 0)
        #expect(wrote.all.count == 1 && Int(wrote.all[0])! < 100, "\(wrote.all)")
    }

    @Test func childrenStartWithNoBlockedOrIgnoredSignals() async throws {
        let out = try await ProcessRunner.run("/bin/grep", ["-E", "^Sig(Blk|Ign)", "/proc/self/status"])
        let text = String(decoding: out.stdout, as: UTF8.self)
        #expect(text.contains("SigBlk:\t0000000000000000"), "\(text)")
        // SIGINT and SIGTERM (bits 1 and 14) take their default action (glibc keeps 32/33 for itself).
        let ignored = text.split(separator: "\n").first { $0.hasPrefix("SigIgn") }.flatMap { UInt64($0.split(separator: "\t").last ?? "", radix: 16) }
        #expect(ignored.map { $0 & (1 << 1 | 1 << 14) } == 0, "\(text)")
    }

    @Test func missingToolsSayHowToInstallThem() {
        #expect(throws: FFmpegError.self) { try FFmpegTools.locate(environment: ["PATH": "/nonexistent"]) }
        let message = FFmpegError.notInstalled("ffmpeg").description
        #expect(message.contains("apt-get install ffmpeg"))
    }

    @Test func failuresCarryArgumentsExitCodeAndHints() {
        let e = FFmpegError.failed(arguments: ["-i", "file:/a b.mp4"], exitCode: 1, stderrTail: "x\nfile:/a b.mp4: Invalid data found when processing input\n")
        #expect(e.description.contains("exit code 1"))
        #expect(e.description.contains("'file:/a b.mp4'"))
        #expect(e.description.contains("hint: an input is damaged"))
    }
}

final class LineBox: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ s: String) { lock.lock(); lines.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
