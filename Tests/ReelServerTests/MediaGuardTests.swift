import Foundation
@testable import ReelFFmpeg
import ReelTestSupport
import Testing
@testable import ReelServer

/// Issue 9 items 4 and 5: pictures over the pixel limit are refused before anything decodes
/// them, and files cut short are refused at upload (4001), not found out inside a render.
@Suite struct MediaGuardTests {
    /// A PNG signature and IHDR claiming `width`×`height`, then junk: what a bomb's header says.
    static func pngHeader(width: UInt32, height: UInt32) -> [UInt8] {
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + be(13) + Array("IHDR".utf8) + be(width) + be(height)
            + [8, 2, 0, 0, 0] + [0, 0, 0, 0] + Array(repeating: 0x78, count: 4096)
    }

    @Test func aPictureOverThePixelLimitIsRefusedWithoutBeingDecoded() async throws {
        let s = try Scratch()
        let bomb = s.path("bomb.png")
        try Data(Self.pngHeader(width: 16000, height: 16000)).write(to: URL(fileURLWithPath: bomb))
        // An ffprobe that would fail the test if it ran: the refusal must come from the header.
        var tools = s.tools
        tools.ffprobe = "/bin/false"
        let prober = Prober(tools: tools, maxPixels: 50_000_000)
        do {
            _ = try await prober.probe(bomb)
            Issue.record("the bomb was accepted")
        } catch let error as MediaError {
            #expect(error.code == 4001)
            #expect(error.description.contains("16000×16000"), "\(error)")
            #expect(error.description.contains("50 MP"), "\(error)")
        }
    }

    @Test func headersGiveEveryPictureFormatsSize() async throws {
        let s = try Scratch()
        for ext in ["png", "jpg", "gif", "webp"] {
            let file = s.path("p.\(ext)")
            let made = try await s.ffmpeg(["-f", "lavfi", "-i", "color=c=red:s=70x30", "-frames:v", "1", file])
            #expect(made.exitCode == 0, "\(made.stderrTail)")
            let size = ImageHeader.dimensions(ofFileAt: file)
            #expect(size?.width == 70 && size?.height == 30, "\(ext): \(String(describing: size))")
            #expect(ImageCompleteness.problem(ofFileAt: file, codec: ["png": "png", "jpg": "mjpeg", "gif": "gif", "webp": "webp"][ext]!) == nil, "\(ext)")
        }
    }

    @Test func uploadOverTheConfiguredPixelLimitIs4001() async throws {
        let (base, media) = try UploadTests.server()
        var server = base
        server.configuration.maxImagePixels = 1000
        let png = try Fixtures.png() // 32×32 = 1024 pixels
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let reply = try await api.upload(token: token, session: sid, files: [("big.png", png)])
            #expect(reply.status == 415 && reply.code == 4001, "\(reply.text)")
            #expect(reply.body["message"]?.string?.contains("32×32") == true, "\(reply.text)")
            #expect(UploadTests.files(under: media).isEmpty)
        }
    }

    @Test func probesWaitForMemoryNotOnlyForACount() async throws {
        let budget = ProbeBudget(bytes: 100)
        let peak = Peak()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    await budget.withReservation(60) {
                        peak.enter(60)
                        try? await Task.sleep(for: .milliseconds(20))
                        peak.leave(60)
                    }
                }
            }
            try await group.waitForAll()
        }
        // Two 60-byte probes never run at once within 100 bytes; one over the budget runs alone.
        #expect(peak.max == 60)
        #expect(budget.used == 0)
        let held = await budget.withReservation(500) { budget.used }
        #expect(held == 100)
    }

    final class Peak: @unchecked Sendable {
        private let lock = NSLock()
        private var now = 0
        private(set) var max = 0
        func enter(_ n: Int) { lock.withLock { now += n; max = Swift.max(max, now) } }
        func leave(_ n: Int) { lock.withLock { now -= n } }
    }

    static func cut(_ bytes: [UInt8], keeping fraction: Double) -> [UInt8] {
        Array(bytes.prefix(Int(Double(bytes.count) * fraction)))
    }

    @Test func truncatedClipsAndPhotosAreRefusedWholeOnesAccepted() async throws {
        let (server, media) = try UploadTests.server()
        let s = try Scratch()
        let mp4 = s.path("clip.mp4"), jpg = s.path("photo.jpg")
        _ = try await s.ffmpeg(["-f", "lavfi", "-i", "testsrc=s=160x120:d=4:r=15", "-f", "lavfi", "-i", "sine=d=4",
                                "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-movflags", "+faststart", "-shortest", mp4])
        _ = try await s.ffmpeg(["-f", "lavfi", "-i", "testsrc=s=320x240", "-frames:v", "1", jpg])
        let clip = Array(try Data(contentsOf: URL(fileURLWithPath: mp4)))
        let photo = Array(try Data(contentsOf: URL(fileURLWithPath: jpg)))
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            for (name, bytes) in [("clip.mp4", Self.cut(clip, keeping: 0.3)), ("photo.jpg", Self.cut(photo, keeping: 0.3))] {
                let reply = try await api.upload(token: token, session: sid, files: [(name, bytes)])
                #expect(reply.status == 415 && reply.code == 4001, "\(name): \(reply.text)")
                #expect(reply.body["message"]?.string?.contains("cut short") == true, "\(name): \(reply.text)")
            }
            #expect(UploadTests.files(under: media).isEmpty)
            let whole = try await api.upload(token: token, session: sid, files: [("clip.mp4", clip), ("photo.jpg", photo)])
            #expect(whole.code == 0, "\(whole.text)")
        }
    }
}
