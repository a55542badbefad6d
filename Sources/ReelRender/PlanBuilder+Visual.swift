import ReelFFmpeg
import ReelTimeline

extension PlanBuilder {
    /// The visual track for timeline frames `range` (all of it unless a chunk is asked for):
    /// every segment normalised to the canvas, then joined. A transition touches only its own
    /// frames: the outgoing tail and the incoming head are trimmed off, cross-faded by `xfade`
    /// (4:4:4 or RGB only in FFmpeg 5.1, so the one place the picture leaves yuv420p) and
    /// brought back to yuv420p; the segments' bodies go straight to one `concat`.
    ///
    /// The result's timestamps are `N + range.lowerBound` in units of 1/fps: every expression of
    /// absolute time after the join (text timing and alpha, fades) sees the same `t` whether the
    /// video is made in one piece or in chunks, so chunks are made of the very same frames.
    mutating func buildVisuals(frames range: Range<Int>? = nil) -> FilterGraph.Stream {
        let range = range ?? 0..<timeline.totalFrames
        // The frames of each segment this picture reads (a transition reads the whole tail and
        // head it mixes): a moving still is built for those frames only, so a chunk that starts
        // inside it costs no more than its share.
        var needed: [Int: Range<Int>] = [:]
        func need(_ i: Int, _ frames: Range<Int>) {
            guard !frames.isEmpty else { return }
            needed[i] = needed[i].map { min($0.lowerBound, frames.lowerBound)..<max($0.upperBound, frames.upperBound) } ?? frames
        }
        for (i, v) in timeline.visuals.enumerated() {
            let before = i > 0 ? timeline.transitions[i - 1]?.frames ?? 0 : 0
            let after = timeline.transitions[i]?.frames ?? 0
            if before > 0, (v.startFrame..<v.startFrame + before).overlaps(range) {
                let previous = timeline.visuals[i - 1]
                need(i - 1, previous.frames - before..<previous.frames)
                need(i, 0..<before)
            }
            let body = (v.startFrame + before..<v.startFrame + v.frames - after).clamped(to: range)
            need(i, body.lowerBound - v.startFrame..<body.upperBound - v.startFrame)
        }
        var built: [Int: (stream: FilterGraph.Stream, from: Range<Int>)] = [:]
        // Each segment is built once, when a piece first needs it; a second reader gets a split.
        // Frames `frames` of segment `i`, restarting at time 0.
        func stream(_ i: Int, _ frames: Range<Int>) -> FilterGraph.Stream {
            let v = timeline.visuals[i]
            let made: (stream: FilterGraph.Stream, from: Range<Int>)
            if let s = built[i] {
                made = s
            } else {
                let part = v.buildsInParts ? needed[i] ?? 0..<v.frames : 0..<v.frames
                made = (segment(v, part: part), part)
                built[i] = made
            }
            let offset = made.from.lowerBound
            return trim(made.stream, frames.lowerBound - offset..<frames.upperBound - offset, of: made.from.count)
        }
        var pieces: [FilterGraph.Stream] = []
        for (i, v) in timeline.visuals.enumerated() {
            let before = i > 0 ? timeline.transitions[i - 1]?.frames ?? 0 : 0
            let after = timeline.transitions[i]?.frames ?? 0
            let overlap = v.startFrame..<v.startFrame + before
            if before > 0, let tr = timeline.transitions[i - 1], overlap.overlaps(range) {
                let previous = timeline.visuals[i - 1]
                let tail = stream(i - 1, previous.frames - before..<previous.frames)
                let head = stream(i, 0..<before)
                let mixed = graph.chain(graph.apply(Filter("xfade", ordered: [
                    ("transition", tr.name),
                    ("duration", num(Double(before) / Double(fps))),
                    ("offset", "0"),
                ]), tail, head), [Filter("format", ["pix_fmts": "yuv420p"])])
                // A chunk that starts or ends inside a transition takes the same frames, trimmed.
                let part = overlap.clamped(to: range)
                pieces.append(trim(mixed, part.lowerBound - overlap.lowerBound..<part.upperBound - overlap.lowerBound, of: before))
            }
            let body = (v.startFrame + before..<v.startFrame + v.frames - after).clamped(to: range)
            if !body.isEmpty {
                pieces.append(stream(i, body.lowerBound - v.startFrame..<body.upperBound - v.startFrame))
            }
        }
        let joined = pieces.count == 1 ? pieces[0]
            : graph.apply(Filter("concat", ["n": String(pieces.count), "v": "1", "a": "0"]), inputs: pieces, outputs: 1)[0]
        return graph.chain(joined, [
            Filter("settb", ["expr": "1/\(fps)"]),
            Filter("setpts", ["expr": range.lowerBound == 0 ? "N" : "N+\(range.lowerBound)"]),
        ])
    }

