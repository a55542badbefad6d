import Foundation
import ReelTimeline

extension RulePlanner {
    // MARK: Clips

    static let ordinals: [(String, Int)] = [
        ("first", 0), ("1st", 0), ("second", 1), ("2nd", 1), ("third", 2), ("3rd", 2), ("fourth", 3), ("4th", 3),
        ("fifth", 4), ("5th", 4), ("sixth", 5), ("6th", 5), ("seventh", 6), ("7th", 6), ("eighth", 7), ("8th", 7),
        ("ninth", 8), ("9th", 8), ("tenth", 9), ("10th", 9),
    ]
    static let ordinalIndex = Dictionary(uniqueKeysWithValues: ordinals)
    /// "the walkaround clip", "our drone footage": a clip named by a word of what it shows (no place, order or kind).
    static let clipByWhatItShows = #"\b(?:the|that|this|my|our) (?!(?:other|next|previous|same|whole|entire|new|wrong|right|last|first|second|third|fourth|fifth|final|middle|short|long|each|every|only|music|song|audio|sound|title|text|caption)\b)[a-z][a-z-]{2,20} (?:clip|video|vid|footage|recording)"#
    /// After "the clip": whom it pleased or not, "the user didn't like", "(that) I hate", "she picked", "they complained
    /// about" (which one that is, the words do not say).
    static let likedClause = #"\s+(?:(?:that|which|who)\s+)?(?:i|you|we|they|he|she|the (?:user|client|customer|boss|viewer|person)s?|my (?:\w+)|[a-z]+)\s+(?:(?:did|does|do)(?:n'?t| not)\s+(?:like|want|love|need)|(?:really |just )?(?:hate|hated|hates|dislike|disliked|dislikes|complained about|complains about|flagged|mentioned|picked|chose|meant|liked|likes|loved|loves|wanted|wants)\b)"#

    static let ordinalPattern = #"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d+(?:st|nd|rd|th))"#
    static let stillNoun = #"(?:photo|picture|image|still|pic|slide|painting|artwork|figure|screenshot|poster|frame)"#
    static let anyNoun = #"(?:clip|video|photo|picture|image|still|pic|shot|scene|segment|one|slide|item|part|painting|artwork|figure|screenshot)"#

    static func stillIndexes(_ draft: Draft) -> [Int] {
        draft.visualSegments.indices.filter { draft.visualSegments[$0].isPicture }
    }

