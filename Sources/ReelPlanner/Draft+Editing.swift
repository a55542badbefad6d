import Foundation
import ReelTimeline

/// Small, named moves on a draft that the edit operations are made of.
extension Draft {
    var visualIndex: Int? { tracks.firstIndex { $0.type == .visual } }

    var visualSegments: [Segment] { visualIndex.map { tracks[$0].segments } ?? [] }

    mutating func setVisual(_ segments: [Segment]) {
        if let i = visualIndex { tracks[i].segments = segments } else { tracks.insert(Track(type: .visual, segments: segments), at: 0) }
    }

    /// The items "mute the clips" mutes: the clips with a sound of their own (a picture has none; on a timeline of
    /// pictures only, every item).
    var clipsWithSound: [Int] {
        let sounding = visualSegments.indices.filter { !visualSegments[$0].isPicture }
        return sounding.isEmpty ? Array(visualSegments.indices) : sounding
    }

    mutating func updateVisual(_ indexes: [Int], _ change: (inout Segment) -> Void) {
        guard let t = visualIndex else { return }
        for i in indexes where tracks[t].segments.indices.contains(i) { change(&tracks[t].segments[i]) }
    }

    /// The visual segments a target means; an error a person can act on when there are none.
    func indexes(_ target: SegmentTarget) throws -> [Int] {
        let segs = visualSegments
        guard !segs.isEmpty else { throw EditError("the timeline is empty: add pictures or clips first") }
        switch target {
        case .all: return Array(segs.indices)
        case .last: return [segs.count - 1]
        case .index(let i):
            guard segs.indices.contains(i) else {
                throw EditError("there is no clip \(i + 1): the timeline has \(segs.count) (\(segs.map(\.displayName).joined(separator: ", ")))")
            }
            return [i]
        case .named(let name):
            let key = name.lowercased()
            let found = segs.indices.filter { i in
                let s = segs[i]
                let file = s.src.map { ($0 as NSString).lastPathComponent.lowercased() } ?? ""
                return s.displayName.lowercased() == key || file == key || (!key.isEmpty && file.hasPrefix(key + "."))
            }
            guard !found.isEmpty else { throw EditError("nothing on the timeline is called \(name)") }
            return found
        }
    }

    func describe(_ indexes: [Int]) -> String {
        let segs = visualSegments
        if indexes.count == segs.count && segs.count > 1 { return "all \(segs.count) clips" }
        return indexes.map { "clip \($0 + 1) (\(segs[$0].displayName))" }.joined(separator: ", ")
    }

    /// Resizes so the video lasts `ms`: pictures share the time clips leave; clips shrink only if they must.
    mutating func fit(to ms: Int, knownDurations: [String: Int] = [:]) throws {
        var segs = visualSegments
        guard !segs.isEmpty else { throw EditError("the timeline is empty: add pictures or clips first") }
        let isStill = segs.map(\.isPicture)
        let overlap = segs.dropLast().reduce(0) { $0 + ($1.transition?.duration ?? 0) }
        let budget = ms + overlap
        var clips = segs.indices.map { i -> Int in
            isStill[i] ? 0 : (segs[i].duration ?? segs[i].src.flatMap { knownDurations[$0] } ?? Segment.defaultStillDuration)
        }
        let stillCount = isStill.filter { $0 }.count
        let minimumStill = 1000
        let clipTotal = clips.reduce(0, +)
        let clipBudget = budget - stillCount * minimumStill
        if stillCount == 0 || clipTotal > clipBudget {
            let target = stillCount == 0 ? budget : max(clipBudget, 100 * clips.count)
            if clipTotal > 0 { clips = clips.map { Int(Double($0) * Double(target) / Double(clipTotal)) } }
        }
        let still = stillCount == 0 ? 0 : max(minimumStill, (budget - clips.reduce(0, +)) / stillCount)
        for i in segs.indices { segs[i].duration = isStill[i] ? still : max(100, clips[i]) }
        // Whole milliseconds: what division leaves over goes to the last picture, so the length is exact.
        if let last = segs.indices.last(where: { isStill[$0] }) {
            let total = segs.reduce(0) { $0 + ($1.duration ?? 0) } - overlap
            if total != ms, still + ms - total >= minimumStill { segs[last].duration = still + ms - total }
        }
        setVisual(segs)
    }

