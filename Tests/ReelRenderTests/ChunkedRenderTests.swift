import Foundation
import Testing
import ReelFFmpeg
@testable import ReelRender
import ReelTestSupport
import ReelTimeline

/// Chunked rendering (issue 15): the same frames as one process, joined exactly.
@Suite struct ChunkedRenderTests {
    /// Zoom, a clip, three kinds of transition, a look, a title and a caption with fades, and
    /// fades over the whole: everything whose time a chunk must get right.
    static let draftJSON = #"""
    {"m":{"w":192,"h":108,"fps":30,"fadeIn":400,"fadeOut":600,"look":"warm"},"t":[{"tt":0,"sg":[
      {"d":2000,"m":{"src":"pattern.png","zoom":"in","tr":{"name":"wipeleft","d":600}}},
      {"d":1500,"m":{"src":"clip.mp4","tr":{"name":"fade","d":400}}},
      {"d":1600,"m":{"src":"pattern.png","zoom":"left"}},
      {"d":1200,"m":{"color":"navy","tr":{"name":"circleopen","d":300}}},
      {"d":1000,"m":{"src":"pattern.png","look":"bw"}}]},
     {"tt":1,"m":{"role":"music"},"sg":[{"m":{"src":"tone.m4a","volume":0.5,"fadeOut":800}}]},
     {"tt":7,"sg":[{"st":0,"d":2500,"m":{"text":"Chunks","kind":"title"}},
                   {"st":2900,"d":2000,"m":{"text":"seam","kind":"caption","style":{"fadeIn":300,"fadeOut":300}}}]}]}
    """#

    static func prepared(_ s: Scratch) async throws -> PreparedDraft {
        try await s.ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=640x480", "-frames:v", "1", s.path("pattern.png")])
        _ = try await s.clip("clip.mp4", source: "testsrc2", width: 320, height: 240, seconds: 2)
        _ = try await s.tone("tone.m4a", frequency: 330, seconds: 3)
        return try await RenderEngine(tools: s.tools).prepare(try Draft.decode(Data(draftJSON.utf8)).draft, baseDirectory: s.dir)
    }

    /// The MD5 of every decoded frame a plan's video makes, before any encoder sees it.
    static func frameHashes(_ plan: RenderPlan, _ s: Scratch, workDir: String) async throws -> [String] {
        for (path, contents) in plan.files { try Data(contents.utf8).write(to: URL(fileURLWithPath: path)) }
        var args = ["-v", "error", "-nostdin"]
        for input in plan.inputs { args += input.options + ["-i", input.argument] }
        args += plan.scriptPath.map { ["-filter_complex_script", $0] } ?? ["-filter_complex", plan.graph]
        args += ["-map", "[vout]", "-f", "framemd5", "-"]
        if plan.maps.contains("aout") { args += ["-map", "[aout]", "-f", "null", "-"] }
        // The engine's runner, so the zooms Reel makes itself are piped in.
        let out = try await RenderEngine(tools: s.tools).run(args, feeds: plan.feeds)
        guard out.exitCode == 0 else { throw TestFailure("ffmpeg failed: \(out.stderrTail)") }
        return String(decoding: out.stdout, as: UTF8.self).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: ",").last.map(String.init) }
    }

    @Test func chunksAreTheSameFramesAsOneProcessWhereverTheyAreCut() async throws {
        let s = try Scratch()
        let timeline = try await Self.prepared(s).timeline
        #expect(timeline.totalFrames == 180)
        let dir = s.path("w")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var whole = PlanBuilder(timeline: timeline, settings: RenderSettings(), workDir: dir)
        let expected = try await Self.frameHashes(whole.build(), s, workDir: dir)
        #expect(expected.count == 180)
        // Cut inside the zoom's body (0-42: that chunk builds the zoom from frame 20 on), inside
        // the first transition (frames 42-60), inside the pan (75-123, built from frame 100 on),
        // inside the navy card (123-159) and inside the last transition (150-159).
        let cuts = [0, 20, 50, 100, 140, 155, 180]
        var joined: [String] = []
        for k in 0..<cuts.count - 1 {
            let chunkDir = s.path("w\(k)")
            try FileManager.default.createDirectory(atPath: chunkDir, withIntermediateDirectories: true)
            var builder = PlanBuilder(timeline: timeline, settings: RenderSettings(), workDir: chunkDir)
            joined += try await Self.frameHashes(builder.buildVideoChunk(frames: cuts[k]..<cuts[k + 1]), s, workDir: chunkDir)
        }
        #expect(joined.count == expected.count)
        let differing = zip(joined, expected).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(differing.isEmpty, "frames that differ: \(differing)")
    }

    @Test func aChunkedFileMatchesTheOneProcessFileAtEverySeam() async throws {
        let s = try Scratch()
        let prepared = try await Self.prepared(s)
        let engine = RenderEngine(tools: s.tools)
        var settings = RenderSettings(chunks: 1)
        settings.crf = 10 // close to lossless, so encoding differences stay far below a frame's change
        let one = try await engine.render(prepared, to: s.path("one.mp4"), settings: settings)
        settings.chunks = 3
        let progress = ProgressBox()
        let three = try await engine.render(prepared, to: s.path("three.mp4"), settings: settings) { progress.set($0) }
        #expect(progress.value == 1)
        let seams = engine.chunks(prepared.timeline, settings: settings).ranges.dropFirst().map(\.lowerBound)
        #expect(seams.count == 2)

        let a = try await s.streams(one.output), b = try await s.streams(three.output)
        #expect(a.video?.frames == 180 && b.video?.frames == 180)
        #expect(abs(a.duration - b.duration) < 0.001)
        let packets = try await Self.videoPackets(three.output, s)
        // Every timestamp on the 1/30 s grid, in order, and a keyframe where each chunk starts.
        #expect(packets.map(\.frame) == Array(0..<180))
        #expect(seams.allSatisfy { packets[$0].key })
        let lengths = try await Self.streamDurations(three.output, s)
        #expect(abs(lengths.video - 6.0) < 0.001 && abs(lengths.audio - lengths.video) < 0.025, "\(lengths)")

        for seam in seams {
            for n in [seam - 1, seam] {
                let mine = try await s.frame(three.output, at: (Double(n) + 0.5) / 30)
                let same = mine.difference(from: try await s.frame(one.output, at: (Double(n) + 0.5) / 30))
                let before = mine.difference(from: try await s.frame(one.output, at: (Double(n) - 0.5) / 30))
                let after = mine.difference(from: try await s.frame(one.output, at: (Double(n) + 1.5) / 30))
                #expect(same < 1.5, "frame \(n): differs by \(same) from the one-process frame")
                #expect(same <= min(before, after), "frame \(n): \(same) vs neighbours \(before), \(after)")
            }
        }
    }

    @Test func cancellingAChunkedRenderStopsEveryProcessAndLeavesNoFile() async throws {
        let s = try Scratch()
        try await s.ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=1920x1080", "-frames:v", "1", s.path("big.png")])
        let draft = try Draft.decode(Data(#"{"m":{"w":640,"h":360},"t":[{"tt":0,"sg":[{"d":60000,"m":{"src":"big.png","zoom":"in"}}]}]}"#.utf8)).draft
        var engine = RenderEngine(tools: s.tools)
        // Work folders in the scratch folder, so every FFmpeg of this render names it.
        engine.workRoot = URL(fileURLWithPath: s.path("work"))
        let prepared = try await engine.prepare(draft, baseDirectory: s.dir)
        let output = s.path("long.mp4")
        let progress = ProgressBox()
        let task = Task { [engine] in try await engine.render(prepared, to: output, settings: RenderSettings(chunks: 3)) { progress.set($0) } }
        let started = Date()
        // A loaded machine (the whole suite in parallel) may take a while to show the first frames.
        while progress.value == 0, Date().timeIntervalSince(started) < 60 { try await Task.sleep(for: .milliseconds(100)) }
        #expect(progress.value > 0 && progress.value < 1)
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        let left = try FileManager.default.contentsOfDirectory(atPath: s.dir).sorted()
        #expect(left == ["big.png", "work"], "\(left)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.path("work")).isEmpty)
        // Every chunk's FFmpeg writes under the scratch folder (and the zooms' bases read big.png
        // there): none may be left running.
        let running = try await ProcessRunner.run("/usr/bin/pgrep", ["-f", s.dir])
        #expect(running.exitCode == 1, "ffmpeg still running: \(String(decoding: running.stdout, as: UTF8.self))")
    }

    @Test func cutsGoWhereLittleIsBuiltTwice() throws {
        // The benchmark's shape: five zooming stills of 384 frames, 30-frame transitions.
        var json = #"{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":["#
        json += (0..<5).map { _ in #"{"d":12800,"m":{"color":"red","tr":{"name":"fade","d":1000}}}"# }.joined(separator: ",")
        json += "]}]}"
        var timeline = try Resolver(media: [:], paths: [:]).resolve(try Draft.decode(Data(json.utf8)).draft).timeline
        #expect(timeline.totalFrames == 1800)
        // Colour cards cost nothing to build twice: the cut is where the work halves.
        #expect(ChunkLayout(timeline, count: 2).ranges == [0..<900, 900..<1800])
        // Clips are decoded from their start: just after a transition ends, never inside a clip's long body.
        for i in timeline.visuals.indices { timeline.visuals[i].source = .video(path: "/c.mp4", info: media(.video, w: 800, h: 600, seconds: 20)) }
        #expect(ChunkLayout(timeline, count: 2).ranges == [0..<738, 738..<1800])
        #expect(ChunkLayout(timeline, count: 3).ranges == [0..<738, 738..<1092, 1092..<1800])
        // Zooming stills are built for just the frames a chunk needs: cut where the work divides
        // evenly, inside a zoom's body too (outside the transitions, which build both sides).
        for i in timeline.visuals.indices { timeline.visuals[i].source = .image(path: "/p.png", info: media(.image, w: 800, h: 600)); timeline.visuals[i].motion = .zoomIn }
        #expect(ChunkLayout(timeline, count: 2).ranges == [0..<900, 900..<1800])
        #expect(ChunkLayout(timeline, count: 3).ranges == [0..<600, 600..<1200, 1200..<1800])

        #expect(ChunkLayout.automaticCount(for: timeline, settings: RenderSettings(), cores: 2) == 1)
        #expect(ChunkLayout.automaticCount(for: timeline, settings: RenderSettings(), cores: 4) == 2)
        #expect(ChunkLayout.automaticCount(for: timeline, settings: RenderSettings(), cores: 16) == 7)
        #expect(ChunkLayout.automaticCount(for: timeline, settings: RenderSettings(), cores: 1) == 1)
        #expect(ChunkLayout.automaticCount(for: timeline, settings: RenderSettings(format: .webm), cores: 8) == 1)
        timeline.totalFrames = 300
        #expect(ChunkLayout.automaticCount(for: timeline, settings: RenderSettings(), cores: 8) == 1)
    }

    @Test func aChunkPlanIsVideoOnlyOnTheTimelinesClock() throws {
        var builder = PlanBuilder(timeline: try GoldenGraphTests.prepared().timeline, settings: RenderSettings(), workDir: "/w")
        let plan = builder.buildVideoChunk(frames: 72..<162)
        #expect(plan.maps == ["vout"])
        #expect(!plan.graph.contains("aout") && !plan.inputs.contains { $0.options.contains("-vn") })
        // The picture carries the timeline's own time (so drawtext and fade see the same t as in
        // one piece), then the piece restarts at 0.
        #expect(plan.graph.contains("settb=expr=1/30[s"))
        #expect(plan.graph.contains("setpts=expr=N+72[s"))
        #expect(plan.graph.hasSuffix("setpts=expr=PTS-STARTPTS[vout]"))
        #expect(plan.outputArgs == builder.settings.videoEncoderArgs + ["-r", "30", "-frames:v", "90"]) // fitted to this canvas (bitrate cap)
        #expect(plan.duration == 3)
    }

    static func videoPackets(_ file: String, _ s: Scratch) async throws -> [(frame: Int, key: Bool)] {
        let out = try await ProcessRunner.run(s.tools.ffprobe, [
            "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=time_base:packet=pts,flags", "-of", "json", file,
        ])
        let json = try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any]
        let tb = ((json?["streams"] as? [[String: Any]])?.first?["time_base"] as? String ?? "1/1").split(separator: "/").compactMap { Double($0) }
        let packets = (json?["packets"] as? [[String: Any]]) ?? []
        return packets.compactMap { p -> (Double, Bool)? in
            guard let pts = (p["pts"] as? Int).map(Double.init) ?? (p["pts"] as? String).flatMap(Double.init) else { return nil }
            return (pts * tb[0] / tb[1] * 30, (p["flags"] as? String ?? "").hasPrefix("K"))
        }
        .sorted { $0.0 < $1.0 }
        .map { (frame: abs($0.0 - $0.0.rounded()) < 1e-6 ? Int($0.0.rounded()) : -1, key: $0.1) }
    }

    static func streamDurations(_ file: String, _ s: Scratch) async throws -> (video: Double, audio: Double) {
        let out = try await ProcessRunner.run(s.tools.ffprobe, ["-v", "error", "-show_entries", "stream=codec_type,duration", "-of", "json", file])
        let streams = ((try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any])?["streams"] as? [[String: Any]]) ?? []
        func length(_ kind: String) -> Double {
            Double(streams.first { $0["codec_type"] as? String == kind }?["duration"] as? String ?? "") ?? -1
        }
        return (length("video"), length("audio"))
    }
}
