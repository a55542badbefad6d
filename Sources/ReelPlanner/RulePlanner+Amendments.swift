import Foundation
import ReelTimeline

/// A turn that only corrects the last one: "fade in 1s" then "make it 2", "hmm 5.5", "half that", "one second longer",
/// "slightly longer fade, like 3"; "make it sepia", "try warm", then "nah, the other one" or "sepia was better".
extension RulePlanner {
    /// The words that only lead a correction in ("eh,", "hmm", "actually", "nah").
    static let correctionLeadIn = #"^(?:(?:eh|hmm+|hm+|um+|uh+|ok|okay|actually|no|nah|nope|maybe|well|oh|wait|so|sorry|oops|ah)[,.!]?\s+)*"#

    /// One amount the last turn set, as words that set it again with another number.
    struct SetAmount {
        let say: (String) -> String
        let now: Int
        let max: Int
        /// The nouns a correction may name it by ("slightly longer fade, like 3").
        let nouns: String
        /// A time something starts at, so "no, at 2" says it again.
        var isStart = false
    }

    /// The one amount the last turn changed (a fade, the music's start, the transitions, one text's or one picture's
    /// length); nil when it changed none of these, or several.
    static func amountSetLast(_ context: PlannerContext) -> SetAmount? {
        guard let before = context.previous else { return nil }
        let draft = context.draft, total = draft.duration()
        var found: [SetAmount] = []
        if before.meta.fadeIn != draft.meta.fadeIn, draft.meta.fadeIn > 0 {
            found.append(SetAmount(say: { "fade in from black over \($0) seconds" }, now: draft.meta.fadeIn, max: 10000, nouns: "fade(?:[- ]in)?"))
        }
        if before.meta.fadeOut != draft.meta.fadeOut, draft.meta.fadeOut > 0 {
            found.append(SetAmount(say: { "fade out to black over \($0) seconds" }, now: draft.meta.fadeOut, max: 10000, nouns: "fade(?:[- ]out)?"))
        }
        let musicStart = { (d: Draft) in d.tracks.first { $0.role == .music }?.segments.first?.start }
        if let now = musicStart(draft), musicStart(before) != now, now > 0 {
            found.append(SetAmount(say: { "start the music at \($0) seconds" }, now: now, max: total - 1000, nouns: "start|delay|wait|intro", isStart: true))
        }
        // "fade the music out over the last 2 seconds" then "make it 3": the music's own fade.
        let musicFade = { (d: Draft, out: Bool) in d.tracks.first { $0.role == .music }?.segments.first.map { out ? $0.fadeOut : $0.fadeIn } }
        for out in [false, true] {
            if let now = musicFade(draft, out), now > 0, musicFade(before, out) != now {
                let way = out ? "out" : "in"
                found.append(SetAmount(say: { "fade the music \(way) over \($0) seconds" }, now: now, max: total, nouns: "fade(?:[- ]\(way))?"))
            }
        }
        let joins = { (d: Draft) in d.visualSegments.dropLast().map { $0.transition?.duration ?? 0 } }
        // (Not after a picture was added: its join is new, and "make that 2 seconds" is that picture's.)
        if before.visualSegments.count == draft.visualSegments.count, joins(before) != joins(draft), let now = joins(draft).first, now > 0, Set(joins(draft)).count == 1 {
            found.append(SetAmount(say: { "make the transitions \($0) seconds" }, now: now, max: 5000, nouns: "transitions?|crossfades?|dissolves?|fades?"))
        }
        if before.textPositions.count == draft.textPositions.count {
            let changed = draft.textPositions.indices.filter { before.textSegment($0) != draft.textSegment($0) }
            if changed.count == 1, let i = changed.first, let now = draft.textSegment(i).duration {
                var was = before.textSegment(i)
                was.duration = now
                let kind = draft.textSegment(i).kind ?? .caption
                if was == draft.textSegment(i), now != before.textSegment(i).duration,
                   draft.textPositions.indices.filter({ draft.textSegment($0).kind ?? .caption == kind }).count == 1 {
                    let word = kindWord(kind)
                    found.append(SetAmount(say: { "make the \(word) last \($0) seconds" }, now: now, max: total, nouns: word))
                }
            }
        }
        let (a, b) = (before.visualSegments, draft.visualSegments)
        if a.count == b.count {
            let changed = b.indices.filter { a[$0] != b[$0] }
            if changed.count == 1, let i = changed.first, let now = b[i].duration {
                var was = a[i]
                was.duration = now
                if was == b[i] {
                    found.append(SetAmount(say: { "show clip \(i + 1) for \($0) seconds" }, now: now, max: (total - now) * 2, nouns: "photo|picture|pic|image|shot|slide|clip|one"))
                }
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// "make it 2", "hmm 5.5", "half that", "one second longer", "slightly longer fade, like 3" right after one amount was
    /// set: that amount again (never the video's length, nor the music's level). The words that set it; nil otherwise.
    static func amendedAmount(_ c: String, context: PlannerContext) -> String? {
        guard let set = amountSetLast(context) else { return nil }
        let unit = #"\s*(?:s|secs?|seconds?)?"#, tail = #"(?: instead| then| please| maybe)?[.!?]*$"#
        var ms: Int?
        if let m = Numbers.firstMatch(correctionLeadIn + #"(?:(?:make|set|change) (?:it|that|them|this)(?: to)? |(?:more like|like|try|say|maybe|perhaps|go with|how about) |(at ))?(\d+(?:\.\d+)?)"# + unit + tail, in: c),
           m[1].isEmpty || set.isStart, let v = Double(m[2]) {
            ms = Int((v * 1000).rounded())
        } else if let m = Numbers.firstMatch(correctionLeadIn + #"(?:(?:make|set) (?:it|that|them|this) |try |go |do )?(half|double|twice)(?: of)? (?:that|it|this|them)(?: as long)?"# + tail, in: c) {
            ms = m[1] == "half" ? set.now / 2 : set.now * 2
        } else if let m = Numbers.firstMatch(correctionLeadIn + #"(?:(?:make|set) (?:it|that|them|this) )?(\d+(?:\.\d+)?|a|one|half a) (?:more )?(?:s|secs?|seconds?) (longer|shorter|more|less)"# + tail, in: c) {
            let by = m[1] == "half a" ? 500 : Int(((Double(m[1]) ?? 1) * 1000).rounded())
            ms = set.now + (has(m[2], "longer|more") ? by : -by)
        } else if let m = Numbers.firstMatch(correctionLeadIn + #"(?:make (?:it|that|them) )?(?:(?:a |just a )?(?:bit|little|tad|touch)\s+|slightly\s+)*(longer|shorter)(?: (\w+(?:[- ]\w+)?))?,? (?:like|say|maybe|about|around|so|more like) (\d+(?:\.\d+)?)"# + unit + tail, in: c),
                  m[2].isEmpty || has(m[2], "^(?:\(set.nouns))$"), let v = Double(m[3]) {
            let n = Int((v * 1000).rounded())
            if (m[1] == "longer") == (n > set.now) { ms = n }
        }
        guard let ms, ms > 0, ms <= set.max, ms != set.now else { return nil }
        return set.say(seconds(ms))
    }

    /// "clip 0:12 to 0:45 from episode42.mp4" then "actually make it 0:20 to 0:45": the one clip the last turn trimmed,
    /// trimmed again to the new span of its source (it was not understood, and "undo" then took back the first trim).
    /// The words that trim it; nil when the last turn trimmed no single clip, or the words say more than a span.
    static func retrimmedSpan(_ c: String, context: PlannerContext) -> String? {
        guard let before = context.previous else { return nil }
        let a = before.visualSegments, b = context.draft.visualSegments
        let trimmed = b.indices.filter { i in b[i].trimIn > 0 && (i >= a.count || a[i].trimIn != b[i].trimIn || a[i].duration != b[i].duration) }
        guard trimmed.count == 1, let i = trimmed.first else { return nil }
        let time = #"(\d+:\d{2}(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?)"#
        guard let m = Numbers.firstMatch(correctionLeadIn + #"(?:(?:make|set|change|trim|cut|do|use) (?:it|that|this|the clip|the cut) (?:to )?|(?:more like|like|try|how about|say|rather|instead) )?(?:from )?"# + time + #" ?(?:to|until|till|-|–) ?"# + time + #"(?: instead| then| please| rather)?[.!?]*$"#, in: c) else { return nil }
        let span = [m[1], m[2]].map { $0.contains(":") || has($0, "[a-z]") ? $0 : $0 + " s" }
        guard let from = Numbers.duration(in: span[0]), let to = Numbers.duration(in: span[1]), to > from else { return nil }
        return "trim clip \(i + 1) from \(seconds(from)) seconds to \(seconds(to)) seconds"
    }

    /// "fade the song out over 3 seconds" then "same at the start", "Now they want the same at the start of the music.";
    /// "fade in from black over 2 seconds" then "Could the same be applied at the end?": the fade just set, as long, at
    /// the other end (of the music when the music's fade was set, of the video when the video's was). The words that
    /// set it; nil when the last turn set no single fade, or the words ask something else.
    static func sameAtOtherEnd(_ said: String, context: PlannerContext) -> String? {
        // (Words taken off before and after it leave spaces and stops: " . the same be applied at the end.")
        let c = said.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ".,;!")))
        guard let before = context.previous, has(c, #"\bsame\b"#) else { return nil }
        let draft = context.draft
        let musicFade = { (d: Draft, out: Bool) in d.tracks.first { $0.role == .music }?.segments.first.map { out ? $0.fadeOut : $0.fadeIn } ?? 0 }
        // What the last turn set: (music?, out?, length).
        var set: [(music: Bool, out: Bool, ms: Int)] = []
        if draft.meta.fadeIn > 0, draft.meta.fadeIn != before.meta.fadeIn { set.append((false, false, draft.meta.fadeIn)) }
        if draft.meta.fadeOut > 0, draft.meta.fadeOut != before.meta.fadeOut { set.append((false, true, draft.meta.fadeOut)) }
        for out in [false, true] where musicFade(draft, out) > 0 && musicFade(draft, out) != musicFade(before, out) {
            set.append((true, out, musicFade(draft, out)))
        }
        guard set.count == 1, let last = set.first else { return nil }
        let asking = #"(?:(?:now |so |and |also |then |ok |okay )*(?:(?:they|the user|the client|he|she|we|i) (?:want|wants|would like|'d like|need|needs)(?: to (?:have|do|apply|add|use))?|(?:(?:could|can|would|will) (?:you|we) (?:please )?|please )?(?:do|add|apply|use|put|give it|want|have|get))\s+)?"#
        let same = #"(?:the )?same(?: thing| one| fade| effect| again)?(?: (?:be )?(?:applied|done|used|added|put))?(?: (?:too|also|as well))?"#
        let end = #" (?:at|for|on|to|in) the (?:very )?(end|ending|close|finish|outro|start|beginning|opening|intro)(?: of (?:the )?(music|song|track|audio|soundtrack|video|film|clip|it|that))?(?: (?:too|as well|please|also|then))*[.!?]*$"#
        let pattern = correctionLeadIn + "(?:" + asking + same + "|(?:(?:could|can|would|should|may) )?(?:the )?same(?: thing| fade| effect)? be (?:applied|done|used|added|put)(?: (?:too|also|as well))?)" + end
        // (Thanks or a greeting before it, as its own sentence: "Thank you kindly. Could the same be applied at the end?")
        let sentences = c.components(separatedBy: CharacterSet(charactersIn: ".!?")).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let m = Numbers.firstMatch(pattern, in: c)
                ?? (sentences.count > 1 && sentences.dropLast().allSatisfy({ !has($0, editingWords) || isSmallTalk($0) }) ? sentences.last.flatMap { Numbers.firstMatch(pattern, in: $0) } : nil) else { return nil }
        let atEnd = has(m[1], "end|close|finish|outro")
        // The other end of the same thing (the music, or the video); said of the other thing, that one's.
        let music = m[2].isEmpty || has(m[2], "^(?:it|that)$") ? last.music : has(m[2], "music|song|track|audio|soundtrack")
        guard atEnd != last.out || music != last.music else { return nil }
        let s = seconds(last.ms)
        return music ? "fade the music \(atEnd ? "out" : "in") over \(s) seconds" : atEnd ? "fade out to black over \(s) seconds" : "fade in from black over \(s) seconds"
    }

    /// "remove the music" then "sorry, it's fine after all. put it back but quieter", "bring the music back at 20%": the
    /// removal taken back, with a change to what comes back. The change, in words about that thing (read against the
    /// draft before the removal), and what it is; nil when the last turn removed neither the music nor one text.
    static func backWithChange(_ c: String, context: PlannerContext) -> (rest: String, thing: String)? {
        guard let before = context.previous, has(c, #"\bback\b"#) else { return nil }
        let draft = context.draft
        let thing: String
        if before.tracks.contains(where: { $0.role == .music }), !draft.tracks.contains(where: { $0.role == .music }) {
            thing = "the music"
        } else if before.textPositions.count == draft.textPositions.count + 1,
                  let gone = before.textPositions.indices.first(where: { i in !draft.textPositions.indices.contains(i) || before.textSegment(i) != draft.textSegment(i) }),
                  let kind = before.textSegment(gone).kind,
                  before.textPositions.indices.filter({ before.textSegment($0).kind == kind }).count == 1 {
            thing = "the " + kindWord(kind)
        } else { return nil }
        let noun = thing == "the music" ? #"music|song|soundtrack|track|bgm|tune"# : #"title|caption|text|end card|words|writing"#
        let pattern = #"^(?:(?:no|nope|nah|wait|actually|oh|oops|sorry|hmm+|ok|okay|so|then|can you|could you|please|pls)[,.!]?\s+)*(?:(?:put|bring|add|get) (?:it|that|(?:the |my )?(?:\#(noun))) back(?: in| on)?|(?:put|bring|add|get) back (?:(?:the |my )?(?:\#(noun)))|restore (?:it|that|(?:the |my )?(?:\#(noun))))(?:,? (?:but|and|just|only|though))*,? (make it |have it |at |with |to )?(.+?)[.!]*$"#
        // (Thanks, an apology or a reason as sentences before it: "sorry, I checked and it's fine after all. put it back …")
        let sentences = c.components(separatedBy: CharacterSet(charactersIn: ".!?;")).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let last = sentences.last, sentences.dropLast().allSatisfy({ !has($0, editingWords) || isSmallTalk($0) }),
              let m = Numbers.firstMatch(pattern, in: last) else { return nil }
        var rest = m[2].trimmingCharacters(in: .whitespaces)
        guard !has(rest, #"^(?:please|pls|again|after all|now|too|as well|then|in|on|thanks|thank you)$"#) else { return nil }
        let said = m[1]
        if has(rest, #"\b(?:it|that)\b"#) {
            rest = replacing(rest, #"\b(?:it|that)\b"#, thing)
        } else if has(rest, "\\b(?:\(noun))\\b") {
        } else if has(rest, #"^(?:a (?:bit|little|lot|touch|tad) |slightly |much |way |even )*(?:quieter|louder|softer|lower|higher|bigger|smaller|shorter|longer)\b"#) {
            rest = "make \(thing) " + rest
        } else {
            rest = "\(thing) " + (said.isEmpty && has(rest, #"^\d"#) ? "at " : said) + rest
        }
        return (rest, thing)
    }

    /// "make it sepia", "try warm", then "nah, the other one", "sepia was better", "I liked the first one better"; "I liked
    /// it better before" after any change; a caption
    /// moved to the top, then "actually bottom was better": the last change taken back (what it replaced is what is meant).
    static func prefersWhatWasBefore(_ c: String, context: PlannerContext) -> Bool {
        guard let before = context.previous else { return false }
        // "hmm no, I liked it better before", "it looked nicer before": said alone, whatever the last change was
        // (beside "undo that please" it is only the reason, and one step is taken back).
        if has(c, correctionLeadIn + #"(?:i (?:liked|preferred|like|prefer) it|it (?:was|looked) (?:much |way |a lot )?(?:better|nicer)) (?:(?:much |way |a lot )?(?:better|more) )?(?:before|the way it was|how it was|as it was)(?: tbh| honestly| to be honest)?[.!]*$"#) { return true }
        let draft = context.draft
        // "remove the title" then "no, keep it", "wait, keep the music": what was just taken out, wanted after all.
        // ("remove the title" then "add it back", "bring the music back", "put it back please", "restore it"; "mute the music",
        // which removes it, then "unmute it": the same.)
        if let m = Numbers.firstMatch(#"^(?:(?:no|nope|nah|wait|actually|oh|oops|sorry|hmm+)[,.!]?\s+)+(?:please |pls )?keep (it|that|them|the (?:title|caption|text|music|song|soundtrack))(?: please| pls| after all| in)?[.!]*$|^(?:(?:no|nope|nah|wait|actually|oh|oops|sorry|hmm+|ok|okay|can you|could you|please|pls)[,.!]?\s+)*(?:(?:add|bring|put|get) (it|that|them|the (?:title|caption|text|music|song|soundtrack)) back|restore (it|that|them|the (?:title|caption|text|music|song|soundtrack))|unmute (it|that|the (?:music|song|soundtrack)))(?: please| pls| after all| again| in)?[.!]*$"#, in: c) {
            let said = m[1] + m[2] + m[3] + m[4]
            let texts = before.textPositions.count > draft.textPositions.count
            let music = before.tracks.contains { $0.role == .music } && !draft.tracks.contains { $0.role == .music }
            let visuals = before.visualSegments.count > draft.visualSegments.count
            // ("unmute it" only brings back music that was taken out.)
            if !m[4].isEmpty { return music }
            return has(said, #"title|caption|text"#) ? texts : has(said, #"music|song|soundtrack"#) ? music : texts || music || visuals
        }
        // "change the title to 'Emma & James'", "actually make it 'James & Emma'", then "hmm no, the first one was better";
        // "make it vertical", "square instead", then "no, the one before"; "change the transitions to slides" then "no, go
        // back to the fades I had": whatever the last change was, the one before it (these were not understood, or the
        // fades were made again at another length).
        if before != draft, has(c, correctionLeadIn + #"(?:(?:go|switch|change it|put it|make it|take it|set it)(?: back)?(?: to)? |back to )?(?:the |that )?(?:(?:one|version|option|way) (?:before|before that|from before|i had)|(?:first|previous|earlier|old|older) (?:one|version|option)|(?:one|version) i had (?:before|first))(?: (?:was|looked|is|looks|sounded) (?:much |way |a lot )?(?:better|nicer))?(?: after all| instead| please| pls| then)?[.!]*$|"#
            // "replace the clip with b_v2.mp4", then "no, put the old one back", "bring the original clip back": that change
            // taken back (it was not understood).
            + correctionLeadIn + #"(?:please |pls )?(?:put|bring|get|swap|use) (?:the |my |that )?(?:old|original|previous|earlier|older|first) (?:one|clip|video|version|file|photo|picture|pic|shot|image)(?: (?:back|in|again|instead))+(?: please| pls)?[.!]*$"#),
           context.awaitingClip == nil,
           // (Said as a correction: "the first one" alone may answer "which one?".)
           has(c, #"^(?:(?:eh|hmm+|hm+|um+|uh+|ok|okay|well|oh|wait|so|ah)[,.!]?\s+)*(?:no|nah|nope|actually|sorry|oops)\b|\b(?:better|nicer|back|after all|instead)\b"#) { return true }
        if let m = Numbers.firstMatch(correctionLeadIn + #"(?:(?:please |pls )?(?:go|switch|change (?:it|them)|put (?:it|them)|take (?:it|them)|set (?:it|them)) )?back to (?:the |my )([a-z]+(?: [a-z]+)?) (?:i|we) had(?: before| earlier| at first| first)?(?: please| pls)?[.!]*$"#, in: c),
           let thing = Self.lastChangeKind(before: before, after: draft) {
            return has(m[1], thing)
        }
        var was: String?
        if before.meta.look != draft.meta.look, before.meta.look.name != .none {
            was = before.meta.look.name == .bw ? #"black (?:and|&) white|b ?& ?w|bw|mono(?:chrome)?|gr[ae]y(?:scale)?"# : before.meta.look.name.rawValue
        } else if before.textPositions.count == draft.textPositions.count,
                  let i = draft.textPositions.indices.first(where: { before.textSegment($0) != draft.textSegment($0) }) {
            var moved = before.textSegment(i)
            moved.style.position = draft.textSegment(i).style.position
            guard moved == draft.textSegment(i), let p = before.textSegment(i).style.position else { return false }
            was = p == .center ? "center|centre|middle" : Self.replacing(p.rawValue, "-", "[- ]")
        }
        guard let was else { return false }
        let other = #"(?:the )?(?:other|previous|first|old|earlier|original|last) (?:one|look|filter|version|place|spot|position)"#
        return has(c, correctionLeadIn + #"(?:(?:go|switch|change it|put it|make it)(?: back)?(?: to)? )?(?:\#(other)|(?:the )?(?:\#(was))(?: one| look| version)?)(?: was| looked| is| looks)? ?(?:better|nicer)?(?: after all| instead| please)?[.!]*$"#)
            && (has(c, other) || has(c, #"\b(?:better|nicer|back)\b"#))
            || has(c, correctionLeadIn + #"i (?:liked|preferred|prefer|like) (?:\#(other)|(?:the )?(?:\#(was))(?: one| look| version)?) (?:better|more)(?: after all)?[.!]*$"#)
    }

    /// The words that name what the last change touched (a pattern), for "back to the fades I had": nil when it touched
    /// several things or none said here.
    static func lastChangeKind(before: Draft, after: Draft) -> String? {
        switch lastTouched(before: before, after: after) {
        case .transitions: #"^(?:\w+ )?(?:transitions?|fades?|crossfades?|dissolves?|wipes?|slides?|cuts?)$"#
        case .look: #"^(?:\w+ )?(?:look|filter|colou?rs?|effect|style|grade)$"#
        case .canvas: #"^(?:\w+ )?(?:size|shape|format|canvas|ratio|aspect ratio|orientation)$"#
        case .music: #"^(?:\w+ )?(?:music|song|track|soundtrack|volume|level)$"#
        case .fades: #"^(?:\w+ )?(?:fades?|fade (?:in|out))$"#
        case .text(let i): after.textSegment(i).kind == .title ? #"^(?:\w+ )?(?:title|text|words|heading)$"# : #"^(?:\w+ )?(?:caption|text|words|subtitle)$"#
        default: nil
        }
    }

    /// "use slide transitions going left" then "the other direction", "other way round", "reverse the direction": the
    /// transitions just set, turned round (wipe and slide only; nothing else has a direction to turn).
    static func turnedRound(_ c: String, context: PlannerContext) -> EditOperation? {
        guard let before = context.previous,
              has(c, correctionLeadIn + #"(?:(?:go|make (?:it|them)|try|do|use|switch(?: it| them)? to|change (?:it|them) to|have (?:it|them))(?: go| going| slide| wipe)? )?(?:in )?(?:the )?(?:other|opposite|reverse) (?:direction|way)(?: (?:round|around))?(?: instead| please| then)?[.!]*$|^(?:reverse|flip|switch|swap|turn round|turn around) (?:the |their |its )?direction[.!]*$"#) else { return nil }
        let joins = { (d: Draft) in d.visualSegments.dropLast().map { $0.transition } }
        let now = joins(context.draft)
        guard now != joins(before), let first = now.first, let first, now.allSatisfy({ $0 == first }),
              let m = Numbers.firstMatch(#"^(wipe|slide|smooth)(left|right|up|down)$"#, in: first.name),
              let other = ["left": "right", "right": "left", "up": "down", "down": "up"][m[2]] else { return nil }
        return .setTransition(.all, name: m[1] + other, durationMs: first.duration)
    }
}
