import ReelFFmpeg
import ReelTimeline

extension PlanBuilder {
    /// Every visual segment normalised to the canvas (size, SAR, pixel format, frame rate,
    /// time base, exact frame count), then joined by transitions.
    mutating func buildVisuals() -> FilterGraph.Stream {
        var streams: [FilterGraph.Stream] = []
        for v in timeline.visuals { streams.append(segment(v)) }
        var joined = streams[0]
        var length = timeline.visuals[0].frames
        for i in 1..<max(1, streams.count) {
            if let tr = timeline.transitions[i - 1] {
                joined = graph.apply(Filter("xfade", ordered: [
                    ("transition", tr.name),
                    ("duration", num(Double(tr.frames) / Double(fps))),
                    ("offset", num(Double(length - tr.frames) / Double(fps))),
                ]), joined, streams[i])
                length += timeline.visuals[i].frames - tr.frames
            } else {
                joined = graph.apply(Filter("concat", ["n": "2", "v": "1", "a": "0"]), joined, streams[i])
                length += timeline.visuals[i].frames
            }
        }
        return joined
    }

    mutating func segment(_ v: ResolvedVisual) -> FilterGraph.Stream {
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
            } else if let pan = Pan(v.motion, frames: v.frames, width: width, height: height) {
                // A pan moves a whole number of pixels every frame over a picture scaled once:
                // exactly even motion, and only a crop per frame. The crop is on 4:4:4, where it
                // may start at any pixel (4:2:0 would round it to even ones).
                s = fit(s, v.fit, width: pan.canvasWidth, height: pan.canvasHeight)
                s = graph.chain(s, [
                    Filter("format", ["pix_fmts": "yuv444p"]),
                    Filter("loop", ordered: [("loop", String(v.frames - 1)), ("size", "1"), ("start", "0")]),
                    Filter("settb", ["expr": "1/\(fps)"]),
                    Filter("setpts", ["expr": "N"]),
                    Filter("fps", ["fps": String(fps)]),
                    Filter("crop", ordered: [("w", String(width)), ("h", String(height)), ("x", pan.x), ("y", pan.y)]),
                    Filter("format", ["pix_fmts": "yuv420p"]),
                ])
            } else {
                // Zoompan at twice the output size moves in half pixels: smooth (pitfall 1). A
                // preview takes whole-pixel steps for a quarter of the work.
                let oversample = settings.preview ? 1 : 2
                s = fit(s, v.fit, width: width * oversample, height: height * oversample)
                s = graph.chain(s, [
                    Filter("format", ["pix_fmts": "yuv420p"]),
                    zoompan(v.motion, frames: v.frames),
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
        return graph.chain(s, [Filter("setsar", ["r": "1"]), Filter("settb", ["expr": "AVTB"])])
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

        init?(_ motion: Motion, frames: Int, width: Int, height: Int) {
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
            let across = "n*\(step)", back = "\(travel)-n*\(step)"
            let centreX = String((canvasWidth - width) / 2), centreY = String((canvasHeight - height) / 2)
            switch motion {
            case .panRight: (x, y) = (across, centreY)
            case .panLeft: (x, y) = (back, centreY)
            case .panDown: (x, y) = (centreX, across)
            default: (x, y) = (centreX, back)
            }
        }
    }

    /// Slow zoom or pan over `frames` frames, driven by the output frame number (pitfall 2).
    func zoompan(_ motion: Motion, frames: Int) -> Filter {
        let amount = 0.12
        let progress = frames > 1 ? "on/\(frames - 1)" : "0"
        let centreX = "(iw-iw/zoom)/2", centreY = "(ih-ih/zoom)/2"
        let (z, x, y): (String, String, String)
        switch motion {
        case .zoomOut: (z, x, y) = ("\(num(1 + amount))-\(num(amount))*\(progress)", centreX, centreY)
        case .panLeft: (z, x, y) = (num(1 + amount), "(iw-iw/zoom)*(1-\(progress))", centreY)
        case .panRight: (z, x, y) = (num(1 + amount), "(iw-iw/zoom)*\(progress)", centreY)
        case .panUp: (z, x, y) = (num(1 + amount), centreX, "(ih-ih/zoom)*(1-\(progress))")
        case .panDown: (z, x, y) = (num(1 + amount), centreX, "(ih-ih/zoom)*\(progress)")
        case .zoomIn, .none: (z, x, y) = ("1+\(num(amount))*\(progress)", centreX, centreY)
        }
        return Filter("zoompan", ordered: [
            ("z", z), ("x", x), ("y", y), ("d", String(frames)), ("s", "\(width)x\(height)"), ("fps", String(fps)),
        ])
    }
}
