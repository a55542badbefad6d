import Foundation
import ReelTimeline

/// The limits an edit's arguments are held to: the draft format's own (`Draft+Decoding`), so an
/// edit that passes these leaves a draft that validates, and the refusal says what to do instead.
extension EditOperation {
    static let maxTimelineMs = 86_400_000
    static let maxTextCharacters = 2000
    static let maxScriptCharacters = 20_000
    static let maxCanvasPixels = 3840 * 2160

    func checkArguments() throws {
        switch self {
        case .compose(let sources, let stillMs):
            guard !sources.isEmpty else { throw EditError("there is nothing to compose: add pictures or clips first") }
            guard sources.count <= 500 else { throw EditError("a video can hold at most 500 pictures and clips at once; compose fewer") }
            try Self.check(stillMs, in: 100...600_000, "a picture shows for 0.1 to 600 seconds")
        case .composeText(let title, let durationMs, let colors):
            guard durationMs >= 2000 else { throw EditError("a video needs at least 2 seconds") }
            try Self.check(durationMs, in: 2000...Self.maxTimelineMs, "a video can be at most 24 hours long")
            if let title { try Self.checkText(title) }
            for c in colors where !Draft.isValidColor(c) { throw Self.badColor(c) }
        case .setDuration(let ms):
            guard ms >= 1000 else { throw EditError("a video needs at least 1 second") }
            try Self.check(ms, in: 1000...Self.maxTimelineMs, "a video can be at most 24 hours long")
        case .setCanvas(let w, let h):
            try Self.checkCanvas(w, h)
        case .setFPS(let fps):
            guard (1...60).contains(fps) else { throw EditError("the frame rate must be between 1 and 60") }
        case .trim(_, let inMs, let durationMs):
            if let inMs { try Self.check(inMs, in: 0...Self.maxTimelineMs, "a trim starts between 0 s and 24 hours into the clip") }
            if let durationMs { try Self.check(durationMs, in: 100...Self.maxTimelineMs, "a trimmed clip lasts from 0.1 s to 24 hours") }
        case .setSpeed(_, let speed):
            guard (0.25...4).contains(speed) else { throw EditError("speed must be between 0.25x and 4x") }
        case .setTransition(_, let name, let durationMs):
            if let name, !TransitionName.isKnown(name) {
                throw EditError("there is no transition called \(name); try fade, dissolve, wipeleft, slideleft, circleopen or zoomin")
            }
            try Self.check(durationMs, in: 0...10_000, "a transition lasts at most 10 seconds")
        case .setLook(let look), .setClipLook(_, let look):
            try Self.checkLook(look)
        case .setFades(let inMs, let outMs):
            for ms in [inMs, outMs].compactMap({ $0 }) { try Self.check(ms, in: 0...60_000, "a fade lasts at most 60 seconds") }
        case .addText(_, let text, let startMs, let durationMs, _):
            try Self.checkText(text)
            try Self.checkTiming(startMs, durationMs)
        case .editText(_, let text, let startMs, let durationMs, _, let color, let size):
            if let text { try Self.checkText(text) }
            try Self.checkTiming(startMs, durationMs)
            if let color, !Draft.isValidColor(color) { throw Self.badColor(color) }
            if let size { try Self.check(size, in: 8...400, "a text size is 8 to 400 pixels (on a 1080-pixel side)") }
        case .addCaptions(let script, let startMs, let endMs):
            guard script.count <= Self.maxScriptCharacters else {
                throw EditError("that script is \(script.count) characters; at most \(Self.maxScriptCharacters) make captions: split it over several videos")
            }
            for ms in [startMs, endMs].compactMap({ $0 }) { try Self.check(ms, in: 0...Self.maxTimelineMs, "captions fit within the video's 24 hours") }
        case .addMusic(_, let volume), .setMusicVolume(let volume):
            guard (0...2).contains(volume) else { throw EditError("the music volume must be between 0% and 200%") }
        case .setMusicTiming(let startMs, let endMs):
            for ms in [startMs, endMs].compactMap({ $0 }) { try Self.check(ms, in: 0...Self.maxTimelineMs, "the music starts and stops within the video's 24 hours") }
            if let startMs, let endMs, endMs <= startMs { throw EditError("the music would stop (at \(seconds(endMs)) s) before it starts (at \(seconds(startMs)) s)") }
        case .trimMusic(let inMs):
            try Self.check(inMs, in: 0...Self.maxTimelineMs, "the music starts at most 24 hours into its file")
        case .insert(_, let at):
            if let at { try Self.check(at, in: 0...10_000, "a position is 0 (the start) or more") }
        case .setMusicFades(let inMs, let outMs):
            for ms in [inMs, outMs].compactMap({ $0 }) { try Self.check(ms, in: 0...600_000, "a music fade lasts at most 10 minutes") }
        case .setClipVolume(_, let volume):
            guard (0...4).contains(volume) else { throw EditError("a clip's volume must be between 0% and 400%") }
        case .setLoudness(let word):
            if let word, LoudnessTarget.parse(word) == nil {
                throw EditError("a loudness target is a platform (\(LoudnessTarget.platforms.map(\.name).joined(separator: ", "))) or a number of LUFS from -31 to -9")
            }
        case .addVoiceover(_, let startMs):
            try Self.check(startMs, in: 0...Self.maxTimelineMs, "a voiceover starts within the video's 24 hours")
        case .move, .remove, .replace, .duplicate, .setFit, .setMotion, .removeText, .styleText, .setMusicLoop, .removeMusic,
             .muteClips, .setDucking, .removeVoiceover:
            break
        }
    }

