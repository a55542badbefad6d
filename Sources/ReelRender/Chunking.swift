import Foundation
import ReelTimeline

/// Where a render is cut into time chunks that separate FFmpeg processes render side by side.
///
/// A chunk is a range of output frames. Any cut is exact (the join trims whatever it cuts at the
/// frame), but not every cut is free: a chunk that starts inside a clip must decode that clip
/// from its first frame and throw the head away, and one that starts inside a transition must
/// build the outgoing segment's tail. A still, moving or not, is built for just the frames a
/// chunk needs (a zoom or pan taken up where the chunk starts), so it may be cut anywhere. So
/// cuts go where the work is balanced and little is built twice: anywhere in a still's body,
/// at a clip's start when no transition leads into it, or just after a transition ends.
public struct ChunkLayout: Sendable, Equatable {
    public var ranges: [Range<Int>]

    /// No chunk shorter than this (seconds): the process start and the join cost a fixed amount.
    public static let minimumChunkSeconds = 8.0

    /// How many chunks suit a job when nobody said: one per two cores, none shorter than
    /// `minimumChunkSeconds`, and one for anything that is not H.264 video (the pieces are joined
    /// by stream copy). One FFmpeg process already keeps about two cores busy (its filter
    /// thread beside x264's threads), and each more process holds its own decoded pictures and
    /// encoder buffers (+310 MB on the reference job), so on two cores one process it is:
    /// measured side by side there, two chunks took the same CPU-s and no less time.
    public static func automaticCount(for timeline: ResolvedTimeline, settings: RenderSettings,
                                      cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> Int {
        guard settings.format.joinsByStreamCopy else { return 1 }
        let byLength = Int(timeline.duration / minimumChunkSeconds)
        return max(1, min(cores / 2, byLength))
    }

    /// `count` chunks (fewer when the timeline is too short to give each at least a second).
    public init(_ timeline: ResolvedTimeline, count: Int) {
        let total = timeline.totalFrames
        let n = max(1, min(count, total / max(1, timeline.fps)))
        var cuts: [Int] = []
        for j in 1..<max(1, n) {
            let ideal = Double(total) * Double(j) / Double(n)
            if let cut = Self.bestCut(timeline, near: ideal), cut > (cuts.last ?? 0), cut < total { cuts.append(cut) }
        }
        let bounds = [0] + cuts + [total]
        ranges = zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// The cut nearest `ideal` once each frame built and thrown away is counted twice: on a
    /// machine whose cores are all busy, wasted work costs more than an uneven split.
    static func bestCut(_ t: ResolvedTimeline, near ideal: Double) -> Int? {
        var best: (cost: Double, frame: Int)?
        for (i, v) in t.visuals.enumerated() {
            let before = i > 0 ? t.transitions[i - 1]?.frames ?? 0 : 0
            let after = t.transitions[i]?.frames ?? 0
            let bodyStart = v.startFrame + before, bodyEnd = v.startFrame + v.frames - after
            guard bodyEnd > bodyStart else { continue }
            let expensive = !v.buildsInParts && v.rebuildsEveryFrame
            // Inside a cheap segment anywhere is free; in an expensive one, the earliest frame is.
            let frame = expensive ? bodyStart : min(bodyEnd - 1, max(bodyStart, Int(ideal.rounded())))
            let waste = expensive ? Double(frame - v.startFrame) : 0
            let cost = abs(Double(frame) - ideal) + 2 * waste
            if frame > 0, best == nil || cost < best!.cost { best = (cost, frame) }
        }
        return best?.frame
    }
}

extension ResolvedVisual {
    /// Whether a chunk may start anywhere inside this segment for free: a still (moving or not)
    /// is built for just the frames a chunk needs, its motion taken up where the chunk starts.
    /// A clip is decoded from its start, so a chunk starting inside it throws the head away.
    var buildsInParts: Bool {
        if case .image = source { return motion != .none }
        return false
    }

    /// Whether each frame of this segment costs real work (zoom, a decoded clip), as opposed to
    /// a colour or a still decoded once and repeated.
    var rebuildsEveryFrame: Bool {
        switch source {
        case .color: false
        case .image: motion != .none
        case .video: true
        }
    }
}