    /// Frames `frames` of a stream `total` frames long, restarting at time 0.
    mutating func trim(_ s: FilterGraph.Stream, _ frames: Range<Int>, of total: Int) -> FilterGraph.Stream {
        guard frames != 0..<total else { return s }
        var args: [(String, String)] = []
        if frames.lowerBound > 0 { args.append(("start_frame", String(frames.lowerBound))) }
        if frames.upperBound < total { args.append(("end_frame", String(frames.upperBound))) }
        let trimmed = graph.apply(Filter("trim", ordered: args), s)
        return frames.lowerBound > 0 ? graph.apply(Filter("setpts", ["expr": "PTS-STARTPTS"]), trimmed) : trimmed
    }

    /// Segment `v`'s frames `part` (all of them by default), restarting at time 0. Only a moving
    /// still (`buildsInParts`) is built in part, its motion taken up where `part` starts; other
    /// sources are built whole.
    mutating func segment(_ v: ResolvedVisual, part: Range<Int>? = nil) -> FilterGraph.Stream {
        let part = part ?? 0..<v.frames
        var s: FilterGraph.Stream
        switch v.source {
        case .color(let color):
            s = graph.apply(Filter("color", ordered: [
                ("c", color), ("s", "\(width)x\(height)"), ("r", String(fps)), ("d", num(Double(v.frames) / Double(fps))),
            ]))
            // Drawn in RGB, then converted with the BT.709 matrix like every other source.
            s = graph.chain(s, [Filter("format", ["pix_fmts": "rgb24"]), Self.toBT709, Filter("format", ["pix_fmts": "yuv420p"])])
        case .image(let path, let info):
            // Orientation is applied here, in full (mirrored ones too), so FFmpeg's own partial
            // autorotation is switched off.
            let pan = Pan(v.motion, frames: v.frames, width: width, height: height, from: part.lowerBound)
            if v.motion != .none, pan == nil {
                s = zoomFeed(path, info: info, v, part: part)
                break
            }
            let input = graph.input(addInput(path, options: ["-noautorotate"]), .video)
            s = graph.chain(input, Self.orientationFilters(info.orientation))
            if v.motion == .none {
                s = fit(s, v.fit, width: width, height: height)
                s = graph.chain(s, [
                    Filter("format", ["pix_fmts": "yuv420p"]),
                    // Decoded and scaled once, then repeated: never `-loop 1` (pitfall 3).
                    Filter("loop", ordered: [("loop", String(v.frames - 1)), ("size", "1"), ("start", "0")]),
                    // Exact timestamps in 1/fps units; `fps` then only labels the stream's rate.
                    Filter("settb", ["expr": "1/\(fps)"]),
                    Filter("setpts", ["expr": "N"]),
                    Filter("fps", ["fps": String(fps)]),
                ])
            } else if let pan {
                // A pan moves a whole number of pixels every frame over a picture scaled once:
                // exactly even motion, and only a crop per frame. The crop is on 4:4:4, where it
                // may start at any pixel (4:2:0 would round it to even ones).
                s = fit(s, v.fit, width: pan.canvasWidth, height: pan.canvasHeight)
                s = graph.chain(s, [
                    Filter("format", ["pix_fmts": "yuv444p"]),
                    Filter("loop", ordered: [("loop", String(part.count - 1)), ("size", "1"), ("start", "0")]),
                    Filter("settb", ["expr": "1/\(fps)"]),
                    Filter("setpts", ["expr": "N"]),
                    Filter("fps", ["fps": String(fps)]),
                    Filter("crop", ordered: [("w", String(width)), ("h", String(height)), ("x", pan.x), ("y", pan.y)]),
                    Filter("format", ["pix_fmts": "yuv420p"]),
                ])
            }
        case .video(let path, _):
            let seconds = v.sourceSeconds(fps: fps)
            var options = ["-an"]
            if v.trimIn > 0 { options = ["-ss", num(v.trimIn)] + options }
            options = ["-t", num(seconds + 0.5)] + options
            let input = graph.input(addInput(path, options: options), .video)
            var pre: [Filter] = []
            pre.append(Filter("setpts", ["expr": v.speed == 1 ? "PTS-STARTPTS" : "(PTS-STARTPTS)/\(num(v.speed))"]))
            pre.append(Filter("fps", ["fps": String(fps)]))
            s = graph.chain(input, pre)
            s = fit(s, v.fit, width: width, height: height)
            s = graph.chain(s, [
                Filter("format", ["pix_fmts": "yuv420p"]),
                // A source a frame short is held on its last frame so every segment has exactly its frames.
                Filter("tpad", ["stop_mode": "clone", "stop_duration": "1"]),
                Filter("trim", ["end_frame": String(v.frames)]),
            ])
        }
        if !v.look.isIdentity { s = graph.chain(s, v.look.filters) }
        // Ending in yuv420p keeps format negotiation from pulling whole segments to xfade's 4:4:4.
        return graph.chain(s, [Filter("setsar", ["r": "1"]), Filter("settb", ["expr": "AVTB"]), Filter("format", ["pix_fmts": "yuv420p"])])
    }