    /// "can we do the thing where the picture slowly zooms in? on the photos only": a change just made to every clip
    /// (a zoom, a fit, a look), made to the pictures (or the video clips) only. False when no such change was made, or the
    /// kind named is every clip or none.
    static func restrictToKind(_ c: String, _ ops: inout [EditOperation], draft: Draft) -> Bool {
        guard let m = Numbers.firstMatch(#"^(?:but |and )?(?:only |just )?(?:on|for|to|with) (?:the |my )?(photos|pictures|pics|images|stills|still photos|clips|videos|video clips)(?: only| please| pls)*[.!]*$|^(?:but )?(?:only|just) (?:on |for |to )?(?:the |my )?(photos|pictures|pics|images|stills|still photos|clips|videos|video clips)(?: please| pls)*[.!]*$"#, in: c) else { return false }
        let pictures = !has(m[1] + m[2], #"^(?:clips|videos|video clips)$"#)
        let kept = draft.visualSegments.indices.filter { draft.visualSegments[$0].isPicture == pictures }
        guard !kept.isEmpty, kept.count < draft.visualSegments.count else { return false }
        var changed = false
        ops = ops.flatMap { op -> [EditOperation] in
            switch op {
            case .setMotion(.all, let v): changed = true; return kept.map { .setMotion(.index($0), v) }
            case .setFit(.all, let v): changed = true; return kept.map { .setFit(.index($0), v) }
            case .setClipLook(.all, let v), .setLook(let v): changed = true; return kept.map { .setClipLook(.index($0), v) }
            default: return [op]
            }
        }
        return changed
    }

    /// The positions a noun counts among: photos among the pictures, videos among the clips.
    static func pool(_ noun: String, _ draft: Draft) -> [Int] {
        let all = Array(draft.visualSegments.indices)
        let stills = stillIndexes(draft)
        // "slide 3" counts every item of the slideshow, a clip among them.
        if has(noun, "^\(stillNoun)"), !noun.hasPrefix("slide") { return stills.isEmpty ? all : stills }
        if noun.hasPrefix("video") {
            let clips = all.filter { !stills.contains($0) }
            return clips.isEmpty ? all : clips
        }
        return all
    }

    /// One reference as a target: `n`-th (0-based; -1 the last) in the noun's pool.
    static func resolve(_ n: Int, noun: String, _ draft: Draft) -> SegmentTarget {
        let p = pool(noun, draft)
        let count = draft.visualSegments.count
        if n < 0 { return p.last.map { $0 == count - 1 ? .last : .index($0) } ?? .last }
        return p.indices.contains(n) ? .index(p[n]) : .index(n)
    }

    /// A copy of clip `i` (just made, at `i + 1`) moved where the words put it: "at the end too",
    /// "放到最后", "at the start as well". An ordinal that names a picture ("the first pic") is the
    /// picture copied, not the place.
    /// The first `ms` of an untrimmed clip cut off: as long as what is left, its end where it was (nil: a picture, a
    /// clip already trimmed or sped, or one too short to keep anything).
    static func headCut(_ t: SegmentTarget, _ ms: Int, draft: Draft) -> Int? {
        guard let i = (try? draft.indexes(t))?.first, draft.visualSegments.indices.contains(i) else { return nil }
        let seg = draft.visualSegments[i]
        guard !seg.isPicture, seg.trimIn == 0, seg.speed == 1, let was = seg.duration, was - ms >= 100 else { return nil }
        return was - ms
    }

    static func placeCopy(of i: Int, _ c: String, count: Int, _ plan: inout Plan) {
        let named = #"(?!\s+(?:[\w'-]+\s+)?(?:pics?|photos?|pictures?|clips?|images?|ones?|shots?|videos?|slides?|items?|segments?|scenes?)\b)"#
        if has(c, #"\b(?:at|to) the (?:very )?(?:end|back)\b|\blast\b\#(named)|\b(?:closing|ending|final) (?:shot|one|picture|photo|image|clip)\b|\b(?:closing|ending)\b|结尾|最后|末尾"#) {
            plan.operations.append(.move(.index(i + 1), to: count))
        } else if has(c, #"\b(?:at|to) the (?:very )?(?:start|beginning|front)\b|\bfirst\b\#(named)|开头|最前"#) {
            plan.operations.append(.move(.index(i + 1), to: 0))
        }
    }

    /// "just use the canyon and campfire pics", "only keep intro.mp4, b-roll and the logo": on a video already
    /// made, the others taken off. Only when every name said is one file on the timeline and some stay.
    /// ("delete everything except the dunk and the buzzer beater": the same, said as what goes; it was refused as emptying
    /// the timeline.)
    static func keepOnlyNamed(_ c: String, draft: Draft) -> (operations: [EditOperation], said: String)? {
        let segs = draft.visualSegments
        guard segs.count > 1, let m = Numbers.firstMatch(#"^(?:(?:ok|okay|actually|hmm+|no|nah|so|and|then|wait)[,.!]?\s+)*(?:(?:let'?s |please |can you |could you |i want to |i'?d like to )?(?:just|only) (?:use|keep|show|have|include|want)|(?:use|keep|show|include) (?:only|just)|(?:(?:please |can you |could you )?(?:delete|remove|drop|cut|get rid of|lose|ditch|take out|toss) (?:everything(?: else)?|all(?: the)?(?: (?:other )?(?:clips|videos|photos|pictures|shots))?|all of (?:them|the clips)|the rest|every (?:clip|other clip)|the other (?:clips|ones)) (?:except(?: for)?|but|apart from|other than|besides|save(?: for)?)))\s+(?:the |my |our )?(.+?)(?:\s+(?:pics?|photos?|pictures?|images?|clips?|videos?|shots?|ones?))?(?:\s+(?:please|pls|then|instead|now))?[.!]*$"#, in: c.trimmingCharacters(in: .whitespaces))
        else { return nil }
        // "Keep only clip " (a workflow's number left out): no clip named, never "the clip" (it kept the one video).
        guard !has(c, #"\b(?:only|just) (?:clips?|photos?|pictures?|images?|segments?|items?|shots?|videos?|ones?|numbers?|#)\s*[.!]*$"#) else { return nil }
        let names = replacing(m[1], #"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\+\s*)(?:the\s+)?"#, "|").split(separator: "|")
            .map { replacing(String($0), #"\s+(?:pics?|photos?|pictures?|images?|clips?|videos?|shots?|ones?)$"#, "") }
        guard !names.isEmpty, !has(m[1], #"\b(?:first|last|second|seconds|secs?|third|\d+ ?(?:s|ms)|part|parts|bit|half|start|end|beginning|middle|of|from|to|until|till|between|pictures|photos|clips|videos|music|song|audio|sound|title|text|caption)\b|%"#) else { return nil }
        var kept = Set<Int>()
        for name in names {
            // (Read as a thing: "the canyon", as "remove the canyon" reads it.)
            let t = targets("the " + name, draft: draft)
            guard t.count == 1, t[0] != .all, let found = try? draft.indexes(t[0]), !found.isEmpty else { return nil }
            kept.formUnion(found)
        }
        let dropped = segs.indices.filter { !kept.contains($0) }
        guard !kept.isEmpty, !dropped.isEmpty else { return nil }
        return (dropped.reversed().map { .remove(.index($0)) }, "keep only \(kept.sorted().map { segs[$0].displayName }.joined(separator: ", "))")
    }

    /// "reorder: ["c.png", "a.jpg", "b.mp4"]", `reorder_segments {"order": [2, 0, 1]}  # zero-based`, "put them in this
    /// order: c, a, b", "new order: clip 3, clip 1, clip 2": every clip named once, in its new place (moves). Nil unless
    /// the list names each clip exactly once (a part of the clips is a different request).
    static func wholeOrder(_ c: String, draft: Draft) -> (operations: [EditOperation], said: String)? {
        let segs = draft.visualSegments
        // ("Reorder the visual segments to [3, 1, 2]", "Please change the order to: 3, 1, 2": the same; neither was read.)
        let clips = #"(?: (?:them|it|everything|(?:the |my |all (?:the )?)?(?:visual |video )?(?:clips|segments|photos|pictures|pics|items|shots|slides|images|visuals|files)))?"#
        guard segs.count > 1, let m = Numbers.firstMatch(#"^\s*(?:(?:please|ok|okay|now|so)[,]?\s+)*(?:(?:re-?order|order|rearrange|re-?arrange|sort|set_?order|arrange)(?:_?(?:segments|clips|items|visuals|timeline))?\#(clips)(?: (?:to|as|like this|like so|in this order|in the following order))?|put\#(clips) in (?:this|the following) order|(?:the )?new order(?: is| should be)?|(?:the )?order(?: of\#(clips))? (?:should be|is)|make the order|(?:change|set|switch|update|make) the order(?: of\#(clips))? (?:to|as|like this|into))\s*[:=]?\s*(.+?)\s*(?:#\s*(.*))?$"#, in: c) else { return nil }
        let body = replacing(m[1], [(#"^\{\s*"?(?:order|sequence|indices|indexes|ids|items|segments|clips|new_?order)"?\s*[:=]\s*"#, ""), (#"\}\s*$"#, ""), (#"[\[\]"'`]"#, " ")])
        let items = body.components(separatedBy: ",").flatMap { $0.components(separatedBy: " then ") }
            .flatMap { $0.components(separatedBy: "->") }.flatMap { $0.components(separatedBy: "→") }
            .map { replacing($0, #"^\s*(?:and|then)\s+|[.!\s]+$"#, "").trimmingCharacters(in: .whitespaces) }
        guard items.count == segs.count else { return nil }
        let zeroBased = has(c, #"\b(?:zero|0)[- ](?:based|indexed)\b"#) || items.contains("0")
        var order: [Int] = []
        for item in items {
            if let n = Numbers.firstMatch(#"^(?:(?:clip|segment|item|shot|photo|slide|index|#)\s*)?(\d{1,2})$"#, in: item).flatMap({ Int($0[1]) }) {
                order.append(zeroBased ? n : n - 1)
            } else {
                let t = targets("the " + item, draft: draft)
                guard t.count == 1, t[0] != .all, let found = try? draft.indexes(t[0]), found.count == 1 else { return nil }
                order.append(found[0])
            }
        }
        guard Set(order) == Set(segs.indices), order != Array(segs.indices) else { return nil }
        var now = Array(segs.indices), ops: [EditOperation] = []
        for (place, want) in order.enumerated() {
            guard let at = now.firstIndex(of: want), at != place else { continue }
            now.insert(now.remove(at: at), at: place)
            ops.append(.move(.index(at), to: place))
        }
        return (ops, "put the clips in the order " + order.map { segs[$0].displayName }.joined(separator: ", "))
    }

    /// "sorry, I meant slide4 not slide3", "oops i meant c.png", "no, the other one" right after a clip was moved,
    /// removed or changed: that change undone and made to the other file instead (nil when the words or the
    /// last change are not that).
    static func changeForOtherFile(_ c: String, context: PlannerContext) -> (operations: [EditOperation], said: String, undo: Bool)? {
        guard context.awaitingClip == nil, var before = context.previous,
              // "no the other one, the sunset one", "No, the other clip — vows_closeup. Ring exchange stays at normal speed.":
              // the other file is named after "the other one" (what was changed stays as it was, the undo says so).
              // ("oops wrong one, I meant the moussaka", "not that one — the moussaka. put souvlaki back": the same; what is
              // said to stay or come back must be the file the change was made to.)
              // ("Pardon me, I meant the last photograph, not the first.", "my apologies, …": said politely, the same.)
              let m = Numbers.firstMatch(#"^(?:(?:sorry|oops|whoops|oh|no|nope|nah|wait|my bad|ah|argh|actually|pardon(?: me)?|excuse me|(?:my )?apologies|forgive me|oh dear|dear me)[,.!]*\s+)*(?:(?:i meant|i mean|meant)\s+(.+?)(?:,?\s+not\s+(?:the\s+)?(.+?))?|(?:i meant |i mean )?(the other (?:one|clip|photo|picture|pic|shot|image|video)|(?:the |that'?s the )?wrong (?:one|clip|photo|picture|pic|shot)|not (?:that|this|the) (?:one|clip|photo|picture|pic|shot))(?:\s*(?:,|:|-|—|–|\.|!)+\s*(?:i meant |i mean |meant |it'?s |it was )?(.+?))?)(?:,?\s+(?:sorry|instead|my bad|oops))?[.!]*(?:(?:[,;]|(?<=[.!]))\s+([^.!?]*\b(?:stays?|keeps?|remains?|as it was|unchanged|restored?|(?:put|bring|add)\b[^.!?]*\bback)\b[^.!?]*)[.!]*)?$"#, in: c.trimmingCharacters(in: .whitespaces)) else { return nil }
        // "remove the souvlaki" with no video yet (it was made without it), then "no, the other one, the moussaka": the
        // one left out put back where it was, and the other taken out instead.
        var restore: [EditOperation] = []
        if before.visualSegments.isEmpty, let back = leftOutUpload(context), let made = try? back.apply(to: context.draft).draft {
            before = made
            restore = [back]
        }
        let b = before.visualSegments, a = context.draft.visualSegments
        func key(_ s: Segment) -> String { s.src ?? s.displayName }
        func plain(_ s: Segment) -> Segment { var s = s; s.start = nil; return s }
        // The file the last change was made to, and the change.
        var changed: Int?, change: ((Int) -> [EditOperation])?
        func without(_ list: [Segment], _ i: Int) -> [String] { var x = list.map(key); x.remove(at: i); return x }
        let moves = a.count == b.count ? b.indices.flatMap { i in a.indices.filter { k in k != i && key(a[k]) == key(b[i]) && without(b, i) == without(a, k) }.map { (i, $0) } } : []
        if let (i, k) = moves.first {
            changed = i
            change = { j in [.move(.index(j), to: k)] }
        } else if a.count == b.count - 1, let i = b.indices.first(where: { without(b, $0) == a.map(key) }) {
            changed = i
            change = { j in [.remove(.index(j))] }
        } else if a.count == b.count, a.map(key) == b.map(key) {
            let differ = b.indices.filter { plain(a[$0]) != plain(b[$0]) }
            if differ.count == 1, let i = differ.first {
                let now = a[i], was = b[i]
                var stillSame = was
                stillSame.speed = now.speed; stillSame.trimIn = now.trimIn; stillSame.duration = now.duration; stillSame.look = now.look
                if plain(stillSame) == plain(now) {
                    changed = i
                    change = { j in
                        var ops: [EditOperation] = []
                        if now.speed != was.speed { ops.append(.setSpeed(.index(j), now.speed)) }
                        if now.trimIn != was.trimIn || now.duration != was.duration { ops.append(.trim(.index(j), inMs: now.trimIn != was.trimIn ? now.trimIn : nil, durationMs: now.duration != was.duration ? now.duration : nil)) }
                        if now.look != was.look { ops.append(.setClipLook(.index(j), now.look)) }
                        return ops
                    }
                }
            }
        }
        guard let i = changed, let change else { return nil }
        // "not slide3": only when that is the file the change was made to. ("I meant the last photo, not the first": a
        // place said without its noun counts among the kind named beside it.)
        let nounSaid = Numbers.firstMatch(#"\b(photo|picture|pic|image|still|video|clip|shot|slide)s?\b"#, in: m[1] + " " + m[4])?[1] ?? "clip"
        if !m[2].isEmpty, !((try? before.indexes(placeSaid(m[2], noun: nounSaid, draft: before).first ?? .index(-1))) ?? []).contains(i) { return nil }
        let j: Int?
        if !m[3].isEmpty, m[4].isEmpty {
            // "the other one": the one other clip or picture of its kind.
            let others = b.indices.filter { $0 != i && b[$0].isPicture == b[i].isPicture && key(b[$0]) != key(b[i]) }
            j = others.count == 1 ? others[0] : nil
        } else if !m[4].isEmpty, has(m[4], #"^(?:the )?other (?:one|clip|photo|picture|pic|shot|image|video)$"#) {
            // "wait no not that one, the other one": the one other clip or picture of its kind, as "the other one" alone.
            let others = b.indices.filter { $0 != i && b[$0].isPicture == b[i].isPicture && key(b[$0]) != key(b[i]) }
            j = others.count == 1 ? others[0] : nil
        } else if let kind = Numbers.firstMatch(#"^(?:the |that )?(?:(video|clip|footage|movie)|(photo|picture|pic|image|still))(?: (?:one|instead))?$"#, in: m[3].isEmpty ? m[1] : m[4]) {
            // "remove the second photo", then "no, not that one, I meant the video": the one video (or the one other
            // picture) there is; none or several of that kind is not this.
            let wantPicture = !kind[2].isEmpty
            let ofKind = b.indices.filter { $0 != i && b[$0].isPicture == wantPicture && key(b[$0]) != key(b[i]) }
            j = ofKind.count == 1 ? ofKind[0] : nil
        } else {
            // ("no wait not that one, the second": the second clip.)
            let t = placeSaid(m[3].isEmpty ? m[1] : m[4], noun: nounSaid, draft: before)
            j = t.count == 1 ? (try? before.indexes(t[0]))?.first : nil
        }
        guard let j, j != i, key(b[j]) != key(b[i]) else { return nil }
        // ("…, put the sunset back": a file other than the one changed, said to come back, is not this.)
        if !m[5].isEmpty, case let kept = targets(m[5], draft: before), !kept.isEmpty,
           !kept.contains(where: { ((try? before.indexes($0)) ?? []).contains(i) }) { return nil }
        if !restore.isEmpty { return (restore + change(j), "put \(b[i].displayName) back and leave out \(b[j].displayName) instead", false) }
        return (change(j), "undo that and make the change to \(b[j].displayName) instead", true)
    }

    /// The clips words name, or a place said alone ("the second", "the last one", "first"), counted among `noun`'s kind.
    static func placeSaid(_ words: String, noun: String, draft: Draft) -> [SegmentTarget] {
        let t = targets(words, draft: draft)
        guard t.isEmpty, let m = Numbers.firstMatch(#"^(?:the )?(\#(ordinalPattern))(?: one)?[.!]*$"#, in: words.trimmingCharacters(in: .whitespaces)),
              let v = ordinalValue(m[1]) else { return t }
        return [resolve(v, noun: noun, draft)]
    }

    /// "duplicate the first photo", then "move the copy to the end": the copy the last change made, by its place ("clip 2").
    static func copyByPlace(_ text: String, context: PlannerContext) -> String {
        guard let before = context.previous, has(text, #"(?i)\bthe (?:new )?(?:copy|duplicate)\b|\bthe duplicated (?:one|photo|picture|pic|clip|video|shot)\b"#) else { return text }
        let b = before.visualSegments.map { $0.src ?? $0.displayName }, a = context.draft.visualSegments.map { $0.src ?? $0.displayName }
        guard a.count == b.count + 1, let k = a.indices.first(where: { $0 >= b.count || a[$0] != b[$0] }),
              case var rest = a, rest.remove(at: k) == a[k], rest == b, b.contains(a[k]) else { return text }
        return replacing(text, #"(?i)\bthe (?:new )?(?:copy|duplicate)(?: (?:of (?:it|that|the \w+)|one))?\b|\bthe duplicated (?:one|photo|picture|pic|clip|video|shot)\b"#, "clip \(k + 1)")
    }

    /// "make the first photo 6 seconds", then "and the other photo 2 seconds": the one other picture (or video) than the one
    /// the last change was made to, by its file's name ("c.png") or its place ("clip 3"). Not a correction ("no, the other one": that change moved to
    /// it, read by changeForOtherFile), and never when the last change touched more than one clip or there are more others.
    static func otherByPlace(_ text: String, context: PlannerContext) -> String {
        // ("slow zoom in on the first photo", then "do the other one too": the other one of its kind, the other photo.)
        guard let before = context.previous, has(text, #"(?i)\bthe other (?:photo|picture|pic|image|still|clip|video|shot|one)\b(?!s)"#),
              !has(text, #"(?i)^\W*(?:(?:no|nope|nah|sorry|oops|whoops|wait|actually|my bad|i meant|i mean|not (?:that|this|the))\b|wrong\b)"#) else { return text }
        let b = before.visualSegments, a = context.draft.visualSegments
        func key(_ s: Segment) -> String { s.src ?? s.displayName }
        guard a.count == b.count, a.map(key) == b.map(key) else { return text }
        func plain(_ s: Segment) -> Segment { var s = s; s.start = nil; return s }
        let touched = a.indices.filter { plain(a[$0]) != plain(b[$0]) }
        guard touched.count == 1, let i = touched.first, let m = Numbers.firstMatch(#"(?i)\bthe other (photo|picture|pic|image|still|clip|video|shot|one)\b"#, in: text) else { return text }
        let picture = has(m[1], #"(?i)photo|picture|pic|image|still"#) || (has(m[1], #"(?i)shot|clip|one"#) && a[i].isPicture)
        guard a[i].isPicture == picture else { return text }
        let others = a.indices.filter { $0 != i && a[$0].isPicture == picture && key(a[$0]) != key(a[i]) }
        guard others.count == 1, let k = others.first else { return text }
        // (By its file's name when that is one clip's alone: "clip 3 2 seconds" reads less well than "c.png 2 seconds".)
        let name = a[k].src.map { ($0 as NSString).lastPathComponent }
        let said = name.flatMap { n in a.filter({ key($0) == key(a[k]) }).count == 1 && has(n, #"^[\w.-]+$"#) ? n : nil } ?? "clip \(k + 1)"
        // ("do the other one too", "the other photo as well": the same change to it.)
        if has(text, #"(?i)^\W*(?:and |also |now |then )?(?:do |same (?:for|to|with) |apply (?:it|that|the same) to |and )?the other (?:photo|picture|pic|image|still|clip|video|shot|one)(?: (?:too|as well|also))?\W*$"#) {
            return "same for \(said)"
        }
        return replacing(text, #"(?i)\bthe other (?:photo|picture|pic|image|still|clip|video|shot|one)\b"#, said)
    }

    /// "put the fade clip first" for skin_fade.mp4, "move the zoom clip to the start" for zoom_demo.mp4: a word of the
    /// editing vocabulary in one file's name, said right before a noun for a clip, is that file (it is no fade or zoom to add;
    /// "the zoom clip" zoomed it, "the fade clip" was not understood).
    static func vocabularyNamedFile(_ text: String, context: PlannerContext) -> String {
        let files = Set(context.draft.visualSegments.compactMap(\.src).map { ($0 as NSString).lastPathComponent })
        guard files.count > 1, has(text, #"(?i)\b(?:the|that|this) [a-z]{4,} (?:clip|video|footage|shot)\b"#) else { return text }
        var t = text
        for file in files.sorted() {
            let own = Set((file.lowercased() as NSString).deletingPathExtension.split(whereSeparator: { !$0.isLetter }).map(String.init))
            for w in own.sorted() where w.count >= 4 && vocabularySet.contains(w) && !vocabularyWords.contains(w) && has(file, #"^[\w.-]+$"#)
                && !files.contains(where: { $0 != file && $0.lowercased().contains(w) }) {
                t = outsideQuotes(t) { replacing($0, #"(?i)\b(?:the|that|this) \#(NSRegularExpression.escapedPattern(for: w)) (?:clip|video|footage|shot)\b"#, file) }
            }
        }
        return t
    }

    /// "lower the volume" (the music was lowered), then "no, not the music — the clip's own sound. mute that instead": the
    /// music change taken back and the clips muted (it removed the music).
    static func clipSoundMeant(_ c: String, context: PlannerContext) -> Bool {
        guard context.awaitingClip == nil, lastTouched(before: context.previous, after: context.draft) == .music else { return false }
        return has(c, #"^(?:(?:no|nope|nah|sorry|oops|wait|actually)[,.!]*\s+)*not the (?:music|song|bgm|soundtrack)\b[\s,.;:!—–-]*(?:i meant |i mean |it'?s |the one i meant is )?(?:the )?(?:clip|video|clips|videos)(?:'s|s'|s)? (?:own |original )?(?:sound|audio|noise)\b[\s,.;:!—–-]*(?:(?:please |just )?(?:mute|silence|kill|turn off|switch off) (?:that|it|them|this)(?: instead)?)?[.!]*$"#)
            && has(c, #"\b(?:mute|silence|kill|turn off|switch off)\b"#)
    }

    /// "slow zoom in on the photos", then "not the last one though", "except c.png", "but not on the first photo": the
    /// change just made to several items taken back from the one left out (it moved the last one). ("skip the second
    /// photo", "without the logo" ask to leave a file out: not read here.)
    static func changeExcepting(_ c: String, context: PlannerContext) -> (operations: [EditOperation], said: String)? {
        guard context.awaitingClip == nil, let before = context.previous,
              let m = Numbers.firstMatch(#"^(?:(?:but|and|oh|hmm+|wait|actually|ah|ok(?:ay)?)[,.!]*\s+)*(?:not|except|but not|apart from|other than)(?: (?:on|for|to|in))? (.+?)(?:,? (?:though|tho|please|pls|thanks|thank you|ok))*[.!]*$"#, in: c.trimmingCharacters(in: .whitespaces)) else { return nil }
        let b = before.visualSegments, a = context.draft.visualSegments
        guard a.count == b.count, a.map(\.src) == b.map(\.src) else { return nil }
        let changed = a.indices.filter { i in
            a[i].motion != b[i].motion || a[i].look != b[i].look || a[i].speed != b[i].speed || a[i].fit != b[i].fit || a[i].volume != b[i].volume
        }
        guard changed.count >= 2 else { return nil }
        let noun = changed.allSatisfy { a[$0].isPicture } ? "photo" : changed.allSatisfy { !a[$0].isPicture } ? "clip" : "one"
        let excluded = Set(placeSaid(m[1], noun: noun, draft: context.draft).flatMap { (try? context.draft.indexes($0)) ?? [] })
        guard !excluded.isEmpty, excluded.isSubset(of: Set(changed)), excluded.count < changed.count else { return nil }
        var ops: [EditOperation] = []
        for j in excluded.sorted() {
            let now = a[j], was = b[j]
            if now.motion != was.motion { ops.append(.setMotion(.index(j), was.motion)) }
            if now.look != was.look { ops.append(.setClipLook(.index(j), was.look)) }
            if now.speed != was.speed { ops.append(.setSpeed(.index(j), was.speed)) }
            if now.fit != was.fit { ops.append(.setFit(.index(j), was.fit)) }
            if now.volume != was.volume { ops.append(.setClipVolume(.index(j), was.volume)) }
        }
        return (ops, "leave " + excluded.sorted().map { a[$0].displayName }.joined(separator: " and ") + " as it was")
    }

    /// "move c.png to the start", then "no, I meant to the end", "sorry, last", "no, in third place": the one item
    /// the last change moved, moved to the place said instead (nil when the last change moved no one item).
    static func movedElsewhere(_ c: String, context: PlannerContext) -> (operations: [EditOperation], said: String)? {
        guard context.awaitingClip == nil, let before = context.previous,
              let m = Numbers.firstMatch(#"^((?:(?:sorry|oops|whoops|oh|no|nope|nah|wait|my bad|ah|actually)[,.!]*\s+)*)(i meant |i mean |meant |i said |i wanted it |i want it |put it |move it |it goes |it should go |it should be )?(?:(?:to|at|in) the (?:very )?(end|back|start|beginning|front)|(first|last)|(?:to |in |at |into )?(?:the )?(second|third|fourth|fifth|2nd|3rd|4th|5th) (?:place|position|spot|slot))(?: (?:please|pls|instead|not (?:the |there|that)[\w ]*))*[.!]*$"#, in: c.trimmingCharacters(in: .whitespaces)),
              !(m[1].isEmpty && m[2].isEmpty) else { return nil }
        func key(_ s: Segment) -> String { s.src ?? s.displayName }
        let b = before.visualSegments.map(key), a = context.draft.visualSegments.map(key)
        guard a.count == b.count, a.count > 1, a != b, a.sorted() == b.sorted() else { return nil }
        func without(_ list: [String], _ i: Int) -> [String] { var x = list; x.remove(at: i); return x }
        let moves = b.indices.flatMap { i in a.indices.filter { k in k != i && a[k] == b[i] && without(b, i) == without(a, k) }.map { (i, $0) } }
        guard moves.count == 1, let (_, k) = moves.first else { return nil }
        let place = m[3] + m[4] + m[5]
        var to: Int
        if has(place, #"^(?:end|back|last)$"#) { to = a.count - 1 }
        else if has(place, #"^(?:start|beginning|front|first)$"#) { to = 0 }
        else if let v = ordinalValue(place) { to = min(max(0, v), a.count - 1) }
        else { return nil }
        to = min(to, a.count - 1)
        guard to != k else { return nil }
        return ([.move(.index(k), to: to)], "move \(context.draft.visualSegments[k].displayName) to position \(to + 1) instead")
    }

    /// "swap the 2nd and 3rd", then "no, the 1st and 2nd": the last swap taken back and the two said swapped instead (nil
    /// when the last change swapped no two items).
    static func swappedElsewhere(_ c: String, context: PlannerContext) -> (operations: [EditOperation], said: String)? {
        guard context.awaitingClip == nil, let before = context.previous,
              let m = Numbers.firstMatch(#"^(?:(?:sorry|oops|whoops|oh|no|nope|nah|wait|my bad|actually)[,.!]*\s+)+(?:i meant |i mean |meant )?(?:swap |switch )?(?:the )?(\#(ordinalPattern))(?: one| clip| photo| pic)? (?:and|&|with) (?:the )?(\#(ordinalPattern))(?: ones?| clips?| photos?| pics?)?(?: instead)?[.!]*$"#, in: c),
              let x = ordinalValue(m[1]), let y = ordinalValue(m[2]) else { return nil }
        func key(_ s: Segment) -> String { s.src ?? s.displayName }
        let b = before.visualSegments.map(key), a = context.draft.visualSegments.map(key)
        guard a.count == b.count, a.count > 1, a.sorted() == b.sorted(), b.indices.filter({ a[$0] != b[$0] }).count == 2 else { return nil }
        let i = x < 0 ? b.count - 1 : x, j = y < 0 ? b.count - 1 : y
        guard i != j, b.indices.contains(i), b.indices.contains(j) else { return nil }
        var want = b
        want.swapAt(i, j)
        // The moves that make the timeline as it is into the one wanted, front to back.
        var now = a, ops: [EditOperation] = []
        for pos in now.indices where now[pos] != want[pos] {
            guard let k = now[pos...].firstIndex(of: want[pos]) else { return nil }
            ops.append(.move(.index(k), to: pos))
            now.insert(now.remove(at: k), at: pos)
        }
        return (ops, "swap clip \(i + 1) and clip \(j + 1) instead")
    }

    /// The one upload a video just made from every upload was made without ("remove the souvlaki" with no video
    /// yet), put back where it was among the files as they came.
    static func leftOutUpload(_ context: PlannerContext) -> EditOperation? {
        let visuals = context.media.filter { !isAudio($0) }, made = context.draft.visualSegments.compactMap(\.src)
        let missing = visuals.filter { !made.contains($0) }
        guard missing.count == 1, made.count == visuals.count - 1, Set(made).count == made.count else { return nil }
        return .insert(source: missing[0], at: placeAsUploaded(missing[0], media: visuals, draft: context.draft))
    }

    /// Where a file goes back among those on the timeline: after the ones that came before it among the uploads.
    static func placeAsUploaded(_ source: String, media: [String], draft: Draft) -> Int? {
        guard let k = media.firstIndex(of: source) else { return nil }
        let earlier = Set(media.prefix(k))
        return draft.visualSegments.filter { $0.src.map(earlier.contains) ?? false }.count
    }

    /// "make it black and white" then "only the first photo", "just for b.mp4", "the photos only": the look just given
    /// to the whole video, given to those instead (it was not understood).
    static func lookNarrowed(_ c: String, context: PlannerContext) -> (operations: [EditOperation], said: String)? {
        guard context.awaitingClip == nil, let before = context.previous, before.meta.look != context.draft.meta.look,
              before.visualSegments.map(\.src) == context.draft.visualSegments.map(\.src),
              let m = Numbers.firstMatch(#"^(?:(?:no|nah|oh|wait|sorry|actually|hmm+|oops)[,.!]*\s+)*(?:(?:but |and )?(?:only|just)(?: (?:for|on|to|apply it to|do it (?:for|on|to)))? (.+?)|(?:i meant |i mean |but )?(?:for |on |to )?(.+?),? only)(?: please| pls| not the (?:whole|entire) (?:video|thing)| not (?:all|everything))?[.!]*$"#, in: c.trimmingCharacters(in: .whitespaces)) else { return nil }
        let said = m[1] + m[2]
        // (Only files or places on the timeline: "just a bit" or "only slightly" say how much.)
        guard !has(said, #"^(?:a |the )?(?:bit|little|tad|touch|slightly|some|more|less)\b|\b(?:music|song|title|caption|text)\b"#) else { return nil }
        // ("only the photos" there is the look on the pictures, never the clips removed.)
        let kinds = has(said, #"^(?:the |my |all the )?(?:photos|pictures|pics|images|stills)$"#) ? before.visualSegments.indices.filter { before.visualSegments[$0].isPicture }
            : has(said, #"^(?:the |my |all the )?(?:clips|videos|video clips|footage)$"#) ? before.visualSegments.indices.filter { !before.visualSegments[$0].isPicture } : []
        let found = kinds.isEmpty ? targets(said, draft: before) : kinds.map { SegmentTarget.index($0) }
        let picked = Set(found.flatMap { (try? before.indexes($0)) ?? [] })
        guard !found.isEmpty, !picked.isEmpty, picked.count < before.visualSegments.count else { return nil }
        return (found.map { .setClipLook($0, context.draft.meta.look) }, "undo that and give the look to \(said) only")
    }

    /// "the second clip", "clip 3", "the last photo", "the first and second clips", "clips 1 and 3",
    /// "第二个", "最后一个", a file name on the timeline, "the video clip" (when there is one).
    /// Several rules ask this of the same clause, so the last answers are kept.
    static func targets(_ c: String, draft: Draft) -> [SegmentTarget] {
        // What the answer depends on: the words, and each segment's file, name and colour.
        let key = draft.visualSegments.reduce(into: c) { k, s in k += "\u{1}\(s.src ?? "")\u{2}\(s.name ?? "")\u{2}\(s.color ?? "")" }
        if let kept = TargetsKept.shared.get(key) { return kept }
        let found = readTargets(c, draft: draft)
        TargetsKept.shared.set(key, found)
        return found
    }

    private static func readTargets(_ said: String, draft: Draft) -> [SegmentTarget] {
        // "the vélo one" for velo_clip.mp4: accents are no part of names (folded where every offset stays).
        let folded = said.folding(options: .diacriticInsensitive, locale: nil)
        let c = folded.utf16.count == said.utf16.count ? folded : said
        var found: [(Int, SegmentTarget)] = []
        let ord = ordinalPattern, noun = anyNoun
        // Not "a 15 second video": a number before "second" makes it a length, not a position.
        for m in Numbers.allMatches(#"(?<![\w-])(?<!\d )(\#(ord))(?:,? (?:and|&|or) (?:the )?(\#(ord)))? (\#(noun))s?\b"#, in: c) {
            // "a forty five second video": a length spelled out, not the second video.
            if m.groups[1] == "second", has((c as NSString).substring(to: m.location), #"\b\#(Numbers.spelledNumber)[ -]$"#) { continue }
            for w in [m.groups[1], m.groups[2]] where !w.isEmpty {
                if let v = ordinalValue(w) { found.append((m.location, resolve(v, noun: m.groups[3], draft))) }
            }
        }
        // "Set segment 0 duration to 6000 ms": an agent that says segment 0 counts from 0.
        let fromZero = has(c, #"\b(?:segment|clip|item|shot|scene)s? ?#?0\b(?!\.\d)"#)
        for m in Numbers.allMatches(#"\b(\#(noun))s? ?(?:#|no\.? ?|number )?(\d+)(?: ?(?:and|&|,) ?(?:\#(noun) ?)?#?(\d+)(?!\d| ?(?:s|secs?|seconds?|ms|milliseconds?|mins?|minutes?|%|x)\b))?\b(?!\.\d)(?! ?(?:s|secs?|seconds?|ms|milliseconds?|mins?|minutes?|%|x)\b)"#, in: c) {
            // "give the first clip 2 more seconds", "the opening photo 3 extra seconds": the number is the time added to the
            // clip already named, never clip 2 (it was given 2 s too).
            let after = (c as NSString).substring(from: min(c.utf16.count, m.location + m.groups[0].utf16.count))
            if m.groups[3].isEmpty, has(after, #"^ ?(?:more|extra|additional) (?:s|secs?|seconds?|ms|milliseconds?|mins?|minutes?)\b"#),
               has((c as NSString).substring(to: m.location), #"\b(?:\#(ord)|opening|closing|the|that|this|my|our) $"#) { continue }
            for g in [m.groups[2], m.groups[3]] where !g.isEmpty {
                if let n = Int(g), n > 0 || fromZero { found.append((m.location, fromZero ? .index(n) : resolve(n - 1, noun: m.groups[1], draft))) }
            }
        }
        for m in Numbers.allMatches(#"\b(first|last) (two|three|four|five|\d+) (\#(noun))s\b"#, in: c) {
            guard let n = Numbers.english(m.groups[2]).map(Int.init), n > 0 else { continue }
            let p = pool(m.groups[3], draft)
            let picked = m.groups[1] == "first" ? Array(p.prefix(n)) : Array(p.suffix(n))
            for i in picked { found.append((m.location, .index(i))) }
        }
        // "index 2" (an agent's 0-based position), never the one it goes "to" or "at"; but "the clip at index 2" is that clip.
        for m in Numbers.allMatches(#"(?<!to )(?<!into )(?:(?<!at )|(?<=(?:clip|segment|item|one|photo|picture|image|video|shot|visual) at ))\bindex (\d+)\b"#, in: c) {
            if let n = Int(m.groups[1]) { found.append((m.location, .index(n))) }
        }
        // "the 2nd and 3rd should trade places", "swap 1st w/ 2nd": ordinals without a noun, beside a swap
        if found.isEmpty, has(c, #"\b(swap|switch|trade|exchange|change) places\b|\b(swap|switch|trade|exchange)\b"#),
           let m = Numbers.allMatches(#"\b(\#(ord)) (?:and|&|with) (?:the )?(\#(ord))\b(?! (?:s|secs?|seconds?)\b)"#, in: c).first {
            for w in [m.groups[1], m.groups[2]] { if let v = ordinalValue(w) { found.append((m.location, resolve(v, noun: "clip", draft))) } }
        }
        // "half speed on both": the two there are.
        // "swap them", "switch them around" with two clips: the two there are.
        if found.isEmpty, draft.visualSegments.count == 2, let m = Numbers.allMatches(#"\b(?:on|to|for) both(?: of them)?\b(?! (?:the )?(?:music|songs?|titles?|texts?|captions?)\b)|\bboth of them\b|^(?:(?:ok|okay|now|and|then|pls|please|can you|could you),? )*(?:swap|switch|trade|exchange) (?:them|these|those|the two|'?em)(?: (?:around|round|over|places))?(?: (?:please|pls))?[.!?]*$"#, in: c).first {
            found += [(m.location, .index(0)), (m.location, .index(1))]
        }
        // "swap the two photos", "remove both clips": the two of that kind, when there are two.
        if found.isEmpty, let m = Numbers.allMatches(#"\b(?:the (?:two|2)|both(?: the| of the)?) (photo|picture|pic|image|still|clip|video|shot|one)s\b"#, in: c).first {
            let p = pool(m.groups[1], draft)
            if p.count == 2 { for i in p { found.append((m.location, .index(i))) } }
        }
        // "remove all the video clips", "the videos" beside photos: the clips, not the pictures.
        // (Their sound is all clips' sound: "mute the videos" mutes every clip, those added later too.)
        if found.isEmpty, !has(c, #"\b(?:mute|unmute|sound|audio|volume|noise|silent|silence)\b"#), let m = Numbers.allMatches(#"\b(?:(?:all|each|every one) (?:of )?)?(?:the |my |these |those )?(?:video clips|videos|vids|footage|moving (?:clips|ones|bits))\b"#, in: c).first {
            let stills = stillIndexes(draft), clips = draft.visualSegments.indices.filter { !stills.contains($0) }
            if !stills.isEmpty, !clips.isEmpty { for i in clips { found.append((m.location, .index(i))) } }
        }
        // "the middle clip" (an odd count has one)
        // "the little moving clip in the middle" too.
        if found.isEmpty, let m = Numbers.allMatches(#"\bthe middle (?:clip|one|photo|picture|video|shot|segment)\b|\bthe (?:[a-z]+ ){0,2}(?:clip|one|photo|picture|pic|image|video|shot|segment) in the middle\b(?! of)"#, in: c).first, draft.visualSegments.count % 2 == 1 {
            found.append((m.location, .index(draft.visualSegments.count / 2)))
        }
        // "swap the clip and the last photo", "swap the video and c.png": beside a picture named, "the clip" is the one
        // video there is (alone, "delete the clip" still asks which).
        if found.count == 1, has(c, #"\b(swap|switch|trade|exchange)\b"#),
           let m = Numbers.allMatches(#"\bthe (?:video clip|video|clip|vid|footage)\b(?! ?\d)"#, in: c).first {
            let clips = draft.visualSegments.indices.filter { !draft.visualSegments[$0].isPicture }
            if clips.count == 1, (try? draft.indexes(found[0].1)) != clips { found.append((m.location, .index(clips[0]))) }
        }
        // "swap the first two", "remove the last two"
        if found.isEmpty, let m = Numbers.allMatches(#"\bthe (first|last) (two|three|2|3)\b(?! (?:s|secs?|seconds?)\b)"#, in: c).first,
           let n = Numbers.english(m.groups[2]).map(Int.init) {
            let all = Array(draft.visualSegments.indices)
            for i in (m.groups[1] == "first" ? Array(all.prefix(n)) : Array(all.suffix(n))) { found.append((m.location, .index(i))) }
        }
        // "the png", "the mp4": a file type only one segment has
        for m in Numbers.allMatches(#"\bthe (jpe?g|png|mp4|mov|webm|gif|heic|webp)\b"#, in: c) {
            let ext = m.groups[1]
            let hits = draft.visualSegments.indices.filter { ((draft.visualSegments[$0].src ?? "") as NSString).pathExtension.lowercased().hasPrefix(ext.prefix(3)) }
            if hits.count == 1 { found.append((m.location, .index(hits[0]))) }
        }
        for m in Numbers.allMatches(#"第(\#(Numbers.chineseNumber))\s*(?:个|段|张|条)"#, in: c) {
            if let n = Numbers.chinese(m.groups[1]), n > 0 { found.append((m.location, .index(Int(n) - 1))) }
        }
        for m in Numbers.allMatches(#"最后一(?:个|段|张|条)"#, in: c) { found.append((m.location, .last)) }
        let files = draft.visualSegments.map { ($0.src.map { ($0 as NSString).lastPathComponent } ?? "").lowercased() }
        var spaced: [(Int, SegmentTarget)] = []
        for file in Set(files) where !file.isEmpty {
            if let r = c.range(of: file) { found.append((c.utf16.distance(from: c.startIndex, to: r.lowerBound), .named(file))); continue }
            let stem = (file as NSString).deletingPathExtension
            // (A Chinese name runs on into the words: "试色视频放慢一点" for 试色视频.mp4.)
            let edge = stem.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) ? (#"(?<![A-Za-z0-9])"#, #"(?![A-Za-z0-9])"#) : (#"\b"#, #"\b"#)
            if stem.count >= 3 || isHanWord(stem), let r = firstRange(edge.0 + NSRegularExpression.escapedPattern(for: stem) + edge.1, in: c) {
                found.append((c.utf16.distance(from: c.startIndex, to: r.lowerBound), .named(file)))
            } else if let at = oneLetterName(stem, in: c) {
                // "speed up b 2x", "remove c", "move a to the end" for a.jpg, b.mp4, c.png.
                found.append((at, .named(file)))
            } else if let spoken = spokenNamePattern(stem), let r = firstRange(spoken, in: c) {
                // "take out the day 3 photo" (drive_day3.jpg), "cam b" (ep42_cam_b.mp4)
                found.append((c.utf16.distance(from: c.startIndex, to: r.lowerBound), .named(file)))
            } else if let at = spacedName(file, in: c).min() {
                // "swap the first kiss and the ring exchange" (first_kiss.mov), "the pour over clip" (pourover_v60.mp4):
                // read with the words of names below ("swap the kitchen and the living room").
                spaced.append((at, .named(file)))
            }
        }
        // "把操场那段删掉" for 操场跑步.mp4: the start of a Chinese name, said as "that part" or "that photo".
        for file in Set(files) where found.isEmpty {
            let stem = Array((file as NSString).deletingPathExtension)
            guard stem.count >= 3, isHanWord(String(stem)) else { continue }
            for k in stride(from: stem.count - 1, through: 2, by: -1) {
                let head = String(stem[..<k])
                guard !files.contains(where: { $0 != file && $0.hasPrefix(head) }),
                      let r = firstRange(NSRegularExpression.escapedPattern(for: head) + #"(?=那?(?:段|张|个|条)|的(?:视频|照片|图片|片段))"#, in: c) else { continue }
                found.append((c.utf16.distance(from: c.startIndex, to: r.lowerBound), .named(file)))
                break
            }
        }
        // "lipstick那张放到最前面" for lipstick_红色.jpg: a part of one file's name said as "that one" (那张, 那个, 那段).
        for file in Set(files) where found.isEmpty {
            for part in namePart((file as NSString).deletingPathExtension) where !files.contains(where: { $0 != file && namePart(($0 as NSString).deletingPathExtension).contains(part) }) {
                guard let r = firstRange(#"(?<![A-Za-z0-9\u4E00-\u9FFF])"# + NSRegularExpression.escapedPattern(for: part) + #"\s*(?=那?(?:张|个|段|条)|的(?:视频|照片|图片|片段))"#, in: c) else { continue }
                found.append((c.utf16.distance(from: c.startIndex, to: r.lowerBound), .named(file)))
                break
            }
        }
        // Segments called by a name of their own (an upload's name, kept when it is stored under
        // another): "remove beach". Words of the editing vocabulary are never taken for names.
        for segment in draft.visualSegments {
            guard let name = segment.name?.lowercased(), name.count >= 3, !Self.vocabularyWords.contains(name) else { continue }
            let stem = ((segment.src.map { ($0 as NSString).lastPathComponent } ?? "") as NSString).deletingPathExtension.lowercased()
            guard name != stem, !found.contains(where: { $0.1 == .named(name) }),
                  let r = firstRange(#"\b\#(NSRegularExpression.escapedPattern(for: name))\b"#, in: c) else { continue }
            found.append((c.utf16.distance(from: c.startIndex, to: r.lowerBound), .named(name)))
        }
        // "the one with grandma", "the picture from the beach", "the Christmas picture": a word of
        // one file's name (and no other's), said of a picture or clip.
        // ("swap kitchen and garden" with kitchen.jpg and garden_view.jpg: the other one by a word of its name.)
        if found.isEmpty || (found.count == 1 && has(c, #"\b(?:swap|switch|exchange|trade)\b"#)) { found += nameWordTargets(c, draft: draft) }
        found += spaced
        // "hold the QR code for 6 seconds" (donate_qr.png): a short part of one file's name, as people say it.
        for (part, said) in partPhrases where found.isEmpty {
            let having = Set(files).filter { (($0 as NSString).deletingPathExtension.lowercased()).split(whereSeparator: { !$0.isLetter }).contains(Substring(part)) }
            if having.count == 1, let file = having.first, let r = firstRange(#"\b\#(said)\b"#, in: c) {
                found.append((c.utf16.distance(from: c.startIndex, to: r.lowerBound), .named(file)))
            }
        }
        // "the clip", "the movie part", "the video in the middle", "视频片段": the one video, when there is one.
        // (Not "the clip the user didn't like", "the photo I hate": which one someone dislikes is not known here; asked.)
        // "kill the sound from the walkaround clip", "mute the drone footage", "the interview clip's audio": a clip named by
        // what it shows, said of its sound, is the one video when there is one (only a video has sound of its own; it was
        // not understood). Any other edit of a clip named so ("remove the drone clip, it has no sound") is asked about.
        if found.isEmpty,
           let m = Numbers.allMatches(#"\b(?:the|that|this|my) (?:video clip|video file|clip|only video|footage|recording|video in the middle|(?:vid|video|moving|movie|film) (?:part|bit|section|portion|one|clip|file)|(?<=\b(?:put|move|place|bring|stick|drag|shift) (?:the|my) )(?:vid|video)(?= (?:first|last|(?:at|to) the (?:start|end|beginning|front|back))[.!]*$))\b(?!s)(?!\#(Self.likedClause))|视频片段|视频那段|那段视频|视频部分"#, in: c).first
               ?? Numbers.allMatches(#"\b(?:mute|unmute|silence|(?:sound|audio|noise|volume)(?: off)? (?:from|of|on|in)) \#(Self.clipByWhatItShows)\b(?!s)|\#(Self.clipByWhatItShows)(?:'s|’s) (?:own |original )?(?:sound|audio|noise|volume)\b"#, in: c).first {
            let stills = stillIndexes(draft)
            let clips = draft.visualSegments.indices.filter { !stills.contains($0) }
            if clips.count == 1 { found.append((m.location, .index(clips[0]))) }
        }
        // "the background image for 30 seconds", "the cover art", "the photo": the one picture, when there is one.
        if found.isEmpty, let m = Numbers.allMatches(#"\b(?:the|that|this|my|our) (?:background |cover |only |one )?(?:image|photo|picture|pic|still|graphic|backdrop|art|artwork|poster|cover|thumbnail)\b(?!s)(?!\#(Self.likedClause))"#, in: c).first {
            let stills = stillIndexes(draft)
            if stills.count == 1 { found.append((m.location, .index(stills[0]))) }
        }
        if found.isEmpty, has(c, #"\b(all|every|each)\b (?:of )?(?:the )?\#(noun)|所有|全部"#) { found.append((0, .all)) }
        // "clip1" is a file's name before it is "clip 1".
        let namedAt = Set(found.compactMap { if case .named = $0.1 { $0.0 } else { nil } })
        found.removeAll { f in if case .index = f.1 { namedAt.contains(f.0) } else { false } }
        // "Trim segment 1 (b.mp4)": the file in brackets says which one is meant, whatever the count.
        let ns = c as NSString
        found.removeAll { f in
            guard case .index = f.1 else { return false }
            return namedAt.contains { at in
                at > f.0 && at - f.0 <= 24 && has(ns.substring(with: NSRange(location: f.0, length: at - f.0)), #"^[\w# ]+\(\s*$"#)
            }
        }
        var seen: [SegmentTarget] = []
        for (_, t) in found.sorted(by: { $0.0 < $1.0 }) where !seen.contains(t) { seen.append(t) }
        return seen
    }

    /// Edits said of one clip, before the clip's name: "speed up b", "remove c", "move a …".
    static let oneClipVerbs = #"\b(?:speed up|slow down|speed|slow|remove|delete|drop|cut|mute|unmute|move|trim|shorten|lengthen|duplicate|copy|repeat|replace|swap|reverse|loop|crop|fit|hide|put|place)"#

    /// Where a file whose name is a single letter ("b" for b.mp4) is named: only where a clip stands, right
    /// after an edit of one clip ("speed up b 2x", "remove c"). "a" is an article too, so only when what follows
    /// leaves no doubt ("move a to the end", "swap a and c"); never "make a video", "speed up a bit".
    static func oneLetterName(_ stem: String, in c: String) -> Int? {
        guard stem.count == 1, stem.first?.isLetter == true else { return nil }
        let name = NSRegularExpression.escapedPattern(for: stem)
        let after = stem == "a"
            ? #"(?=\s*(?:$|[,.!;]|to (?:the )?(?:very )?(?:end|start|front|beginning|back)\b|before\b|after\b|first\b|last\b|and [b-z]\b))"#
            : #"(?=\s*(?:$|[,.!;]|\d|to\b|and\b|with\b|before\b|after\b|first\b|last\b|up\b|down\b|by\b|at\b|for\b|in half\b|faster\b|slower\b|speed\b|off\b|out\b))"#
        // ("the last 2 seconds of b", "the caption on c": said as the thing after "of", "on", "from" too, never of "a".)
        // ("swap b and c", "switch c with a": the second of two swapped, after "and".)
        let swapped = #"|\b(?:swap|switch|trade|exchange) (?:(?:clip|file) )?[\w-]+(?:\.\w+)? (?:and|with|&)|\b(?:switch|trade|exchange)(?= (?:(?:clip|file) )?\w (?:and|with|&) )"#
        let lead = stem == "a" ? oneClipVerbs + swapped : oneClipVerbs + #"|\b(?:of|on|from)"# + swapped
        // ("the b clip", "that c photo": the letter said as the clip's name before its noun, "a" too.)
        return Numbers.allMatches(#"(?:\#(lead)) (?:(?:clip|file|segment) )?\#(name)\b(?!['’.-]\w)\#(after)|\b(?:the|that|this) \#(name) (?=(?:clip|video|vid|file|segment|shot|photo|picture|pic|image|still|one)\b)"#, in: c).first?.location
    }

    /// What a speed change plays faster or slower: the one named, else all. A picture has no motion to
    /// speed up, so "speed the walkaround clip up 2x", "slow the footage down" among photos mean the
    /// clips; "make the video 2x faster", "speed everything up" keep them all.
    static func speedTargets(_ target: SegmentTarget?, _ c: String, draft: Draft) -> [SegmentTarget] {
        if let target, target != .all { return [target] }
        let stills = stillIndexes(draft)
        let clips = draft.visualSegments.indices.filter { !stills.contains($0) }
        // "the video" is as often the whole thing: only the clip said as one ("the walkaround clip", "the footage").
        // ("slow down the video so ppl can see the fluff fly", "play the video half speed" beside photos: the video as what a
        // speed verb changes is the clip.)
        // ("make the demo play at 1.25x", "play the interview faster": a thing said by a word of its own that plays is a clip;
        // "speed up the dog video 2x" beside photos: the video of the dog, not the whole one.)
        guard !clips.isEmpty, !stills.isEmpty, has(c, #"\b(?:clip|footage|recording|video clip)\b|视频片段|\b(?:make|have|let) (?:the|that|this|my) (?!(?:video|vid|whole|entire|movie|film|reel|slideshow|music|song|track|audio|thing|edit|montage|story|post|tiktok|short)\b)[a-z]+ play\b|\bplay (?:the|that|this|my) (?!(?:video|vid|whole|entire|movie|film|reel|slideshow|music|song|track|audio|thing|edit|montage|story|post|tiktok|short)\b)[a-z]+ (?:at|faster|slower|\d)|\b(?:slow|speed)(?: (?:up|down))? (?:the|that|this|my) (?:video|vid)\b(?! (?:is|as a whole)\b)|\b(?:slow|speed)(?: (?:up|down))? (?:the|that|this|my|our) (?!(?:whole|entire|full|final|finished|complete|new|main|promo|birthday|wedding|travel|recap|highlights?|music|youtube|tiktok|instagram|insta|overall|total)\b)[a-z]+ (?:video|vid)\b(?! (?:is|as a whole)\b)|\bplay (?:the|that|this|my) (?:video|vid) (?:at |in )?(?:half|double|quarter|twice|slow|\d)"#),
              !has(c, #"\b(?:everything|all|whole thing|whole (?:video|slideshow)|entire|each|every|photos?|pictures?|pics?|images?|stills?|slides?|slideshow)\b|所有|全部|照片|图片"#) else { return [.all] }
        return clips.map { .index($0) }
    }

    /// "sorry it's mia_3", "I meant the third one", "clip 2": a clip named in answer to "which one?";
    /// the words that name it, or nil.
    static func answersWhich(_ c: String, draft: Draft) -> String? {
        guard let m = Numbers.firstMatch(#"^(?:(?:sorry|oops|oh|ah|ok|okay|yes|yeah|yep|um+|uh+)[,!.]?\s+)*(?:it['’]?s |it is |it was |i mean |i meant |that['’]?s |that is |that would be |the one is |number )?((?:the |clip |photo |picture |pic |#)?[\w.-]+(?: [a-z]{2,})?(?: (?:one|photo|pic|picture|clip|video|shot|image))?)[.!]*$"#, in: c) else { return nil }
        let ts = targets(m[1], draft: draft)
        guard ts.count == 1, ts != [.all] else { return nil }
        return m[1]
    }

    /// Where a clip's part that plays ends, or starts by a change: "cut the last 2 seconds of b.mp4", "trim 1
    /// second off the end of the clip", "end the clip at 0:05", "shave a second off the front of the clip",
    /// "the clip should begin 1 second later". A clip whose length is not known here is asked about, never removed.
    static func clipEnds(_ c: String, _ ts: [SegmentTarget], draft: Draft, _ plan: inout Plan) -> Bool {
        let amount = #"(\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?))"#
        let verb = #"(?:skip|cut|trim|chop|lose|drop|remove|shave|snip|take|knock|clip|lop)"#
        let segs = draft.visualSegments
        let picked = ts.flatMap { (try? draft.indexes($0)) ?? [] }
        guard !picked.isEmpty, picked.allSatisfy({ !segs[$0].isPicture }) else { return false }
        // Later or earlier in the clip by that much.
        if let m = Numbers.firstMatch(#"\b\#(verb)(?: off)? \#(amount) (?:off |from )(?:the )?(?:front|start|beginning|head)\b|\b(?:start|begin)s? (?:it |the clip )?\#(amount) (later|earlier|sooner)\b"#, in: c),
           let ms = Numbers.duration(in: m[1].isEmpty ? m[2] : m[1]) {
            let sign = m[3] == "earlier" || m[3] == "sooner" ? -1 : 1
            // ("trim 1.5s from the start of b.mp4": the head cut off, its end where it was, so shorter by that much;
            // "start it 1 second later" plays as long, from later.)
            for i in picked {
                let shorter = m[1].isEmpty ? nil : segs[i].duration.map { $0 - Int(Double(ms) / max(segs[i].speed, 0.01)) }.flatMap { $0 >= 100 ? $0 : nil }
                plan.operations.append(.trim(.index(i), inMs: max(0, segs[i].trimIn + sign * ms), durationMs: shorter))
            }
            plan.understood.append("start \(ts.map(describe).joined(separator: ", ")) \(seconds(ms)) s \(sign < 0 ? "earlier" : "later") in the clip")
            return true
        }
        // The end: by how much, or where.
        var cut: Int?, endAt: Int?
        if let m = Numbers.firstMatch(#"\b\#(verb)(?: off)? (?:the )?(?:last|final|ending|closing) (?:(\#(Numbers.amount))[- ]?)?(?:ms|s|secs?|seconds?)\b|\b\#(verb)(?: off)? \#(amount) (?:off |from )(?:the )?(?:end|back|tail)\b"#, in: c) {
            cut = m[1].isEmpty ? Numbers.duration(in: m[2]) : Numbers.duration(in: m[1] + " s")
            if m[1].isEmpty, m[2].isEmpty { cut = 1000 }
        } else if let m = Numbers.firstMatch(#"\b(?:end|stop|finish|cut off|cut it off)s? (?:it |the clip |the video clip |clip \d+ )?(?:at|after) (?:the )?\#(amount)(?: mark)?\b"#, in: c) {
            endAt = Numbers.duration(in: m[1])
        }
        guard cut != nil || endAt != nil else { return false }
        for i in picked {
            let s = segs[i]
            if let endAt {
                guard endAt > s.trimIn else { continue }
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: max(100, Int(Double(endAt - s.trimIn) / max(s.speed, 0.01)))))
            } else if let cut, let d = s.duration {
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: max(100, d - Int(Double(cut) / max(s.speed, 0.01)))))
            } else {
                let name = s.src.map { ($0 as NSString).lastPathComponent } ?? s.displayName
                plan.questions.append("I do not know how long \(name) is here, so I cannot cut its end by a length. Say how long it should play, for example \"make \(name) 5 seconds\".")
                plan.understood.append("ask how long \(name) should play")
                return true
            }
        }
        plan.understood.append(endAt.map { "end \(ts.map(describe).joined(separator: ", ")) at \(seconds($0)) s" } ?? "cut the end of \(ts.map(describe).joined(separator: ", "))")
        return true
    }

    /// The one clip among pictures ("add the logo after the video", "replace the video with …"); nil unless there is exactly one.
    static func theClip(_ draft: Draft) -> Int? {
        let clips = draft.visualSegments.indices.filter { !draft.visualSegments[$0].isPicture }
        return clips.count == 1 ? clips[0] : nil
    }

    /// Whether the last turn changed clip `i`'s speed (and only that clip's).
    static func changedSpeed(of i: Int, context: PlannerContext) -> Bool {
        guard let before = context.previous?.visualSegments, before.count == context.draft.visualSegments.count, before.indices.contains(i) else { return false }
        return before[i].speed != context.draft.visualSegments[i].speed
    }

    /// "show the goal twice, the second time in slow motion": the copy made earlier in this request
    /// ("the first time" is the original). Nil when no copy was made or the words name neither.
    static func copyJustMade(_ c: String, _ plan: Plan, draft: Draft) -> SegmentTarget? {
        guard let k = plan.operations.lastIndex(where: { if case .duplicate = $0 { true } else { false } }),
              case .duplicate(let t) = plan.operations[k] else { return nil }
        let original: Int
        switch t {
        case .index(let i): original = i
        case .named(let file): guard let i = draft.visualSegments.firstIndex(where: { ($0.src.map { ($0 as NSString).lastPathComponent.lowercased() }) == file }) else { return nil }; original = i
        default: return nil
        }
        var copy = original + 1
        if k + 1 < plan.operations.count, case .move(.index(original + 1), let to) = plan.operations[k + 1] { copy = to }
        if has(c, #"\b(?:the )?(?:second|2nd|other) (?:time|one|copy|showing|go)\b|\bthe (?:copy|repeat|replay|duplicate)\b|\bwhen it repeats\b"#) { return .index(copy) }
        if has(c, #"\bthe (?:first|1st) (?:time|one|showing)\b"#) { return .index(original) }
        return nil
    }

    /// "show the goal twice, the second time at half speed": the copy just made, at the speed said.
    static func speedOfCopy(_ c: String, draft: Draft, _ plan: inout Plan) {
        guard let copy = copyJustMade(c, plan, draft: draft), let v = explicitSpeed(c) ?? (has(c, #"slow ?-?mo|slow motion|\bslow"#) ? 0.5 : nil) else { return }
        plan.operations.append(.setSpeed(copy, v))
        plan.understood.append("play \(describe(copy)) at \(fmt(v))x")
    }

    /// "slow mo the kickflip one, like half speed": a speed said alone after a clip was given one in
    /// the same request is that clip's new speed (it slowed every clip); otherwise the targets' speed.
    /// ("make both clips go 2x speed": every one named, `named`, when more than one was.)
    static func setSpeeds(_ v: Double, target: SegmentTarget?, named: [SegmentTarget] = [], _ c: String, draft: Draft, _ plan: inout Plan) {
        let earlier = plan.operations.indices.filter { i in
            if case .setSpeed(let t, _) = plan.operations[i] { return t != .all }
            return false
        }
        if target == nil, !earlier.isEmpty,
           !has(c, #"\b(?:everything|all|whole|entire|each|every|the rest|others|other clips)\b|所有|全部|整个"#) {
            for i in earlier {
                if case .setSpeed(let t, _) = plan.operations[i] { plan.operations[i] = .setSpeed(t, v) }
            }
            return
        }
        // "试色视频放慢一点，0.5倍速": the amount said next for the same clip is its one speed.
        for t in named.count > 1 && !named.contains(.all) ? named : speedTargets(target, c, draft: draft) {
            let same = earlier.last { i in
                guard case .setSpeed(let u, _) = plan.operations[i] else { return false }
                return u == t || ((try? draft.indexes(u)) ?? []) == ((try? draft.indexes(t)) ?? [-1])
            }
            if let same { plan.operations[same] = .setSpeed(t, v) } else { plan.operations.append(.setSpeed(t, v)) }
        }
    }

    static func nameWordTargets(_ c: String, draft: Draft) -> [(Int, SegmentTarget)] {
        let files = draft.visualSegments.map { ($0.src.map { ($0 as NSString).lastPathComponent.lowercased() } ?? "") }
        guard files.count > 1 else { return [] }
        let saysThing = has(c, #"\b(?:one|photo|picture|pic|image|clip|video|shot|still|footage)s?\b"#)
        // ("move the dance to the start" for pierwszy_taniec.mp4: a word of its name said in English.)
        let words = files.map { file in
            let own = (file as NSString).deletingPathExtension.split(whereSeparator: { !$0.isLetter }).map(String.init)
            // ("the bathroom photo" for primary_bath.jpg: its fuller form.)
            return Set((own + own.flatMap { (translatedNameWords[$0] ?? []) + (nameWordForms[$0] ?? []) })
                .filter { $0.count >= 3 && !vocabularyWords.contains($0) && !vocabularySet.contains($0) })
        }
        var out: [(Int, SegmentTarget)] = []
        // "the egg picture" (egg_cartons.jpg), "the tomato one" (tomatoes.jpg), "the berry one": said beside a noun, a three-letter
        // word will do, in the singular or the plural.
        for (i, own) in words.enumerated() where saysThing {
            for w in own where !words.enumerated().contains(where: { $0.offset != i && $0.element.contains(w) }) {
                var forms: [String] = [w, w + "s"]
                if w.hasSuffix("es"), w.count >= 5 { forms.append(String(w.dropLast(2))) }
                if w.hasSuffix("s"), w.count >= 4 { forms.append(String(w.dropLast())) }
                if w.hasSuffix("ies"), w.count >= 5 { forms.append(String(w.dropLast(3)) + "y") }
                guard forms.contains(where: c.contains) else { continue }
                let e = forms.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
                let noun = #"(?:one|photo|picture|pic|image|clip|video|shot|still|footage)s?"#
                if let m = Numbers.allMatches(#"\b\#(noun) (?:with|of|from|at|in|showing|where) (?:the |my |our |a |an |his |her )?(?:\#(e))\b|\b(?:\#(e))(?:'s)? \#(noun)\b"#, in: c).first {
                    out.append((m.location, .named(files[i])))
                }
            }
        }
        // "play the save at half speed", "put jaydens goal first": a word only one file's name has, said
        // as a thing of its own ("the save") or beside another word of that name ("jayden goal", "marcus save").
        for (i, own) in words.enumerated() where !out.contains(where: { $0.1 == .named(files[i]) }) {
            // ("let the owl linger for 8 seconds" for owl_dusk.jpg: a three-letter word too, said only as "the owl".)
            let unique = own.filter { w in (w.count >= 4 || (w.count == 3 && !shortWordsNotNames.contains(w))) && !words.enumerated().contains(where: { $0.offset != i && $0.element.contains(w) }) && c.contains(w) }
            for w in unique.sorted() {
                let e = NSRegularExpression.escapedPattern(for: w)
                if w.count == 3 {
                    guard !positionWords.contains(w), let m = Numbers.allMatches(#"\b(?:the|that|this) \#(e)\b(?! (?:of|and|or)\b)"#, in: c).first else { continue }
                    out.append((m.location, .named(files[i])))
                    break
                }
                let others = own.filter { $0 != w }.map { NSRegularExpression.escapedPattern(for: $0) }
                let beside = others.isEmpty ? "" : #"|\b(?:\#(others.joined(separator: "|")))(?:'?s)? \#(e)(?:'?s)?\b|\b\#(e)(?:'?s)? (?:\#(others.joined(separator: "|")))(?:'?s)?\b"#
                // "the winning goal": one describing word between.
                // "move the celebration to the start", "move celebration to the end": the place it goes is no part of it.
                let thing = positionWords.contains(w) ? "" : #"\b(?:the|that|this)(?: (?!\#(ordinalPattern)\b)[a-z]{3,})? \#(e)\b(?! (?:of|for)\b)(?! to\b(?! (?:the (?:very )?(?:start|beginning|front|end|back)|position|spot|slot|place)\b| ?\d))|\b(?:move|moving|bring|shift|put|place|stick)\s+\#(e)(?:'?s)?\b(?! (?:of|for)\b)"#
                // "put master bed right after front": the one it goes beside, said bare (a place word too: "front" for 123_maple_front.jpg).
                let next = #"(?<=\b(?:after|before|behind|following) |\b(?:after|before|behind|following) the )\#(e)\b(?! (?:of|for|it|them)\b)(?=\s*(?:$|[,.;!?]|\b(?:please|pls|and|then)\b))"#
                    // "swap porto and sintra": two bare words of names, said as what a swap trades.
                    + #"|(?<=\b(?:swap|switch|exchange|trade|flip) )\#(e)\b(?= (?:and|&|n|with) (?:the )?[a-z]{3,})|(?<=\b(?:swap|switch|exchange|trade|flip) (?:the )?[a-z]{3,20} (?:and|&|n|with) (?:the )?)\#(e)\b(?=\s*(?:$|[,.;!?]|\b(?:please|pls|around|round|over)\b))"#
                guard let m = Numbers.allMatches(thing.isEmpty ? next + beside : thing + "|" + next + beside, in: c).first else { continue }
                out.append((m.location, .named(files[i])))
                break
            }
        }
        // "the kitchen shots", "the living room photos": a word some files share (not all), said with a plural noun: each of them.
        let shared = Set(words.flatMap { $0 }).filter { w in w.count >= 4 && (2..<files.count).contains(words.filter { $0.contains(w) }.count) }
        for w in shared.sorted() where saysThing && c.contains(w) {
            guard let m = Numbers.allMatches(#"\b\#(w)(?: [a-z]+)? (?:shots|photos|pictures|pics|images|clips|videos|ones|stills)\b"#, in: c).first else { continue }
            for i in files.indices where words[i].contains(w) && !out.contains(where: { $0.1 == .named(files[i]) }) {
                out.append((m.location, .named(files[i])))
            }
        }
        return out
    }

    /// Words that say where or when, or how a thing looks or sounds: "the end", "the intro", "the final
    /// one" never name a file by themselves, whatever the files are called.
    static let positionWords: Set<String> = [
        "start", "end", "intro", "outro", "final", "front", "back", "left", "right", "side", "open", "close", "middle", "center",
        "centre", "over", "after", "before", "then", "next", "this", "that", "with", "from", "into", "your", "their", "each",
        "every", "only", "just", "also", "some", "other", "look", "like", "want", "need", "please", "thanks", "music", "track",
        "beat", "fade", "black", "white", "color", "colour", "frame", "loud", "soft", "quiet", "fast", "slow", "good", "best",
        "nice", "cool", "time", "full", "short", "long", "part", "main", "whole", "rest", "same", "more", "less", "title",
        "caption", "text", "square", "vertical", "landscape", "portrait", "speed", "zoom", "sound", "volume", "length",
    ]

    /// Three-letter words that describe or count rather than name ("the new one", "the top", "the one"): never a file's
    /// name word said alone, whatever the files are called.
    static let shortWordsNotNames: Set<String> = [
        "new", "old", "big", "top", "low", "raw", "own", "any", "one", "two", "six", "ten", "out", "off", "now", "red",
        "pro", "max", "min", "mix", "cut", "hot", "bad", "sad", "fun", "way", "bit", "lot", "day", "end", "and", "but",
        "for", "its", "our", "you", "his", "her", "per", "vid", "pic", "img", "mov", "jpg", "png", "mp4", "dsc", "fin",
        "tmp", "ver", "rev", "alt", "key", "fps", "bgm", "hdr", "add", "set", "use", "get", "put", "run",
    ]

    /// Words that name kinds of things on a timeline, not one of them.
    static let vocabularyWords: Set<String> = [
        "clip", "clips", "video", "videos", "photo", "photos", "picture", "pictures", "image", "images", "still", "stills",
        "shot", "shots", "scene", "scenes", "music", "song", "audio", "sound", "voice", "voiceover", "narration",
        "title", "text", "caption", "captions", "first", "second", "third", "last", "all", "every", "the", "segment",
        "vid", "vids", "pic", "pics", "img", "imgs", "movie", "footage",
    ]

    /// "second" → 1, "3rd" → 2, "last" → -1.
    /// "the blurry one", "the bathroom photo": a picture told by what it shows, which Reel cannot see; the question
    /// that asks which (its first sentence is `AnswerForm.whichLooking` in every answer language).
    static let whichLookingLead = "Which one is the"
    static func whichLooking(_ said: String, listed: String, count: Int, example: String) -> String {
        "\(whichLookingLead) \(said) one? I cannot see that in the pictures. The timeline has \(count): \(listed). Say its name or number, for example \"\(example)\"."
    }

    /// "between a and b", "between a.jpg and b.mp4", "between the first and second (photo)": the two items said,
    /// by name (a file's name without its ending is enough, "a" for a.jpg), ordinal or number; never `excluding`.
    static func betweenAnchors(_ c: String, excluding: Int, draft: Draft) -> (Int, Int)? {
        // "between the two photos": the two of that kind, when there are two.
        if let m = Numbers.firstMatch(#"\bbetween (?:the|my|our|these|those) (?:two|2) ([a-z]+)\b"#, in: c) {
            let two = targets("the two \(m[1])", draft: draft).compactMap { try? draft.indexes($0) }.flatMap { $0 }
            guard two.count == 2, !two.contains(excluding) else { return nil }
            return (two[0], two[1])
        }
        guard let m = Numbers.firstMatch(#"\bbetween (?:the )?(.+?) (?:and|&) (?:the )?(.+?)(?: (?:clips?|photos?|pictures?|pics?|images?|videos?|ones?|shots?))?(?: (?:please|pls|plz|now|instead|then))?[.!?]*$"#, in: c) else { return nil }
        let segs = draft.visualSegments
        func one(_ w: String) -> Int? {
            let w = w.trimmingCharacters(in: .whitespaces)
            let stems = segs.indices.filter { k in
                let name = ((segs[k].src ?? segs[k].displayName) as NSString).lastPathComponent.lowercased()
                return name == w || (name as NSString).deletingPathExtension == w
            }
            if stems.count == 1 { return stems[0] }
            if let v = ordinalValue(w) { return v < 0 ? segs.count - 1 : (v < segs.count ? v : nil) }
            let found = targets(w, draft: draft)
            guard found.count == 1, found[0] != .all, let k = try? draft.indexes(found[0]), k.count == 1 else { return nil }
            return k[0]
        }
        guard let a = one(m[1]), let b = one(m[2]), a != b, a != excluding, b != excluding else { return nil }
        return (a, b)
    }

    /// The item a recent change added as a copy: going back through the undo history, the first earlier timeline
    /// that is this one with one item fewer, where that item shows a file shown elsewhere too (the later one of the two).
    static func addedCopy(_ draft: Draft, history: [Draft]) -> Int? {
        // (Joins are set again when an item moves, so they are no part of the comparison.)
        func plain(_ segs: [Segment]) -> [Segment] { segs.map { var s = $0; s.transition = nil; return s } }
        let now = plain(draft.visualSegments)
        for before in history.suffix(6).reversed() {
            let was = plain(before.visualSegments)
            guard was.count + 1 == now.count else { continue }
            let fits = now.indices.filter { k in
                var less = now
                less.remove(at: k)
                return less == was && now.indices.contains { $0 != k && now[$0].src != nil && now[$0].src == now[k].src }
            }
            if let k = fits.last { return k }
        }
        // No change said which: the one file on the timeline twice, its later showing.
        let files = now.compactMap(\.src)
        let twice = Set(files.filter { f in files.filter { $0 == f }.count == 2 })
        guard twice.count == 1, files.count == now.count, let f = twice.first else { return nil }
        return now.lastIndex { $0.src == f }
    }

    /// "1. a.jpg, 2. b.mp4, 3. c.png": the order now, for a question.
    static func listedOrder(_ draft: Draft) -> String {
        draft.visualSegments.enumerated().map { "\($0.offset + 1). \($0.element.displayName)" }.joined(separator: ", ")
    }

    /// The one a clip goes before or after, said in words of its own: "before the drizzle" (honey_drizzle.mp4).
    static func placedBy(_ c: String, _ t: SegmentTarget, draft: Draft) -> SegmentTarget? {
        Numbers.firstMatch(#"\b(?:after|before) (.+)$"#, in: c).flatMap { m in targets(m[1], draft: draft).first { $0 != t } }
    }

    /// A place in the order said by its ordinal: "to the second position", "in third place", "(so that) it comes second",
    /// "put clip 1 third" (never "the second clip", "1 second").
    static let ordinalPlace = #"\b(?:to|at|in|into|as) (?:the )?(\#(ordinalPattern)) (?:position|place|spot|slot)\b|\b(?:comes?|goes?|be|is|clip \d+|[\w-]+\.[a-z0-9]{3,4}) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)(?: (?:in line|in the (?:order|video|slideshow|line ?up)))?[.!]?$"#

    static func ordinalValue(_ w: String) -> Int? {
        if w == "last" || w == "final" { return -1 }
        if let i = ordinalIndex[w] { return i }
        if let m = Numbers.firstMatch(#"^(\d+)"#, in: w), let n = Int(m[1]) { return n - 1 }
        return nil
    }

    /// "every picture and clip", "the photos and videos": pictures and clips both, so every item.
    static let bothKinds = #"\b(?:pictures?|photos?|images?|pics?|stills?) (?:and|or|&|\+) (?:the |every |each |all |my )?(?:clips?|videos?|vids?|footage)\b|\b(?:clips?|videos?|vids?|footage) (?:and|&|\+) (?:the |every |each |all |my )?(?:pictures?|photos?|images?|pics?|stills?)\b"#

    /// What a person calls the pictures of a slideshow: "each figure 7.5 s", "each cover for five seconds".
    static let pictureNouns = "photo|picture|image|still|pic|slide|step|figure|cover|poster|flyer|screenshot|drawing|painting|artwork|diagram|chart|graphic"

    /// "each pastry 2 seconds", "make every car 5 seconds": each of the things the pictures show, however
    /// they are called (never a transition, a text, the music or a clip, which have lengths of their own).
    static let eachThingLength = #"\b(?:each|every) (?!(?:transition|fade|crossfade|dissolve|wipe|cut|caption|title|text|word|line|beat|song|track|music|time|second|sec|minute|min|other|few|now|one|of|clip|shot|item|segment|scene|part|video|vid)s?\b)[a-z]+ (?:(?:is|be|gets|shows?|lasts?|stays?|for|at|about|around|like|roughly|should be|shown for|on screen for)\s+)*\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)\b"#

    static func clips(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        // "repeat the b.mp4 clip as the last shot as well", "show it again as the opening shot": where a copy goes, not a clip.
        // ("close on c.png again", "end the video with a.jpg again": a copy of it at the end.)
        let c = has(c, #"\b(?:again|too|as well|also|repeat|another time|a second time|one more time)\b"#)
            ? replacing(replacing(replacing(c, #"\b(?:as|for) (?:the )?(?:very )?(?:last|final|closing|ending) (?:shot|one|clip|picture|photo|pic|image|scene|item|thing)\b"#, "at the end"),
                        #"\b(?:as|for) (?:the )?(?:very )?(?:first|opening) (?:shot|one|clip|picture|photo|pic|image|scene|item|thing)\b"#, "at the start"),
                        #"^((?:(?:and|so|then|now|please|pls|ok|okay)[,]? )*)(?:(?:let'?s|can you|could you|please) )?(?:close|end|finish|wrap(?: it)? up)(?: (?:it|the video|the slideshow|the reel|the film|things|everything))? (?:on|with) ([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)) (again|too|as well|one more time)(?= *[.!]*$)"#, "$1put $2 $3 at the end")
            : c
        var ts = targets(c, draft: draft)
        // "timelapse first at 4x speed then the before pic …" (timelapse_rebuild.mp4): while the video is made,
        // a clause that names one of its files by a word of its name plays that file alone at the speed said.
        if ts.isEmpty, plan.operations.contains(where: \.isCompose), explicitSpeed(c) != nil || has(c, #"slow ?-?mo\b|\bslo[- ]?mo\b|slow motion|half speed|double speed"#),
           !has(c, #"\b(?:each|every|per|apiece|all|everything|whole|entire|the rest|others|video|vid|reel)\b"#) {
            let said = Set(draft.visualSegments.compactMap(\.src).filter { !mentions($0, in: c, context: context).isEmpty })
            if said.count == 1, let file = said.first { ts = [.named((file as NSString).lastPathComponent.lowercased())] }
        }
        // "trim clip 2 from 0:45 to 0:12": a span that runs backwards is asked about (it made clip 2 45 s long).
        if ts.count == 1, ts != [.all], has(c, #"\b(?:trim|cut|clip|keep|use|play|start|from)\b"#), !has(c, #"title|caption|\btext\b|music|song|transition|fade"#),
           let m = Numbers.firstMatch(#"\bfrom (\d+:\d{2}(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?) (?:to|until|till|-|–) (\d+:\d{2}(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?)\b"#, in: c),
           let a = Numbers.duration(in: m[1].contains(":") || has(m[1], "[a-z]") ? m[1] : m[1] + " s"),
           let b = Numbers.duration(in: m[2].contains(":") || has(m[2], "[a-z]") ? m[2] : m[2] + " s"), a > b {
            let who = describe(ts[0])
            plan.questions.append("From \(m[1]) to \(m[2]) runs backwards. Which part of \(who) should stay? Say, for example, \"trim \(who) from \(m[2]) to \(m[1])\". Nothing was changed.")
            plan.understood.append("ask which part of \(who) to keep")
            return
        }
        // "…twice, the second one at half speed": the copy just made (not the second clip).
        let copy = ts.count <= 1 ? copyJustMade(c, plan, draft: draft) : nil
        if let copy { ts = [copy] }
        // "Compose [img_01.jpg, img_02.jpg] at 6000 ms each" (the list read as two clauses), "a.jpg first,
        // 3 seconds each", "… through slide_06.png with 5000 ms per still": "each" said beside one file of the new
        // video is every picture in it.
        let eachOfNew = !ts.isEmpty && plan.operations.contains(where: \.isCompose) && has(c, #"\b(?:each|apiece)\b|\bper (?:\#(pictureNouns))\b"#)
        // "make each photo 2 seconds", "all the pictures", "each step 5 seconds" (a recipe's step pictures),
        // "each displayed for 8 seconds"
        if ts.isEmpty || ts == [.all] || eachOfNew, !has(c, bothKinds), has(c, #"\b(each|every|all)\b.*\b(?:\#(pictureNouns))s?\b|\b(photos|pictures|images|stills|pics|slides|figures|covers|posters|flyers|screenshots|drawings|paintings|diagrams|charts)\b.*\beach\b|\b\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?) (?:each|apiece|a piece|per (?!(?:second|sec|minute|min|transition|fade|cut|word|beat|line|caption|title|text)s?\b)[a-z]+)\b|\bstill duration\b|\bimage (?:duration|length)\b|\beach (?:one )?(?:(?:is |gets |should |must |needs? to |has to |will |can )?(?:be )?(?:shown|displayed|held|visible|on screen|showing|lasting|staying|stays|stay|shows|show|lasts|last|runs|run)(?: up| on screen| there)?\s+)?(?:for )?(?:like |about |around |roughly )?\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)\b|\#(eachItemLength)|\#(eachThingLength)|每张|每个(?:图片|照片)|每一张"#),
           !has(c, #"transition|fade|crossfade|dissolve|wipe|转场"#) {
            var stills = stillIndexes(draft)
            // "…, the rest 3 seconds each": the pictures this turn has not given a length yet.
            if has(c, #"\b(?:the rest|the others|all the others|everything else|the remaining (?:ones|photos|pictures|images))\b"#) {
                let given = Set(plan.operations.compactMap { op -> Int? in if case .trim(.index(let i), _, _) = op { i } else { nil } })
                if given.count < stills.count { stills.removeAll { given.contains($0) } }
            }
            if !stills.isEmpty { ts = stills.map { .index($0) } }
            // "from my step clips, each step 4 seconds" (step1_chop.mp4, …): the clips that word of their names says.
            else if let m = Numbers.firstMatch(#"\b(?:each|every) ([a-z]{3,}?)s? \#(Numbers.amount)"#, in: c) {
                let named = draft.visualSegments.indices.filter { i in
                    namePart((((draft.visualSegments[i].src ?? "") as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension).contains(m[1])
                }
                if !named.isEmpty { ts = named.map { .index($0) } }
            }
        }
        // "make each clip 3 sec", "every shot 2 seconds": every item on the timeline, clips too; so is a bare
        // "5 sec each" after the new video's files were listed ("steps 1 to 3, 5 sec each").
        let bareEach = plan.operations.contains(where: \.isCompose) && has(c, #"^(?:for |at )?\#(Numbers.amount)[- ]?(?:s|secs?|seconds?) (?:each|apiece|a piece)[.!]?$"#)
        if ts.isEmpty || ts == [.all] || bareEach, bareEach || has(c, #"\b(?:each|every)\s+(?:clip|shot|item|segment|scene|part)\b"#) || has(c, #"\b(?:each|every)\b"#) && has(c, bothKinds), Numbers.duration(in: c) != nil,
           !has(c, #"transition|fade|crossfade|dissolve|wipe|转场"#), !draft.visualSegments.isEmpty {
            ts = draft.visualSegments.indices.map { .index($0) }
        }
        // "each step 4 seconds" with step1_chop.mp4, step2_saute.mp4 …: every item whose file is named so, clips too.
        // ("each page 6 seconds" of a book with its cover and end is every picture of it.)
        if ts.isEmpty || ts == [.all], let m = Numbers.firstMatch(#"\b(?:each|every) ([a-z]{3,})\b"#, in: c), !isBookPageWord(m[1].lowercased(), context), Numbers.duration(in: c) != nil,
           !has(c, #"transition|fade|crossfade|dissolve|wipe|转场"#) {
            let named = draft.visualSegments.indices.filter { i in
                (draft.visualSegments[i].src.map { ($0 as NSString).lastPathComponent.lowercased() } ?? "").hasPrefix(m[1].lowercased())
            }
            if named.count > 1 { ts = named.map { .index($0) } }
        }
        // "Show the pictures and the clip in full": every picture and the clip, not "the clip" alone.
        if ts.count == 1, has(c, bothKinds), has(c, #"crop|in full|whole|fit|contain|cover|fill|letterbox"#),
           !has(c, #"\d|\.\w{2,4}\b|\b(?:first|second|third|last|other)\b"#) { ts = [.all] }
        // "show the photos in full": the pictures, not the clips ("the images" are every frame, clips too).
        if ts.isEmpty, !has(c, bothKinds), has(c, #"\b(?:the |my |these |those |all )?(?:photos|pictures|stills|pics)\b|照片|图片"#),
           has(c, #"crop|in full|whole|fit|contain|cover|fill|letterbox|zoom|pan|完整|裁剪"#) {
            let stills = stillIndexes(draft)
            if !stills.isEmpty, stills.count < draft.visualSegments.count { ts = stills.map { .index($0) } }
        }
        let target = ts.first
        let count = draft.visualSegments.count
        // "each picture same time", "all the photos equal length", "split the time evenly between the pictures": every
        // picture as long as the others (the length they share now; a new video's pictures share it already).
        if has(c, #"^(?:and |also |with |please )*(?:give |make |keep |show )?(?:each|every|all(?: the| of the)?|the) (?:pictures?|photos?|images?|pics?|stills?|slides?) (?:for |get |gets |with |on screen |shown |showing |is |are |be )?(?:the )?(?:same|equal|even)(?: (?:time|length|duration|amount of time))?(?: each)?[.!]?$|^(?:and )?(?:split|spread|divide)(?: the time)? (?:evenly|equally)(?: (?:between|across|over) (?:the |all the |all )?(?:pictures|photos|images|pics|stills|slides))?[.!]?$|^(?:and |also |with |please )*(?:an? )?(?:same|equal|even) (?:time|length|duration|amount of time|screen time) (?:for|per|on|to|with) (?:(?:each|every|all(?: the)?|the) )?(?:pictures?|photos?|images?|pics?|stills?|slides?|shots?)[.!]?$"#) {
            let stills = stillIndexes(draft)
            let lengths = stills.compactMap { draft.visualSegments[$0].duration }
            if !plan.operations.contains(where: \.isCompose), lengths.count == stills.count, Set(lengths).count > 1 {
                let each = lengths.reduce(0, +) / lengths.count
                for i in stills { plan.operations.append(.trim(.index(i), inMs: nil, durationMs: each)) }
            }
            plan.understood.append("give every picture the same length")
            return
        }
        // "… put karina.jpg at the start AND the end" while the video is made: the new video has it there (twice) already.
        if case .named(let file)? = target, ts.count == 1, plan.operations.contains(where: \.isCompose),
           draft.visualSegments.filter({ ($0.src.map { ($0 as NSString).lastPathComponent.lowercased() }) == file }).count > 1,
           has(c, #"\b(?:start|beginning|end|first|last)\b|最后|开头|最前"#) {
            plan.understood.append("place \(file) as the new video has it")
            return
        }
        func indexes(_ list: [SegmentTarget]) -> [Int] { Array(Set(list.flatMap { (try? draft.indexes($0)) ?? [] })).sorted() }
        // "now put them in order of the match minute", "sort the clips chronologically" (12min_…, 34min_…): the
        // numbers in the names are the order (the new video of this turn was put in that order already).
        let names = draft.visualSegments.map { ((($0.src ?? $0.displayName) as NSString).lastPathComponent as NSString).deletingPathExtension }
        if count > 1, !plan.operations.contains(where: \.isCompose), has(c, byNumbersInNames), names.allSatisfy({ has($0, #"\d"#) }) {
            let wanted = names.indices.sorted { names[$0].localizedStandardCompare(names[$1]) == .orderedAscending }
            var current = Array(names.indices)
            for (i, k) in wanted.enumerated() {
                guard let j = current.firstIndex(of: k), j != i else { continue }
                plan.operations.append(.move(.index(j), to: i))
                current.insert(current.remove(at: j), at: i)
            }
            plan.understood.append("order the clips by the numbers in their names")
            return
        }

        // "Add the room clip after the first photo" with lab_room.mp4 and pharaoh_room.mp4 uploaded: which one is asked (the
        // first uploaded was put in).
        let tied = plan.operations.contains(where: \.isCompose) ? [] : newMediaNamedFirst(c, context: context, draft: draft)
        // (Never "put the room clips at the end", "add both": the plural says each of them.)
        if tied.count > 1, has(c, #"\b(?:add|put|insert|include|place|use|stick|append|slot|pop|tack)\b"#),
           !has(c, #"\b(?:both|all|each|every|clips|photos|pictures|pics|videos|vids|images|shots|stills|ones|them|these|those)\b"#) {
            let names = tied.map { ($0 as NSString).lastPathComponent }
            plan.understood.append("add one of \(names.joined(separator: ", "))")
            plan.questions.append("Which one do you mean: \(names.dropLast().joined(separator: ", ")) or \(names.last ?? "")? Say its name, for example \"add \(names[0]) at the end\".")
            return
        }
        // "put the room clips at the end", "add both room clips at the start": each of them, in the order they came (one was put in).
        if tied.count > 1, has(c, #"\b(?:add|put|insert|include|place|append|tack)\b"#), has(c, #"\b(?:both|all|clips|photos|pictures|pics|videos|vids|images|shots|stills|ones)\b"#),
           !has(c, #"\b(?:after|before|between|position|index|instead|replace|swap|except|without|not|no|don'?t)\b"#) {
            let atStart = has(c, #"\b(?:at|to) the (?:very )?(?:start|beginning|front)\b|\bfirst\b"#)
            for (k, p) in tied.enumerated() { plan.operations.append(.insert(source: p, at: atStart ? k : nil)) }
            plan.understood.append("put \(tied.map { ($0 as NSString).lastPathComponent }.joined(separator: " and ")) on the timeline")
            return
        }
        // A session file that is not on the timeline yet: "add photo4 at the end", "put beach.jpg after the first one".
        // "insert a.jpg at index 1" with a.jpg on the timeline already: another copy there.
        let again = has(c, #"^insert\b|\b(?:add|insert|put) (?:another|a second|one more|an extra) (?:copy of )?"#) ? mediaNamed(c, context: context) : nil
        // (While the video is made, the files it leaves out were left out by these words: "order by place: Lisbon first … no drone footage".)
        if !plan.operations.contains(where: \.isCompose),
           // ("add grandma_hug at the end too", then "and the sunset one after that": the verb left out, the place said.)
           let source = newMedia(c, context: context, draft: draft) ?? again, has(c, #"\b(add|put|insert|include|place|use|stick|throw|append|show|slot|pop|tack|restore)\b|\b(?:keep|bring)\b(?=.*\bback\b)|^(?:no,? |wait,? |actually,? )*keep (?:the |my )?\S+(?: (?:one|photo|pic|clip|shot))?[.!]*$|\bdrop .+ in\b|加|添加|插入|放|^(?:(?:and|then|plus|also) )?(?:the |that |this )?[\w.-]+(?: [\w.-]+){0,3}? (?:after that|after it|after this|afterwards|next|at the (?:very )?end)(?: too| as well)?[.!]*$"#),
           !has(c, #"\b(instead of|in place of|replace|swap|except|without|but not|minus|leave out|skip|don'?t|dont|do not|never)\b|music|song|voice|narration|背景音乐|除了"#),
           // "(not the dog one tho)", "no drone footage": refused, not added.
           !(mention(source, in: c, context: context).map { has((c as NSString).substring(to: $0), #"\b(?:no|not)\b[^,.;]{0,20}$"#) } ?? false) {
            var at: Int?
            let after = Numbers.firstMatch(#"\b(after|before|following)\b (.+)$"#, in: c)
            if let m = Numbers.firstMatch(#"\b(?:at|to|into) index (\d+)\b"#, in: c), let n = Int(m[1]) { at = n }
            else if let m = Numbers.firstMatch(#"\bbetween (?:the )?(?:first|1st) (?:two|2)\b|\bbetween (?:clips? |photos? )?1 and 2\b"#, in: c), !m[0].isEmpty { at = 1 }
            // "between the first and second clip", "as the second item"
            else if let m = Numbers.firstMatch(#"\bbetween (?:the )?(\#(ordinalPattern)) (?:\#(anyNoun) )?(?:and|&) (?:the )?(\#(ordinalPattern))\b"#, in: c),
                    let a = ordinalValue(m[1]), let b = ordinalValue(m[2]), a >= 0 { at = min(a, b < 0 ? count - 1 : b) + 1 }
            else if let m = Numbers.firstMatch(#"\bas (?:the |a )?(\#(ordinalPattern)) (?:\#(anyNoun)|thing)\b"#, in: c), let v = ordinalValue(m[1]) { at = v < 0 ? nil : min(v, count) }
            else if let m = after, let k = (targets(m[2], draft: draft).first.flatMap({ indexes([$0]).first })
                        ?? (has(m[2], #"^(?:the |that )?(?:video|vid)\b"#) ? theClip(draft) : nil)) { at = m[1] == "before" ? k : k + 1 }
            else if has(c, #"\b(at the (?:very )?(start|beginning|front)|first|to the (?:very )?(start|beginning|front))\b|开头|最前"#) && !has(c, #"\bafter the first\b"#) { at = 0 }
            else if let m = Numbers.firstMatch(#"\b(after|before) (?:the )?(\#(ordinalPattern))(?: (?:one|clip|photo|picture|image|video|shot))?\b"#, in: c), let v = ordinalValue(m[2]) {
                let k = v < 0 ? count - 1 : v
                at = m[1] == "after" ? k + 1 : k
            } else if let t = ts.first, has(c, #"\b(after|before)\b"#), let k = indexes([t]).first {
                at = has(c, #"\bafter\b"#) ? k + 1 : k
            } else if let m = Numbers.firstMatch(#"\b(?:at |to )?position (\d+)\b"#, in: c), let n = Int(m[1]) {
                // "Insert img_02.jpg at position 1 (0-based)": counted as the writer says; "at position 0" is counted from 0.
                at = n == 0 || has(c, #"\b(?:0|zero)[- ]?(?:based|indexed)\b"#) ? n : n - 1
            }
            // "put souvlaki back", "keep shot3" (just taken out): back where it was among the files as they came.
            if at == nil, has(c, #"\bback\b|\bkeep\b|\brestore\b"#) { at = placeAsUploaded(source, media: context.media, draft: draft) }
            plan.operations.append(.insert(source: source, at: at))
            plan.understood.append("put \((source as NSString).lastPathComponent) on the timeline")
            // "add beach.jpg to the end for 2 seconds"
            if let m = Numbers.firstMatch(#"\bfor (\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))\b"#, in: c), let ms = Numbers.duration(in: m[1]) {
                plan.operations.append(.trim(.index(min(max(0, at ?? count), count)), inMs: nil, durationMs: ms))
            }
            return
        }
        // "add the other photos too", "add the remaining clips at the end": the session's files of that kind not on the timeline yet.
        if has(c, #"\b(?:add|put|include|use|throw|stick|append|insert)\b"#),
           let m = Numbers.firstMatch(#"\b(?:the )?(?:other|remaining|new|unused|leftover|missing|rest of the) (photos|pictures|pics|images|stills|clips|videos|vids|files|ones)\b|\bthe rest(?: of them)?\b"#, in: c),
           !has(c, #"\b(?:instead of|replace|except|without|don'?t|dont|do not)\b|music|song"#) {
            let onTimeline = Set(draft.visualSegments.compactMap(\.src))
            let kind = m[1]
            let missing = context.media.filter { p in
                !isAudio(p) && !onTimeline.contains(p)
                    && (has(kind, "photo|picture|pic|image|still") ? EditOperation.looksLikeStill(p) : has(kind, "clip|video|vid") ? !EditOperation.looksLikeStill(p) : true)
            }
            if !missing.isEmpty {
                let atStart = has(c, #"\b(?:at|to) the (?:very )?(?:start|beginning|front)\b|\bfirst\b"#)
                for (k, p) in missing.enumerated() { plan.operations.append(.insert(source: p, at: atStart ? k : nil)) }
                plan.understood.append("put \(missing.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")) on the timeline")
                return
            }
        }
        // "use the beach one instead of the first picture"; "swap in live_clip.mp4 for b.mp4", "sub live.mp4 in for the
        // second clip" (it replaced b.mp4 with itself).
        // "put the croissant pic in place of c.png", "place the new logo instead of the old one": the same.
        if let m = Numbers.firstMatch(#"\b(?:use|(?:swap|sub|switch|put|bring|drop|slot) in) (.+?) (?:instead of|in place of|for|in for) (.+)$|\b(?:swap|sub|switch|put|bring|drop|slot) (.+?) in (?:for|instead of|in place of) (.+)$|\b(?:put|place|stick|pop|show|have) (.+?) (?:instead of|in place of) (.+)$"#, in: c),
           let source = mediaNamed(m[1] + m[3] + m[5], context: context),
           let t = targets(m[2] + m[4] + m[6], draft: draft).first {
            plan.operations.append(.replace(t, source: source))
            plan.understood.append("replace \(describe(t)) with \((source as NSString).lastPathComponent)")
            return
        }
        // "remove the copy", "delete the duplicate": the copy added last (the one item more than before it was added),
        // never the original; with no copy on the timeline it asks.
        if has(c, #"^(?:(?:please|now|ok|okay|and|actually|no)[,]? )*(?:remove|delete|drop|take out|get rid of|lose|cut|ditch) (?:the|that|this) (?:(?:extra|new|second|added|last) )?(?:copy|duplicate|dupe|repeat|repeated one|extra one)(?: (?:again|please|pls|of it))*[.!]*$"#) {
            if let k = addedCopy(draft, history: context.history) {
                plan.operations.append(.remove(.index(k)))
                plan.understood.append("remove the copy, \(describe(.index(k)))")
            } else {
                plan.questions.append("There is no copy of a clip on the timeline (the order is \(listedOrder(draft))). Say which one to remove, for example \"remove clip 2\".")
                plan.understood.append("ask which copy")
            }
            return
        }
        // "add c.png and a.jpg again at the end", "show the first and last photo again at the start": a copy of each, in
        // the order said, at that end (one said alone is the rule below; a place between others is never guessed).
        if copy == nil, ts.count >= 2, ts.count <= 4, !ts.contains(.all),
           has(c, #"\b(?:too|as well|again|also|another time|one more time)\b"#), has(c, #"\b(?:put|add|show|use|place|repeat|include|stick|have)\b"#),
           !has(c, #"\b(?:between|after|before|instead|for \d|\d+ ?(?:s|secs?|seconds?)\b)|\bmove\b"#),
           let place = Numbers.firstMatch(#"\b(?:at|to) the (?:very )?(end|back|start|beginning|front)\b"#, in: c) {
            let originals = ts.compactMap { indexes([$0]).first }
            if originals.count == ts.count, Set(originals).count == originals.count {
                let toEnd = has(place[1], #"end|back"#)
                // Where each item is as the copies go in (a copy is a negative mark).
                var order = Array(draft.visualSegments.indices)
                for (n, k) in originals.enumerated() {
                    guard let at = order.firstIndex(of: k) else { continue }
                    plan.operations.append(.duplicate(.index(at)))
                    order.insert(-1 - n, at: at + 1)
                    let dest = toEnd ? order.count - 1 : n
                    plan.operations.append(.move(.index(at + 1), to: dest))
                    order.remove(at: at + 1)
                    order.insert(-1 - n, at: dest)
                }
                plan.understood.append("show \(ts.map(describe).joined(separator: " and ")) again at the \(toEnd ? "end" : "start")")
                return
            }
        }
        // "put a.jpg at the end too", "show c.png again at the start": a copy, not a move.
        if copy == nil, let t = target, ts.count == 1, has(c, #"\b(too|as well|again|also|another time|a second time|one more time|another copy|a copy)\b|也|再"#),
           has(c, #"\b(put|add|show|use|place|repeat|have|include|stick)\b|\b(?:play|appear|appears|come back|comes back|return|returns|be|show up)\b.*\b(?:at|to) the (?:very )?(?:end|start|beginning)\b|放|加"#), let i = indexes([t]).first {
            plan.operations.append(.duplicate(.index(i)))
            placeCopy(of: i, c, count: count, &plan)
            plan.understood.append("show \(describe(t)) again")
            speedOfCopy(c, draft: draft, &plan)
            return
        }
        // "put c.png between a and b", "move the last photo between the first and second": the two it goes
        // between are side by side once it is out; when they are not, it asks (never a guess at which side).
        // (The one moved is said before "between": "put the video between the two photos" is the one clip.)
        if copy == nil, let cut = c.range(of: " between "), !ts.isEmpty,
           let t = targets(String(c[..<cut.lowerBound]), draft: draft).first
            ?? (has(String(c[..<cut.lowerBound]), #"\b(?:the|that|this) (?:video|vid|clip)\b"#) ? theClip(draft).map { .index($0) } : nil),
           t != .all, let i = indexes([t]).first,
           has(c, #"\b(?:put|place|move|stick|slot|slide|bring|have|squeeze|shift)\b|\b(?:go|goes|belongs?|should be|come|comes)\b.*\bbetween\b"#),
           !has(c, #"\b(?:transitions?|crossfades?|dissolves?|wipes?|fades?|gaps?|pauses?|black|titles?|captions?|texts?|music|song)\b"#),
           let (a, b) = betweenAnchors(c, excluding: i, draft: draft) {
            var order = Array(draft.visualSegments.indices)
            order.removeAll { $0 == i }
            if let pa = order.firstIndex(of: a), let pb = order.firstIndex(of: b), abs(pa - pb) == 1 {
                let to = max(pa, pb)
                if to != i { plan.operations.append(.move(.index(i), to: to)) }
                plan.understood.append(to == i ? "\(describe(t)) is already between \(describe(.index(a))) and \(describe(.index(b)))" : "move \(describe(t)) to position \(to + 1), between \(describe(.index(a))) and \(describe(.index(b)))")
            } else {
                func file(_ k: Int) -> String { ((draft.visualSegments[k].src ?? draft.visualSegments[k].displayName) as NSString).lastPathComponent }
                plan.questions.append("\(file(a)) and \(file(b)) are not next to each other (the order is \(listedOrder(draft))). Say where, for example \"put \(file(i)) after \(file(a))\".")
                plan.understood.append("ask where between")
            }
            return
        }
        if let t = target, t != .all, clipEnds(c, ts, draft: draft, &plan) { return }
        // "only keep the first 2 seconds of the clip": how long it plays, from where it starts (a lone clip: that one).
        let lone: SegmentTarget? = draft.visualSegments.count == 1 && !draft.visualSegments[0].isPicture ? .index(0) : nil
        if let t = target ?? lone, t != .all, (ts.isEmpty ? [0] : indexes(ts)).allSatisfy({ !draft.visualSegments[$0].isPicture }),
           let m = Numbers.firstMatch(#"\b(?:(?:keep|use|show|play)(?: only| just)?|only|just) (?:the )?first (\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?))\b"#, in: c),
           let ms = Numbers.duration(in: m[1]) {
            for t in ts.isEmpty ? [t] : ts { plan.operations.append(.trim(t, inMs: nil, durationMs: ms)) }
            plan.understood.append("play the first \(seconds(ms)) s of \((ts.isEmpty ? [t] : ts).map(describe).joined(separator: ", "))")
            return
        }
        // "skip the 1st second of b.mp4", "cut the first 2 seconds of clip 2", "clip the first 10 secs off clip1": where the clip starts.
        if let t = target, t != .all, let m = Numbers.firstMatch(#"\b(?:skip|cut|trim|chop|lose|drop|remove|cut off|trim off|clip|shave|snip|take|knock)(?: off)? (?:the )?(?:first|1st|opening) (?:(\#(Numbers.amount))[- ]?)?(ms|milliseconds?|s|secs?|seconds?)\b|\b(?:cut|trim|chopp?ed|cropped)(?: off)? (?:at|from|in) the (?:beginning|start|front)\b\D{0,20}?(\#(Numbers.amount))[- ]?(?:s|secs?|seconds?)\b"#, in: c) {
            // ("trim the first 1000 ms from segment 2": in milliseconds; it was trimmed to 1 s long.)
            let said = m[1] + m[3]
            let ms = said.isEmpty ? 1000 : (Numbers.duration(in: said + (m[2].hasPrefix("m") ? " ms" : " s")) ?? 1000)
            for t in ts { plan.operations.append(.trim(t, inMs: ms, durationMs: headCut(t, ms, draft: draft))) }
            plan.understood.append("start \(ts.map(describe).joined(separator: ", ")) \(seconds(ms)) s in")
            return
        }
        // "the last picture should come first", "could c.png go last"
        // "the third image should open the slideshow", "c.png closes the video", "the video should end with a.jpg",
        // "end with b.mp4": first or last.
        let sequence = #"(?:the |this |my )?(?:video|slideshow|reel|film|movie|montage|show|sequence|edit|whole thing)"#
        // ("end with b.mp4" said alone; "Open with drone.mp4 starting 2 seconds in, …, then the photos" is the order of a new video.)
        let composed = plan.operations.contains(where: \.isCompose)
        if let t = target, ts.count == 1, let m = Numbers.firstMatch(#"\b(?:come|comes|go|goes|be|appear|appears|show up|shows up)\s+(first|last|at the (?:very )?(?:start|beginning|end))\b|\b(open|opens|start|starts|begin|begins|kick off|kicks off|lead|leads|close|closes|end|ends|finish|finishes) \#(sequence)\b(?! (?:clip|part|bit|footage|\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?) in)\b)|^(?:(?:and|so|but|also|now|then|ok|okay|please|pls),? )*(?:\#(sequence) (?:should |must |needs to |has to |will |can )?\#(composed ? ")" : ")?")(start|starts|begin|begins|open|opens|kick off|kicks off|end|ends|finish|finishes|close|closes)(?: it| things)? (?:with|on)\b(?! (?:me|us|him|her|them|someone|somebody)\b)"#, in: c) {
            // ("the video should start with the photo c.png": the file named, first.)
            let to = has(m[1] + m[2] + m[3], "first|start|beginning|open|begin|kick|lead") ? 0 : count - 1
            plan.operations.append(.move(t, to: to))
            plan.understood.append("move \(describe(t)) to position \(to + 1)")
            return
        }
        // "swap the second clip for photo2", "switch a.jpg with beach": another file in its place.
        if let m = Numbers.firstMatch(#"\b(?:swap|switch|replace|exchange|change)\s+(.+?)\s+(?:for|with|to)\s+(.+)$"#, in: c),
           let source = mediaNamed(m[2], context: context),
           // "replace the video with shot_04.jpg": the one clip.
           let t = targets(m[1], draft: draft).first ?? (has(m[1], #"^(?:out )?(?:the |that )?(?:video|vid)$"#) ? theClip(draft).map { .index($0) } : nil), t != .all {
            plan.operations.append(.replace(t, source: source))
            plan.understood.append("replace \(describe(t)) with \((source as NSString).lastPathComponent)")
            return
        }
        // "clip clutch_ace from 1:23 to 1:41", "funny_fail clip only, 0:30 to 0:45": the part of a clip that plays.
        if let r = clipRange(c, draft: draft) {
            for t in r.targets { plan.operations.append(.trim(t, inMs: r.inMs, durationMs: r.durationMs)) }
            plan.understood.append("play \(r.targets.map(describe).joined(separator: ", ")) from \(seconds(r.inMs)) s for \(seconds(r.durationMs)) s")
            return
        }
        // "start clip 2 2 seconds in", "start b.mp4 at 1.5 s in", "begin the second clip from 0:03"
        // "The second item should begin two seconds into the footage", "trim b.mp4 to start 500 ms into its source"
        // ("Start it at 1:12 into the file" with one clip on the timeline: that clip.)
        let startsIn = Numbers.firstMatch(#"\b(?:start|begin|play)(?:s|ing)?\b.*?\b(?:at |from )?(\#(Numbers.amount)[- ]?(?:ms|milliseconds?|s|secs?|seconds?))(?: in(?:to (?:it|the clip|(?:its|the) (?:source|footage|clip|file|video|original|recording)))?\b)"#, in: c)
        // ("boss kill clip, start at 0:12": the one clip, from there.)
        let loneStart = startsIn == nil && has(c, #"^(?:and |then )?(?:start|begin)(?:s|ing)?(?: (?:it|the clip|the video|the footage|the [\w-]{1,20} clip))? (?:at|from) (?:the )?\d"#)
        if let t = target ?? (startsIn != nil || loneStart ? lone : nil), t != .all, let m = startsIn
            ?? Numbers.firstMatch(#"\b(?:start|begin|play)(?:s|ing)?\b.*?\b(?:at|from) (?:the )?(\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?))(?: mark)?\b"#, in: c),
           let ms = Numbers.duration(in: m[1]), !has(c, #"title|caption|music|song|\btext\b"#) {
            // "trim b.mp4 to 2 seconds starting at 0:01", "play it from 2s to 5s": how long, too.
            var length: Int?
            if let r = Numbers.firstMatch(#"\bfrom (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)? (?:to|until|till|-) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"#, in: c),
               let a = Double(r[1]), let b = Double(r[2]), b > a {
                length = Int(((b - a) * 1000).rounded())
            } else if let r = Numbers.firstMatch(#"\b(?:to|for|lasting|keep) (?:only |just )?(\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?))(?: long)?\b(?! in\b)"#, in: c) {
                length = Numbers.duration(in: r[1])
            }
            let started = ts.isEmpty ? [t] : ts
            for t in started { plan.operations.append(.trim(t, inMs: ms, durationMs: length)) }
            plan.understood.append("start \(started.map(describe).joined(separator: ", ")) \(seconds(ms)) s in" + (length.map { ", \(seconds($0)) s long" } ?? ""))
            return
        }
        let listed = draft.visualSegments.enumerated().map { "\($0.offset + 1). \($0.element.displayName)" }.joined(separator: ", ")
        // "drop the video clip, photos only", "just the pictures please", "use only the photos", "keep the pictures only":
        // the pictures alone (the clips out, or already out). Never on a video of clips only: that would empty it.
        if has(c, #"^(?:(?:so|and|then|ok|okay)[,]? )?(?:(?:i|we) (?:want|need|'d like|would like|only want)(?: to (?:use|keep|show|have))? )?(?:(?:please )?(?:use|keep|show|have|leave) )?(?:(?:only|just) (?:the |my |all the )?(?:still )?(?:photos|photographs|pictures|pics|images|stills)|(?<=only want )(?:the |my |all the )?(?:still )?(?:photos|photographs|pictures|pics|images|stills)|(?:the |my |all the )?(?:still )?(?:photos|photographs|pictures|pics|images|stills) only|(?:no|without (?:the |any )?)(?: more)? (?:video clips|videos|vids|footage|moving clips))(?: please| pls| now| from now on)?[.!]?$"#) {
            let stills = stillIndexes(draft), clips = draft.visualSegments.indices.filter { !stills.contains($0) }
            if !stills.isEmpty {
                for i in clips.reversed() { plan.operations.append(.remove(.index(i))) }
                plan.understood.append("keep only the pictures")
                return
            }
        }
        // "remove the photo" with pictures and clips on the timeline: the one picture there is, or a question naming the
        // pictures (it was not understood). ("remove the clip" is any clip: asked below.)
        if count > 1, let m = Numbers.firstMatch(#"^(?:please )?(?:remove|delete|drop|cut out|get rid of|take out|lose|ditch) (?:the|this|that) (?:(photo|picture|pic|image|still)|(video clip|video|vid|footage))[.!]?$"#, in: c) {
            let stills = stillIndexes(draft)
            let kind = m[1].isEmpty ? draft.visualSegments.indices.filter { !stills.contains($0) } : stills
            if kind.count == 1, !m[1].isEmpty {
                plan.operations.append(.remove(.index(kind[0])))
                plan.understood.append("remove \(describe(.index(kind[0])))")
                return
            }
            // "remove the video" beside pictures: "the video" may be all of it, which is never removed; the one video clip is
            // named and asked about (it was not understood). "remove the video clip" removes it.
            if kind.count == 1, m[1].isEmpty, !stills.isEmpty, !has(m[2], #"\bclip\b"#) {
                plan.questions.append("Do you mean the video clip, clip \(kind[0] + 1) (\(draft.visualSegments[kind[0]].displayName))? To take it out, say, for example, \"remove clip \(kind[0] + 1)\"; the whole video cannot be removed. Nothing was changed.")
                plan.understood.append("ask whether the video clip is meant")
                return
            }
            if kind.count > 1 {
                let names = kind.map { "\($0 + 1). \(draft.visualSegments[$0].displayName)" }.joined(separator: ", ")
                let noun = m[1].isEmpty ? "video clips" : "pictures"
                plan.questions.append("Which one? The timeline has \(kind.count) \(noun): \(names). Say, for example, \"remove clip \(kind[kind.count - 1] + 1)\". Nothing was changed.")
                plan.understood.append("ask which one to remove")
                return
            }
        }
        if target != nil, count > 1, has(c, #"^(?:remove|delete|drop|cut out|get rid of|take out|lose) (?:the |this |that )?(?:clip|video|photo|picture|one|shot)[.!]?$"#) {
            plan.questions.append("Which one? The timeline has \(count): \(listed). Say, for example, \"remove clip 2\".")
            plan.awaitsClip = "remove"
            plan.understood.append("ask which one to remove")
            return
        }
        // "remove the blurry one", "delete the bad photo": a look Reel cannot see; it asks which (the next
        // words, "it's mia_3", answer it).
        if target == nil, count > 1, let m = Numbers.firstMatch(#"^(?:please )?(?:remove|delete|drop|cut out|get rid of|take out|lose|ditch) (?:the|that|this) ((?:[a-z'-]+ ){1,2})(?:one|photo|pic|picture|clip|video|shot|image)[.!]?$"#, in: c),
           !has(m[1], #"\b(?:music|song|audio|sound|title|text|caption|other|\#(ordinalPattern))\b"#) {
            plan.questions.append(whichLooking(m[1].trimmingCharacters(in: .whitespaces), listed: listed, count: count, example: "remove clip 2"))
            plan.awaitsClip = "remove"
            plan.understood.append("ask which one to remove")
            return
        }
        // "cut the 2nd clip, it's mid": "cut" with no length, place or amount is cutting it out.
        let cutAway = has(c, #"^cut (?:the |that |this )?\S"#) && Numbers.duration(in: c) == nil
            && !has(c, #"\b(?:to|by|down|short|shorter|half|off|from|at|between|first (?:second|few|\d)|last \d|beginning|start|end|together|into|up)\b|%"#)
            && !plan.operations.contains(where: { if case .compose = $0 { true } else { false } })
        // ("2nd clip out", "b.mp4 out pls": a clip said, then "out"; never "the footage is washed out", "the clip is blown out",
        // what it looks like. "slow-mo on b.mp4, that's where i hit the drop",
        // "the beat drop": a drop said as a thing, never a clip dropped.)
        if let t = target, cutAway || has(c, #"\b(remove|delete|(?<!\b(?:the|a|that|this|big|huge|beat|bass|steep|first|last|next) )drop(?!s? (?:hits?|is|was|kicks? in|comes?|starts?|happens?)\b)|cut out|get rid of|take out|take off|take away|lose|skip)\b|\btake (?:\w+ ){1,3}(?:out|off|away)\b|^(?!.*\b(?:washed|burn(?:ed|t)|blown|bleached|faded|zoomed|spaced|blacked|gr[ae]yed|whited|maxed|stretched|squished|stands?|standing|sticks?|sticking|freaked|stressed|worn|tired) out\b)(?:and |also |then |now )?(?:the )?(?:[\w.#-]+ ){1,3}out(?: (?:please|pls|plz))?[.!]?$|删除|删掉|去掉|不要(?!\s*(?:裁|剪裁|crop|拉伸|变形|动|缩放))"#),
           !has(c, #"music|song|title|caption|transition|\btext\b|end card|sound|audio|noise|colou?r|filter|look|effect|zoom|motion|fade|logo|watermark|\b\d+(?:\.\d+)? ?(?:s|secs?|seconds?)\b|\b(?:first|last|final|opening|closing) (?:few )?(?:second|sec|moment|bit|part|frame)s?\b|音乐|歌|标题|字幕|转场|文字|片尾|声音|原声|音频|噪音|杂音|颜色|色调|滤镜|特效|效果|缩放|放大|缩小|淡入|淡出|水印|\d+(?:\.\d+)?\s*秒"#),
           !removesPartOfAClip(c, draft: draft),
           // ("networking.jpg in that order (skip sponsor_wall.png)" while the video is made: the file skipped was left out of
           // it; the one named before it was removed.)
           !(plan.operations.contains(where: \.isCompose) && has(c, #"\bskip(?:ping)?\b"#) && !has(c, #"\b(?:remove|delete|drop|cut out|get rid of|take out)\b"#)) {
            if ts.count == 1 {
                plan.operations.append(.remove(t))
            } else {
                for i in indexes(ts).reversed() { plan.operations.append(.remove(.index(i))) }
            }
            plan.understood.append("remove \(ts.map(describe).joined(separator: " and "))")
        } else if ts.count >= 2, has(c, #"\b(swap|switch|exchange|trade)\b|交换|调换|互换"#) {
            let idx = indexes(Array(ts.prefix(2)))
            guard idx.count == 2 else { return }
            let (i, j) = (idx[0], idx[1])
            plan.operations.append(.move(.index(j), to: i))
            if j > i + 1 { plan.operations.append(.move(.index(i + 1), to: j)) }
            plan.understood.append("swap clip \(i + 1) and clip \(j + 1)")
        } else if count > 1, has(c, #"\b(?:sort|order|arrange|put|rearrange|reorder)\b(?: (?:them|it|everything|the (?:clips|photos|pictures|files|items|slides|shots)))?(?: all)? (?:by (?:their )?(?:file ?-?)?names?|alphabetically|in (?:alphabetical|file ?-?name|name) order|(?:from )?a[- ]to[- ]z)\b"#),
                  !has(c, #"\b(?:reverse|backwards?|z[- ]to[- ]a|descending)\b"#) {
            // "actually sort them all by file name", "put them in alphabetical order": every clip, by its file's name.
            var now = draft.visualSegments.map { (($0.src ?? $0.displayName) as NSString).lastPathComponent }
            let sorted = now.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
            for (k, name) in sorted.enumerated() {
                guard let i = now[k...].firstIndex(of: name), i != k else { continue }
                plan.operations.append(.move(.index(i), to: k))
                now.remove(at: i)
                now.insert(name, at: k)
            }
            plan.understood.append(plan.operations.isEmpty ? "the clips are in file-name order already" : "sort the clips by file name")
        } else if has(c, #"\breverse\b.*\b(order|sequence|clips|photos|pictures|timeline)\b|backwards? order|\b(?:flip|turn|swap) (?:the )?order(?: around)?\b|\border (?:around|backwards|reversed)\b|\breverse (?:it|them|everything)\b|\bin reverse\b|倒序|反转顺序|顺序反过来"#), count > 1 {
            for i in 0..<(count - 1) { plan.operations.append(.move(.last, to: i)) }
            plan.understood.append("reverse the order")
        } else if let t = target, t != .all, let m = Numbers.firstMatch(#"\b(twice|two times|2 times|2x|three times|3 times|3x|half) as long\b"#, in: c),
                  let i = indexes([t]).first, let d = draft.visualSegments[i].duration {
            // "make just that one twice as long": that clip's own length, not a copy of it.
            let f: Double = ["half": 0.5, "three times": 3, "3 times": 3, "3x": 3][m[1]] ?? 2
            plan.operations.append(.trim(t, inMs: nil, durationMs: Int(Double(d) * f)))
            plan.understood.append("make \(describe(t)) \(seconds(Int(Double(d) * f))) s long")
        } else if copy == nil, let t = target, has(c, #"\b(duplicate|repeat|copy|twice|two times)\b|\b(?:play|show|run)\b.* 2 times\b(?! (?:as|longer|shorter|faster|slower|louder|bigger|the)\b)|复制|重复|两次"#),
                  !has(c, #"\b(faster|speed|fast|slow)\b"#) || has(c, #"\b(?:the )?(?:second|2nd|other) (?:time|one|copy|showing)\b|\bthe (?:copy|repeat|replay)\b"#) {
            // "dupe the clip, I want it twice": the reason for the copy just made, not a second copy.
            if has(c, #"^(?:(?:i|we) (?:want|need|would like|'d like) (?:[\w.()]+ ){1,4}?(?:to (?:be )?(?:shown |played |seen )?)?|(?:so )?(?:it|that|[\w.()]+ [\w.()]+) (?:shows|plays|appears|is shown|comes) (?:up )?)(?:twice|two times)\b"#),
               plan.operations.contains(where: { if case .duplicate = $0 { true } else { false } }) {
                plan.understood.append("\(describe(t)) twice")
                return
            }
            // "Insert a copy of a.jpg after c.png", "duplicate the first photo and put it before the last one": the copy
            // beside the other one named (it stayed beside its original).
            if ts.count == 2, let w = Numbers.firstMatch(#"^(.*)\b(after|before|behind|following|in front of|right after|just after|right before|just before)\b(.+)$"#, in: c),
               case let anchors = targets(w[3], draft: draft), anchors.count == 1, let j = indexes(anchors).first,
               let copied = ts.first(where: { $0 != anchors[0] }), let i = indexes([copied]).first, i != j {
                plan.operations.append(.duplicate(copied))
                plan.operations.append(.move(.index(i + 1), to: has(w[2], #"before|in front of"#) ? j : j + 1))
                plan.understood.append("put a copy of \(describe(copied)) \(has(w[2], #"before|in front of"#) ? "before" : "after") \(describe(anchors[0]))")
                return
            }
            plan.operations.append(.duplicate(t))
            // "把 a.jpg 复制一份放到最后", "copy the first photo to the end": where the copy goes.
            if ts.count == 1, let i = indexes([t]).first { placeCopy(of: i, c, count: count, &plan) }
            plan.understood.append("duplicate \(describe(t))")
            speedOfCopy(c, draft: draft, &plan)
        } else if let t = target, ts.count == 1, let m = Numbers.firstMatch(#"^(?:(?:i|we) (?:want|need|would like|'d like) |put |place |make |have )?(?:the )?\S+(?: (?!(?:goes|should|comes|go|be|as|is|will|gets|ends)\b)[a-z]{2,})?(?: (?:clip|photo|picture|pic|video|one|shot))? (?:goes |should be |comes |go |be |as |is |will be |gets to be |ends up )?(?:the )?(first|second|third|fourth|fifth|last)(?: one)?(?: (?:obvs|obviously|please|pls|plz|then|instead|of course|too))*[.!]?$"#, in: c), let v = ordinalValue(m[1]),
                  // (Not "The third one" alone, naming the clip a later clause changes: no move where it is.)
                  !has(c, #"^(?:the )?(?:\#(ordinalPattern))(?: (?:one|clip|photo|picture|pic|video|shot|image))?[.!]?$"#) {
            let to = v < 0 ? count - 1 : min(v, count - 1)
            plan.operations.append(.move(t, to: to))
            plan.understood.append("move \(describe(t)) to position \(to + 1)")
        // "Place the second item at the end of the sequence"; not "put the author's name on the first
        // picture" (a text put on a picture), nor "first picture" as the place.
        // "Put photo with grandparents (babcia_i_dziadek.jpg) on the beginning": "on"/"in"/"to" the beginning too.
        // ("could it move at half speed", "the pictures move too fast": how it moves is its speed, never its place.)
        } else if let t = target, has(c, #"\bmove\b(?! (?:at (?:half|double|twice|normal|full|\d|a (?:slower|faster|gentler|calmer|quicker))|(?:more |a (?:bit|little|touch) |too |so |way |much )*(?:slow|slower|slowly|fast|faster|quick|quicker|quickly|gently|calmly|smoothly)\b|in slow[- ]?mo))|\b(?:bring|shift) (?!.*\b(?:up|down|back)\b).*\b(?:to|at) the (?:very )?(?:start|end|beginning|front)\b|\b(?:put|place)\b(?!.*\bon (?:the |that |this )?(?:\#(ordinalPattern) )?\#(anyNoun)\b).* (?:(?:first|last)\b(?! \#(anyNoun)s?\b)|(?:at|on|in|to) the (?:very )?(?:start|end|beginning))|移到|放到|挪到"#)
                    || (has(c, #"^(?:please )?(?:put|place)\b"#) && has(c, Self.ordinalPlace))
                    // "put slide 3 before slide 1": one picture placed by another.
                    || ((ts.count == 2 || (ts.count == 1 && placedBy(c, ts[0], draft: draft) != nil)) && has(c, #"^(?:please )?(?:put|place|stick|have)\b.*\b(?:before|after)\b"#))
                    // "use b.mp4 as the hook": it opens the video.
                    || (ts.count == 1 && has(c, #"^(?:use|have|make) .+ (?:as )?(?:the |my |our )?(?:hook|opener|opening shot|cold open)$"#)) {
            var to = count - 1
            let me = indexes([t]).first ?? 0
            // The clip it goes after or before: "after clip 3", "before the second one", "after the third".
            var anchor: Int?
            // ("move kitchen.jpg so it comes right after living.jpg": "it" is the one moved, never its own anchor.)
            if ts.count >= 2, let other = ts.dropFirst().first(where: { $0 != t && indexes([$0]).first != me }) { anchor = indexes([other]).first }
            else if let m = Numbers.firstMatch(#"\b(?:after|before) (?:the )?(\#(ordinalPattern))\b"#, in: c), let v = ordinalValue(m[1]) {
                anchor = v < 0 ? count - 1 : v
            } else if let m = Numbers.firstMatch(#"\b(?:after|before) (?:clip |photo |number |#)?(\d+)\b"#, in: c), let n = Int(m[1]) { anchor = n - 1 }
            // "move plating before the drizzle": the one it goes by, said in words of its own.
            else if let other = placedBy(c, t, draft: draft) { anchor = indexes([other]).first } else if has(c, #"\b(?:after|before) (?:the |that |this |my )?[a-z]"#), !has(c, #"\b(?:to|at|on|in) (?:the )?(?:very )?(?:start|beginning|front|end|back)\b|\b(?:first|last)\b|\bposition\b|\bindex\b|\bto (?:place |spot |slot |number |#)?\d"#) {
                // One it cannot find: never the end by default (it moved the clip the wrong way).
                return
            }
            var placeSaid = true
            if let m = Numbers.firstMatch(#"\b(?:to|at) index (\d+)\b"#, in: c), let n = Int(m[1]) {
                to = n
            } else if let m = Numbers.firstMatch(#"\bto (?:position |place |spot |slot |number |#)?(\d+)\b|\b(?:at|in|into) (?:position|place|spot|slot|number|#) ?(\d+)\b"#, in: c), let n = Int(m[1].isEmpty ? m[2] : m[1]) {
                // "move it to 2", "place a.jpg at position 3".
                to = n - 1
            } else if let m = Numbers.firstMatch(Self.ordinalPlace, in: c), let v = ordinalValue(m[1] + m[2]) {
                // "move clip 3 to the second position", "so that it comes second", "put it third".
                to = v < 0 ? count - 1 : v
            } else if let k = anchor, has(c, #"\b(after|before)\b"#) {
                to = has(c, #"\bafter\b"#) ? (k > me ? k : k + 1) : (k > me ? k - 1 : k)
            } else if has(blankingSpacedNames(c, files: draft.visualSegments.compactMap(\.src)), #"(?:to|at|on|in) the (?:very )?(start|beginning|front)|\bfirst\b(?! \#(anyNoun)s?\b)|\b(?:hook|opener|opening shot|cold open)$|开头|最前"#) {
                to = 0
            } else if !has(c, #"\b(?:end|ends|ending|back|last|bottom|finish|finale|final|outro|tail|closer|closing)\b|结尾|最后|末尾"#) {
                placeSaid = false
            }
            // "move the clip", "can you move b.mp4": no place said is a question (it went to the end).
            guard placeSaid else {
                plan.questions.append("Where should \(describe(t)) go? Say, for example, \"move \(describe(t)) to the start\", \"… to position 2\" or \"… to the end\". Nothing was changed.")
                plan.understood.append("ask where to move \(describe(t))")
                return
            }
            to = min(max(0, to), count - 1)
            plan.operations.append(.move(t, to: to))
            plan.understood.append("move \(describe(t)) to position \(to + 1)")
            // "put logo.png at the end for 3 secs", "put c.png first for 3 seconds": how long the picture put there shows.
            if let m = Numbers.firstMatch(#"(?:\b(?:at|to) the (?:very )?(?:end|start|beginning|front)(?: of (?:it|the video))?|\b(?:first|last)) for (?:about |around |just |only )?(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: long| each)?[.!]*$"#, in: c),
               let ms = Numbers.duration(in: m[1]), ms >= 500,
               // (A video clip only shorter: "move b.mp4 to the end, 2 sec" was moved and its 2 s dropped.)
               draft.visualSegments[me].isPicture || ms <= (draft.visualSegments[me].duration ?? 0) {
                plan.operations.append(.trim(t, inMs: nil, durationMs: ms))
                plan.understood.append("show \(describe(t)) for \(seconds(ms)) s")
            }
        } else if let t = target, let m = Numbers.firstMatch(#"(?:replace|swap|change) .* (?:with|for|to) ([\w\-. ]+\.\w+)|用\s*([\w\-.]+\.\w+)\s*(?=来?(?:替换|替代|代替|换掉|换))|换成\s*([\w\-.]+\.\w+)|\buse ([\w\-.]+\.\w+) (?:instead of|in place of|for)\b"#, in: c) {
            // "用b.jpg替换第一段", "第一段换成b.jpg"; not "用a.jpg和b.jpg做一个视频" (that is what a new video is made of).
            let source = [m[1], m[2], m[3], m[4]].first { !$0.isEmpty }!.trimmingCharacters(in: .whitespaces)
            plan.operations.append(.replace(t, source: source))
            plan.understood.append("replace \(describe(t)) with \(source)")
        } else if let t = target, ts.count == 1, let i = indexes([t]).first, draft.visualSegments[i].speed != 1,
                  let m = Numbers.firstMatch(#"^(?:make|set|change|put|try|do)\s+(?:it|that|clip \d+|the \w+ (?:clip|one|video))\s+(?:to |at )?(\d+(?:\.\d+)?)\s*(?:x|times)?(?: instead| then| speed)?[.!]?$"#, in: c),
                  let v = Double(m[1]), (0.25...4).contains(v) {
            // "speed up b.mp4 2x", then "nah make it 1.5": a bare number for a clip already sped up is its speed.
            plan.operations.append(.setSpeed(t, v))
            plan.understood.append("play \(describe(t)) at \(fmt(v))x")
        } else if let v = explicitSpeed(c) {
            setSpeeds(v, target: target, named: ts, c, draft: draft, &plan)
            plan.understood.append("play \(describe(target ?? .all)) at \(fmt(v))x")
        } else if let v = speedOutOfReach(c) {
            // "speed clip 2 up to 10x": a factor Reel cannot play is a question with the nearest it can (it was the plain 1.5x).
            let who = describe(target ?? .all), near = v > 4 ? "4x" : "0.25x"
            plan.questions.append("Reel plays a clip from 0.25x to 4x, so \(fmt(v))x is out of reach. Say, for example, \"play \(who) at \(near)\". Nothing was changed.")
            plan.understood.append("ask about a speed of \(fmt(v))x")
            return
        } else if target == nil, has(c, #"\btransitions?\b|\bcrossfades?\b|\bdissolves?\b|\bwipes?\b|\bfades?\b|转场"#),
                  has(c, #"\b(?:slow|slower|fast|faster|quick|quicker|snappier)\b"#),
                  // ("the transitions between every clip a slower 1 second crossfade": where the transitions are.)
                  !has(replacing(c, #"\b(?:between|from) (?:the |every |each |all (?:the |of the )?|my |our )?(?:clips?|videos?|photos?|pictures?|shots?)(?: (?:and|to) (?:the )?(?:next|clips?|photos?|shots?))?\b"#, ""), #"\b(?:clips?|videos?|footage|slow ?-?mo|slow motion|half speed|speed)\b|\bcrop|\bin full\b"#) {
            // "Could the transitions be softer and slower?": the transitions' pace, never the clips'.
            // ("slow crossfades between them, and don't crop my photos": the fit is still read.)
        } else if has(c, #"\b(?:fps|frame ?rate|framerate)\b"#), has(c, #"\bfor (?:the |my |our |any |those )?(?:slow ?-?mo|slo[- ]?mo|slow motion)\b"#) {
            // "Set the frame rate to 60 for the slow-mo parts": why the frame rate, not a speed change.
        } else if target == nil, ts.isEmpty, count > 1,
                  has(c, #"^(?:(?:please|pls|can you|could you|let'?s|maybe|just)\s+)*(?:(?:add|put|do|use|apply|throw in|put in|give it|try)\s+)?(?:some |a |a bit of |a little |a little bit of |the )?(?:slow ?-?mo|slo[- ]?mo|slow motion)(?: effect| part| bit)?(?: (?:please|pls|somewhere|in there|in it|to it|too|as well))*[.!?]*$"#) {
            // "add slow mo", "slow motion please": which clip is not said, and slowing every clip is a guess (it set
            // all 3 to 0.5x); asked ("slow mo the dunk", "slow motion on clip 2", "make everything slow motion" say it).
            plan.questions.append("Which clip should play in slow motion? The timeline has \(count): \(listed). Say, for example, \"slow motion on clip 2\" (or \"slow motion on all clips\").")
            plan.awaitsClip = "slow motion on"
            plan.understood.append("ask which clip to slow down")
        // ("so slower readers can finish it": people who are slower, never the clips.)
        } else if has(c, #"slow ?-?mo\b|\bslo[- ]?mo\b|slow motion|\bslower\b(?! (?:\d+(?:\.\d+)?[- ]?(?:s|secs?|seconds?) )?(?:fade|transition|crossfade|dissolve|wipe))(?! (?:readers?|viewers?|people|folks|watchers?|audiences?|learners?|kids|children|students|guests|seniors|members|ones|typists?|internet|connections?|phones?|computers?|devices?)\b)|half speed|slow (?:\w+ ){0,3}down|quarter speed|慢动作|慢放(?!大)|放慢|减速|慢一点"#) {
            // ("three-quarter speed", "3/4 speed": three quarters of it.)
            let factor = has(c, #"\b(?:three|3)[- ]quarters?\b|\b3/4\b"#) ? 0.75 : has(c, #"quarter"#) ? 0.25 : (has(c, #"\b(a bit|a little|slightly)\b|一点"#) ? 0.75 : 0.5)
            // "slower" of a clip already slowed (or sped up) is slower than it is now ("slow down b.mp4" then "more" was
            // 0.5x again); "half speed", "slow motion" are that speed whatever it was.
            let comparative = has(c, #"\bslower\b|slow (?:\w+ ){0,3}down|放慢|减速|慢一点"#) && !has(c, #"half speed|quarter|slow ?-?mo|slo[- ]?mo|slow motion|3/4"#)
            let base = comparative ? target.flatMap { (try? draft.indexes($0))?.first }.map { draft.visualSegments[$0].speed } ?? 1 : 1
            let speed = max(0.25, base * factor)
            setSpeeds(speed, target: target, named: ts, c, draft: draft, &plan)
            plan.understood.append("play \(describe(target ?? .all)) at \(fmt(speed))x")
        } else if ts.isEmpty, has(c, #"\bless slow\b|\bnot (?:so|as|that) slow\b"#),
                  case let slowed = draft.visualSegments.indices.filter({ draft.visualSegments[$0].speed < 1 }), !slowed.isEmpty {
            // "a bit less slow" after slow motion: the slowed clips, halfway back to their usual pace (0.5x becomes 0.75x).
            for i in slowed { setSpeeds((draft.visualSegments[i].speed + 1) / 2, target: .index(i), c, draft: draft, &plan) }
            plan.understood.append("play the slowed clips less slowly")
        } else if has(c, #"faster|speed (?:\w+ ){0,3}up|double speed|quicker|快进|加速|快一点|加快|倍速"#),
                  // ("make the photos flash faster, 1 second each": the pictures' pace, their length said; every clip was sped up.)
                  !(has(c, #"\b(?:photos?|pictures?|pics?|images?|slides?|stills?)\b"#) && !has(c, #"\b(?:clips?|videos?|vids?|footage)\b|\.(?:mp4|mov|m4v|webm)\b"#) && (target == nil || indexes([target!]).allSatisfy { draft.visualSegments[$0].isPicture })) {
            let base = target.flatMap { (try? draft.indexes($0))?.first }.map { draft.visualSegments[$0].speed } ?? 1
            let f = has(c, #"\b(much|a lot|way)\b|double"#) ? 2 : (has(c, #"\b(a bit|a little|slightly)\b|一点"#) ? 1.25 : 1.5)
            let v = min(4, base * f)
            setSpeeds(v, target: target, named: ts, c, draft: draft, &plan)
            plan.understood.append("speed up \(describe(target ?? .all))")
        } else if has(c, #"\b(?:faster|quicker|speed (?:\w+ ){0,3}up)\b"#), has(c, #"\b(?:photos?|pictures?|pics?|images?|slides?|stills?)\b"#),
                  case let stills = stillIndexes(draft), !stills.isEmpty {
            // "make the photos go faster": a picture has no speed; each is shown for less time (by a quarter, a bit: a tenth, as
            // "the photos could be shorter"), unless their length is said beside it ("…, 1 second each").
            if !plan.operations.contains(where: { if case .trim(_, nil, _?) = $0 { true } else { false } }), Numbers.duration(in: c) == nil {
                let f = has(c, #"\b(?:a bit|a little|slightly|a tad|a touch)\b"#) ? 0.9 : 0.75
                let said = target.map { indexes([$0]) }?.filter { stills.contains($0) } ?? []
                for i in said.isEmpty ? stills : said {
                    let now = draft.visualSegments[i].duration ?? Segment.defaultStillDuration
                    plan.operations.append(.trim(.index(i), inMs: nil, durationMs: max(500, Int((Double(now) * f / 100).rounded()) * 100)))
                }
            }
            plan.understood.append("show the pictures for less time")
        } else if has(c, #"don'?t crop|do not crop|no crop|uncropped|without cropping|show (the )?whole|fit (it|them|the|inside)|\bfit\b(?: \w+){0,3} (?:inside|within|into) (?:the )?(?:frame|screen|canvas|video)\b|letterbox|pillarbox|\bcontain\b|\bin full\b|\bwhole (?:photo|picture|image)s?\b|\bnothing cut off|\bno (?:image|photo|picture|pic|frame|shot|still)s? (?:is |are |gets? |should be |will be |must be )?(?:cropped|cut off)\b|\bfull frame\b|\bshow (?:them|it|everything|it all|them all|all of (?:them|it)|each(?: one| of them)?|every ?one(?: of them)?|(?:each|every|all the) (?:photo|picture|image|pic|slide|shot|clip|frame)s?|the (?:photos|pictures|images|pics|slides|shots|diagrams|charts|maps|screenshots)) (?:complete(?:ly)?|entire(?:ly)?|uncut|whole|uncropped)\b|\b(?:whole|complete|in full|uncropped|full) (?:instead of|rather than|not) (?:being )?(?:cropped|cut off)\b|\bsee (?:the )?(?:whole|full|entire) |别裁|不裁|不要裁|别切|不要切|不要裁剪|完整显示|完整"#)
                    // "ensure they are not cropped", "make sure the photos aren't cropped", "nothing should be cut off",
                    // "his ears keep getting cut off" (a picture's edges, not a clip ending early), "I don't want his ears cut off".
                    || (has(c, #"\b(?:(?:is|are|be|get|gets)(?:n'?t| not)(?: being)?|not(?: be)?|never(?: be)?|no part (?:is |gets |should be )?|nothing (?:is |gets |should be |will be |must be )?) (?:cropped|cut off)\b|\b(?:getting|gets|keeps? getting|being|are|is) cut off(?! (?:early|too soon|at the end|before|abruptly))|\b(?:don'?t|do not|dont|never) want (?:his|her|their|its|the|my|our|any(?:one'?s)?|them|it|anything)(?: [\w']+){0,2}? (?:to be |to get |getting |being )?(?:cut off|cropped(?: off| out)?|chopped off)\b|\b(?:don'?t|do not|dont|never|stop) (?:cut(?:ting)?|crop(?:ping)?|chop(?:ping)?) (?:off )?(?:his|her|their|its|the|my|our|any(?:one'?s)?|[a-z]+'s) (?:\w+ )?(?:heads?|ears?|faces?|feet|arms?|legs?|hands?|hair|tops?|sides?|edges?|tails?|paws?)\b"#)
                        && !has(c, #"music|song|audio|sound|voice|\bend(?:ing)?\b|finish|too (?:early|soon)"#)) {
            // "Don't crop the bathroom photo" with no bathroom in any name: one picture meant, not found; asked, never
            // every picture changed.
            if ts.isEmpty, count > 1, let m = Numbers.firstMatch(#"\b(?:the|that|this|my) ((?!(?:no|any|every|each|all|some|one|whole|entire|full|same|other|last|first|vertical|horizontal|tall|wide|portrait|landscape)\b)[a-z'-]+(?: [a-z'-]+)?) (?:photo|pic|picture|image|shot|one)\b(?!s)"#, in: c),
               !has(m[1], #"\b(?:music|song|audio|sound|title|text|caption|\#(ordinalPattern))\b"#) {
                plan.questions.append(whichLooking(m[1], listed: listed, count: count, example: "show clip 2 in full"))
                plan.understood.append("ask which one to show whole")
                return
            }
            // ("… it's a vertical shot. Show it in full.": "it" is the one just asked about, never every picture.)
            if ts.isEmpty, count > 1, has(c, #"\b(?:it|that one|this one)\b"#), plan.questions.contains(where: { $0.hasPrefix(whichLookingLead) }) {
                plan.understood.append("wait for which one")
                return
            }
            // "show the photos in full, dont crop my horizons": the second clause is about the same pictures.
            let said = plan.operations.contains { if case .setFit(_, .contain) = $0 { true } else { false } }
            if !(ts.isEmpty && said) { for t in ts.isEmpty ? [.all] : ts { plan.operations.append(.setFit(t, .contain)) } }
            plan.understood.append("show \(describe(target ?? .all)) whole over a blurred background")
        // "the cover art last" names a picture; it is no fit.
        } else if has(c, #"fill the (frame|screen)|crop to fill|\b(?:no|without|don'?t want|do not want|get rid of|remove|lose|hate)(?: the| these| those| any)? (?:blurry |blurred |black |empty )?(?:borders|bars|edges|margins|sides)\b|\b(?:photos|pictures|images|pics) (?:should |must |need to |could )?(?:become|be|get|look) (?:a (?:bit|little) )?(?:bigger|larger)\b|(?<!\b(?:each|every|one|the|a|book|album|bulletin|magazine|record|cd|front|back|menu|program|programme|catalog|catalogue|brochure|hard|soft|paper|my|our|its|their|his|her) )\bcover\b(?! (?:art|artwork|photo|picture|pic|image|shot|slide|page|design))|\bcrop (it|them)\b|裁剪填充|铺满"#) {
            for t in ts.isEmpty ? [.all] : ts { plan.operations.append(.setFit(t, .cover)) }
            plan.understood.append("crop \(describe(target ?? .all)) to fill the frame")
        } else if !ts.isEmpty, ts != [.all], let m = Numbers.firstMatch(#"(\#(Numbers.amount)[- ]?(?:ms|milliseconds?|s|secs?|seconds?)) (longer|shorter|more|less)\b|\b(?:(?:extend|lengthen|shorten|increase|decrease|reduce|raise|longer|shorter)\b.*\bby |(?:longer|shorter) (?:(?:of|for) (?:about |around )?|(?:about|around|roughly) ))(\#(Numbers.amount)[- ]?(?:ms|milliseconds?|s|secs?|seconds?))|\b(?:add|give|put) (?:another |an extra |about )?(\#(Numbers.amount)[- ]?(?:ms|milliseconds?|s|secs?|seconds?))(?: more| extra)? (?:to|onto|on) (?:the |that |this |it\b)|\b(?:an? |one |another |(\d+(?:\.\d+)?) )?(?:extra|additional|more) (seconds?|secs?)\b"#, in: c),
                  let ms = !m[6].isEmpty ? Numbers.duration(in: (m[5].isEmpty ? "1" : m[5]) + " s") : Numbers.duration(in: m[1].isEmpty ? m[3] + m[4] : m[1]) {
            // "hold the last shot 2 seconds longer", "an extra second": its own length, changed by that much.
            // "increase the duration of each photo by 2 seconds" is 2 s more each (it had set each to 2 s).
            // "add 2 seconds to the last photo": 2 s more (it made it 2 s long).
            let longer = !m[6].isEmpty || !m[4].isEmpty || (m[1].isEmpty ? !has(c, #"\b(?:shorten|decrease|reduce|shorter)\b"#) : (m[2] == "longer" || m[2] == "more"))
            for i in indexes(ts) {
                let now = draft.visualSegments[i].duration ?? Segment.defaultStillDuration
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: max(100, longer ? now + ms : now - ms)))
            }
            plan.understood.append("make \(ts.map(describe).joined(separator: ", ")) \(seconds(ms)) s \(longer ? "longer" : "shorter")")
        } else if !ts.isEmpty, ts != [.all], Numbers.duration(in: c) == nil,
                  let m = Numbers.firstMatch(#"\b(extend|lengthen|stretch|increase|shorten|reduce|decrease|cut|trim)\b(?:(?!\b(?:volume|music|song|title|caption|text|fade|transition|speed)\b).)*?\bby (\d+(?:\.\d+)?) ?(?:%|percent|per cent)(?![\w%])"#, in: c),
                  let p = Double(m[2]), p > 0, p < 100 || has(m[1], #"extend|lengthen|stretch|increase"#) {
            // "Shorten the third segment by 25%", "extend a.jpg by 50 percent": its own length, by that share of it.
            let longer = has(m[1], #"extend|lengthen|stretch|increase"#)
            for i in indexes(ts) {
                let now = draft.visualSegments[i].duration ?? Segment.defaultStillDuration
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: max(100, Int((Double(now) * (longer ? 1 + p / 100 : 1 - p / 100)).rounded()))))
            }
            plan.understood.append("make \(ts.map(describe).joined(separator: ", ")) \(m[2]) % \(longer ? "longer" : "shorter")")
        } else if !ts.isEmpty, ts != [.all], Numbers.duration(in: c) == nil, !has(replacing(c, #"\b(?:clip|photo|picture|pic|image|shot|item|segment|slide) ?#?\d+\b|[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)\b"#, ""), #"\d"#),
                  let m = Numbers.firstMatch(#"\b(longer|shorter|less long|quicker)\b"#, in: c),
                  !has(c, #"transition|fade|title|caption|\btext\b|music|song|card"#),
                  // ("make each photo longer" was read for every picture already: it was made longer twice.)
                  !plan.understood.contains(where: { $0.hasPrefix("show each picture ") }) {
            // "show the first photo a bit longer": by half again (a bit: a quarter; much: double), or a third less.
            // A video clip is cut shorter the same way; longer, it would need footage nobody said it has: a question.
            let longer = m[1] == "longer"
            if longer, let v = indexes(ts).first(where: { !draft.visualSegments[$0].isPicture }) {
                let name = ts.count == 1 ? describe(ts[0]) : describe(.index(v)), now = draft.visualSegments[v].duration.map { " (\(seconds($0)) s now)" } ?? ""
                plan.questions.append("How long should \(name) be? It is a video clip\(now): it can run only as long as its footage. Say, for example, \"make \(name) 5 seconds\" or \"slow \(name) down to half speed\". Nothing was changed.")
                plan.understood.append("ask how long \(name) should be")
                return
            }
            let f = has(c, #"\b(?:much|a lot|way|lots|twice)\b"#) ? (longer ? 2 : 0.5) : has(c, #"\b(?:a bit|a little|slightly|a tad|a touch)\b"#) ? (longer ? 1.25 : 0.8) : (longer ? 1.5 : 0.67)
            for i in indexes(ts) {
                let now = draft.visualSegments[i].duration ?? Segment.defaultStillDuration
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: max(500, Int((Double(now) * f / 100).rounded()) * 100)))
            }
            plan.understood.append("show \(ts.map(describe).joined(separator: ", ")) \(longer ? "longer" : "shorter")")
        } else if !ts.isEmpty, ts != [.all], let ms = Numbers.duration(in: c), !saysTotalLength(c, composing: plan.operations.contains(where: \.isCompose)),
                  // "make the transition between the first and second clip 1 second": the transition's (it trimmed both clips).
                  // ("Set the transition after clip index 0 to wipeleft, 600 ms": the transition's too; it cut the clip to 0.6 s.)
                  !has(c, #"\b(?:transitions?|crossfades?|dissolves?|wipes?|fades?)\b.*\b(?:between|after|before|into|out of|following)\b|\bbetween\b.*\b(?:transitions?|crossfades?|dissolves?|wipes?|fades?)\b"#),
                  // "… n gig3 vid for insta stories 15 secs" while the video is made: the new video's length, not the clip's.
                  !(plan.operations.contains(where: \.isCompose) && unclaimedLength(c) == ms && !has(c, #"\bof clip \d+\b"#)),
                  // "Compose p1.jpg through p3.jpg with 500 ms per transition": the transitions' length (it cut p3.jpg to 0.5 s).
                  !has(c, #"\b(?:ms|s|secs?|seconds?) (?:per|each|every|a) (?:transition|crossfade|dissolve|wipe|fade)\b"#),
                  // "first image 6 seconds as an opener": a picture and its length, with no verb.
                  // "about eight seconds apiece"; "… then photo1.jpg (2500ms)"
                  // "give a.jpg 6 seconds", "pier.jpg gets 7 seconds", "a.jpg 6 seconds".
                  has(c, #"\b(trim|cut|shorten|extend|lengthen|stretch|make|show|shows|shown|hold|keep|set|last|lasts|display|displayed|stay|stays|be|only|on screen|each|every|per|apiece|for|in[- ]?point|duration|length|give|gets|allow|allot)\b|\buse \#(Numbers.amount)[- ]?(?:s|secs?|seconds?) of\b|^(?:the )?[\w-]+\.\w{2,4}:? \#(Numbers.amount)[- ]?(?:s|secs?|seconds?)[.!]?$|^(?:the )?\#(ordinalPattern) \#(anyNoun)s? (?:is |at |gets )?\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)\b|(?:^|:\s*)[\w.-]+\.\w{2,4} ?\((?:for )?\#(Numbers.amount) ?(?:ms|s|secs?|seconds?)\)[.!]?$|剪|改成|保留|显示|秒"#) {
            // "clip_01.mp4 (in=2000ms, duration=6000ms) followed by img_02.jpg (4000ms)": each file's own
            // times, said after its name; else the words are every target's.
            for (part, group) in ownParts(c, ts) ?? [(c, ts)] {
                let ms = Numbers.duration(in: part) ?? ms
                let fromStart = has(part, #"\boff\b|from the (start|beginning)|\b(?:the )?(?:head|front|start|beginning|opening) of\b|\bskip\b|\bfirst \#(Numbers.amount)[- ]?(?:s|secs?|seconds?)\b.* of\b|\bin[- ]?point\b|\bstart (?:offset|point)\b|\bsource (?:start|offset)\b|\btrim in\b|开头"#)
                // "trim segment 2: inMs 1000, durationMs 2000" (read as "in point 1000ms for 2000 ms"): how long, too.
                let length = fromStart ? Numbers.firstMatch(#"\bin[- ]?point\b.*?\bfor (\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?))\b"#, in: part).flatMap { Numbers.duration(in: $0[1]) } : nil
                // "Trim 1.5s from the start of b.mp4", "cut 2 seconds off the beginning of the clip": the head goes, the end
                // stays where it was (it played 1.5 s past it, the clip as long as before).
                let keepsEnd = fromStart && length == nil && has(part, #"\b(?:trim|cut|chop|shave|remove|take|drop|lose|skip)\b.*(?:\boff\b|\bfrom the (?:start|beginning|front|head)\b)|\b(?:cut|trim|remove|skip|drop|lose) the first\b"#)
                for t in group {
                    plan.operations.append(fromStart ? .trim(t, inMs: ms, durationMs: keepsEnd ? headCut(t, ms, draft: draft) : length) : .trim(t, inMs: nil, durationMs: ms))
                }
                plan.understood.append(fromStart ? "cut the first \(seconds(ms)) s of \(group.map(describe).joined(separator: ", "))"
                                                 : "make \(group.map(describe).joined(separator: ", ")) \(seconds(ms)) s long")
            }
        } else if target == nil, has(c, #"^\s*(?:please )?(?:trim|tighten)(?: it| this| them| the clips| everything| it up| up)?\s*(?:please)?$|^剪辑$|^修剪$"#) {
            // A bare "trim": tighten every segment to at most 5 s.
            let segs = draft.visualSegments
            for (i, s) in segs.enumerated() where (s.duration ?? Segment.defaultStillDuration) > 5000 || (s.duration == nil && !(s.src.map(EditOperation.looksLikeStill) ?? true)) {
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: 5000))
            }
            plan.understood.append(segs.isEmpty ? "trim (nothing on the timeline yet)" : "trim every clip to at most 5 s")
        }
    }

    /// Files named one after another, each with its own times right after its name ("clip_01.mp4 (in
    /// point 2000ms for 6000 ms) followed by img_02.jpg (4000ms)"): the words from each name to the
    /// next. Nil unless every target is a file named in the words and every part has a length.
    static func ownParts(_ c: String, _ ts: [SegmentTarget]) -> [(String, [SegmentTarget])]? {
        guard ts.count >= 2 else { return nil }
        let ns = c as NSString
        var at: [(Int, SegmentTarget)] = []
        for t in ts {
            guard case .named(let file) = t else { return nil }
            let r = ns.range(of: file)
            guard r.location != NSNotFound else { return nil }
            at.append((r.location, t))
        }
        at.sort { $0.0 < $1.0 }
        var parts: [(String, [SegmentTarget])] = []
        for (k, (from, t)) in at.enumerated() {
            let to = k + 1 < at.count ? at[k + 1].0 : ns.length
            let part = ns.substring(with: NSRange(location: from, length: to - from))
            guard Numbers.duration(in: part) != nil else { return nil }
            parts.append((part, [t]))
        }
        return parts
    }

    /// A time range said with a clip ("clip clutch_ace from 1:23 to 1:41", "use b.mp4 from 10s to 20s"), or
    /// alone while the timeline is one clip ("0:30 to 0:45"): where that clip starts and how long it plays.
    /// Timecodes are seconds by now. Never a range said of a text, the music or a fade, nor a change of
    /// a length ("change clip 2 from 3 to 5 seconds").
    static func clipRange(_ c: String, draft: Draft) -> (targets: [SegmentTarget], inMs: Int, durationMs: Int)? {
        // "Trim b.mp4 from 500ms to 2500ms": milliseconds, as seconds (never 500 and 2500 seconds, nor a 0.5 s clip).
        let c = substitute(c, #"\b(\d+(?:\.\d+)?)\s*(?:ms|milliseconds?)\b"#) { g in "\((Double(g[1]) ?? 0) / 1000)s" }
        guard !has(c, #"title|caption|\btext\b|«|music|song|\bbgm\b|audio|voice|fade|transition|zoom|speed|slow|fast|\b(?:change|make|set|increase|decrease|extend|lengthen|shorten|bump|stretch|grow)\b"#),
              // "use only 0:01-0:02 of the clip", "keep just seconds 1 to 2 of b.mp4"
              let m = Numbers.firstMatch(#"(?:\bfrom |^(?:only |just )?|\b(?:use|keep|play|show|pull|take|grab|extract|clip)(?: only| just)? |\btrim(?: it| this(?: one)?| that(?: one)?)?(?: down)? to |\bcut(?: it| this(?: one)?| that(?: one)?)? down to )(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)? ?(?:to|until|till|through|-|–) ?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b|\bseconds (\d+(?:\.\d+)?) ?(?:to|until|till|through|-|–) ?(\d+(?:\.\d+)?)\b"#, in: c),
              let a = Double(m[1] + m[3]), let b = Double(m[2] + m[4]), b > a else { return nil }
        let stills = Set(stillIndexes(draft))
        var ts = targets(c, draft: draft).filter { $0 != .all }
        // "pull 01:10-01:25 from the wide shot", "trim to 0:42-1:12" when the video is that one clip.
        if ts.isEmpty, draft.visualSegments.count == 1, has(c, #"^(?:only |just )?(?:from )?\S+ ?(?:to|until|till|through|-|–) ?\S+(?: seconds?| secs?)?[.!]?$|^(?:pull|take|grab|extract|clip|use|keep|trim|cut(?: it| this| that)? down to)\b"#) { ts = [.index(0)] }
        let picked = ts.flatMap { (try? draft.indexes($0)) ?? [] }
        guard !picked.isEmpty, picked.allSatisfy({ !stills.contains($0) }) else { return nil }
        return (ts, Int((a * 1000).rounded()), Int(((b - a) * 1000).rounded()))
    }

    /// Words that place a time inside a clip said as "it": "start it 3 seconds in", "can it begin 1 s
    /// into it", "cut off the first 8 seconds of it", "only use from 12s to 20s of it".
    static let insideAClip = #"\b(?:start|begin)s?\b.*\b\d+(?:\.\d+)? ?(?:ms|s|secs?|seconds?) in(?:to (?:it|that one))?\b[.!?]*$|^(?:and |then |so )?(?:start|begin) (?:it|that one|this one) (?:at|from) (?:the )?\d+(?:\.\d+)? ?(?:s|secs?|seconds?)\b[.!?]*$|\b(?:first|opening|last|final) (?:\d+(?:\.\d+)? ?)?(?:s|secs?|seconds?)\b.*\bof (?:it|that one)\b|\bfrom \d+(?:\.\d+)? ?(?:s|secs?|seconds?)? ?(?:to|until|till|-) ?\d+(?:\.\d+)? ?(?:s|secs?|seconds?)\b.*\bof (?:it|that one)\b|\b(?:use|keep|play|show) (?:only |just )?\d+(?:\.\d+)? ?(?:s|secs?|seconds?) of (?:it|that one)\b"#

    /// "remove the person walking in the background of b.mp4": something inside a clip, not the clip.
    static func removesPartOfAClip(_ c: String, draft: Draft) -> Bool {
        guard let m = Numbers.firstMatch(#"\b(?:remove|delete|drop|cut out|get rid of|take out|lose)\s+(?:the |a |an |all |that |this )?([\w.#-]+)"#, in: c) else { return false }
        let w = m[1]
        let clipWords: Set<String> = ["clip", "clips", "video", "videos", "photo", "photos", "picture", "pictures", "image", "images", "shot", "shots",
                                      "scene", "scenes", "segment", "segments", "one", "ones", "first", "second", "third", "fourth", "fifth", "sixth",
                                      "last", "final", "number", "it", "them", "these", "those", "both", "pic", "pics", "slide", "slides", "still", "stills",
                                      "part", "item", "file", "jpg", "png", "mp4", "two", "three"]
        if clipWords.contains(w) || w.hasPrefix("#") || Int(w.prefix(1)) != nil || has(w, #"^\d+(st|nd|rd|th)$"#) { return false }
        // "take out the little moving clip in the middle": a clip, said with words that describe it.
        if let d = Numbers.firstMatch(#"\b(?:remove|delete|drop|cut out|get rid of|take out|lose)\s+(?:the |that |this )?(?:[a-z]+ ){1,2}(clip|video|photo|picture|pic|image|shot|one)s?\b"#, in: c), clipWords.contains(d[1]) { return false }
        let files = draft.visualSegments.flatMap { s in [s.src.map { ($0 as NSString).lastPathComponent.lowercased() }, s.name?.lowercased()].compactMap { $0 } }
        if files.contains(where: { $0.hasPrefix(w) || w.hasPrefix($0) }) { return false }
        return has(c, #"\b(from|of|in|inside|on|out of)\b"#)
    }

    /// A session file named in the words that is not on the timeline yet.
    static func newMedia(_ c: String, context: PlannerContext, draft: Draft) -> String? {
        let named = newMediaNamedFirst(c, context: context, draft: draft)
        return named.count == 1 ? named[0] : nil
    }

    /// The session files not on the timeline that the words name first: one, or several named by the same words ("the room
    /// clip" for lab_room.mp4 and pharaoh_room.mp4, "the new photo" for new_saree_1.jpg and new_saree_2.jpg), which is
    /// asked, never one of them taken.
    static func newMediaNamedFirst(_ c: String, context: PlannerContext, draft: Draft) -> [String] {
        let onTimeline = Set(draft.visualSegments.compactMap(\.src))
        let named = context.media.filter { !isAudio($0) && !onTimeline.contains($0) }
            .compactMap { p in mention(p, in: c, context: context).map { ($0, p) } }
        guard let first = named.map(\.0).min() else { return [] }
        return named.filter { $0.0 == first }.map(\.1)
    }

    /// The session file a phrase names ("the beach one", "photo2").
    static func mediaNamed(_ phrase: String, context: PlannerContext) -> String? {
        context.media.first { !isAudio($0) && mention($0, in: phrase, context: context) != nil }
    }

    /// "2x", "0.5x", "2倍速", "两倍速", "at 3 times the speed", "twice as fast", "half as fast".
    static func explicitSpeed(_ c: String) -> Double? {
        if let m = Numbers.firstMatch(#"\bspeed\b(?:(?: (?:of|for) [^,]+?)? (?:to|=|at|:) ?| )(\d+(?:\.\d+)?)\s*x?\b(?!\s*(?:%|s\b|secs?\b|seconds?\b|ms\b|clips?\b|photos?\b|videos?\b))"#, in: c), let v = Double(m[1]), (0.25...4).contains(v) { return v }
        // "slow b.mp4 down to 0.75 speed", "play it at 1.5 speed": the number said before "speed".
        if let m = Numbers.firstMatch(#"\b(?:to|at) (\d*\.?\d+) ?(?:x )?speed\b"#, in: c), let v = Double(m[1]), (0.25...4).contains(v) { return v }
        // "快一倍", "把 b.mp4 speed up 一倍": faster by one time over is twice as fast (never 1x); "慢一倍" half as fast.
        if has(c, #"twice as fast|double (?:the )?speed|2 times faster|两倍速|二倍速|2倍速|(?:快|加速|加快|提速|speed (?:\w+ )?up|faster)\s*(?:了\s*)?(?:一|1)\s*倍(?!速)"#) { return 2 }
        if has(c, #"(?:慢|减速|放慢|slow (?:\w+ )?down|slower)\s*(?:了\s*)?(?:一|1)\s*倍(?!速)"#) { return 0.5 }
        // "the b.mp4 go more fast please, two times", "three times faster", "slower, 2 times": that many times
        // (it was the plain 1.5x); never "speed it up and show it two times" (a copy).
        if let m = Numbers.firstMatch(#"\b(?:(fast|faster|quick|quicker|speed (?:\w+ )?up|slow|slower|slow (?:\w+ )?down)\b([^.;]{0,25}?)\b(two|three|four|[234]) ?(?:times|x)\b|(two|three|four|[234]) ?(?:times|x) (fast|faster|quicker|slower|as fast|as slow|more (?:fast|quick|slow))\b)(?! (?:longer|shorter|as long|the (?:length|duration)))"#, in: c),
           !has(m[2], #"\b(?:and|then|repeat|play|show|copy|duplicate|loop|see)\b"#) {
            let words: [String: Double] = ["two": 2, "three": 3, "four": 4]
            let n = words[m[3] + m[4]] ?? Double(m[3] + m[4]) ?? 2
            return has(m[1] + m[5], "slow") ? 1 / n : n
        }
        // "back to normal speed", "real time again"
        if has(c, #"(?<!times )(?<!x )\b(?:normal|regular|original|usual|natural|real|full) speed\b|\breal[- ]?time\b|原速|正常速度"#) { return 1 }
        if has(c, #"half as fast|half (?:the )?speed|半速|0\.5倍"#) { return 0.5 }
        // "speed it up by 25%", "slow it down by 20%"
        if let m = Numbers.firstMatch(#"\b(speed|faster|quicker|slow|slower)\b.*\bby (\d+(?:\.\d+)?)\s*%"#, in: c), let p = Double(m[2]) {
            let v = has(m[1], "slow") ? 1 - p / 100 : 1 + p / 100
            if (0.25...4).contains(v) { return v }
        }
        // "50% speed", "at 200% of the normal speed", "speed to 75%"
        if let m = Numbers.firstMatch(#"(\d+(?:\.\d+)?)\s*%\s*(?:speed|of (?:the |its )?(?:normal |original |real |usual )?speed)|\bspeed\b.{0,12}?(\d+(?:\.\d+)?)\s*%"#, in: c),
           let v = Double(m[1].isEmpty ? m[2] : m[1]).map({ $0 / 100 }), (0.25...4).contains(v) { return v }
        // "speed b.mp4 0.75", "speed clip 2 1.5", "speed b 1.5", "set speed of clip 2 to 1.5": an agent's short form, a bare
        // factor right after the speed and the clip.
        if let m = Numbers.firstMatch(#"^(?:set |change )?(?:the )?(?:playback )?speed (?:of )?(?:(?:clip|segment) \d+|[\w-]+\.[a-z0-9]{2,4}|[a-z]|it|that clip) (?:to |at |= ?|: ?)?(\d+(?:\.\d+)?)\s*x?[.!]?$"#, in: c),
           let v = Double(m[1]), (0.25...4).contains(v), v != 1 || has(m[1], #"\."#) { return v }
        // (Not "make the transitions 2x longer": how long, not how fast.)
        guard let m = Numbers.firstMatch(#"(\d+(?:\.\d+)?)\s*x\b(?! (?:longer|shorter|as long|the (?:length|duration)|bigger|smaller|louder|quieter))|(\#(Numbers.chineseNumber))\s*倍速?|\b(?:at )?(\d+(?:\.\d+)?) ?times (?:the |its )?(?:normal |original |regular |usual )?speed"#, in: c) else { return nil }
        let v = !m[1].isEmpty ? Double(m[1]) : (!m[2].isEmpty ? Numbers.chinese(m[2]) : Double(m[3]))
        guard let v, (0.25...4).contains(v) else { return nil }
        // "make the second clip 2x slower", "slow clip 2 down 2x": that many times slower (it set 2x speed).
        if v > 1, has(c, #"\b\d+(?:\.\d+)?\s*x (?:slower|as slow)\b|\bslow(?:ed|s)? (?:[\w.]+ ){0,3}?down (?:by )?\d+(?:\.\d+)?\s*x\b|\bslow (?:it |that |this )?down\b.{0,30}\b\d+(?:\.\d+)?\s*x\b"#) { return 1 / v }
        return v
    }

    /// A speed factor said outright that Reel cannot play ("10x", "8 times faster", "0.1x", "1000% speed"), or nil.
    static func speedOutOfReach(_ c: String) -> Double? {
        guard has(c, #"\b(?:speed|fast|faster|quick|quicker|slow|slower|slowed|slo-?mo|playback)\b"#),
              let m = Numbers.firstMatch(#"(?<![\d.])(\d+(?:\.\d+)?)\s*x\b(?! (?:longer|shorter|as long|the (?:length|duration)|bigger|smaller|louder|quieter))|\b(\d+(?:\.\d+)?) times (?:faster|slower|as fast|as slow|the speed|speed)\b|\b(\d+(?:\.\d+)?)\s*% (?:speed|of (?:the |its )?(?:normal |original )?speed)|\b(?:speed|sped)\b(?: [\w.]+){0,3}? up (?:by )?(\d+(?:\.\d+)?) ?(?:times|fold)\b|\b(?:to|at) (\d*\.?\d+) ?(?:x )?speed\b"#, in: c) else { return nil }
        // ("speed the clip up ten times": as "10x"; it was sped up 1.5x.)
        // ("slow the clip down to 0.1 speed": it was the plain 0.5x.)
        let percent = Double(m[3]).map { $0 / 100 }
        var v: Double = Double(m[1]) ?? Double(m[2]) ?? percent ?? Double(m[4]) ?? Double(m[5]) ?? 1
        if !m[2].isEmpty, has(m[0], "slow") { v = 1 / v }
        if !m[1].isEmpty, v > 1, has(c, #"\b\d+(?:\.\d+)?\s*x (?:slower|as slow)\b|\bslow(?:ed|s)? (?:[\w.]+ ){0,3}?down (?:by )?\d+(?:\.\d+)?\s*x\b"#) { v = 1 / v }
        return v > 0 && !(0.25...4).contains(v) ? v : nil
    }

    static func describe(_ t: SegmentTarget) -> String {
        switch t {
        case .all: "all clips"
        case .last: "the last clip"
        case .index(let i): "clip \(i + 1)"
        case .named(let n): n
        }
    }
}

/// The last few clauses' targets (a few dozen entries; it starts over past that).
final class TargetsKept: @unchecked Sendable {
    static let shared = TargetsKept()
    private var kept: [String: [SegmentTarget]] = [:]
    private let lock = NSLock()

    func get(_ key: String) -> [SegmentTarget]? { lock.withLock { kept[key] } }

    func set(_ key: String, _ targets: [SegmentTarget]) {
        lock.withLock {
            if kept.count > 64 { kept.removeAll(keepingCapacity: true) }
            kept[key] = targets
        }
    }
}
