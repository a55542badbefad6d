import Foundation
import Testing
import ReelFFmpeg
@testable import ReelRender
import ReelTestSupport
import ReelTimeline

/// A render in parts that separate machines make (issue 14): video chunks, the soundtrack and the
/// join, each from the draft and the settings alone, give the file one process gives.
@Suite struct RenderPartsTests {
    /// Three zooming stills joined by transitions, music normalised in two passes: ~20 s.
    static let draftJSON = #"""
    {"m":{"w":192,"h":108,"fps":30,"loudnorm":true},"t":[{"tt":0,"sg":[
      {"d":7000,"m":{"src":"a.png","zoom":"in","tr":{"name":"fade","d":600}}},
      {"d":7000,"m":{"src":"b.png","zoom":"left","tr":{"name":"wipeleft","d":500}}},
      {"d":7000,"m":{"src":"a.png","zoom":"out"}}]},
     {"tt":1,"m":{"role":"music"},"sg":[{"m":{"src":"music.m4a","fadeOut":1000}}]}]}
    """#

    /// An engine on its own machine: its own work folder, the draft prepared afresh.
    static func machine(_ name: String, _ s: Scratch) async throws -> (RenderEngine, PreparedDraft) {
        var engine = RenderEngine(tools: s.tools)
        engine.workRoot = URL(fileURLWithPath: s.path(name))
        let prepared = try await engine.prepare(try Draft.decode(Data(draftJSON.utf8)).draft, baseDirectory: s.dir)
        return (engine, prepared)
    }

    @Test func partsMadeApartJoinToTheOneProcessVideo() async throws {
        let s = try Scratch()
        try await s.ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=640x480", "-frames:v", "1", s.path("a.png")])
        try await s.ffmpeg(["-f", "lavfi", "-i", "mandelbrot=s=640x480", "-frames:v", "1", s.path("b.png")])
        _ = try await s.tone("music.m4a", frequency: 330, seconds: 25, amplitude: 0.2)
        var settings = RenderSettings(chunks: 1)
        settings.crf = 10 // close to lossless, so encoding differences stay far below a frame's change

        let (local, prepared) = try await Self.machine("local", s)
        let one = try await local.render(prepared, to: s.path("one.mp4"), settings: settings)

        // The coordinator splits the job without rendering anything.
        let outline = try local.outline(for: prepared, settings: settings, chunks: 3)
        #expect(outline.chunks.count == 3)
        #expect(outline.chunks.first?.lowerBound == 0 && outline.chunks.last?.upperBound == outline.totalFrames)
        #expect(outline.totalFrames == Int((one.duration * 30).rounded()) && outline.fps == 30 && outline.hasAudio)
        #expect((outline.width, outline.height) == (one.width, one.height))

        var pieces: [(path: String, frames: Range<Int>)] = []
        for (k, frames) in outline.chunks.enumerated() {
            let (engine, again) = try await Self.machine("chunk-\(k)", s)
            let piece = s.path("shared/piece-\(k).mp4")
            let done = ProgressBox()
            try await engine.renderVideoChunk(again, settings: settings, frames: frames, to: piece) { done.set($0) }
            #expect(abs(done.value - Double(frames.count) / 30) < 0.1, "chunk \(k): \(done.value) s done")
            pieces.append((piece, frames))
        }
        let (audio, againForAudio) = try await Self.machine("audio", s)
        try await audio.renderSoundtrack(againForAudio, settings: settings, to: s.path("shared/sound.mp4"))
        let (joiner, againForJoin) = try await Self.machine("join", s)
        let parts = try await joiner.joinChunks(againForJoin, settings: settings, pieces: pieces,
                                                soundtrack: s.path("shared/sound.mp4"), to: s.path("parts.mp4"))

        let size = (try FileManager.default.attributesOfItem(atPath: parts.output)[.size] as? NSNumber)?.int64Value
        #expect(parts.bytes > 0 && parts.bytes == size)
        #expect((parts.duration, parts.width, parts.height) == (one.duration, one.width, one.height))
        let a = try await s.streams(one.output), b = try await s.streams(parts.output)
        #expect(a.video?.frames == outline.totalFrames && b.video?.frames == outline.totalFrames)
        #expect(abs(a.duration - b.duration) < 0.001)
        let lengths = try await ChunkedRenderTests.streamDurations(parts.output, s)
        #expect(abs(lengths.video - one.duration) < 0.001 && abs(lengths.audio - lengths.video) < 0.025, "\(lengths)")
        let seams = outline.chunks.dropFirst().map(\.lowerBound)
        let packets = try await ChunkedRenderTests.videoPackets(parts.output, s)
        #expect(packets.map(\.frame) == Array(0..<outline.totalFrames))
        #expect(seams.allSatisfy { packets[$0].key })
        // The sound is the one process's, loudness measurement included: the same decoded samples.
        #expect(try await Self.hash(parts.output, stream: "a", s) == Self.hash(one.output, stream: "a", s))
        // And the file is the one-process chunked render's, packet for packet.
        settings.chunks = 3
        let chunked = try await local.render(prepared, to: s.path("chunked.mp4"), settings: settings)
        #expect(try await Self.hash(parts.output, stream: "v", s, copy: true) == Self.hash(chunked.output, stream: "v", s, copy: true))
        #expect(try await Self.hash(parts.output, stream: "a", s, copy: true) == Self.hash(chunked.output, stream: "a", s, copy: true))

        // At each seam, the picture is the one-process picture of that moment. (A slow zoom's
        // neighbouring frames can be as alike as two encodings of one frame, so the nearest frames
        // that surely differ are three away; that no frame slipped by one, the packet-for-packet
        // match with the chunked render shows, whose seams `ChunkedRenderTests` checks.)
        for seam in seams {
            for n in [seam - 1, seam] {
                let mine = try await s.frame(parts.output, at: (Double(n) + 0.5) / 30)
                let same = mine.difference(from: try await s.frame(one.output, at: (Double(n) + 0.5) / 30))
                let before = mine.difference(from: try await s.frame(one.output, at: (Double(n) - 2.5) / 30))
                let after = mine.difference(from: try await s.frame(one.output, at: (Double(n) + 3.5) / 30))
                #expect(same < 1.5, "frame \(n): differs by \(same) from the one-process frame")
                #expect(same < min(before, after), "frame \(n): \(same) vs frames three away \(before), \(after)")
            }
        }
        // Every machine cleaned up after itself; only the parts and the outputs are left.
        for name in ["local", "chunk-0", "chunk-1", "chunk-2", "audio", "join"] {
            let left = (try? FileManager.default.contentsOfDirectory(atPath: s.path(name))) ?? []
            #expect(left.isEmpty, "\(name) left \(left)")
        }
        let shared = try FileManager.default.contentsOfDirectory(atPath: s.path("shared")).sorted()
        #expect(shared == ["piece-0.mp4", "piece-1.mp4", "piece-2.mp4", "sound.mp4"])
    }

    @Test func anOutlineSplitsOnlyWhatJoinsByStreamCopy() throws {
        let draft = try Draft.decode(Data(#"{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":[{"d":30000,"m":{"color":"red"}}]}]}"#.utf8)).draft
        let prepared = try PreparedDraft(draft: draft, media: [:], paths: [:])
        let engine = RenderEngine(tools: FFmpegTools(ffmpeg: "/nonexistent", ffprobe: "/nonexistent"))
        let mp4 = try engine.outline(for: prepared, settings: RenderSettings(), chunks: 3)
        #expect(mp4.chunks == [0..<300, 300..<600, 600..<900] && mp4.inParts && mp4.hasAudio)
        #expect((mp4.totalFrames, mp4.fps, mp4.duration, mp4.width, mp4.height) == (900, 30, 30, 320, 180))
        // The engine's own choice when no count is given, as a local render would make it.
        let chosen = try engine.outline(for: prepared, settings: RenderSettings(chunks: 2))
        #expect(chosen.chunks == engine.chunks(prepared.timeline, settings: RenderSettings(chunks: 2)).ranges)
        // A preview is split on its own frame grid and canvas.
        let preview = try engine.outline(for: prepared, settings: RenderSettings(preview: true), chunks: 2)
        #expect(preview.fps == 15 && preview.totalFrames == 450 && preview.chunks.last?.upperBound == 450)
        for format in [OutputFormat.webm, .gif, .png] {
            let one = try engine.outline(for: prepared, settings: RenderSettings(format: format), chunks: 3)
            #expect(one.chunks == [0..<900] && !one.inParts && one.hasAudio == (format == .webm))
        }
    }

    @Test func aJoinRefusesPiecesThatDoNotCoverTheTimeline() async throws {
        let s = try Scratch()
        let draft = try Draft.decode(Data(#"{"m":{"w":160,"h":90},"t":[{"tt":0,"sg":[{"d":3000,"m":{"color":"red"}}]}]}"#.utf8)).draft
        let engine = RenderEngine(tools: s.tools)
        let prepared = try await engine.prepare(draft, baseDirectory: s.dir)
        let settings = RenderSettings()
        try await engine.renderVideoChunk(prepared, settings: settings, frames: 0..<45, to: s.path("p0.mp4"))
        try await engine.renderSoundtrack(prepared, settings: settings, to: s.path("sound.mp4"))
        await #expect(throws: RenderPartsError.self) {
            try await engine.joinChunks(prepared, settings: settings, pieces: [(s.path("p0.mp4"), 0..<45)],
                                        soundtrack: s.path("sound.mp4"), to: s.path("out.mp4"))
        }
        await #expect(throws: RenderPartsError.self) {
            try await engine.joinChunks(prepared, settings: settings, pieces: [(s.path("p0.mp4"), 0..<45), (s.path("p1.mp4"), 45..<90)],
                                        soundtrack: s.path("sound.mp4"), to: s.path("out.mp4"))
        }
        await #expect(throws: RenderPartsError.self) {
            try await engine.joinChunks(prepared, settings: settings, pieces: [(s.path("p0.mp4"), 0..<90)],
                                        soundtrack: nil, to: s.path("out.mp4"))
        }
        await #expect(throws: RenderPartsError.self) {
            try await engine.renderVideoChunk(prepared, settings: RenderSettings(format: .gif), frames: 0..<90, to: s.path("p.gif"))
        }
        #expect(!FileManager.default.fileExists(atPath: s.path("out.mp4")))
    }

    @Test func aCancelledChunkLeavesNoFile() async throws {
        let s = try Scratch()
        try await s.ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=1920x1080", "-frames:v", "1", s.path("big.png")])
        let draft = try Draft.decode(Data(#"{"t":[{"tt":0,"sg":[{"d":60000,"m":{"src":"big.png","zoom":"in"}}]}]}"#.utf8)).draft
        var engine = RenderEngine(tools: s.tools)
        engine.workRoot = URL(fileURLWithPath: s.path("work"))
        let prepared = try await engine.prepare(draft, baseDirectory: s.dir)
        let piece = s.path("pieces/chunk-1.mp4")
        let done = ProgressBox()
        let task = Task {
            try await engine.renderVideoChunk(prepared, settings: RenderSettings(), frames: 0..<1800, to: piece) { done.set($0) }
        }
        // Cancelled once FFmpeg is writing: its partial file is there, looking like nothing.
        let pieces = s.path("pieces")
        func writing() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: pieces)) ?? [] }
        let started = Date()
        while writing().isEmpty, Date().timeIntervalSince(started) < 90 { try await Task.sleep(for: .milliseconds(100)) }
        #expect(writing().count == 1 && writing().allSatisfy { $0.hasPrefix(".chunk-1.mp4.") && $0.hasSuffix(".partial") }, "\(writing())")
        #expect(done.value < 40)
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(!FileManager.default.fileExists(atPath: piece))
        #expect(writing().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.path("work")).isEmpty)
        // The chunk's FFmpeg writes under the scratch folder, and the zoom's base reads big.png there.
        let running = try await ProcessRunner.run("/usr/bin/pgrep", ["-f", s.dir])
        #expect(running.exitCode == 1, "ffmpeg still running: \(String(decoding: running.stdout, as: UTF8.self))")
    }

    /// The MD5 of a file's decoded (or, with `copy`, encoded) video or sound stream.
    static func hash(_ file: String, stream: String, _ s: Scratch, copy: Bool = false) async throws -> String {
        let out = try await ProcessRunner.run(s.tools.ffmpeg, ["-v", "error", "-nostdin", "-i", file, "-map", "0:" + stream]
            + (copy ? ["-c", "copy"] : []) + ["-f", "md5", "-"])
        guard out.exitCode == 0 else { throw TestFailure("ffmpeg failed: \(out.stderrTail)") }
        return String(decoding: out.stdout, as: UTF8.self)
    }
}
