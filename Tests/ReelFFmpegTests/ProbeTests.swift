import Foundation
import Testing
import ReelTestSupport
@testable import ReelFFmpeg

@Suite struct ProbeTests {
    @Test func probesAClipWithSound() async throws {
        let s = try Scratch()
        let file = try await s.clip("a.mp4", width: 320, height: 240, seconds: 2, fps: 25)
        let info = try await Prober(tools: s.tools).probe(file)
        #expect(info.kind == .video)
        #expect(info.codec == "h264")
        #expect(info.width == 320 && info.height == 240)
        #expect(abs((info.duration ?? 0) - 2) < 0.1)
        #expect(abs((info.fps ?? 0) - 25) < 0.01)
        #expect(info.hasAudio && info.audioCodec == "aac")
        #expect(info.rotation == 0)
    }

    @Test func honoursVideoRotationMetadata() async throws {
        let s = try Scratch()
        let plain = try await s.clip("plain.mp4", width: 320, height: 180, seconds: 1, tone: nil)
        let rotated = s.path("rotated.mp4")
        try await s.ffmpeg(["-i", plain, "-c", "copy", "-metadata:s:v:0", "rotate=90", rotated])
        let info = try await Prober(tools: s.tools).probe(rotated)
        #expect(info.rotation == 270 || info.rotation == 90)
        #expect(info.width == 180 && info.height == 320)
        #expect(!info.hasAudio)
    }

    @Test func stillPicturesAreImagesWhateverTheirName() async throws {
        let s = try Scratch()
        let png = try await s.image("pic.png", color: "red", width: 64, height: 48)
        let misnamed = s.path("pic.mp4")
        try FileManager.default.copyItem(atPath: png, toPath: misnamed)
        for file in [png, misnamed] {
            let info = try await Prober(tools: s.tools).probe(file)
            #expect(info.kind == .image)
            #expect(info.width == 64 && info.height == 48)
            #expect(info.duration == nil)
        }
    }

    @Test func soundFilesAreAudio() async throws {
        let s = try Scratch()
        let file = try await s.tone("t.wav", seconds: 1.5)
        let info = try await Prober(tools: s.tools).probe(file)
        #expect(info.kind == .audio)
        #expect(abs((info.duration ?? 0) - 1.5) < 0.05)
    }

    @Test(arguments: ["junk.mp4", "junk.jpg", "notes.txt"])
    func refusesFilesThatAreNotMedia(name: String) async throws {
        let s = try Scratch()
        var bytes = [UInt8](repeating: 0, count: 64 * 1024)
        var seed: UInt64 = 0x9E3779B97F4A7C15
        for i in bytes.indices { seed = seed &* 6364136223846793005 &+ 1442695040888963407; bytes[i] = UInt8(truncatingIfNeeded: seed >> 33) }
        if name.hasSuffix(".txt") { bytes = Array("just some words, not a picture\n".utf8) }
        _ = FileManager.default.createFile(atPath: s.path(name), contents: Data(bytes))
        await #expect {
            try await Prober(tools: s.tools).probe(s.path(name))
        } throws: { error in
            guard let e = error as? MediaError, case .unsupported = e else { return false }
            return e.code == 4001 && e.description.contains("Accepted: video: mp4")
        }
    }

    @Test func refusesMissingEmptyAndOversizedFiles() async throws {
        let s = try Scratch()
        let prober = Prober(tools: s.tools, sizeLimit: 1000)
        await #expect(throws: MediaError.notFound(s.path("nope.mp4"))) { try await prober.probe(s.path("nope.mp4")) }
        _ = FileManager.default.createFile(atPath: s.path("empty.mp4"), contents: Data())
        await #expect { try await prober.probe(s.path("empty.mp4")) } throws: { ($0 as? MediaError)?.code == 4001 }
        let big = try await s.image("big.png", color: "blue", width: 640, height: 480)
        await #expect { try await prober.probe(big) } throws: { ($0 as? MediaError)?.code == 4002 }
    }

    @Test func readsEXIFOrientationOfPhoneJPEGs() async throws {
        let s = try Scratch()
        let jpg = try await s.image("photo.jpg", color: "yellow", width: 64, height: 32)
        let rotated = s.path("rotated.jpg")
        try EXIFFixture.withOrientation(6, from: jpg, to: rotated)
        let info = try await Prober(tools: s.tools).probe(rotated)
        #expect(info.kind == .image)
        #expect(info.orientation == 6)
        #expect(info.width == 32 && info.height == 64)
        #expect(try await Prober(tools: s.tools).probe(jpg).orientation == 1)
    }

    @Test func exifParserToleratesGarbage() {
        #expect(EXIF.orientation(inJPEG: []) == nil)
        #expect(EXIF.orientation(inJPEG: [0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF]) == nil)
        #expect(EXIF.orientation(inJPEG: [0x89, 0x50, 0x4E, 0x47]) == nil)
        #expect(EXIF.orientation(inJPEG: [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x02]) == nil)
    }
}
