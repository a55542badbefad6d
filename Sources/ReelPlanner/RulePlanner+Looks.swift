import Foundation
import ReelTimeline

extension RulePlanner {
    // MARK: Looks and fades

    static let lookWords: [(String, LookName)] = [
        (#"black[- ]and[- ]white|black & white|\bblack-white\b|black n white|\bb&w\b|\bb/w\b|\bbnw\b|\bbw\b|monochrome|gr[ae]yscale|黑白"#, .bw), (#"sepia|\b(?:old |aged )?brown(?:ish)? (?:old )?(?:photo(?:graph)?s?|pictures?|pics?|prints?|tint|tones?|look)\b|棕褐"#, .sepia),
        (#"vintage|\bretro\b|old film|film look|old[- ]school|\bold[- ]tim(?:e|ey|y)\b|\bold[- ]fashioned\b|nostalgi|faded film|复古|怀旧|老电影"#, .vintage),
        (#"\bwarm(?!-?ups?\b)|sunny|sunnier|golden hour|\bgolden\b|\bcozy|\bcosy|summery|暖"#, .warm),
        (#"\bcool\b|\bcooler\b|\bcold\b|blue tones?|\bicy\b|\bwintry\b|冷色|冷调|清冷"#, .cool),
        (#"vivid|make it pop|colou?rs pop|punchy|vibrant|colou?rful|鲜艳"#, .vivid),
    ]

    /// "put the colors back", "back to colour", "bring back the colour", "in colour again": the colours as shot.
    static let coloursBack = #"\bcolou?rs? back\b|\bback (?:in|to|into) (?:full |normal |regular |proper )?colou?rs?\b|\b(?:bring|put|give) back (?:the |its |their |all the )?colou?rs?\b|\brestore (?:the |its |their |all the )?colou?rs?\b|\b(?:in|with) (?:full )?colou?rs? again\b|\bcolou?r (?:it|them|everything) (?:back|again)\b|\b(?:make|turn|have) (?:it|them|everything|the (?:video|photos|pictures|clips)) (?:full )?colou?r(?:ed)? again\b|^(?:(?:in|back in|make it|go) )?full colou?r\b|\bin full colou?r\b"#

    static func looks(_ c: String, draft: Draft, _ plan: inout Plan) {
        let look = draft.meta.look
        // Colours for some clips only.
        // ("the footage is too dark, brighten it up": what was filmed, all of it; "the drone footage" stays that clip.)
        // ("make the shop footage feel warmer": what was filmed in the shop, all of it, when no file is called so; it warmed
        // the one video clip only.)
        var footage = replacing(c, #"\b(?:the|my|our|all the|all of the) footage\b"#, "everything")
        if let m = Numbers.firstMatch(#"\b(?:the|my|our) ((?!(?:video|vid|clip|moving|raw|new|old|other|last|first|second|third|same)\b)[a-z]{3,}) footage\b"#, in: footage),
           !draft.visualSegments.contains(where: { (($0.src ?? "") as NSString).lastPathComponent.lowercased().contains(m[1]) || ($0.name ?? "").lowercased().contains(m[1]) }) {
            footage = replacing(footage, #"\b(?:the|my|our) "# + NSRegularExpression.escapedPattern(for: m[1]) + #" footage\b"#, "everything")
        }
        let clipTargets = targets(footage, draft: draft).filter { $0 != .all }
        // "no black and white", "don't make it sepia", "remove the vintage": that look is refused, never given;
        // "sepia, not black and white": the one asked for.
        let (askedLook, refusedLook) = askedAndRefused(c, lookWords)
        // "put the colors back please", "back to colour", "bring back the colour on clip 2": no look at all.
        let coloursBack = askedLook == nil && has(c, Self.coloursBack) && !has(c, #"\b(?:title|caption|text|font|words?|lettering|writing|background)\b"#)
        let much = has(c, #"\b(much|a lot|way)\b|很多"#), bit = has(c, #"\b(a bit|a little|slightly|a touch|a tad)\b|一点|稍微|一些"#)
        let step = much ? 2.0 : (bit ? 0.5 : 1.0)
        if !clipTargets.isEmpty {
            guard let name = askedLook ?? refusedLook ?? (coloursBack ? LookName.none : nil) else {
                // "make the last photo brighter", "a.jpg is a bit dark": that picture's own light, from its own look.
                for t in clipTargets {
                    guard let i = (try? draft.indexes(t))?.first, draft.visualSegments.indices.contains(i) else { continue }
                    let (own, said) = lightAndContrast(c, from: draft.visualSegments[i].look, step: step)
                    guard !said.isEmpty else { return }
                    plan.operations.append(.setClipLook(t, own))
                    plan.understood.append("make \(describe(t)) " + said.joined(separator: " and "))
                }
                return
            }
            for t in clipTargets {
                plan.operations.append(.setClipLook(t, Look(name: askedLook == nil ? .none : name)))
                plan.understood.append(askedLook == nil ? "no look on \(describe(t))" : "give \(describe(t)) a \(EditOperation.lookName(name)) look")
            }
            return
        }
        // "Can some of them be black and white?": which ones is asked (it made every clip black and white).
        if let name = askedLook, name != .none, !draft.visualSegments.isEmpty,
           has(c, #"\b(?:some|a few|a couple|certain|several|one or two|a handful) (?:of )?(?:them|the (?:clips|photos|pictures|pics|shots|images|videos|ones)|(?:clips|photos|pictures|pics|shots|images|videos|ones))\b"#) {
            let look = EditOperation.lookName(name)
            plan.questions.append("Which ones should be \(look)? Say, for example, \"make clip 2 \(look)\", or \"make it \(look)\" for the whole video. Nothing was changed.")
            plan.understood.append("ask which clips get the \(look) look")
            return
        }
        // "black and white for the before shots only": some clips, told by what they show, which Reel cannot see: asked
        // which (it made every clip black and white).
        if let name = askedLook, name != .none, has(c, #"\bonly\b"#),
           let m = Numbers.firstMatch(#"\b(?:for|on|to) (?:the |my |our |those |these )?((?:(?!(?:whole|entire|all|every|other|video|vid)\b)[\w'-]+ ){1,2})(?:shots|photos|pictures|pics|clips|ones|images|scenes|parts|bits|videos)\b"#, in: c),
           !has(m[1], #"\b(?:\d+|first|second|third|last|two|three|moving|still|video)\b"#) {
            let said = m[1].trimmingCharacters(in: .whitespaces)
            plan.questions.append("Which are the \(said) ones? I cannot see that in the pictures. The timeline has \(draft.visualSegments.count): \(listedOrder(draft)). Say their names, for example \"\(EditOperation.lookName(name)) on \(((draft.visualSegments.first?.src ?? "clip 1") as NSString).lastPathComponent) only\".")
            plan.understood.append("ask which clips get the \(EditOperation.lookName(name)) look")
            return
        }
        if askedLook == nil, let name = refusedLook {
            guard look.name == name else {
                nothingToTakeOff("\(EditOperation.lookName(name)) look", &plan)
                return
            }
            var l = look
            l.name = .none
            plan.operations.append(.setLook(l))
            plan.understood.append("remove the \(EditOperation.lookName(name)) look")
            return
        }
        // "contrast=1.2, no named look", "no preset look": the adjustments stay; only a named look is taken off.
        if has(c, #"^(?:and |but |with )?(?:no|without(?: a| any)?) (?:named|preset|predefined) (?:look|filter)s?[.!]?$|^(?:and |with )?look(?: name)?\s*[:=]?\s*none[.!]?$"#) {
            if look.name != .none {
                var l = look
                l.name = .none
                plan.operations.append(.setLook(l))
            }
            plan.understood.append("no named look")
            return
        }
        if coloursBack || has(c, #"\b(remove|no|reset|clear|undo|drop)\b.*\b(look|filter|colou?r grade|grading|effect on the colou?rs?)|\b(normal|original|natural) colou?rs?|去掉滤镜|原色|取消滤镜"#) {
            plan.operations.append(.setLook(Look()))
            plan.understood.append("remove the colour look")
            return
        }
        if has(c, #"less saturat|desaturat|too saturated|over-?saturated|muted colou?rs|washed[- ]out|淡一点|降低饱和"#) {
            var l = look
            l.saturation = max(0, look.saturation - 0.3 * step)
            plan.operations.append(.setLook(l))
            plan.understood.append("fewer colours")
            return
        }
        var l = look
        var said: [String] = []
        if let name = askedLook {
            l.name = name
            said.append("\(EditOperation.lookName(name))")
        }
        // Values said outright: "contrast 1.2", "saturation to 0.8", "brightness=-0.1", "brightness +0.1" (a signed
        // level: 0 is unchanged); "contrast +0.2" is that much more (1 is unchanged).
        for (word, range) in [("contrast", 0.0...3.0), ("saturation", 0.0...3.0), ("brightness", -1.0...1.0)] {
            guard let m = Numbers.firstMatch(#"\b\#(word)\s*(?:to|=|:|at|of)?\s*([+-]?)(\d+(?:\.\d+)?)(?!\d|\.\d|\s*%)"#, in: c),
                  let n = Double(m[2]) else { continue }
            let by = word == "brightness" || m[1].isEmpty ? nil : word == "contrast" ? look.contrast : look.saturation
            let v = by.map { (($0 + (m[1] == "-" ? -n : n)) * 1000).rounded() / 1000 } ?? (m[1] == "-" ? -n : n)
            guard range.contains(v) else { continue }
            switch word {
            case "contrast": l.contrast = v
            case "saturation": l.saturation = v
            default: l.brightness = v
            }
            said.append("\(word) \(fmt(v))")
        }
        if !said.isEmpty {
            plan.operations.append(.setLook(l))
            plan.understood.append("give it a " + said.joined(separator: ", ") + " look")
            return
        }
        // "make them more saturated", "juice the colors up a bit": the saturation, not a named look.
        // ("a vivid, high-saturation look": the second half of it, said on its own.)
        if has(c, #"\bmore saturat(?:ed|ion)\b|\bhigh[- ]saturation(?: look| colou?rs?)?\b|\b(?:juice|pump|boost|punch|richen) (?:up )?(?:the |my |those |these )?colou?rs\b|\bcolou?rs? (?:more |a bit more )?(?:saturated|richer)\b|^(?:(?:make|keep) (?:it|them|the \w+) )?(?:more )?saturated$|饱和度高|提高饱和|饱和度(?:调)?高"#) {
            l.saturation = min(3, look.saturation + 0.3 * step)
            plan.operations.append(.setLook(l))
            plan.understood.append("more saturation")
            return
        }
        // "crank up the contrast", "boost the saturation a bit", "tone down the brightness"
        let up = #"\b(?:crank(?:ed)?|turn|bump|boost|push|pump|raise|increase|enhance|heighten|amp|dial)(?: up)? (?:the |a bit |a little )*(?:\w+ )?(contrast|saturation|brightness)\b|\b(?:more|higher|stronger|extra|richer) (contrast|saturation|brightness)\b|\b(contrast|saturation|brightness) up\b|\b(contrast|saturation|brightness) (?:cranked|turned|bumped|pushed|pumped|boosted|dialed|dialled|jacked)(?: (?:way |all the way |right )?up)?\b(?! down)|\b(contrast|saturation|brightness) (?:boosted|increased|raised|maxed(?: out)?)\b"#
        let down = #"\b(?:reduce|lower|decrease|drop|tone down|turn down|soften|dial down|cut|pull back)(?: the)? (contrast|saturation|brightness)\b|\b(?:less|lower|weaker) (contrast|saturation|brightness)\b|\b(contrast|saturation|brightness) (?:down|turned down|dialed down|dialled down|lowered|reduced)\b"#
        for (pattern, sign) in [(up, 1.0), (down, -1.0)] {
            guard let m = Numbers.firstMatch(pattern, in: c) else { continue }
            let word = m.dropFirst().first { !$0.isEmpty } ?? ""
            switch word {
            case "contrast": l.contrast = min(3, max(0, look.contrast + sign * 0.2 * step))
            case "saturation": l.saturation = min(3, max(0, look.saturation + sign * 0.3 * step))
            default: l.brightness = min(1, max(-1, look.brightness + sign * 0.08 * step))
            }
            plan.operations.append(.setLook(l))
            plan.understood.append("\(sign > 0 ? "more" : "less") \(word)")
            return
        }
        let (lit, litSaid) = lightAndContrast(c, from: l, step: step)
        l = lit
        said += litSaid
        if !said.isEmpty {
            plan.operations.append(.setLook(l))
            plan.understood.append("make it " + said.joined(separator: " and "))
        }
    }

    /// "brighter", "too dark", "more contrast": `look` with its light or contrast moved one step (half for "a bit",
    /// two for "much"), and what was said of it (nothing when the words ask neither).
    static func lightAndContrast(_ c: String, from look: Look, step: Double) -> (Look, [String]) {
        var l = look
        var said: [String] = []
        if has(c, #"brighter|brighten|lighten|more light|too dark|(?:\bis|\bare|'s|\blooks?|\bseems?|\bfeels?) (?:a bit|a little|kinda|kind of|rather|very|so|quite|pretty) dark\b|亮一点|调亮|提亮|亮一些"#) { l.brightness = min(1, look.brightness + 0.08 * step); said.append("brighter") }
        else if has(c, #"darker|darken|too bright|暗一点|调暗|压暗|暗一些"#) { l.brightness = max(-1, look.brightness - 0.08 * step); said.append("darker") }
        if has(c, #"more contrast|higher contrast|contrastier|增加对比|对比度高"#) { l.contrast = min(3, look.contrast + 0.2 * step); said.append("more contrast") }
        else if has(c, #"less contrast|lower contrast|flatter|\blook(?:s|ing)? (?:a (?:bit|little|touch) )?softer\b|\bsofter (?:look|colou?rs|tones?|contrast|image|picture)\b|降低对比"#) { l.contrast = max(0, look.contrast - 0.15 * step); said.append("less contrast") }
        return (l, said)
    }

    static func fades(_ said: String, draft: Draft, _ plan: inout Plan) {
        // "fade in 00:00:00.000–00:00:01.000" (read as "fade in from 0s to 1s"), "fade out 9-10 s": the span's length is
        // the fade's (it read "from 0s" as no fade in).
        let c = substitute(said, #"\b(fad(?:e|es|ing)[- ]?(?:in|out)) (?:from |between )?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\s*(?:-|–|—|to|and|until|till) ?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?(?![\d.])"#) { g in
            guard let a = Double(g[2]), let b = Double(g[3]), b > a else { return g[0] }
            return "\(g[1]) over \(seconds(Int(((b - a) * 1000).rounded()))) seconds"
        }
        // "open slowly from black", "come up out of black", "end on black": a fade said by what it does.
        let fromBlack = #"\b(?:open|opens|opening|come|comes|coming|rise|rises|start|starts|begin|begins|emerge|emerges)\b(?: \w+){0,2}? (?:up )?(?:from|out of) (?:the )?black\b"#
        let toBlack = #"\b(?:go|goes|going|end|ends|ending|close|closes|finish|finishes|sink|sinks|fade|fades|fading)\b(?: \w+){0,2}? (?:to|into|on|in) (?:the )?black\b(?! (?:and|&) white)(?!.*\b(?:start|beginning|opening)\b)"#
        // "hard cut to black at the end": an ending with no fade.
        let cutToBlack = has(c, #"\b(?:hard |straight |sudden |abrupt |just )?cuts? (?:straight )?to black\b"#)
        guard has(c, #"fade|fading|淡入|淡出"#) || has(c, fromBlack) || has(c, toBlack) || cutToBlack,
              !has(c, #"music|song|bgm|transition|title|caption|card|转场|音乐|between"#) else { return }
        // "the fades are too slow" with clips fading into each other: those are the transitions.
        if fadesAreTransitions(c, draft: draft) { return }
        // "and fade out to black the same way", "could it end gently to black as well": as long as the fade at the other end
        // (it was 1 s).
        let sameWay = has(c, #"\b(?:the|in the|in a) same (?:way|length|speed|duration|time|manner)\b|\bsame as (?:the )?(?:start|beginning|opening|end|fade(?:[- ]?(?:in|out))?)\b|\blikewise\b|\bto match\b|\bas well\b|\balso\b|\btoo[.!?]*$"#)
        let fadeOutSaid = has(c, #"fad(?:e[sd]?|ing)[- ]out|to black|\bend\b"#), fadeInSaid = has(c, #"fad(?:e[sd]?|ing)[- ]in|from black|\bbegin|\bstart|\bopen"#)
        let other = !sameWay ? 0 : fadeOutSaid && !fadeInSaid ? draft.meta.fadeIn : fadeInSaid && !fadeOutSaid ? draft.meta.fadeOut : 0
        // ("fade out slowly at the end", "a long, gradual fade": 2 s, not the plain 1 s.)
        let ms = saidFadeLength(c) ?? (other > 0 ? other : has(c, #"\b(?:slow|slowly|long|longer|gradual|gradually|lingering|leisurely)\b"#) ? 2000 : 1000)
        let whole = #"(?:it|everything|picture-and-sound|the (?:whole |entire )?(?:thing|video|vid|film|movie|slideshow|project|edit))"#
        // "fade in", "fading in from black over 1 second"
        var inn = has(c, #"fad(?:e[sd]?|ing)[- ]in|fade from black|fade up from black|fade \#(whole)(?: up)? in\b|fade (?:at|in) the (?:very )?(?:beginning|start|opening)|(?:opening|starting|start|beginning|intro) fade|淡入"#) || has(c, fromBlack)
        var out = has(c, #"fad(?:e[sd]?|ing)[- ]out|fade \#(whole) out\b|fade (?:out )?to black(?! between)|fade (?:at|in) the (?:very )?(?:end|close|ending)|(?:closing|ending|end|final|outro) fade|淡出|\band out\b|\bout\s*[:=]?\s*\d"#) || has(c, toBlack)
        // "no fade in at the start", "without a fade at the end", "skip the fades": those ends get none.
        var (noIn, noOut) = refusedFadeEnds(c, inn: inn, out: out)
        if cutToBlack { (noIn, noOut, out) = (noIn && has(c, #"\bfad(?:e[sd]?|ing)[- ]?in\b"#), true, false) }
        // "make the fades shorter", "the fades 2 seconds": both ends of the video, when it has them.
        if !inn, !out, !noIn, !noOut, has(c, #"\bfades\b"#), draft.meta.fadeIn > 0 || draft.meta.fadeOut > 0 {
            (inn, out) = (draft.meta.fadeIn > 0, draft.meta.fadeOut > 0)
        }
        // "the fade in is too long", "make the fade out a bit longer": the fade there now, changed (never set to 1 s).
        if inn || out, !noIn, !noOut, Numbers.duration(in: c) == nil,
           let longer = has(c, #"\b(?:longer|slower|too short|too quick|too fast|too abrupt)\b"#) ? true : has(c, #"\b(?:shorter|faster|quicker|snappier|snappy|too slow|too long)\b"#) ? false : nil {
            let f = has(c, #"\b(?:a bit|a little|slightly)\b"#) ? (longer ? 1.5 : 0.75) : (longer ? 2.0 : 0.5)
            func changed(_ now: Int) -> Int? { now > 0 ? max(100, Int(Double(now) * f)) : (longer ? 1000 : nil) }
            let (newIn, newOut) = (inn ? changed(draft.meta.fadeIn) : nil, out ? changed(draft.meta.fadeOut) : nil)
            guard newIn != nil || newOut != nil else {
                nothingToTakeOff(inn && out ? "fade in or out" : inn ? "fade in" : "fade out", &plan)
                return
            }
            plan.operations.append(.setFades(inMs: newIn, outMs: newOut))
            plan.understood.append("make the fade\(inn && out ? "s" : "") \(longer ? "longer" : "shorter")")
            return
        }
        guard inn || out || noIn || noOut else { return }
        // "no fade in at the start" on a video without one: nothing to take off.
        if (noIn || noOut), !(inn && !noIn), !(out && !noOut), !(noIn && draft.meta.fadeIn > 0), !(noOut && draft.meta.fadeOut > 0) {
            nothingToTakeOff(noIn && noOut ? "fade in or out" : noIn ? "fade in" : "fade out", &plan)
            return
        }
        let (inMs, outMs) = fadeEndLengths(c)
        // "a fade to black of 3 seconds, so it closes softly": a fade said again with no length, after this request gave that
        // end one, keeps it (it became 1 s).
        let given = plan.operations.reduce(into: (inMs: Int?.none, outMs: Int?.none)) { acc, op in
            if case .setFades(let i, let o) = op { acc = (i ?? acc.inMs, o ?? acc.outMs) }
        }
        let said = saidFadeLength(c) != nil
        let (newIn, newOut) = (noIn ? 0 : inn ? inMs ?? (said ? ms : given.inMs ?? ms) : nil, noOut ? 0 : out ? outMs ?? (said ? ms : given.outMs ?? ms) : nil)
        plan.operations.append(.setFades(inMs: newIn, outMs: newOut))
        plan.understood.append([noIn ? "no fade in" : inn ? "fade in from black" : nil, noOut ? "no fade out" : out ? "fade out to black" : nil].compactMap { $0 }.joined(separator: " and "))
        // "…, picture and sound" (`plainRequest`): the music fades with the picture.
        if has(c, #"\bpicture-and-sound\b"#), draft.tracks.contains(where: { $0.role == .music }) || plan.operations.contains(where: addsMusic) {
            plan.operations.append(.setMusicFades(inMs: newIn, outMs: newOut))
            plan.understood.append("the music with it")
        }
    }

    /// "fade in 1000ms out 2000ms", "fade up from black over 1s", "fade music in 2s out 3s": each end its own length.
    /// A fade's length: the one said, or "over the last second", "in a second" (one second).
    static func saidFadeLength(_ c: String) -> Int? {
        Numbers.duration(in: c) ?? (has(c, #"\b(?:over|in|during|for|across|within) (?:the (?:very )?(?:last|final|first|opening) |a |one )second\b"#) ? 1000 : nil)
    }

    /// ("a 2 s fade in and a 3 s fade out": a length said before its end is that end's, never the next one's.)
    static func fadeEndLengths(_ c: String) -> (in: Int?, out: Int?) {
        let n = Numbers.amount, u = #"(?:ms|milliseconds?|s|secs?|seconds?)\b"#
        func before(_ end: String) -> Int? {
            // (Not "fade in 1s fade out 2s": a length right after an end is that end's.)
            Numbers.firstMatch(#"(?<!\bin )(?<!\bout )(?<!\bup )(?<!\bblack )(\#(n)[- ]?\#(u))[- ](?:long )?fad(?:e|ing)[- ]?\#(end)\b"#, in: c).flatMap { Numbers.duration(in: $0[1]) }
        }
        return (before("(?:in|up)") ?? Numbers.firstMatch(#"\b(?:in|up|from black)\b[^,\d]{0,16}?(\#(n)[- ]?\#(u))"#, in: c).flatMap { Numbers.duration(in: $0[1]) },
                before("out") ?? Numbers.firstMatch(#"\b(?:out|to black)\b[^,\d]{0,16}?(\#(n)[- ]?\#(u))"#, in: c).flatMap { Numbers.duration(in: $0[1]) })
    }

    /// The ends of a fade the words refuse, given the ends they name (`inn`, `out`): "no fade in", "don't
    /// fade the music out", "without a fade at the end"; a fade refused with no end named is both.
    static func refusedFadeEnds(_ c: String, inn: Bool, out: Bool) -> (in: Bool, out: Bool) {
        let bare = refused(c, #"fad(?:e|es|ing)\b(?![- ]?(?:in|out|up)\b)"#)
        return (refused(c, #"fad(?:e[sd]?|ing)[- ]?(?:in|up)\b|fade from black"#) || (bare && (inn || !out)),
                refused(c, #"fad(?:e[sd]?|ing)[- ]?out\b|fade to black"#) || (bare && (out || !inn)))
    }

    /// "the fades are way too slow", "make the fades 0.3 s": said of a video whose clips fade into each
    /// other, "the fades" are those transitions (never a fade in or out, nor the music's).
    static func fadesAreTransitions(_ c: String, draft: Draft) -> Bool {
        has(c, #"\bfades\b"#) && draft.visualSegments.dropLast().contains { ($0.transition?.duration ?? 0) > 0 }
            && !has(c, #"fad(?:e[sd]?|ing)[- ]?(?:in|out|up)\b|\bblack\b|\b(?:start|end|beginning|opening|close|ending|intro|outro)\b|music|song|bgm|title|caption|\btext\b"#)
    }

    /// A refused thing the video does not have: nothing to take off, and said so when nothing else changes.
    static func nothingToTakeOff(_ what: String, _ plan: inout Plan) {
        plan.understood.append("no \(what)")
        if plan.operations.isEmpty { plan.questions.append(plan.chinese ? "视频上没有这个效果，所以没有改动。" : "The video has no \(what), so nothing was changed.") }
    }

    static func motion(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        // "stop the pictures from moving about", "keep them still", "no movement"
        // "each image held perfectly still", "keep every other photo static", "hold them steady", "keep both pics still".
        // ("the photos to not be zoomed, just static": the same.)
        let still = has(c, #"\b(?:to not|not to|not|never|no longer) (?:be |to be )?(?:zoomed|zooming|moving|panning|panned|animated)\b|\b(?:don'?t|dont|do not|doesn'?t|does not) (?:want|need|like) (?:them|it|(?:the|my|our|any) (?:\w+ )?(?:photos?|pictures?|images?|pics?|stills?|slides?)) (?:to )?(?:be )?(?:zoomed|zooming|moving|panning|panned|animated)\b|\b(?:stop|no|without|don'?t|do not|remove|turn off|less|get rid of)\b.{0,30}\b(?:moving|movement|motion|zooming|panning)\b(?! (?:one|ones|clips?|bits?|parts?|videos?|vids?|footage|pictures?|images?|shots?)\b)|\b(?:keep|leave|hold) (?:them|it|(?:both|all) of them|(?:the|each|every|all(?: the)?|every other|the other|both(?: the)?|the two|these|those|my) (?:\w+ )?(?:photos?|pictures?|images?|pics?|stills?|slides?|ones?))(?: (?:completely|perfectly|totally))? (?:still|static|steady|motionless)\b|\b(?:held|kept|stays?|remains?) (?:completely |perfectly |totally )?(?:still|static|steady|motionless)\b|\bstatic (?:photos|pictures|images|pics)\b|\b(?:i|we) (?:want|need|would like|'d like|prefer) (?:them|it|(?:the|all the|my|every|each) (?:photos?|pictures?|images?|pics?|stills?|slides?))(?: to (?:be|stay|remain))? (?:completely |perfectly |totally )?(?:still|static|steady|motionless)\b"#)
            && !has(c, #"slow[- ]?mo"#)
            // "no zoom please, just still photos": among pictures only, "still" says how they show (beside clips,
            // "just the still photos" is which files, unless a zoom or movement is said too).
            || (has(c, #"\b(?:just|only|keep(?: them| it)?(?: as)?|as|plain|simple|nice) still (?:photos|pictures|images|pics|shots|frames)\b|\b(?:photos|pictures|images|pics) (?:that )?(?:just )?(?:stay|sit|stand) still\b"#)
                && (stillIndexes(draft).count == draft.visualSegments.count || has(c, #"\b(?:zoom\w*|mov(?:e|ing|ement)|motion|pan(?:ning)?)\b"#)))
        // "no zoomy stuff", "each one slowly zooming in"; "慢慢放大的效果" (a slow zoom in), never a text made bigger ("标题放大").
        let chineseZoom = has(c, #"(?:慢慢|缓慢|缓缓|逐渐|渐渐)(?:地)?(?:放大|推近|拉近|缩小|拉远)|(?:放大|缩小)(?:的)?效果"#) && !has(c, #"标题|字幕|文字"#)
        // "slow push-in on every photo", "a gentle pull-out": a camera move in film words.
        let push = has(c, #"\b(?:push(?:es|ing)?|dolly|dollies|creep(?:s|ing)?)[- ]?in\b"#) ? Motion.zoomIn
            : has(c, #"\b(?:pull(?:s|ing)?[- ]?(?:out|back)|dolly[- ]?out)\b"#) ? Motion.zoomOut : nil
        guard still || chineseZoom || push != nil || has(c, #"ken burns|slow zoom|zoom(?:ing|s|ed)? (in|out)|zoom effect|pan (left|right|up|down|across)|\bzoom(?:y|ies|s|ing)?\b|\bpanning\b|缩放|推拉|推镜"#),
              !has(c, #"transition|转场"#) else { return }
        var targets = targets(c, draft: draft)
        // "Pan left across the kitchen; keep every other photo static": the pictures not moved in this request.
        if has(c, #"\b(?:every|each|all(?: of)?(?: the)?) other (?:photo|picture|image|pic|still|slide|one)s?\b|\bthe (?:other|rest of the) (?:photo|picture|image|pic|still|slide)s\b|\bthe (?:others|rest)\b"#) {
            let moved = Set(plan.operations.flatMap { op -> [Int] in
                if case .setMotion(let t, _) = op { return (try? draft.indexes(t)) ?? [] } else { return [] }
            })
            if !moved.isEmpty { targets = stillIndexes(draft).filter { !moved.contains($0) }.map { .index($0) } }
        }
        // "all the photos slowly zooming out": the pictures, not the clips.
        if targets.isEmpty || targets == [.all], has(c, #"\b(photos|pictures|images|stills|pics)\b|\b(?:every|each) (?:photo|picture|image|still|pic)\b|照片|图片"#), !stillIndexes(draft).isEmpty {
            targets = stillIndexes(draft).map { .index($0) }
        }
        // "add a slow zoom in on the photos" then "actually zoom out instead": the clips the last turn moved, moved the other way.
        if targets.isEmpty, has(c, #"\binstead\b|^(?:no,? |nah,? )?actually\b"#), let before = context.previous,
           before.visualSegments.count == draft.visualSegments.count {
            let moved = draft.visualSegments.indices.filter { draft.visualSegments[$0].motion != before.visualSegments[$0].motion }
            if !moved.isEmpty, moved.count < draft.visualSegments.count { targets = moved.map { .index($0) } }
        }
        if targets.isEmpty { targets = [.all] }
        let motion: Motion
        // ("turn the Ken Burns off", "switch the zoom off": off, said after what it is; it added a zoom.)
        if still || has(c, #"\b(no|stop|remove|turn off|without|disable|don't|do not)\b|\b(?:turn|switch|shut|take|kill|get) (?:the |that |this |those |these |all (?:the )?|my )?(?:[\w-]+ ){0,3}?(?:off|out)\b|去掉|关闭|不要"#) { motion = .none }
        else {
            motion = push ?? (has(c, #"zoom(?:ing|s|ed)? out|拉远|缩小"#) ? .zoomOut : has(c, #"pan left|向左"#) ? .panLeft : has(c, #"pan right|pan across|向右"#) ? .panRight
                : has(c, #"pan up|向上"#) ? .panUp : has(c, #"pan down|向下"#) ? .panDown : .zoomIn)
        }
        // "no zooming, keep both pics still": the second says the first again (every one is still already).
        let allStill = plan.operations.contains { if case .setMotion(.all, .none) = $0 { true } else { false } }
        if !(motion == .none && allStill) { for t in targets { plan.operations.append(.setMotion(t, motion)) } }
        plan.understood.append(motion == .none ? "turn off the slow zoom" : "add a slow \(EditOperation.motionName(motion))")
    }
}
