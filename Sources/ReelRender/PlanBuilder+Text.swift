import ReelFFmpeg
import ReelTimeline

extension PlanBuilder {
    /// Titles, captions and end cards: one `drawtext` per wrapped line, each reading its words
    /// from a file with expansion off, so no user character is ever parsed by FFmpeg.
    mutating func addTexts(to video: FilterGraph.Stream) -> FilterGraph.Stream {
        var s = video
        for (k, t) in timeline.texts.enumerated() {
            let size = max(8, Int((Double(t.size) * scale).rounded()))
            let padding = t.box ? Int((Double(size) * 0.3).rounded()) : 0
            let maxWidth = Double(width) * 0.9 - Double(2 * padding)
            let lines = TextLayout.lines(t.text, fontSize: size, maxWidth: maxWidth)
            let lineHeight = Double(size) * 1.3
            let blockHeight = lineHeight * Double(lines.count)
            let H = Double(height), W = Double(width)
            let top: Double
            switch t.position {
            case .top, .topLeft, .topRight: top = H * 0.07
            case .center: top = (H - blockHeight) / 2
            case .lowerThird: top = H * 0.75 - blockHeight / 2
            case .bottom, .bottomLeft, .bottomRight: top = H * 0.93 - blockHeight
            }
            let x: String
            switch t.position {
            case .topLeft, .bottomLeft: x = num((W * 0.05).rounded())
            case .topRight, .bottomRight: x = "w-text_w-\(num((W * 0.05).rounded()))"
            default: x = "(w-text_w)/2"
            }
            for (i, line) in lines.enumerated() where !line.isEmpty {
                let file = "\(workDir)/text-\(k)-\(i).txt"
                files[file] = line
                // Lines share baselines whatever their glyphs: y is the baseline minus the font's ascent.
                let baseline = (top + lineHeight * Double(i) + Double(size) * 1.05).rounded()
                var args: [(String, String)] = [
                    ("textfile", file), ("expansion", "none"),
                    t.font.contains("/") ? ("fontfile", t.font) : ("font", t.font),
                    ("fontsize", String(size)), ("fontcolor", t.color),
                    ("x", x), ("y", "\(num(baseline))-ascent"),
                    ("enable", "between(t,\(num(t.start)),\(num(t.end)))"),
                ]
                if let alpha = fadeExpression(t) { args.append(("alpha", alpha)) }
                if t.box {
                    args += [("box", "1"), ("boxcolor", t.boxColor), ("boxborderw", String(padding))]
                } else {
                    args += [("borderw", String(max(1, size / 28))), ("bordercolor", "black@0.55")]
                }
                s = graph.apply(Filter("drawtext", ordered: args), s)
            }
        }
        return s
    }

    func fadeExpression(_ t: ResolvedText) -> String? {
        let start = num(t.start), end = num(t.end)
        switch (t.fadeIn > 0, t.fadeOut > 0) {
        case (false, false): return nil
        case (true, false): return "clip((t-\(start))/\(num(t.fadeIn)),0,1)"
        case (false, true): return "clip((\(end)-t)/\(num(t.fadeOut)),0,1)"
        case (true, true): return "clip(min((t-\(start))/\(num(t.fadeIn)),(\(end)-t)/\(num(t.fadeOut))),0,1)"
        }
    }
}