    // MARK: Text

    /// (track, segment) of every text segment, in timeline order.
    var textPositions: [(track: Int, segment: Int)] {
        var out: [(Int, Int)] = []
        for (t, track) in tracks.enumerated() where track.type == .text {
            for s in track.segments.indices { out.append((t, s)) }
        }
        return out.sorted { (tracks[$0.0].segments[$0.1].start ?? 0) < (tracks[$1.0].segments[$1.1].start ?? 0) }
    }

    /// The text at `i` in `textPositions` order.
    func textSegment(_ i: Int) -> Segment {
        let p = textPositions[i]
        return tracks[p.track].segments[p.segment]
    }

    /// The first text of that kind, in timeline order.
    func textIndex(ofKind kind: TextKind) -> Int? {
        let positions = textPositions
        return positions.indices.first { tracks[positions[$0].track].segments[positions[$0].segment].kind == kind }
    }

    /// The video has background music.
    var hasMusic: Bool { tracks.contains { $0.type == .audio && $0.role == .music && !$0.segments.isEmpty } }

    func textIndexes(_ target: TextTarget) throws -> [Int] {
        let positions = textPositions
        guard !positions.isEmpty else { throw EditError("there is no text on the video yet") }
        switch target {
        case .all: return Array(positions.indices)
        case .index(let i):
            guard positions.indices.contains(i) else { throw EditError("there is no text \(i + 1): the video has \(positions.count)") }
            return [i]
        case .kind(let kind):
            guard let i = textIndex(ofKind: kind) else {
                throw EditError("there is no \(kind == .endcard ? "end card" : kind.rawValue) yet")
            }
            return [i]
        }
    }

    mutating func updateText(_ indexes: [Int], _ change: (inout Segment) -> Void) {
        let positions = textPositions
        for i in indexes { change(&tracks[positions[i].track].segments[positions[i].segment]) }
    }

    func describeText(_ indexes: [Int]) -> String {
        let positions = textPositions
        return indexes.map { i -> String in
            let s = tracks[positions[i].track].segments[positions[i].segment]
            let kind = s.kind == .endcard ? "end card" : (s.kind?.rawValue ?? "text")
            return "the \(kind) \"\(s.text ?? "")\""
        }.joined(separator: ", ")
    }

    mutating func removeTexts(_ indexes: [Int]) {
        let positions = textPositions
        for p in indexes.map({ positions[$0] }).sorted(by: { ($0.track, $0.segment) > ($1.track, $1.segment) }) {
            tracks[p.track].segments.remove(at: p.segment)
        }
        tracks.removeAll { $0.type == .text && $0.segments.isEmpty }
    }

    /// Titles go on a track of their own kind so the summary reads "Title: …", "Captions: …".
    mutating func appendText(_ segment: Segment) {
        if let t = tracks.firstIndex(where: { $0.type == .text && $0.segments.first?.kind == segment.kind }) {
            tracks[t].segments.append(segment)
            tracks[t].segments.sort { ($0.start ?? 0) < ($1.start ?? 0) }
        } else {
            tracks.append(Track(type: .text, segments: [segment]))
        }
    }

    // MARK: Music

    mutating func updateMusic(_ change: (inout Segment) -> Void = { _ in }, track trackChange: (inout Track) -> Void = { _ in }) throws {
        guard let t = tracks.firstIndex(where: { $0.type == .audio && $0.role == .music }) else {
            throw EditError("there is no music yet: add a sound file first")
        }
        trackChange(&tracks[t])
        for s in tracks[t].segments.indices { change(&tracks[t].segments[s]) }
    }
}
