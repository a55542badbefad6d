import Foundation
import Testing
import ReelFFmpeg
import ReelRender
import ReelTestSupport
import ReelTimeline

/// Real FFmpeg on tiny synthetic media, checked as a viewer would see it.
@Suite struct VisualRenderTests {
    @Test func redThenBlueIsAnH264MP4OfTheRightLength() async throws {
        let s = try Scratch()
        _ = try await s.image("red.png", color: "red")
        _ = try await s.image("blue.jpg", color: "blue", width: 640, height: 360)
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":2000,"m":{"src":"red.png"}},{"d":2000,"m":{"src":"blue.jpg"}}]}]}
        """, in: s)
        let info = try await s.streams(out)
        #expect(info.format.contains("mp4"))
        #expect(abs(info.duration - 4) <= 1.0 / 30 + 0.03)
        #expect(info.video?.codec == "h264" && info.video?.pixFmt == "yuv420p")
        #expect(info.video?.width == 320 && info.video?.height == 180)
        #expect(info.video?.frames == 120)
        #expect(info.audio?.codec == "aac" && info.audio?.channels == 2 && info.audio?.sampleRate == 48000)
        #expect(close(try await s.frame(out, at: 1).at(0.5, 0.5), 254, 0, 0))
        #expect(close(try await s.frame(out, at: 3).at(0.5, 0.5), 0, 0, 254))
        // +faststart: the index (moov) comes before the media data (mdat).
        let head = try Data(contentsOf: URL(fileURLWithPath: out)).prefix(4096)
        #expect(head.range(of: Data("moov".utf8)) != nil)
    }

    @Test func aFrameInMidTransitionIsABlend() async throws {
        let s = try Scratch()
        _ = try await s.image("red.png", color: "red")
        _ = try await s.image("blue.png", color: "blue")
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":2000,"m":{"src":"red.png","tr":{"name":"fade","d":1000}}},{"d":2000,"m":{"src":"blue.png"}}]}]}
        """, in: s)
        #expect(abs(try await s.streams(out).duration - 3) < 0.05)
        #expect(close(try await s.frame(out, at: 0.5).at(0.5, 0.5), 254, 0, 0))
        let mid = try await s.frame(out, at: 1.5).at(0.5, 0.5)
        #expect(mid.r > 80 && mid.r < 180 && mid.b > 80 && mid.b < 180, "\(mid)")
        #expect(close(try await s.frame(out, at: 2.6).at(0.5, 0.5), 0, 0, 254))
    }

    @Test func everyXfadeTransitionRendersInOneRun() async throws {
        let s = try Scratch()
        let colors = ["red", "blue", "green", "yellow", "white", "purple"]
        let segments = TransitionName.all.enumerated().map { i, name in
            #"{"d":400,"m":{"color":"\#(colors[i % colors.count])","tr":{"name":"\#(name)","d":200}}}"#
        } + [#"{"d":400,"m":{"color":"black"}}"#]
        let out = try await render("""
        {"m":{"w":160,"h":90,"fps":30},"t":[{"tt":0,"sg":[\(segments.joined(separator: ","))]}]}
        """, in: s)
        let expectedFrames = 12 * (TransitionName.all.count + 1) - 6 * TransitionName.all.count
        #expect(try await s.streams(out).video?.frames == expectedFrames)
    }

    @Test func shortSegmentsAreNotEatenByTransitions() async throws {
        let s = try Scratch()
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":2000,"m":{"color":"red","tr":{"name":"fade","d":2000}}},
          {"d":600,"m":{"color":"lime","tr":{"name":"fade","d":2000}}},{"d":2000,"m":{"color":"blue"}}]}]}
        """, in: s)
        // Each transition is clamped to 300 ms (half the 600 ms middle): total 4.6 - 0.6 = 4.0 s.
        #expect(abs(try await s.streams(out).duration - 4.0) < 0.05)
        #expect(close(try await s.frame(out, at: 2.0).at(0.5, 0.5), 0, 255, 0, tolerance: 40))
    }

    @Test func coverFillsAndContainKeepsTheWholePictureOverABlurredFill() async throws {
        let s = try Scratch()
        // A portrait picture: red top half, blue bottom half.
        try await s.ffmpeg(["-f", "lavfi", "-i", "color=red:s=90x80", "-f", "lavfi", "-i", "color=blue:s=90x80",
                            "-filter_complex", "[0][1]vstack", "-frames:v", "1", s.path("portrait.png")])
        let cover = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":1000,"m":{"src":"portrait.png","fit":"cover"}}]}]}
        """, in: s, output: "cover.mp4")
        let c = try await s.frame(cover, at: 0.5)
        #expect(close(c.at(0.02, 0.1), 254, 0, 0) && close(c.at(0.98, 0.9), 0, 0, 254))

        let contain = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":1000,"m":{"src":"portrait.png","fit":"contain"}}]}]}
        """, in: s, output: "contain.mp4")
        let f = try await s.frame(contain, at: 0.5)
        // The whole picture is there: red at its top, blue at its bottom, both in the middle column.
        #expect(close(f.at(0.5, 0.05), 254, 0, 0, tolerance: 40))
        #expect(close(f.at(0.5, 0.95), 0, 0, 254, tolerance: 40))
        // The sides are a soft fill made of the picture, not black bars.
        let side = f.at(0.03, 0.5)
        #expect(side.r + side.g + side.b > 90, "\(side)")
        #expect(side.r > 40 && side.b > 40, "blurred red/blue mix expected, got \(side)")
    }

    @Test func photoOrientationFromEXIFIsHonoured() async throws {
        let s = try Scratch()
        // Stored landscape: red left, blue right. Orientation 6 means "turn 90° clockwise to show".
        try await s.ffmpeg(["-f", "lavfi", "-i", "color=red:s=64x64", "-f", "lavfi", "-i", "color=blue:s=64x64",
                            "-filter_complex", "[0][1]hstack", "-frames:v", "1", s.path("stored.jpg")])
        try EXIFFixture.withOrientation(6, from: s.path("stored.jpg"), to: s.path("phone.jpg"))
        try EXIFFixture.withOrientation(7, from: s.path("stored.jpg"), to: s.path("mirrored.jpg"))
        let mirrored = try await render("""
        {"m":{"w":180,"h":320},"t":[{"tt":0,"sg":[{"d":500,"m":{"src":"mirrored.jpg"}}]}]}
        """, in: s, output: "mirrored.mp4")
        // 7 is "mirror, then turn 90° clockwise": red ends up at the bottom.
        let m = try await s.frame(mirrored, at: 0.2)
        #expect(close(m.at(0.5, 0.1), 0, 0, 254, tolerance: 40) && close(m.at(0.5, 0.9), 254, 0, 0, tolerance: 40))
        let out = try await render("""
        {"m":{"w":180,"h":320},"t":[{"tt":0,"sg":[{"d":500,"m":{"src":"phone.jpg"}}]}]}
        """, in: s)
        let f = try await s.frame(out, at: 0.2)
        #expect(close(f.at(0.5, 0.1), 254, 0, 0, tolerance: 40), "top should be red, got \(f.at(0.5, 0.1))")
        #expect(close(f.at(0.5, 0.9), 0, 0, 254, tolerance: 40), "bottom should be blue, got \(f.at(0.5, 0.9))")
    }

    @Test func phoneClipRotationIsHonoured() async throws {
        let s = try Scratch()
        // Stored landscape, red left and blue right, with a display matrix turning it a quarter
        // counter-clockwise (FFmpeg 5.1 writes `rotate=90` that way): players show blue on top.
        try await s.ffmpeg(["-f", "lavfi", "-i", "color=red:s=90x90:r=30:d=1", "-f", "lavfi", "-i", "color=blue:s=90x90:r=30:d=1",
                            "-filter_complex", "[0][1]hstack", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                            s.path("stored.mp4")])
        try await s.ffmpeg(["-i", s.path("stored.mp4"), "-c", "copy", "-metadata:s:v:0", "rotate=90", s.path("phone.mp4")])
        let out = try await render(#"{"m":{"w":180,"h":360},"t":[{"tt":0,"sg":[{"m":{"src":"phone.mp4"}}]}]}"#, in: s)
        let f = try await s.frame(out, at: 0.5)
        #expect(close(f.at(0.5, 0.1), 0, 0, 254, tolerance: 40), "top should be blue, got \(f.at(0.5, 0.1))")
        #expect(close(f.at(0.5, 0.9), 254, 0, 0, tolerance: 40), "bottom should be red, got \(f.at(0.5, 0.9))")
        #expect(try await Prober(tools: s.tools).probe(s.path("phone.mp4")).rotation == 270)
    }

    @Test func slowZoomMovesEveryFrame() async throws {
        let s = try Scratch()
        try await s.ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=640x360", "-frames:v", "1", s.path("detail.png")])
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":2000,"m":{"src":"detail.png","zoom":"in"}}]}]}
        """, in: s)
        let hashes = try await ProcessRunner.run(s.tools.ffmpeg, ["-v", "error", "-i", out, "-map", "0:v", "-f", "framemd5", "-"])
        let frames = String(decoding: hashes.stdout, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: ",").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? "" }
        #expect(frames.count == 60)
        let stills = zip(frames, frames.dropFirst()).filter { $0 == $1 }.count
        #expect(stills == 0, "\(stills) of \(frames.count) frames did not move")
        // It really zooms: the last frame shows a smaller part of the picture than the first.
        let first = try await s.frame(out, at: 0), last = try await s.frame(out, at: 1.95)
        #expect(first.difference(from: last) > 5)
    }

    @Test(arguments: ["in", "out", "left", "right", "up", "down"])
    func everyMotionRenders(motion: String) async throws {
        let s = try Scratch()
        try await s.ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=320x240", "-frames:v", "1", s.path("p.png")])
        let out = try await render(#"{"m":{"w":160,"h":90},"t":[{"tt":0,"sg":[{"d":1000,"m":{"src":"p.png","zoom":"\#(motion)"}}]}]}"#, in: s)
        let a = try await s.frame(out, at: 0), b = try await s.frame(out, at: 0.95)
        #expect(a.difference(from: b) > 3)
    }

    @Test func trimAndSpeedPickTheRightSourceFrames() async throws {
        let s = try Scratch()
        // 0–1 s red, 1–2 s blue, 2–3 s green.
        try await s.ffmpeg(["-f", "lavfi", "-i", "color=red:s=160x90:r=30:d=1", "-f", "lavfi", "-i", "color=blue:s=160x90:r=30:d=1",
                            "-f", "lavfi", "-i", "color=green:s=160x90:r=30:d=1", "-filter_complex", "[0][1][2]concat=n=3",
                            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", s.path("rgb.mp4")])
        let trimmed = try await render(#"{\#(small),"t":[{"tt":0,"sg":[{"d":1000,"m":{"src":"rgb.mp4","in":1000}}]}]}"#, in: s, output: "t.mp4")
        #expect(close(try await s.frame(trimmed, at: 0.1).at(0.5, 0.5), 0, 0, 254, tolerance: 40))
        #expect(abs(try await s.streams(trimmed).duration - 1) < 0.05)

        let fast = try await render(#"{\#(small),"t":[{"tt":0,"sg":[{"m":{"src":"rgb.mp4","speed":2}}]}]}"#, in: s, output: "f.mp4")
        #expect(abs(try await s.streams(fast).duration - 1.5) < 0.07)
        #expect(close(try await s.frame(fast, at: 0.75).at(0.5, 0.5), 0, 0, 254, tolerance: 40))
        #expect(close(try await s.frame(fast, at: 1.3).at(0.5, 0.5), 0, 128, 0, tolerance: 40))

        let slow = try await render(#"{\#(small),"t":[{"tt":0,"sg":[{"d":2000,"m":{"src":"rgb.mp4","speed":0.25}}]}]}"#, in: s, output: "s.mp4")
        #expect(abs(try await s.streams(slow).duration - 2) < 0.05)
        #expect(close(try await s.frame(slow, at: 1.9).at(0.5, 0.5), 254, 0, 0, tolerance: 40))
    }

    @Test(arguments: [("bw", "gray"), ("sepia", "sepia"), ("warm", "warm"), ("cool", "cool")])
    func looksChangeColours(look: String, expect: String) async throws {
        let s = try Scratch()
        let out = try await render("""
        {"m":{"w":160,"h":90,"look":"\(look)"},"t":[{"tt":0,"sg":[{"d":500,"m":{"color":"#808080"}}]},
         {"tt":0,"sg":[]}]}
        """.replacingOccurrences(of: #",\#n {"tt":0,"sg":[]}"#, with: ""), in: s)
        let p = try await s.frame(out, at: 0.2).at(0.5, 0.5)
        switch expect {
        case "gray": #expect(abs(p.r - p.g) < 6 && abs(p.g - p.b) < 6, "\(p)")
        case "sepia": #expect(p.r > p.g && p.g > p.b, "\(p)")
        case "warm": #expect(p.r > p.b + 10, "\(p)")
        default: #expect(p.b > p.r + 10, "\(p)")
        }
    }

    @Test func blackAndWhiteRemovesColourFromARedPicture() async throws {
        let s = try Scratch()
        let out = try await render(#"{"m":{"w":160,"h":90},"t":[{"tt":0,"sg":[{"d":500,"m":{"color":"red","look":"bw"}}]}]}"#, in: s)
        let p = try await s.frame(out, at: 0.2).at(0.5, 0.5)
        #expect(abs(p.r - p.g) < 8 && abs(p.g - p.b) < 8, "\(p)")
    }

    @Test(arguments: ["vivid", "vintage"])
    func otherLooksRenderAndDiffer(look: String) async throws {
        let s = try Scratch()
        try await s.ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=160x90", "-frames:v", "1", s.path("p.png")])
        let plain = try await render(#"{"m":{"w":160,"h":90},"t":[{"tt":0,"sg":[{"d":500,"m":{"src":"p.png"}}]}]}"#, in: s, output: "a.mp4")
        let graded = try await render(#"{"m":{"w":160,"h":90,"look":{"name":"\#(look)","brightness":0.05,"contrast":1.1}},"t":[{"tt":0,"sg":[{"d":500,"m":{"src":"p.png"}}]}]}"#, in: s, output: "b.mp4")
        #expect(try await s.frame(plain, at: 0.2).difference(from: try await s.frame(graded, at: 0.2)) > 4)
    }

    @Test func fadesFromAndToBlack() async throws {
        let s = try Scratch()
        let out = try await render(#"{"m":{"w":160,"h":90,"fadeIn":500,"fadeOut":500},"t":[{"tt":0,"sg":[{"d":2000,"m":{"color":"white"}}]}]}"#, in: s)
        #expect(try await s.frame(out, at: 0).at(0.5, 0.5).r < 20)
        #expect(try await s.frame(out, at: 1).at(0.5, 0.5).r > 235)
        #expect(try await s.frame(out, at: 1.95).at(0.5, 0.5).r < 40)
    }

    @Test(arguments: [("9:16", 1080, 1920), ("1:1", 1080, 1080), ("4:5", 1080, 1350), ("720p", 1280, 720), ("4k", 3840, 2160)])
    func canvasPresetsSetTheOutputSize(preset: String, w: Int, h: Int) async throws {
        let s = try Scratch()
        let p = CanvasPreset.named(preset)!
        #expect(p.width == w && p.height == h)
        let out = try await render(#"{"m":{"w":\#(w),"h":\#(h),"fps":24},"t":[{"tt":0,"sg":[{"d":250,"m":{"color":"teal"}}]}]}"#, in: s)
        let v = try await s.streams(out).video
        #expect(v?.width == w && v?.height == h)
        #expect(v?.fps == 24)
    }

    @Test func previewIsSmallAndTheSameLength() async throws {
        let s = try Scratch()
        let json = #"{"m":{"w":1080,"h":1920},"t":[{"tt":0,"sg":[{"d":1000,"m":{"color":"orange"}}]}]}"#
        let out = try await render(json, in: s, preview: true)
        let info = try await s.streams(out)
        #expect(info.video?.width == 540 && info.video?.height == 960)
        #expect(info.video?.fps == 15)
        #expect(abs(info.duration - 1) < 0.07)
    }
}