    /// EXIF orientation 2…8 as flips and transposes.
    static func orientationFilters(_ orientation: Int) -> [Filter] {
        switch orientation {
        case 2: [Filter("hflip")]
        case 3: [Filter("hflip"), Filter("vflip")]
        case 4: [Filter("vflip")]
        case 5: [Filter("transpose", ["dir": "cclock_flip"])]
        case 6: [Filter("transpose", ["dir": "clock"])]
        case 7: [Filter("transpose", ["dir": "clock_flip"])]
        case 8: [Filter("transpose", ["dir": "cclock"])]
        default: []
        }
    }

    /// Every source is converted to BT.709 limited range here, from whatever its frames say (an
    /// untagged picture or clip counts as BT.601, FFmpeg's default), so a BT.601 phone clip, a
    /// BT.709 camera clip and a photo all keep their colours in one BT.709-tagged video.
    static let bt709Output: [(String, String)] = [("out_color_matrix", "bt709"), ("out_range", "tv")]
    static var toBT709: Filter { Filter("scale", ordered: bt709Output) }

    /// Cover crops to fill; contain fits inside over a blurred, enlarged copy of itself.
    mutating func fit(_ s: FilterGraph.Stream, _ fit: Fit, width w: Int, height h: Int) -> FilterGraph.Stream {
        switch fit {
        case .cover:
            return graph.chain(s, [
                Filter("scale", ordered: [("w", String(w)), ("h", String(h)), ("force_original_aspect_ratio", "increase"), ("flags", "bicubic")]
                       + Self.bt709Output),
                Filter("crop", ordered: [("w", String(w)), ("h", String(h))]),
            ])
        case .contain:
            // The blur works on a tenth-size copy: cheap, and soft enough to read as background.
            let bw = max(2, w / 10 / 2 * 2), bh = max(2, h / 10 / 2 * 2)
            let background = graph.chain(s, [
                Filter("scale", ordered: [("w", String(bw)), ("h", String(bh)), ("force_original_aspect_ratio", "increase")]),
                Filter("crop", ordered: [("w", String(bw)), ("h", String(bh))]),
                Filter("gblur", ["sigma": "4"]),
                Filter("scale", ordered: [("w", String(w)), ("h", String(h)), ("flags", "bilinear")] + Self.bt709Output),
            ])
            let foreground = graph.apply(Filter("scale", ordered: [
                ("w", String(w)), ("h", String(h)), ("force_original_aspect_ratio", "decrease"),
                ("force_divisible_by", "2"), ("flags", "bicubic"),
            ] + Self.bt709Output), s)
            return graph.apply(Filter("overlay", ordered: [("x", "(W-w)/2"), ("y", "(H-h)/2")]), background, foreground)
        }
    }

