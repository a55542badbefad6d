/// How big a draft may be before any work is spent on it. A server sets these from its
/// configuration (`REEL_DRAFT_MAX_SEGMENTS`, `REEL_DRAFT_MAX_SECONDS`); the defaults allow any
/// video a person would make (1,000 segments, 3 hours) and refuse a 24-hour or 10,000-segment
/// draft before FFmpeg starts.
public struct DraftLimits: Sendable, Equatable {
    /// Segments over all tracks.
    public var maxSegments: Int
    /// Timeline length in ms, as far as the draft says it (segment lengths and text/audio ends).
    public var maxDuration: Int

    public init(maxSegments: Int = 1000, maxDuration: Int = 3 * 3600 * 1000) {
        self.maxSegments = maxSegments
        self.maxDuration = maxDuration
    }

    /// Before any field is read: the counts of `t` and every `sg`, without looking inside them.
    /// nil when within the limits.
    public func precheck(_ json: JSONValue) -> Diagnostic? {
        guard case .object(let root) = json, case .array(let tracks)? = root["t"] else { return nil }
        if tracks.count > maxSegments {
            return Diagnostic(.error, "t", "has \(tracks.count) tracks; a draft may have at most \(maxSegments) segments in all")
        }
        var segments = 0
        for track in tracks {
            guard case .object(let o) = track, case .array(let sg)? = o["sg"] else { continue }
            segments += sg.count
        }
        return segments > maxSegments ? tooManySegments(segments) : nil
    }

    /// After decoding: the segment count and the timeline's length.
    public func check(_ draft: Draft) -> [Diagnostic] {
        let segments = draft.tracks.reduce(0) { $0 + $1.segments.count }
        if segments > maxSegments { return [tooManySegments(segments)] }
        var length = 0
        for track in draft.tracks {
            if track.type == .visual {
                length = max(length, track.segments.reduce(0) { $0 + ($1.duration ?? 0) })
            } else {
                for s in track.segments { length = max(length, (s.start ?? 0) + (s.duration ?? 0)) }
            }
        }
        guard length > maxDuration else { return [] }
        return [Diagnostic(.error, "t", "the timeline is \(Self.clock(length)) long; this server renders at most \(Self.clock(maxDuration))")]
    }

    private func tooManySegments(_ count: Int) -> Diagnostic {
        Diagnostic(.error, "t", "has \(count) segments; this server renders at most \(maxSegments)")
    }

    /// `3:00:00`, `12:05`.
    static func clock(_ ms: Int) -> String {
        let s = ms / 1000, h = s / 3600, m = s / 60 % 60, sec = s % 60
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(sec))" : "\(m):\(two(sec))"
    }
}

extension Draft {
    /// Lists longer than this (tracks, or one track's segments) are refused whole before their
    /// entries are read, so a junk draft of millions of entries costs one problem, not millions.
    public static let maxListLength = 100_000
}
