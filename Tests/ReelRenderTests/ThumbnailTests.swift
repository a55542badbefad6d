import Foundation
import ReelTestSupport
import Testing
import ReelFFmpeg
@testable import ReelRender

/// Thumbnails: the exact argv per kind (escaping through `Filter`), and real FFmpeg on tiny media.
@Suite struct ThumbnailTests {
    @Test func argumentsPerKind() {
        #expect(Thumbnail(source: "/m/a.mp4", kind: .video, atMs: 1500, height: 90).arguments(output: "/t/a.jpg") == [
            "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-ss", "1.500", "-i", "file:/m/a.mp4",
            "-vf", "scale=w=-2:h=90,format=pix_fmts=yuvj420p",
            "-frames:v", "1", "-c:v", "mjpeg", "-q:v", "5", "-update", "1", "-f", "image2", "/t/a.jpg",
        ])
        #expect(Thumbnail(source: "/m/b.png", kind: .image, atMs: 900).arguments(output: "/t/b.jpg").contains("-ss") == false)
        let audio = Thumbnail(source: "/m/c:d.wav", kind: .audio, height: 40).arguments(output: "/t/c.jpg")
        #expect(audio.contains("file:/m/c:d.wav"))
        #expect(audio[audio.firstIndex(of: "-filter_complex")! + 1] == #"showwavespic=s=160x40:colors=#8ab4f8,format=pix_fmts=yuvj420p"#)
        // A photo is turned by its EXIF orientation before it is scaled.
        #expect(Thumbnail(source: "/m/p.jpg", kind: .image, height: 60, orientation: 6).arguments(output: "o.jpg").contains(
            "transpose=dir=clock,scale=w=-2:h=60,format=pix_fmts=yuvj420p"))
        // Out-of-range sizes are clamped.
        #expect(Thumbnail(source: "x", kind: .image, height: 5000).height == 720)
        #expect(Thumbnail(source: "x", kind: .video, atMs: -5).atMs == 0)
    }

    @Test func writesAJPEGOfEachKind() async throws {
        let s = try Scratch()
        let tools = try FFmpegTools.locate()
        for (source, kind) in [(try await s.clip("c.mp4", seconds: 1), MediaInfo.Kind.video),
                               (try await s.image("p.png", color: "red"), .image),
                               (try await s.tone("t.wav", seconds: 1), .audio)] {
            let out = s.path("\(kind.rawValue).jpg")
            try await Thumbnail(source: source, kind: kind, atMs: 400, height: 60).write(to: out, tools: tools)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
            #expect(Array(bytes.prefix(3)) == [0xFF, 0xD8, 0xFF], "\(kind)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: s.dir).allSatisfy { !$0.hasSuffix(".partial") })
        }
    }
}
