import Foundation
import Testing
import ReelFFmpeg
@testable import ReelRender
import ReelTestSupport
import ReelTimeline

/// Issue 10: what a viewer (and a platform's upload checker) sees, measured on tiny synthetic media.
@Suite struct OutputCraftTests {
    // MARK: Colour

    /// Patches (220,40,40) and (40,180,60) from a photo, a BT.601-tagged clip and a BT.709-tagged
    /// clip, all in one video, decoded as players decode HD (BT.709, limited range).
    @Test func everySourceKeepsItsColoursInOneBT709Video() async throws {
        let s = try Scratch()
        let patches = "drawbox=x=0:y=0:w=80:h=90:c=0xDC2828:t=fill,drawbox=x=80:y=0:w=80:h=90:c=0x28B43C:t=fill"
        try await s.ffmpeg(["-f", "lavfi", "-i", "color=c=black:s=160x90,format=rgb24,\(patches)", "-frames:v", "1", s.path("photo.png")])
        for (name, matrix, tag) in [("c601.mp4", "bt601", "smpte170m"), ("c709.mp4", "bt709", "bt709")] {
            try await s.ffmpeg(["-f", "lavfi", "-i", "color=c=black:s=160x90:d=2:r=30,format=rgb24,\(patches)",
                                "-vf", "scale=out_color_matrix=\(matrix):out_range=tv,format=yuv420p",
                                "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0",
                                "-colorspace", tag, "-color_primaries", tag, "-color_trc", tag, "-color_range", "tv", s.path(name)])
        }
        // The BT.601 clip first: its tags must not decide the output's.
        let out = try await render("""
        {"m":{"w":320,"h":180,"fps":30},"t":[{"tt":0,"sg":[
         {"d":1000,"m":{"src":"c601.mp4"}},{"d":1000,"m":{"src":"photo.png"}},{"d":1000,"m":{"src":"c709.mp4"}}]}]}
        """, in: s)
        for at in [0.5, 1.5, 2.5] {
            let f = try await Self.frameAsBT709(out, at: at, in: s)
            let red = f.at(0.25, 0.5), green = f.at(0.75, 0.5)
            #expect(close(red, 220, 40, 40, tolerance: 6), "red patch at \(at) s decoded as BT.709: \(red)")
            #expect(close(green, 40, 180, 60, tolerance: 6), "green patch at \(at) s decoded as BT.709: \(green)")
        }
        let tags = try await Self.probe(out, in: s, ["-show_entries", "stream=color_space,color_primaries,color_transfer,color_range"])
        #expect(tags.contains("color_space=bt709") && tags.contains("color_primaries=bt709")
                && tags.contains("color_transfer=bt709") && tags.contains("color_range=tv"), "\(tags)")
    }

    // MARK: Motion

    /// A soft dot off-centre on a still, tracked frame by frame (intensity centroid): its step
    /// from one frame to the next may vary by less than 0.2 px.
    @Test func panMovesTheSameDistanceEveryFrame() async throws {
        let s = try Scratch()
        let steps = try await Self.dotSteps(motion: "right", in: s)
        #expect(steps.max()! - steps.min()! < 0.2, "pan steps \(steps.min()!)–\(steps.max()!) px")
        #expect(steps.min()! > 0.5, "the dot moves every frame")
    }

    @Test func zoomMovesTheDotEvenly() async throws {
        let s = try Scratch()
        let steps = try await Self.dotSteps(motion: "in", in: s)
        // FFmpeg's own zooms move their window in whole pixels (zoompan at 2×: steps 0.04–1.25 px);
        // Reel resamples every frame at its exact window and pipes it in (ZoomFeed, bench/zoom.md).
        #expect(steps.max()! - steps.min()! < 0.2, "zoom steps \(steps.min()!)–\(steps.max()!) px")
        #expect(steps.min()! > 0.1, "the dot moves every frame: \(steps.min()!) px")
        print("zoom in: dot steps \(steps.min()!)–\(steps.max()!) px")
        let out = try await Self.dotSteps(motion: "out", in: s)
        #expect(out.max()! - out.min()! < 0.2, "zoom-out steps \(out.min()!)–\(out.max()!) px")
        print("zoom out: dot steps \(out.min()!)–\(out.max()!) px")
    }

    /// Per-frame steps (px) of a tracked dot during a 3 s motion on a 640x360 canvas, ends trimmed.
    static func dotSteps(motion: String, in s: Scratch) async throws -> [Double] {
        try await s.ffmpeg(["-f", "lavfi", "-i", "color=c=black:s=1280x720,format=gray,geq=lum='255*exp(-((X-384)^2+(Y-216)^2)/128)'",
                            "-frames:v", "1", s.path("dot.png")])
        let out = try await render("""
        {"m":{"w":640,"h":360,"fps":30},"t":[{"tt":0,"sg":[{"d":3000,"m":{"src":"dot.png","zoom":"\(motion)"}}]}]}
        """, in: s)
        let raw = try await ProcessRunner.run(s.tools.ffmpeg, ["-v", "error", "-nostdin", "-i", out, "-f", "rawvideo", "-pix_fmt", "gray", "-"])
        let w = 640, h = 360, bytes = [UInt8](raw.stdout)
        var positions: [(Double, Double)] = []
        var guess: (Double, Double)?
        for f in 0..<(bytes.count / (w * h)) {
            let base = f * w * h
            if guess == nil {
                let i = (0..<(w * h)).max { bytes[base + $0] < bytes[base + $1] }!
                guess = (Double(i % w), Double(i / w))
            }
            let (gx, gy) = guess!
            let x0 = max(0, Int(gx) - 16), x1 = min(w - 1, Int(gx) + 16), y0 = max(0, Int(gy) - 16), y1 = min(h - 1, Int(gy) + 16)
            var low = 255.0
            for y in y0...y1 { for x in x0...x1 { low = min(low, Double(bytes[base + y * w + x])) } }
            var sum = 0.0, sx = 0.0, sy = 0.0
            for y in y0...y1 { for x in x0...x1 {
                let v = max(0, Double(bytes[base + y * w + x]) - low - 4)
                sum += v; sx += v * Double(x); sy += v * Double(y)
            } }
            guess = (sx / sum, sy / sum)
            positions.append(guess!)
        }
        let steps = zip(positions.dropFirst(), positions).map { a, b in ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).squareRoot() }
        return Array(steps.dropFirst(2).dropLast(2))
    }

    // MARK: Transitions

    /// "dissolve" (old drafts) and "crossfade" are a smooth blend: the midpoint frame is one even
    /// colour. The random-pixel one is still there as "pixeldissolve".
    @Test func crossfadeMidpointIsUniform() async throws {
        let s = try Scratch()
        for (name, smooth) in [("crossfade", true), ("dissolve", true), ("pixeldissolve", false)] {
            let out = try await render("""
            {"m":{"w":160,"h":90,"fps":30},"t":[{"tt":0,"sg":[{"d":2000,"m":{"color":"red","tr":{"name":"\(name)","d":1000}}},{"d":2000,"m":{"color":"blue"}}]}]}
            """, in: s, output: "\(name).mp4")
            let mid = try await s.frame(out, at: 1.5)
            let reds = (0..<mid.height).flatMap { y in (0..<mid.width).map { x in Double(mid.pixel(x, y).r) } }
            let mean = reds.reduce(0, +) / Double(reds.count)
            let spread = (reds.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(reds.count)).squareRoot()
            if smooth {
                #expect(spread < 4 && mean > 80 && mean < 180, "\(name): midpoint red mean \(mean), spread \(spread)")
            } else {
                #expect(spread > 40, "\(name): midpoint red spread \(spread)")
            }
        }
    }

    // MARK: Encoding

    @Test func keyframesAreAtMostTwoSecondsApart() async throws {
        let s = try Scratch()
        _ = try await s.clip("moving.mp4", source: "testsrc2", seconds: 7, tone: nil)
        let out = try await render("""
        {"m":{"w":320,"h":180,"fps":30},"t":[{"tt":0,"sg":[{"d":7000,"m":{"src":"moving.mp4"}}]}]}
        """, in: s)
        let text = try await Self.probe(out, in: s, ["-select_streams", "v", "-show_entries", "packet=pts_time,flags", "-of", "csv=p=0"])
        let keys = text.split(separator: "\n").filter { $0.contains("K") }.compactMap { Double($0.split(separator: ",")[0]) }.sorted()
        let gaps = zip(keys.dropFirst(), keys).map { $0 - $1 } + [7 - (keys.last ?? 0)]
        #expect(keys.first == 0 && (gaps.max() ?? 99) <= 2.0 + 1e-6, "keyframes at \(keys)")
    }

    @Test func qualityMapsToCRFWithABitrateCap() throws {
        var settings = RenderSettings(quality: .medium)
        settings.fps = 30
        settings.pixels = 1920 * 1080
        let args = settings.videoEncoderArgs
        #expect(args.contains("-crf") && args[args.firstIndex(of: "-crf")! + 1] == "22")
        #expect(args[args.firstIndex(of: "-maxrate")! + 1] == "6000k" && args[args.firstIndex(of: "-bufsize")! + 1] == "12000k")
        settings.pixels = 1280 * 720
        #expect(settings.videoEncoderArgs[settings.videoEncoderArgs.firstIndex(of: "-maxrate")! + 1] == "2667k")
        #expect(Quality.named("standard") == .medium && Quality.named("ultra") == .max && Quality.named("preview") == nil)
    }

    // MARK: Loudness

    /// A quiet music-only video aimed at YouTube/TikTok: -14 LUFS within 1 LU, true peak at most -1 dBTP.
    @Test func loudnessHitsThePlatformTargetUnderTheTruePeakCeiling() async throws {
        let s = try Scratch()
        _ = try await s.tone("quiet.wav", frequency: 600, seconds: 6, amplitude: 0.05)
        for (word, target) in [("\"tiktok\"", -14.0), ("-20", -20.0)] {
            let out = try await render("""
            {"m":{"w":160,"h":90,"loudness":\(word)},"t":[{"tt":0,"sg":[{"d":6000,"m":{"color":"black"}}]},
             {"tt":1,"sg":[{"m":{"src":"quiet.wav"}}]}]}
            """, in: s)
            let (integrated, peak) = try await Self.loudnessAndTruePeak(out, in: s)
            #expect(abs(integrated - target) <= 1, "\(word): integrated \(integrated) LUFS")
            #expect(peak <= -1, "\(word): true peak \(peak) dBTP")
        }
    }

    @Test func loudnessWordsDecode() throws {
        func meta(_ m: String) throws -> DraftMeta {
            try Draft.decode(Data(#"{"m":\#(m),"t":[{"tt":0,"sg":[{"d":1000,"m":{"color":"red"}}]}]}"#.utf8)).draft.meta
        }
        #expect(try meta(#"{"loudness":"youtube"}"#).loudness?.lufs == -14)
        #expect(try meta(#"{"loudness":"broadcast"}"#).loudness?.lufs == -23)
        #expect(try meta(#"{"loudness":-18}"#).loudness == LoudnessTarget(lufs: -18))
        #expect(try meta(#"{"loudnorm":true}"#).loudness?.lufs == -16)
        #expect(try meta(#"{"loudness":"off"}"#).loudness == nil)
        #expect(throws: DraftValidationError.self) { try meta(#"{"loudness":"loud"}"#) }
        #expect(throws: DraftValidationError.self) { try meta(#"{"loudness":-3}"#) }
        #expect(LoudnessTarget.parse("-14 LUFS")?.lufs == -14)
    }

    // MARK: Titles and captions

    /// A white title on a white picture: the luminance contrast between its letters and what
    /// surrounds them (pixels 2–3 px outside each stroke, past the anti-aliased edge) is at
    /// least 4.5:1, WCAG's bar for text.
    @Test func titleContrastOnWhiteIsAtLeastFourAndAHalf() async throws {
        let s = try Scratch()
        for preset in ["", #","preset":"clean""#, #","preset":"bold""#] {
            func draft(_ bg: String) -> String {
                """
                {"m":{"w":1280,"h":720,"fps":30},"t":[{"tt":0,"sg":[{"d":2000,"m":{"color":"\(bg)"}}]},
                 {"tt":7,"sg":[{"st":0,"d":2000,"m":{"text":"Urban Dreams","kind":"title","style":{"fadeIn":0,"fadeOut":0\(preset)}}}]}]}
                """
            }
            let onWhite = try await s.frame(try await render(draft("white"), in: s, output: "w.mp4"), at: 1)
            let onBlack = try await s.frame(try await render(draft("black"), in: s, output: "b.mp4"), at: 1)
            let ratio = Self.textContrast(text: onBlack, onWhite: onWhite)
            #expect(ratio >= 4.5, "title\(preset) on white: contrast \(ratio):1")
        }
    }

    /// Vertical captions stay inside the platform's safe area (TikTok: 160 px top, 400 px bottom,
    /// 140 px right on 1080x1920; no platform: the union of TikTok, Reels and Shorts).
    @Test func verticalCaptionsStayInsideThePlatformSafeArea() async throws {
        let s = try Scratch()
        for (platform, bottom, right) in [(#","platform":"tiktok""#, 400.0, 140.0), ("", 420.0, 140.0)] {
            let out = try await render("""
            {"m":{"w":270,"h":480,"fps":30\(platform)},"t":[{"tt":0,"sg":[{"d":2000,"m":{"color":"white"}}]},
             {"tt":7,"sg":[{"st":0,"d":2000,"m":{"text":"Fresh beans daily, open till late every day","kind":"caption","style":{"fadeIn":0,"fadeOut":0}}}]}]}
            """, in: s)
            let f = try await s.frame(out, at: 1)
            let box = Self.inkBox(f)
            let k = 270.0 / 1080
            #expect(box != nil)
            if let box {
                #expect(Double(box.maxY) <= 480 - bottom * k, "caption\(platform) bottom at \(box.maxY) of 480")
                #expect(Double(box.maxX) <= 270 - right * k, "caption\(platform) right edge at \(box.maxX) of 270")
                #expect(Double(box.minX) >= 60 * k - 1, "caption\(platform) left edge at \(box.minX)")
            }
        }
    }

    @Test func verticalTextIsLargerAndTitleAndCaptionDoNotOverlap() throws {
        let draft = try Draft.decode(Data("""
        {"m":{"w":1080,"h":1920,"fps":30},"t":[{"tt":0,"sg":[{"d":4000,"m":{"color":"navy"}}]},
         {"tt":7,"sg":[{"st":0,"d":3000,"m":{"text":"Bean There, the best coffee on the corner","kind":"title","style":{"pos":"bottom","entrance":"rise"}}},
                      {"st":0,"d":2000,"m":{"text":"Fresh beans daily.","kind":"caption"}}]}]}
        """.utf8)).draft
        let (timeline, _) = try Resolver(media: [:], paths: [:]).resolve(draft)
        #expect(timeline.texts.map(\.size) == [120, 65]) // 96 and 52 on a 1080 side, a quarter larger upright
        var builder = PlanBuilder(timeline: timeline, settings: RenderSettings(), workDir: "/w")
        let graph = builder.build().graph
        // Each line's baseline, per text: "textfile=/w/text-K-I.txt ... y=BASELINE-ascent".
        func extent(_ k: Int, size: Double) -> ClosedRange<Double> {
            let baselines = graph.split(separator: "\n").filter { $0.contains("text-\(k)-") }.compactMap { line -> Double? in
                guard let r = line.range(of: ":y=") else { return nil }
                return Double(line[r.upperBound...].prefix { $0.isNumber || $0 == "." })
            }
            return (baselines.min()! - size * 1.05)...(baselines.max()! + size * 0.3)
        }
        let title = extent(0, size: 120), caption = extent(1, size: 65)
        #expect(!title.overlaps(caption), "title \(title), caption \(caption)")
        #expect(graph.contains("*(1-clip((t-0)/0.3,0,1))^2") || graph.contains("*(1-clip((t-0)/0.3\\,0\\,1))^2"), "rise entrance")
    }

    // MARK: Helpers

    /// A frame decoded the way players decode HD: BT.709 matrix, limited range, whatever the tags say.
    static func frameAsBT709(_ file: String, at seconds: Double, in s: Scratch) async throws -> Frame {
        let info = try await s.streams(file)
        guard let w = info.video?.width, let h = info.video?.height else { throw TestFailure("no video in \(file)") }
        let out = try await ProcessRunner.run(s.tools.ffmpeg, [
            "-v", "error", "-nostdin", "-ss", String(seconds), "-i", file, "-frames:v", "1",
            "-vf", "scale=in_color_matrix=bt709:in_range=tv,format=rgb24", "-f", "rawvideo", "-",
        ])
        guard out.exitCode == 0, out.stdout.count == w * h * 3 else { throw TestFailure("no frame at \(seconds)s: \(out.stderrTail)") }
        return Frame(width: w, height: h, rgb: [UInt8](out.stdout))
    }

    /// WCAG contrast of text against its immediate surround: the letters found on the black
    /// render (bright pixels, eroded past the anti-aliased edge), measured on the white render
    /// against pixels 2–3 px outside them.
    static func textContrast(text onBlack: Frame, onWhite: Frame) -> Double {
        let w = onBlack.width, h = onBlack.height
        func lum(_ c: (r: Int, g: Int, b: Int)) -> Double {
            func lin(_ v: Int) -> Double { let x = Double(v) / 255; return x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4) }
            return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
        }
        var mask = [Bool](repeating: false, count: w * h)
        for y in 0..<h { for x in 0..<w where lum(onBlack.pixel(x, y)) > 0.7 { mask[y * w + x] = true } }
        func near(_ x: Int, _ y: Int, _ r: Int) -> Bool {
            for dy in -r...r { for dx in -r...r {
                let xx = x + dx, yy = y + dy
                if xx >= 0, yy >= 0, xx < w, yy < h, mask[yy * w + xx] { return true }
            } }
            return false
        }
        var fill: [Double] = [], band: [Double] = []
        for y in 1..<(h - 1) { for x in 1..<(w - 1) {
            if mask[y * w + x] {
                if mask[y * w + x - 1] && mask[y * w + x + 1] && mask[(y - 1) * w + x] && mask[(y + 1) * w + x] {
                    fill.append(lum(onWhite.pixel(x, y)))
                }
            } else if near(x, y, 3) && !near(x, y, 1) {
                band.append(lum(onWhite.pixel(x, y)))
            }
        } }
        guard !fill.isEmpty, !band.isEmpty else { return 0 }
        let l1 = fill.reduce(0, +) / Double(fill.count), l2 = band.reduce(0, +) / Double(band.count)
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }

    /// The bounding box of everything that is not the white background.
    static func inkBox(_ f: Frame) -> (minX: Int, minY: Int, maxX: Int, maxY: Int)? {
        var box: (minX: Int, minY: Int, maxX: Int, maxY: Int)?
        for y in 0..<f.height { for x in 0..<f.width {
            let p = f.pixel(x, y)
            guard p.r + p.g + p.b < 3 * 235 else { continue }
            box = (min(box?.minX ?? x, x), min(box?.minY ?? y, y), max(box?.maxX ?? x, x), max(box?.maxY ?? y, y))
        } }
        return box
    }

    static func probe(_ file: String, in s: Scratch, _ args: [String]) async throws -> String {
        let out = try await ProcessRunner.run(s.tools.ffprobe, ["-v", "error"] + args + [file])
        guard out.exitCode == 0 else { throw TestFailure("ffprobe: \(out.stderrTail)") }
        return String(decoding: out.stdout, as: UTF8.self)
    }

    /// Integrated loudness (LUFS) and true peak (dBTP) by EBU R128.
    static func loudnessAndTruePeak(_ file: String, in s: Scratch) async throws -> (Double, Double) {
        let out = try await ProcessRunner.run(s.tools.ffmpeg, [
            "-v", "info", "-nostdin", "-i", file, "-map", "0:a", "-af", "ebur128=peak=true", "-f", "null", "-",
        ])
        let lines = out.stderrTail.split(separator: "\n")
        func value(_ key: String) -> Double? {
            lines.last { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) }
                .flatMap { $0.split(separator: " ").compactMap { Double($0) }.first }
        }
        guard let i = value("I:"), let peak = value("Peak:") else { throw TestFailure("no ebur128 summary: \(out.stderrTail.suffix(600))") }
        return (i, peak)
    }
}
