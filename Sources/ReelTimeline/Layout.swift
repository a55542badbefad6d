/// Where the visual segments sit on the timeline once transitions overlap them.
///
/// The one place transitions are clamped: a transition never exceeds half of the shorter of its
/// two neighbours, so a short segment is never eaten by the transitions on both its sides.
/// Unit-agnostic (milliseconds for summaries, frames for rendering).
public struct VisualLayout: Sendable, Equatable {
    /// Start of each segment on the timeline.
    public var starts: [Int]
    /// Length of each segment (as given).
    public var lengths: [Int]
    /// Clamped transition after segment i (the last is always 0).
    public var transitions: [Int]
    public var total: Int

    public init(lengths: [Int], transitions requested: [Int]) {
        self.lengths = lengths
        var trs = [Int](repeating: 0, count: lengths.count)
        for i in 0..<max(0, lengths.count - 1) {
            let want = i < requested.count ? max(0, requested[i]) : 0
            trs[i] = min(want, min(lengths[i], lengths[i + 1]) / 2)
        }
        transitions = trs
        var starts: [Int] = []
        var t = 0
        for i in lengths.indices {
            starts.append(t)
            t += lengths[i] - trs[i]
        }
        self.starts = starts
        total = t
    }
}
