import ReelFFmpeg
import ReelTimeline

extension PlanBuilder {
    /// Titles, captions and end cards: one `drawtext` per wrapped line, each reading its words
    /// from a file with expansion off, so no user character is ever parsed by FFmpeg.
    ///
    /// Every text keeps inside the canvas's safe area (a platform's on vertical canvases), reads
    /// on any picture (a dark outline and shadow, or a backing bar), and a caption on screen with
    /// a title moves clear of it.
    mutating func addTexts(to video: FilterGraph.Stream) -> FilterGraph.Stream {
        var s = video
        let safe = SafeArea.for(width: width, height: height, platform: timeline.platform)
        var placed: [(text: ResolvedText, top: Double, bottom: Double)] = []
        for (k, t) in timeline.texts.enumerated() {
            let preset = t.preset
            let size = max(8, Int((Double(t.size) * scale * (preset == .lowerthird ? 0.7 : 1)).rounded()))
            let boxed = t.box || preset == .bold || preset == .lowerthird
            let padding = boxed ? Int((Double(size) * 0.3).rounded()) : 0
            let maxWidth = (safe.right - safe.left) - Double(2 * padding)
            let lines = TextLayout.lines(t.text, fontSize: size, maxWidth: maxWidth)
            let lineHeight = Double(size) * 1.3
            let blockHeight = lineHeight * Double(lines.count)
            let position = preset == .lowerthird ? TextPosition.bottomLeft : t.position
            var top: Double
            switch position {
            case .top, .topLeft, .topRight: top = safe.top + Double(padding)
            case .center: top = (safe.top + safe.bottom - blockHeight) / 2
            case .lowerThird: top = safe.top + (safe.bottom - safe.top) * 0.72 - blockHeight / 2
            case .bottom, .bottomLeft, .bottomRight: top = safe.bottom - blockHeight - Double(padding)
            }
            if preset == .lowerthird { top = safe.top + (safe.bottom - safe.top) * 0.78 - blockHeight / 2 }
            // A caption never sits on a title (or another text) that is on screen at the same time.
            if t.kind == .caption {
                let gap = Double(size) * 0.4
                for other in placed where other.text.start < t.end && t.start < other.text.end
                    && top < other.bottom + gap && other.top - gap < top + blockHeight {
                    let below = other.bottom + gap + Double(padding)
                    top = below + blockHeight <= safe.bottom ? below : other.top - gap - Double(padding) - blockHeight
                }
            }
            placed.append((t, top - Double(padding), top + blockHeight + Double(padding)))
            let x: String
            switch position {
            case .topLeft, .bottomLeft: x = num((safe.left + Double(padding)).rounded())
            case .topRight, .bottomRight: x = "w-text_w-\(num((Double(width) - safe.right + Double(padding)).rounded()))"
            default:
                let centre = ((safe.left + safe.right) / 2).rounded()
                x = centre == (Double(width) / 2).rounded() ? "(w-text_w)/2" : "\(num(centre))-text_w/2"
            }
            let alpha = fadeExpression(t)
            // A rise: the text starts a little low and settles while it fades in.
            let rise = t.entrance == .rise && t.fadeIn > 0
                ? "+\(num((Double(size) * 0.35).rounded()))*(1-clip((t-\(num(t.start)))/\(num(t.fadeIn)),0,1))^2" : ""
            for (i, line) in lines.enumerated() where !line.isEmpty {
                let file = "\(workDir)/text-\(k)-\(i).txt"
                files[file] = line
                // Lines share baselines whatever their glyphs: y is the baseline minus the font's ascent.
                let baseline = (top + lineHeight * Double(i) + Double(size) * 1.05).rounded()
                var args: [(String, String)] = [
                    ("textfile", file), ("expansion", "none"),
                    t.font.contains("/") ? ("fontfile", t.font) : ("font", t.font),
                    ("fontsize", String(size)), ("fontcolor", t.color),
                    ("x", x), ("y", "\(num(baseline))-ascent\(rise)"),
                    ("enable", "between(t,\(num(t.start)),\(num(t.end)))"),
                ]
                if let alpha { args.append(("alpha", alpha)) }
                if boxed {
                    args += [("box", "1"), ("boxcolor", preset == .bold || preset == .lowerthird ? "black@0.72" : t.boxColor),
                             ("boxborderw", String(padding))]
                } else {
                    // Legible on white: a dark outline a sixteenth of the size, and a soft-edged shadow.
                    args += [("borderw", String(max(2, size / 16))), ("bordercolor", "black@0.8"),
                             ("shadowx", String(max(1, size / 24))), ("shadowy", String(max(1, size / 24))),
                             ("shadowcolor", "black@0.45")]
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

/// The part of the canvas text keeps inside, in output pixels.
///
/// Landscape and square: the broadcast title-safe 5 % margin. Vertical (taller than wide):
/// what each platform's buttons and caption overlay leave clear, measured on 1080x1920 and
/// scaled; with no platform named, the union of all of them.
struct SafeArea: Equatable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    /// Margins on a 1080x1920 canvas: top, bottom, left, right.
    static let vertical: [Platform: (top: Double, bottom: Double, left: Double, right: Double)] = [
        .tiktok: (160, 400, 60, 140),
        .reels: (220, 420, 60, 120),
        .shorts: (180, 380, 60, 140),
        .youtube: (96, 96, 54, 54),
    ]

    static func `for`(width: Int, height: Int, platform: Platform?) -> SafeArea {
        let W = Double(width), H = Double(height)
        guard height > width, platform != .youtube else {
            return SafeArea(left: W * 0.05, top: H * 0.05, right: W * 0.95, bottom: H * 0.95)
        }
        let m = platform.flatMap { vertical[$0] } ?? (
            vertical.values.map(\.top).max()!, vertical.values.map(\.bottom).max()!,
            vertical.values.map(\.left).max()!, vertical.values.map(\.right).max()!)
        let sx = W / 1080, sy = H / 1920
        return SafeArea(left: m.left * sx, top: m.top * sy, right: W - m.right * sx, bottom: H - m.bottom * sy)
    }
}
