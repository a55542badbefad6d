import ReelTimeline

/// Which visual segment(s) an edit is about.
public enum SegmentTarget: Sendable, Equatable {
    case all
    /// 0-based position on the visual track.
    case index(Int)
    case last
    /// A segment whose name or file name matches (case-insensitive).
    case named(String)
}

/// Which text an edit is about.
public enum TextTarget: Sendable, Equatable {
    case all
    /// The first text of a kind (the title, the end card…).
    case kind(TextKind)
    /// 0-based position among all text segments, in timeline order.
    case index(Int)
}

/// One change to a draft. Applying is pure: a draft in, a new draft and one sentence out.
public enum EditOperation: Sendable, Equatable {
    /// Replace the visual track with these media, in order (pictures share `durationMs`).
    case compose(sources: [String], stillMs: Int)
    /// Make the whole video this long by resizing pictures (clips keep their length if they can).
    case setDuration(ms: Int)
    case setCanvas(width: Int, height: Int)
    case setFPS(Int)
    case setFit(SegmentTarget, Fit)
    /// Trim a clip: start `inMs` into the source, play for `durationMs` (either may be nil).
    case trim(SegmentTarget, inMs: Int?, durationMs: Int?)
    case setSpeed(SegmentTarget, Double)
    /// Move a segment to a new 0-based position.
    case move(SegmentTarget, to: Int)
    case remove(SegmentTarget)
    case replace(SegmentTarget, source: String)
    case duplicate(SegmentTarget)
    /// Put a media file on the timeline at a 0-based position (nil: at the end), beside what is there.
    case insert(source: String, at: Int?)
    /// Transition after the target segment(s); nil name removes it.
    case setTransition(SegmentTarget, name: String?, durationMs: Int)
    case setMotion(SegmentTarget, Motion)
    case setLook(Look)
    case setFades(inMs: Int?, outMs: Int?)
    case addText(kind: TextKind, text: String, startMs: Int?, durationMs: Int?, position: TextPosition?)
    case editText(TextTarget, text: String?, startMs: Int?, durationMs: Int?, position: TextPosition?, color: String?, size: Int?)
    case removeText(TextTarget)
    /// A title style (clean, bold on a backing, lower third) and how the text arrives (fade, rise); nil leaves it.
    case styleText(TextTarget, preset: TitleStyle?, entrance: TextEntrance?)
    case addMusic(source: String, volume: Double)
    /// Absolute music volume (0.35 is 35 %).
    case setMusicVolume(Double)
    case setMusicFades(inMs: Int?, outMs: Int?)
    case setMusicLoop(Bool)
    /// When the music starts and stops on the video's clock (nil leaves that end as it is).
    case setMusicTiming(startMs: Int?, endMs: Int?)
    /// Where in its file the music plays from ("start the song from 0:30", "skip the song's first 10 seconds"), in ms.
    case trimMusic(inMs: Int)
    case removeMusic
    /// Mute (or restore) the clips' own sound.
    case muteClips(Bool)
    /// One clip's own sound: 0 mutes it, 1 is as recorded.
    case setClipVolume(SegmentTarget, Double)
    /// A colour look on some clips only (the whole video's look is `setLook`).
    case setClipLook(SegmentTarget, Look)
    case setDucking(Bool)
    /// Normalise the final mix's loudness: a platform word ("youtube") or a number of LUFS ("-14"); nil turns it off.
    case setLoudness(String?)
    case addVoiceover(source: String, startMs: Int)
    /// Take every voiceover off (the music and the clips' own sound stay).
    case removeVoiceover
    /// A script as timed captions across `startMs`…`endMs` (default: the whole video).
    case addCaptions(script: String, startMs: Int?, endMs: Int?)
    /// A video from words alone: a title card and coloured backgrounds filling `durationMs`.
    case composeText(title: String?, durationMs: Int, colors: [String])
}

/// Why an edit could not be applied; said to the person as it is.
public struct EditError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
