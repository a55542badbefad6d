/// The timeline as lanes of timed pieces, for a picture of it (the studio's strip): visual
/// segments end to end with their transitions (laid out by `VisualLayout`, the one place that
/// clamps them), sounds with their levels, and texts, all in ms on the video's clock.
public struct TimelineLanes: Sendable, Equatable {
    public struct Visual: Sendable, Equatable {
        public var index: Int
        public var start: Int
        public var duration: Int
        public var name: String
        public var src: String?
        /// Where in the source the segment starts (ms): the frame that stands for it.
        public var sourceAt: Int
        public var color: String?
        /// The named look it is shown with (its own, else the whole video's); nil for none.
        public var look: String?
        /// Into the next segment.
        public var transition: String?
        public var transitionDuration: Int
    }

    public struct Sound: Sendable, Equatable {
        public var track: Int
        public var index: Int
        public var start: Int
        public var end: Int
        public var name: String
        public var src: String?
        /// 0–1 (and above, for boosts).
        public var volume: Double
        public var muted: Bool
        public var role: String
    }

    public struct Text: Sendable, Equatable {
        public var track: Int
        public var index: Int
        public var start: Int
        public var end: Int
        public var text: String
        public var kind: String
    }

    public var duration: Int
    public var visuals: [Visual]
    public var sounds: [Sound]
    public var texts: [Text]
}

extension Draft {
    public func lanes(knownDurations: [String: Int] = [:]) -> TimelineLanes {
        let layout = visualLayout(knownDurations: knownDurations)
        let total = layout.total
        let visuals = (visualTrack?.segments ?? []).enumerated().map { i, s in
            let transition = layout.transitions[i] > 0 ? s.transition?.name : nil
            let look = s.look.name != .none ? s.look.name : meta.look.name
            return TimelineLanes.Visual(index: i, start: layout.starts[i], duration: layout.lengths[i], name: s.displayName, src: s.src,
                                        sourceAt: s.trimIn, color: s.color, look: look == .none ? nil : look.rawValue, transition: transition,
                                        transitionDuration: transition == nil ? 0 : layout.transitions[i])
        }
        var sounds: [TimelineLanes.Sound] = []
        var texts: [TimelineLanes.Text] = []
        for (t, track) in tracks.enumerated() {
            for (i, s) in track.segments.enumerated() {
                let start = s.start ?? 0
                let end = min(total, start + (s.duration ?? max(0, total - start)))
                switch track.type {
                case .visual: break
                case .audio:
                    sounds.append(.init(track: t, index: i, start: start, end: max(start, end), name: track.name ?? s.displayName, src: s.src,
                                        volume: s.volume, muted: s.mute, role: (track.role ?? .music).rawValue))
                case .text:
                    texts.append(.init(track: t, index: i, start: start, end: max(start, end), text: s.text ?? "",
                                       kind: (s.kind ?? .caption).rawValue))
                }
            }
        }
        return TimelineLanes(duration: total, visuals: visuals, sounds: sounds, texts: texts)
    }
}
