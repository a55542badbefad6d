import Foundation

extension Draft {
    /// The visual track, if any (a valid draft has exactly one).
    public var visualTrack: Track? { tracks.first { $0.type == .visual } }

    /// Length of the video in ms. Visual segments without `d` (a clip to its end) count with
    /// the length `knownDurations` gives for their `src`, else as 4 s.
    public func duration(knownDurations: [String: Int] = [:]) -> Int {
        visualLayout(knownDurations: knownDurations).total
    }

    public func visualLayout(knownDurations: [String: Int] = [:]) -> VisualLayout {
        let segs = visualTrack?.segments ?? []
        let lengths = segs.map { s -> Int in
            if let d = s.duration { return d }
            if let src = s.src, let known = knownDurations[src] {
                return max(100, Int(Double(known - s.trimIn) / s.speed))
            }
            return Segment.defaultStillDuration
        }
        return VisualLayout(lengths: lengths, transitions: segs.map { $0.transition?.duration ?? 0 })
    }

    /// One line in the seed service's form:
    /// `Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) 3. Title: "Urban Dreams" (0-3s)`
    public func summary(knownDurations: [String: Int] = [:]) -> String {
        let total = duration(knownDurations: knownDurations)
        var parts: [String] = []
        for (i, track) in tracks.enumerated() {
            parts.append("\(i + 1). " + track.summary(total: total))
        }
        let n = tracks.count
        return "Timeline (\(n) track\(n == 1 ? "" : "s")): " + (parts.isEmpty ? "empty" : parts.joined(separator: " "))
    }
}

extension Segment {
    public static let defaultStillDuration = 4000

    /// A short human name: the given name, else the file's name without extension, else the colour.
    public var displayName: String {
        if let name, !name.isEmpty { return name }
        if let src {
            let base = (src as NSString).lastPathComponent
            let stem = (base as NSString).deletingPathExtension
            return stem.isEmpty ? base : stem
        }
        if let color { return "colour \(color)" }
        return "segment"
    }
}

extension Track {
    func summary(total: Int) -> String {
        switch type {
        case .visual:
            let names = segments.map(\.displayName)
            let label = name ?? (names.count <= 3 ? names.joined(separator: ", ")
                                 : names.prefix(3).joined(separator: ", ") + " +\(names.count - 3) more")
            return "Video: \(label) (\(span(0, total)))"
        case .audio:
            let heading = role == .voice ? "Voiceover" : "BGM"
            let label = name ?? segments.first?.displayName ?? "none"
            let start = segments.map { $0.start ?? 0 }.min() ?? 0
            let end = segments.map { s in (s.start ?? 0) + (s.duration ?? max(0, total - (s.start ?? 0))) }.max() ?? 0
            let volume = segments.first.map { Int(($0.volume * 100).rounded()) } ?? 100
            let muted = segments.allSatisfy(\.mute) && !segments.isEmpty
            return "\(heading): \(label) (\(span(start, min(end, total))), \(muted ? "muted" : "\(volume)%"))"
        case .text:
            let kinds = Set(segments.compactMap(\.kind))
            let kind = kinds.count == 1 ? kinds.first : nil
            var heading: String
            switch kind {
            case .title: heading = "Title"
            case .caption: heading = "Caption"
            case .endcard: heading = "End card"
            case nil: heading = "Text"
            }
            if segments.count > 1 { heading += "s" }
            let first = segments.first?.text.map { "\"\(Self.shorten($0))\"" } ?? "\"\""
            let more = segments.count > 1 ? " +\(segments.count - 1) more" : ""
            let start = segments.map { $0.start ?? 0 }.min() ?? 0
            let end = segments.map { s in (s.start ?? 0) + (s.duration ?? max(0, total - (s.start ?? 0))) }.max() ?? 0
            return "\(heading): \(first)\(more) (\(span(start, end)))"
        }
    }

    static func shorten(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count <= 40 ? oneLine : String(oneLine.prefix(39)) + "…"
    }
}

/// "0-10s", "2.5-7s".
func span(_ startMs: Int, _ endMs: Int) -> String {
    "\(seconds(startMs))-\(seconds(endMs))s"
}

func seconds(_ ms: Int) -> String {
    let tenths = Int((Double(ms) / 100).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
}
