import ReelTimeline

/// What probing found out about a media file, as much as edits need: composing picks a fit by
/// shape, tells pictures from clips from sound, and lays clips out at their real length.
public struct MediaFacts: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable { case image, video, audio }
    public var kind: Kind
    public var durationMs: Int?
    public var width: Int?
    public var height: Int?
    /// Whether it has a sound track (nil: not known).
    public var hasSound: Bool?

    public init(kind: Kind, durationMs: Int? = nil, width: Int? = nil, height: Int? = nil, hasSound: Bool? = nil) {
        self.kind = kind
        self.durationMs = durationMs
        self.width = width
        self.height = height
        self.hasSound = hasSound
    }
}

/// What a face knows of the media an edit may name, by `src`.
public struct EditContext: Sendable {
    /// Clip lengths in ms (from probing), for length changes and summaries.
    public var durations: [String: Int]
    /// Display names (an upload's own name) for files stored under names of their own.
    public var names: [String: String]
    public var facts: [String: MediaFacts]
    /// The files an edit may bring in (besides those the draft already uses); nil leaves it
    /// unchecked. A face sets it to its session's media so no edit names a file it does not have.
    public var sources: Set<String>?

    public init(durations: [String: Int] = [:], names: [String: String] = [:], facts: [String: MediaFacts] = [:],
                sources: Set<String>? = nil) {
        self.durations = durations
        self.names = names
        self.facts = facts
        self.sources = sources
        for (src, f) in facts where self.durations[src] == nil { if let ms = f.durationMs { self.durations[src] = ms } }
    }

    /// What a file is: as probed, else guessed from its extension.
    public func kind(of src: String) -> MediaFacts.Kind {
        if let kind = facts[src]?.kind { return kind }
        if EditOperation.looksLikeStill(src) { return .image }
        return RulePlanner.isAudio(src) ? .audio : .video
    }
}
