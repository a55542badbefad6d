import ReelFFmpeg
import ReelTimeline

/// Makes a first draft from a pile of media: pictures and clips in the given order, sound files
/// as the music, pictures sharing whatever time the clips leave.
public struct Composer: Sendable {
    public var width = 1920
    public var height = 1080
    public var fps = 30
    /// Whole video length in ms; nil lets pictures take 4 s each and clips play whole.
    public var duration: Int?
    public var title: String?
    /// An xfade name, or nil for straight cuts.
    public var transition: String? = "fade"
    public var transitionDuration = 800
    public var musicVolume = 0.35

    public init() {}

    public func compose(_ media: [(src: String, info: MediaInfo)]) -> Draft {
        var draft = Draft()
        draft.meta.width = width
        draft.meta.height = height
        draft.meta.fps = fps
        draft.meta.fadeIn = 400
        draft.meta.fadeOut = 1000

        let visuals = media.filter { $0.info.kind != .audio }
        let sounds = media.filter { $0.info.kind == .audio }
        let lengths = visualLengths(visuals.map(\.info))
        let canvasAspect = Double(width) / Double(height)
        var segments: [Segment] = []
        var stills = 0
        for (i, item) in visuals.enumerated() {
            var s = Segment.visual(src: item.src, duration: lengths[i])
            if let w = item.info.width, let h = item.info.height, h > 0 {
                // A picture much taller or wider than the canvas is shown whole over a blurred fill.
                let ratio = (Double(w) / Double(h)) / canvasAspect
                s.fit = ratio < 0.75 || ratio > 1.33 ? .contain : .cover
            }
            if item.info.kind == .image {
                s.motion = stills % 2 == 0 ? .zoomIn : .zoomOut
                stills += 1
            }
            if let transition, i < visuals.count - 1 {
                s.transition = Transition(name: transition, duration: transitionDuration)
            }
            segments.append(s)
        }
        draft.tracks.append(Track(type: .visual, segments: segments))

        if !sounds.isEmpty {
            var music: [Segment] = []
            var start = 0
            for item in sounds {
                var s = Segment()
                s.src = item.src
                s.start = start
                s.volume = musicVolume
                s.fadeIn = start == 0 ? 500 : 0
                s.fadeOut = 2000
                s.loop = sounds.count == 1
                if sounds.count > 1 { s.duration = item.info.durationMs }
                start += item.info.durationMs ?? 0
                music.append(s)
            }
            draft.tracks.append(Track(type: .audio, role: .music, segments: music))
        }
        if let title, !title.isEmpty {
            let total = draft.duration(knownDurations: Dictionary(visuals.map { ($0.src, $0.info.durationMs ?? 0) }, uniquingKeysWith: { a, _ in a }))
            draft.tracks.append(Track(type: .text, segments: [.text(title, kind: .title, start: 0, duration: min(3000, total))]))
        }
        return draft
    }

    /// Clips keep their length (shrunk evenly if they alone overrun the target); pictures share the rest.
    func visualLengths(_ infos: [MediaInfo]) -> [Int] {
        let overlap = transition == nil ? 0 : transitionDuration * max(0, infos.count - 1)
        let stillCount = infos.filter { $0.kind != .video }.count
        var clips = infos.map { $0.kind == .video ? ($0.durationMs ?? 4000) : 0 }
        guard let duration else {
            return infos.indices.map { infos[$0].kind == .video ? clips[$0] : Segment.defaultStillDuration }
        }
        let budget = duration + overlap
        let minimumStill = 1500
        let clipBudget = budget - stillCount * minimumStill
        let clipTotal = clips.reduce(0, +)
        if clipTotal > clipBudget, clipTotal > 0 {
            let factor = Double(max(clipBudget, 1000 * (infos.count - stillCount))) / Double(clipTotal)
            clips = clips.map { Int(Double($0) * factor) }
        }
        let stillLength = stillCount == 0 ? 0 : max(minimumStill, (budget - clips.reduce(0, +)) / stillCount)
        return infos.indices.map { infos[$0].kind == .video ? max(500, clips[$0]) : stillLength }
    }
}
