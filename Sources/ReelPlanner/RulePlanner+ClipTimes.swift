import Foundation
import ReelTimeline

extension RulePlanner {
    // MARK: Times named by a clip

    /// A clip named by its place, its file or as the one video: "the second clip", "b.mp4", "the video clip" (never
    /// "the video": that is the whole of it).
    static let clipSaid = #"(?:the )?(?:(first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th)) (?:clip|photo|picture|pic|image|shot|slide|video|one)|([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))|(video ?clip|(?:the )?(?:video )?footage))"#

    /// The clip said, by the groups of a `clipSaid` match (the first of them at `first`); nil when none or several fit.
    static func clipIndexSaid(_ m: [String], _ first: Int, _ segs: [Segment]) -> Int? {
        if !m[first].isEmpty, let v = ordinalValue(m[first]), v < segs.count { return v < 0 ? segs.count - 1 : v }
        if !m[first + 1].isEmpty {
            let named = segs.indices.filter { ((segs[$0].src ?? "") as NSString).lastPathComponent.lowercased() == m[first + 1] }
            return named.count == 1 ? named[0] : nil
        }
        let videos = segs.indices.filter { !segs[$0].isPicture }
        return !m[first + 2].isEmpty && videos.count == 1 ? videos[0] : nil
    }

    /// "start the music when b.mp4 starts", "the song should come in at the second clip", "music from the last photo
    /// on", "the title should come in after the first photo", "stop the music when c.png comes on": the time that clip
    /// starts (or the next one does), said in seconds, so the music and text rules read it as a time (none was read).
    static func clipTimesSaid(_ clause: String, draft: Draft) -> String {
        let c = clause.lowercased()
        guard has(c, #"\b(?:music|song|track|bgm|soundtrack|audio|title|caption|text|subtitle|words)\b"#),
              has(c, #"\b(?:when|once|as soon as|at|with|from|after|on|onto|over|during|across|under|in|to|for)\b"#), draft.visualSegments.count > 1 else { return clause }
        let layout = draft.visualLayout()
        let segs = draft.visualSegments
        func clip(_ m: [String], _ first: Int) -> Int? { clipIndexSaid(m, first, segs) }
        func secs(_ ms: Int) -> String { seconds(ms) + " seconds" }
        let ends = #"(?:ends|finishes|is over|is done|stops|goes away|goes off)"#
        let starts = #"(?:starts|begins|comes on|comes in|comes up|appears|shows up|is shown|is on|kicks in|plays|pops up)"#
        var out = clause
        // "show the title over the second clip", "put the caption on c.png", "have the title during the video clip": the
        // text there is, shown while that clip is (never "add a caption on the second photo: …", a new one).
        if let m = Numbers.firstMatch(#"^(?:(?:please|pls|can you|could you|and|then|now|ok|okay)[,]? )*(?:show|move|put|have|display|place|keep|play|run) (?:the|my) (title|caption|end ?card)s? (?:over|during|on|onto|to|with|across|for|under|in|along with) \#(clipSaid)\b(?! (?:starts|begins|ends))(?: (?:instead|please|pls|only))*[.!]*$"#, in: c),
           let kind = TextKind(rawValue: m[1].replacingOccurrences(of: " ", with: "")), draft.textIndex(ofKind: kind) != nil, let i = clip(m, 2) {
            return "show the \(m[1]) from \(secs(layout.starts[i])) to \(secs(layout.starts[i] + layout.lengths[i]))"
        }
        // "when b.mp4 ends": when the next one starts (the end of the last is the video's end).
        if let m = Numbers.firstMatch(#"\b(?:when|once|as soon as|right when|the moment) \#(clipSaid) \#(ends)\b"#, in: c), let i = clip(m, 1) {
            let at = i + 1 < layout.starts.count ? layout.starts[i + 1] : layout.starts[i] + layout.lengths[i]
            out = replacing(out, #"\b(?:when|once|as soon as|right when|the moment) \#(clipSaid) \#(ends)\b"#, "at \(secs(at))")
        } else if let m = Numbers.firstMatch(#"\b(?:when|once|as soon as|right when|the moment) \#(clipSaid) \#(starts)\b"#, in: c), let i = clip(m, 1) {
            out = replacing(out, #"\b(?:when|once|as soon as|right when|the moment) \#(clipSaid) \#(starts)\b"#, "at \(secs(layout.starts[i]))")
        } else if let m = Numbers.firstMatch(#"\bfrom \#(clipSaid) (?:on|onwards?)\b"#, in: c), let i = clip(m, 1) {
            let music = has(c, #"\b(?:music|song|track|bgm|soundtrack|audio)\b"#)
            out = replacing(out, #"\bfrom \#(clipSaid) (?:on|onwards?)\b"#, "\(music ? "starting at" : "from") \(secs(layout.starts[i]))")
        } else if has(c, #"\b(?:start|starts|begin|begins|come in|comes in|kick in|kicks in|appear|appears|show up|shows up|pop up|pops up)\b"#) {
            // "start the music at the second clip", "the song should start with the video clip", "the title should
            // come in after the first photo".
            if let m = Numbers.firstMatch(#"\bafter \#(clipSaid)\b"#, in: c), let i = clip(m, 1), i + 1 < layout.starts.count {
                out = replacing(out, #"\bafter \#(clipSaid)\b"#, "at \(secs(layout.starts[i + 1]))")
            } else if let m = Numbers.firstMatch(#"\b(?:at|with|on) (?:the (?:start|beginning) of )?\#(clipSaid)\b(?! (?:starts|begins|ends))"#, in: c), let i = clip(m, 1),
                      has(c, #"\b(?:music|song|track|bgm|soundtrack|audio)\b"#) {
                out = replacing(out, #"\b(?:at|with|on) (?:the (?:start|beginning) of )?\#(clipSaid)\b"#, "at \(secs(layout.starts[i]))")
            }
        }
        return out
    }
}

extension RulePlanner {
    // MARK: The last change, for one more clip

    /// "make the first photo brighter" then "same for the last one", "slow down b.mp4" then "do the same to the first
    /// clip": what the last turn did to one clip (its look, fit, motion, length, speed or sound), done to the one named
    /// now (the last one was moved to the end where it already was). Nil when the words name no single clip, or the last
    /// change has nothing that clip can take (a picture has no speed).
    static func sameChangeForOne(_ c: String, context: PlannerContext, draft: Draft) -> [EditOperation]? {
        guard let m = Numbers.firstMatch(#"^(?:and |also |now |ok,? |okay,? |then )?\#(sameLead)\#(clipSaid)(?: too| as well| also| please| pls)*[.!]*$"#, in: c),
              let before = context.previous, before.visualSegments.count == draft.visualSegments.count,
              let i = clipIndexSaid(m, 1, draft.visualSegments), draft.visualSegments[i] == before.visualSegments[i] else { return nil }
        return lastChange(given: [i], now: draft.visualSegments, was: before.visualSegments)
    }

    static let musicPaceAnswer = "The music plays at its own pace: I can change its volume, where it starts and ends, its fades, or use another song, but not its speed. Nothing was changed for the music."

    /// "make the music faster", "speed up the song", "the track is too slow": the music's own pace, which cannot change
    /// (every clip was sped up). Not "make the clips faster to match the music", "fade the music out faster".
    static func asksMusicPace(_ c: String) -> Bool {
        has(c, #"\b(?:music|song|track|bgm|soundtrack|tune)\b"#)
            && has(c, #"\b(?:faster|slower|quicker|speed (?:\w+ )?up|slow (?:\w+ )?down|sped up|slowed down|too (?:slow|fast)|tempo|double speed|half speed|\d+(?:\.\d+)?x speed)\b"#)
            && !has(c, #"\b(?:clips?|videos?|footage|photos?|pictures?|pics?|images?|slides?|transitions?|fades?|fading|fade[ds]?|cuts?|each|every|beat|sync|match|start|starts|end|ends|come in|comes in|volume|louder|quieter)\b|[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)\b"#)
    }

    /// "mute b.mp4" then "and the same for the music": the music muted too (it was not understood); after a clip's
    /// speed, the music's own pace cannot change, said so.
    static func sameForTheMusic(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) -> String? {
        guard has(c, #"^(?:and |also |now |ok,? |okay,? |then )?\#(sameLead)(?:the )?(?:music|song|bgm|soundtrack|background music)(?: too| as well| also| please| pls)*[.!]*$"#),
              let before = context.previous, before.visualSegments.count == draft.visualSegments.count,
              draft.tracks.contains(where: { $0.type == .audio && $0.role == .music }) else { return nil }
        // "fade in from black at the start, 1 sec" then "same for the music": the music fades in as long.
        if draft.meta.fadeIn != before.meta.fadeIn || draft.meta.fadeOut != before.meta.fadeOut {
            let said = [draft.meta.fadeIn != before.meta.fadeIn && draft.meta.fadeIn > 0 ? "fade the music in over \(seconds(draft.meta.fadeIn)) seconds" : nil,
                        draft.meta.fadeOut != before.meta.fadeOut && draft.meta.fadeOut > 0 ? "fade the music out over \(seconds(draft.meta.fadeOut)) seconds" : nil]
                .compactMap { $0 }.joined(separator: " and ")
            return said.isEmpty ? nil : said
        }
        let now = draft.visualSegments, was = before.visualSegments
        let changed = now.indices.filter { now[$0] != was[$0] }
        guard !changed.isEmpty else { return nil }
        if changed.allSatisfy({ now[$0].mute && !was[$0].mute }) { return "mute the music" }
        if changed.allSatisfy({ now[$0].speed != was[$0].speed }) {
            plan.declined.append(musicPaceAnswer)
            return ""
        }
        return nil
    }
}
