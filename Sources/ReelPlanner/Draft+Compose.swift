import Foundation
import ReelTimeline

extension Segment {
    /// Background music starts and ends gently.
    public static let musicFadeIn = 500
    public static let musicFadeOut = 2000
}

extension Draft {
    /// The one way Reel lays media out as a video (`reel make`, "make a video", the typed
    /// `compose` operation): pictures and clips in the given order, pictures `stillMs` each with
    /// alternating slow zooms, clips whole, a picture much taller or wider than the canvas shown
    /// whole over a blurred fill, fades between them; sound files become the music, one after
    /// another. A new video also fades in from and out to black. Lengths are fitted afterwards by
    /// `setDuration`, so every face fits them by the same rule.
    mutating func compose(_ sources: [String], stillMs: Int, context: EditContext) throws -> String {
        let visuals = sources.filter { context.kind(of: $0) != .audio }
        let sounds = sources.filter { context.kind(of: $0) == .audio }
        guard !visuals.isEmpty else { throw EditError("there is nothing to show: add pictures or clips, not only sound files") }
        let fresh = visualSegments.isEmpty
        let canvasAspect = Double(meta.width) / Double(meta.height)
        var segments: [Segment] = []
        var stills = 0
        for (i, src) in visuals.enumerated() {
            var s = Segment.visual(src: src, duration: stillMs, name: context.names[src])
            if context.kind(of: src) == .image {
                s.motion = stills % 2 == 0 ? .zoomIn : .zoomOut
                stills += 1
            } else {
                s.duration = nil
            }
            if let f = context.facts[src], let w = f.width, let h = f.height, w > 0, h > 0 {
                let ratio = (Double(w) / Double(h)) / canvasAspect
                s.fit = ratio < 0.75 || ratio > 1.33 ? .contain : .cover
            }
            if i < visuals.count - 1 { s.transition = Transition(name: "fade", duration: EditOperation.defaultTransitionMs) }
            segments.append(s)
        }
        setVisual(segments)
        if fresh, meta.fadeIn == 0, meta.fadeOut == 0 {
            meta.fadeIn = 400
            meta.fadeOut = 1000
        }
        var change = "Put \(visuals.count) item\(visuals.count == 1 ? "" : "s") on the timeline in order."
        if !sounds.isEmpty {
            var music: [Segment] = []
            var start = 0
            for src in sounds {
                var s = Segment()
                s.src = src
                s.name = context.names[src]
                s.start = start
                s.volume = EditOperation.defaultMusicVolume
                s.fadeIn = start == 0 ? Segment.musicFadeIn : 0
                s.fadeOut = Segment.musicFadeOut
                s.loop = sounds.count == 1
                if sounds.count > 1 { s.duration = context.durations[src] }
                start += context.durations[src] ?? 0
                music.append(s)
            }
            tracks.removeAll { $0.type == .audio && $0.role == .music }
            tracks.append(Track(type: .audio, role: .music, segments: music))
            let named = sounds.map { context.names[$0] ?? ($0 as NSString).lastPathComponent }
            change += " Added \(named.joined(separator: ", ")) as background music at \(Int((EditOperation.defaultMusicVolume * 100).rounded()))%."
        }
        return change
    }
}