    /// A pan as whole-pixel steps: about as far as the 12 % zoom margin allows, at least one
    /// pixel a frame (a longer pan scales the picture up a little more to make room).
    struct Pan {
        var canvasWidth: Int
        var canvasHeight: Int
        var x: String
        var y: String

        /// `from`: the first frame made (a chunk starting inside the pan), where the motion takes up.
        init?(_ motion: Motion, frames: Int, width: Int, height: Int, from: Int = 0) {
            let horizontal: Bool
            switch motion {
            case .panLeft, .panRight: horizontal = true
            case .panUp, .panDown: horizontal = false
            default: return nil
            }
            guard frames > 1 else { return nil }
            let side = Double(horizontal ? width : height)
            let step = max(1, Int((side * 0.12 / Double(frames - 1)).rounded()))
            let travel = step * (frames - 1)
            let zoom = (side + Double(travel)) / side
            // Even sizes, at least the travel wider (or taller) than the canvas.
            func even(_ x: Double) -> Int { Int((x / 2).rounded(.up)) * 2 }
            canvasWidth = horizontal ? width + travel + travel % 2 : even(Double(width) * zoom)
            canvasHeight = horizontal ? even(Double(height) * zoom) : height + travel + travel % 2
            let n = from > 0 ? "(n+\(from))" : "n"
            let across = "\(n)*\(step)", back = "\(travel)-\(n)*\(step)"
            let centreX = String((canvasWidth - width) / 2), centreY = String((canvasHeight - height) / 2)
            switch motion {
            case .panRight: (x, y) = (across, centreY)
            case .panLeft: (x, y) = (back, centreY)
            case .panDown: (x, y) = (centreX, across)
            default: (x, y) = (centreX, back)
            }
        }
    }

    /// A slow zoom made by Reel and piped in (`ZoomFeed`): the still decoded, oriented and
    /// fitted once by FFmpeg at `fitScale` × the canvas, every frame of `part` resampled from it
    /// at its exact window. Its frames are tagged BT.709 like every fitted source.
    mutating func zoomFeed(_ path: String, info: MediaInfo, _ v: ResolvedVisual, part: Range<Int>) -> FilterGraph.Stream {
        let fitScale = 1 + ZoomFeed.amount
        func even(_ x: Double) -> Int { Int((x / 2).rounded(.up)) * 2 }
        let bw = even(Double(width) * fitScale), bh = even(Double(height) * fitScale)
        var base = PlanBuilder(timeline: timeline, settings: settings, workDir: workDir)
        var b = base.graph.input(base.addInput(path, options: ["-noautorotate"]), .video)
        b = base.graph.chain(b, Self.orientationFilters(info.orientation))
        b = base.fit(b, v.fit, width: bw, height: bh)
        base.graph.output(base.graph.chain(b, [Filter("format", ["pix_fmts": "yuv420p"])]), label: "base")
        let baseArguments = ["-hide_banner", "-nostdin", "-v", "error"]
            + base.inputs.flatMap { $0.options + ["-i", $0.argument] }
            + ["-filter_complex", base.graph.compile(), "-map", "[base]", "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "yuv420p", "pipe:1"]
        let (from, to) = v.motion == .zoomOut ? (fitScale, 1.0) : (1.0, fitScale)
        let descriptor = Int32(3 + feeds.count)
        feeds.append(ZoomFeed(descriptor: descriptor, baseArguments: baseArguments, baseWidth: bw, baseHeight: bh,
                              width: width, height: height, fitScale: fitScale, zoomFrom: from, zoomTo: to,
                              frames: v.frames, part: part))
        let input = addInput("pipe:\(descriptor)", options: [
            "-f", "rawvideo", "-pixel_format", "yuv420p", "-video_size", "\(width)x\(height)", "-framerate", String(fps),
            // Two frames queued, not eight: a long slideshow has a feed per zoomed still.
            "-thread_queue_size", "2",
        ], descriptor: descriptor)
        return graph.chain(graph.input(input, .video), [
            Filter("setparams", ordered: [("range", "tv"), ("color_primaries", "bt709"), ("color_trc", "bt709"), ("colorspace", "bt709")]),
            Filter("settb", ["expr": "1/\(fps)"]),
            Filter("setpts", ["expr": "N"]),
        ])
    }
}