    static func check(_ value: Int, in range: ClosedRange<Int>, _ message: String) throws {
        guard range.contains(value) else { throw EditError(message) }
    }

    /// "4000x3000 is beyond the largest canvas, 3840x2160: pick 4K, 1080p or 720p".
    static func checkCanvas(_ w: Int, _ h: Int) throws {
        let presets = "pick 4K (3840x2160), 1080p (1920x1080), 720p (1280x720), vertical (1080x1920) or square (1080x1080)"
        guard w > 0, h > 0 else { throw EditError("\(w)x\(h) is not a canvas: \(presets)") }
        guard w <= 4096, h <= 4096, w * h <= maxCanvasPixels else {
            throw EditError("\(w)x\(h) is beyond the largest canvas, 3840x2160: \(presets)")
        }
        guard w >= 16, h >= 16 else { throw EditError("\(w)x\(h) is too small to see; a canvas is at least 16x16: \(presets)") }
        guard w % 2 == 0, h % 2 == 0 else {
            throw EditError("\(w)x\(h) has an odd side and H.264 needs even ones: try \(w - w % 2)x\(h - h % 2)")
        }
    }

    static func checkText(_ text: String) throws {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw EditError("the text is empty") }
        guard text.count <= maxTextCharacters else {
            throw EditError("that text is \(text.count) characters; at most \(maxTextCharacters) fit on screen. " +
                "Shorten it, or give it as a script (\"script: …\") to spread it over timed captions")
        }
    }

    static func checkTiming(_ startMs: Int?, _ durationMs: Int?) throws {
        if let startMs { try check(startMs, in: 0...maxTimelineMs, "a text starts between 0 s and 24 hours") }
        if let durationMs { try check(durationMs, in: 100...maxTimelineMs, "a text shows for 0.1 s to 24 hours") }
    }

    static func checkLook(_ look: Look) throws {
        guard (-1...1).contains(look.brightness) else { throw EditError("brightness goes from -1 to 1 (0 is unchanged)") }
        guard (0...3).contains(look.contrast) else { throw EditError("contrast goes from 0 to 3 (1 is unchanged)") }
        guard (0...3).contains(look.saturation) else { throw EditError("saturation goes from 0 to 3 (1 is unchanged)") }
    }

    static func badColor(_ c: String) -> EditError {
        EditError("\"\(c)\" is not a colour I know: use a name like white, yellow, red, navy or a code like #ffcc00")
    }
}
