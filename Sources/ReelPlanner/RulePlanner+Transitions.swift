import Foundation
import ReelTimeline

extension RulePlanner {
    // MARK: Transitions

    /// Between a wipe or a slide and its direction: "slide right", "slide transitions going right", "wipes to the left".
    static let towards = #"(?:s|s? transitions?|s? effects?)?,? (?:(?:going|moving|heading|pushing|sliding|wiping) )?(?:(?:to|towards?) (?:the )?)?"#

    static let transitionWords: [(String, String)] = [
        (#"pixel(?:ated)? dissolve|random dissolve|speckle"#, "pixeldissolve"),
        // "dissolve" keeps the person's word (the timeline's `dissolve` renders the same smooth blend as `crossfade`).
        (#"dissolves?\b|溶解"#, "dissolve"),
        (#"cross ?fade|crossfade|cross-fade|\#(meltWords)|交叉|叠化"#, "crossfade"), (#"fade[- ](?:to|through|thru)[- ]black|\bfadeblack\b|dip[- ]to[- ]black|黑场"#, "fadeblack"),
        (#"fade[- ](?:to|through|thru)[- ]white|\bfadewhite\b|dip[- ]to[- ]white|flash|白场|闪白"#, "fadewhite"), (#"wipe\#(towards)left"#, "wipeleft"), (#"wipe\#(towards)right"#, "wiperight"),
        (#"wipe\#(towards)up"#, "wipeup"), (#"wipe\#(towards)down"#, "wipedown"), (#"\bwipes?\b|擦除"#, "wipeleft"),
        (#"slide\#(towards)right"#, "slideright"), (#"slide\#(towards)up"#, "slideup"), (#"slide\#(towards)down"#, "slidedown"),
        (#"slides?\b|\bpush\b|滑动|推移"#, "slideleft"), (#"circle ?close"#, "circleclose"), (#"circle|iris|圆形|圆"#, "circleopen"),
        (#"\bzoom\b|缩放"#, "zoomin"), (#"pixel|马赛克|像素"#, "pixelize"), (#"radial|clock"#, "radial"), (#"\bblur|模糊"#, "hblur"),
        (#"\bsmooth (?:left|wipe)"#, "smoothleft"), (#"\bfade\b|淡入淡出|渐变|淡化"#, "fade"),
    ]
    /// "make the pictures melt into each other", "let each photo blend into the next one": a dissolve in plain words.
    static let meltWords = #"\b(?:melt|melts|melting|blend|blends|blending|dissolve|dissolves|flow|flows|fade|fades|fading) (?:in)?to (?:each other|one another|the next(?: one| (?:photo|picture|pic|clip|slide|image|shot))?)\b"#
    /// Words that may stand between a length and "transitions" ("1 second fade transitions").
    static let transitionNameWords = #"(?:[- ](?:cross ?fade|crossfade|fade|dissolve|wipe|slide|circle|open|close|zoom|pixelize|pixelated?|radial|blur|smooth|left|right|up|down|black|white|long|quick|fast|slow|soft|gentle|dip|to|through))"#

    /// "actually slide right is better", "hmm, wipes instead", "try a dissolve" when the video has transitions:
    /// the name alone changes them ("zoom" and "fade" alone stay the pictures' and the video's own).
    static func isTransitionNameAlone(_ c: String, draft: Draft) -> Bool {
        draft.visualSegments.dropLast().contains { ($0.transition?.duration ?? 0) > 0 }
            && has(c, #"^(?:(?:actually|hmm+|ok|okay|maybe|rather|instead|try|let'?s (?:try|do|use|go with)|use|go with|make (?:them|it|those|that)|i'?d (?:prefer|rather have|like))[,.!]?\s+|(?:no|nah)[,.!]\s+)*(?:a |an |the )?(?:cross ?-?fade|dissolve|wipe|slide|circle(?: open| close)?|iris|pixelize|radial|(?:fade|dip) (?:to|through|thru) (?:black|white))s?(?: (?:left|right|up|down))?(?: (?:instead|is better|would be better|looks better|might be better|would look better|please|then|one|ones))*[.!]*$"#)
    }

    static func transitions(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        // "move slide 3 before slide 2": a numbered slide is a picture, not a slide transition.
        let named = has(replacing(c, #"\bslides? ?#?\d+\b"#, " "), #"fade|dissolve|wipe|slide|crossfade|circle|pixel|zoom|radial|\bblur|\bdip[- ]to[- ](?:black|white)"#)
        // "(use crossfades;) hard cuts feel abrupt": what cuts are like is a reason, never a request for them.
        if has(c, #"^(?:and |but |as |since |because )?(?:the )?(?:hard |straight |abrupt |sudden |jump |plain )?cuts? (?:feel|feels|are|is|look|looks|seem|seems|sound|sounds|can be|could be|may be|might be|would be|get|gets)\b"#) { return }
        // "the transitions drag": a length, not a name (the existing transitions are kept).
        guard has(c, #"transitions?|转场|过渡|直接切|硬切|(?:hard|straight|simple|plain|clean|basic|seedha|sidha|seedhe) cuts?\b(?! to black| at the (?:end|start|beginning))|jump cuts?|\#(justCut)|cross ?fades?|crossfades?|dissolves?\b|\bwipes?\b|pixelize|\#(meltWords)"#)
            || (has(c, #"\b(between|after|before)\b"#) && named && !has(c, #"music|song|title|caption|\btext\b|card|from black|at the (start|end|beginning)"#))
            || fadesAreTransitions(c, draft: draft) || isTransitionNameAlone(c, draft: draft)
        else { return }
        // "Set transition duration to 250 ms; keep the transition type.": what stays as it is (it set them again at 1 s).
        if has(c, #"^(?:and |but |please |just )*(?:keep|leave|retain|preserve|don'?t change|do not change|same)\b(?: the| their| its)?(?: same| current| existing)? (?:transitions?|transition (?:type|style|kind|name|effect)s?)(?: (?:as (?:is|it is|they are)|the same|unchanged|alone))?[.!]*$"#) {
            plan.understood.append("keep the transitions as they are")
            return
        }
        var target: SegmentTarget = .all
        // "step4 with a gentle crossfade between each": between every two, whatever file the clause names.
        // ("the transition going into c.png": the one before it; "coming out of b.mp4": the one after.)
        if has(c, #"\b(after|between|following|before|into|out of)\b"#), !has(c, #"\bbetween (?:each|them|all|every|everything|the (?:clips|photos|pictures|images|shots|slides|steps|scenes))\b"#),
           let t = targets(c, draft: draft).first {
            target = t
            if has(c, #"\bbefore\b|\binto (?:the |that |this )?(?:[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)|(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) (?:clip|shot|photo|picture|pic|image|video|one)|clip \d+)\b"#),
               let i = try? draft.indexes(t).first { target = .index(max(0, i - 1)) }
        }
        // "no transitions", "replace the fades with simple cuts", "hard cuts only", "Set transitions to none": none.
        // "no crossfades", "don't use dissolves", "no fades between the pics, just cut": none either ("wipes, not
        // crossfades" asks for wipes).
        // "a video from these slides with no transitions": slides that are the pictures themselves are no
        // slide transition ("the slides" only while no slide transition is on the video).
        let slidesAreJoins = draft.visualSegments.dropLast().contains { ($0.transition?.name ?? "").hasPrefix("slide") && ($0.transition?.duration ?? 0) > 0 }
        let slideNouns = #"\b(?:these|those|my|our|your|his|her|their|each|every|all(?: of)?(?: the)?|from(?: the)?|of(?: the)?|\#(slidesAreJoins ? "" : "the|")\d+|few|some|many|several|presentation|lesson|class|lecture|powerpoint|ppt|keynote|title|first|last|next|final)\s+slides?\b(?! ?(?:transitions?|left|right|up|down|in|out|effects?)\b)"#
        var (asked, refusedName) = askedAndRefused(replacing(c, slideNouns, " pictures"), transitionWords)
        // "change the half-second crossfades to 1.5 second slides", "replace the wipes with dissolves": the name
        // after "to"/"with" is the one asked for (the first name said was the one kept).
        if let m = firstRange(#"\b(?:swap|switch|replace|change|turn)\b.*?\b(?:to|into|for|with)\b"#, in: c),
           let after = askedAndRefused(String(c[m.upperBound...]), transitionWords).asked {
            asked = after
        }
        let cuts = has(c, #"\b(no|remove|without|delete|drop|get rid of|turn off|lose|refrain from|abstain from|dispense with|do without|forgo|omit|eliminate)\b.*transition|\bcut (?:the |all )?transitions|transitions? off|transitions?\s*[:=]\s*(?:none|off|no|false|0)\b|\btransitions?:? none\b|\btransitions? (?:to|as|=) (?:none|off|no transition|nothing|zero)\b|去掉(?:所有|全部)?(?:的)?转场|(?:把|将)?(?:所有|全部)?(?:的)?转场(?:全部|都|全都|统统)?(?:去掉|删掉|删除|取消|拿掉|不要了?)|直接切|硬切|不要转场|删除转场|取消转场|(?:hard|straight|simple|plain|clean|basic|seedha|sidha|seedhe) cuts?\b(?! to black| at the (?:end|start|beginning))|jump cuts?|\#(justCut)"#)
        if asked == nil, cuts || refused(c, #"transitions?|cross ?-?fades?|crossfades?|dissolves?|wipes?|(?:fades?|effects?)(?![- ](?:in|out|up)\b| (?:at|to|from|on) (?:the )?(?:start|end|beginning|opening|close|black|music|song|title))"#) {
            // "…, straight cuts" for a new video (made without transitions): nothing to take off. "crossfades, no
            // wipes": wipes refused where there are none (any fade or crossfade is what people call a fade).
            let joins = draft.visualSegments.dropLast().compactMap(\.transition).filter { $0.duration > 0 }
            if joins.isEmpty || (!cuts && refusedName.map { r in !["fade", "crossfade", "dissolve"].contains(r) && !joins.contains { $0.name == r } } ?? false) {
                nothingToTakeOff(refusedName.map { "\($0) transitions" } ?? "transitions", &plan)
                return
            }
            plan.operations.append(.setTransition(target, name: nil, durationMs: 0))
            plan.understood.append("remove the transitions")
            return
        }
        let existing = draft.visualSegments.dropLast().compactMap(\.transition).first
        let name = asked ?? TransitionName.all.sorted(by: { $0.count > $1.count }).first { c.contains($0) } ?? existing?.name ?? "fade"
        let much = has(c, #"\b(much|a lot|way)\b"#), bit = has(c, #"\b(a bit|a little|slightly)\b|一点"#)
        // "use slide left instead", "switch them to wipes", "slide right" after the transitions were made 0.7 s:
        // a new name in place of the old keeps their length ("add dissolve transitions" is 1 s).
        let swapsName = isTransitionNameAlone(c, draft: draft) || has(c, #"\b(?:instead|rather)\b|\b(?:switch|change|swap|turn) (?:them |it |those |the transitions? )?(?:to|into|for)\b"#)
        var ms = swapsName ? existing.map(\.duration).flatMap { $0 > 0 ? $0 : nil } ?? 1000 : 1000
        if let said = transitionDuration(c) {
            // "make the transitions 20 seconds long": more than a transition can be (it was made 5 s without a word).
            guard said <= 5000 else {
                plan.understood.append("transitions of \(seconds(said)) s")
                plan.declined.append("A transition can be at most 5 seconds long (\(seconds(said)) s was asked), so the transitions were left as they are. I can, for example: \"make the transitions 1 second\", \"make the transitions 5 seconds\".")
                return
            }
            ms = said
        } else if let m = Numbers.firstMatch(#"\b(\d+(?:\.\d+)?|two|three|four)\s*(?:x|times) (longer|slower|as long|shorter|faster|quicker)\b"#, in: c),
                  let f = Numbers.english(m[1]), f > 1 {
            // "make the transitions 3x longer", "two times shorter"
            let now = Double(existing?.duration ?? 1000)
            ms = Int((has(m[2], "short|fast|quick") ? now / f : now * f).rounded())
        } else if has(c, #"\bhalf as long\b|\bhalf (?:the|their|its) (?:length|duration)\b|\bhalve\b"#) {
            ms = (existing?.duration ?? 1000) / 2
        } else if has(c, #"\btwice as long\b|\bdouble (?:the |their |its )?(?:length|duration)\b|\bdouble (?:it|them)\b"#) {
            ms = (existing?.duration ?? 1000) * 2
        } else if has(c, #"\b(longer|slower)\b|长一点|慢一点"#) {
            ms = Int(Double(existing?.duration ?? 1000) * (much ? 3 : bit ? 1.5 : 2))
        } else if has(c, #"\b(shorter|faster|quicker|snappier|snappy|drag|dragging|too slow|too long)\b|短一点|快一点"#) {
            ms = Int(Double(existing?.duration ?? 1000) * (much ? 0.25 : bit ? 0.75 : 0.5))
        }
        ms = min(max(ms, 100), 5000)
        plan.operations.append(.setTransition(target, name: name, durationMs: ms))
        plan.understood.append("add \(name) transitions of \(seconds(ms)) s")
    }

    /// "just cut", "just cuts between them": no transition (never "just cut the intro").
    /// "each image should cut directly to the next", "every photo just goes straight to the next one" too.
    static let justCut = #"\bjust (?:hard |straight |plain )?cuts?\b(?! (?:the|it|them|this|that|out|off|down|back|clip|photo|picture|\d))|^(?:and |but |please )?(?:only (?:hard |straight |plain )?cuts|(?:hard |straight |plain )?cuts only)(?: please| between (?:them|the \w+))?[.!]*$|\b(?:cut|cuts|go|goes|switch|switches|jump|jumps|move|moves) (?:directly|straight|immediately|right) (?:in)?to the next\b"#

    /// A length said of the transitions themselves ("1 s transitions", "transitions of 0.5 seconds",
    /// "make the transitions 2 seconds"), not the video's ("a 30-second video with transitions").
    static func transitionDuration(_ c: String) -> Int? {
        let unit = #"(ms|milliseconds?|seconds?|secs?|s)\b"#
        // "a slower fade between them, say one and a half seconds"
        if let m = Numbers.firstMatch(#"\b\#(Numbers.numberWord) and a half (?:seconds?|secs?|s)\b"#, in: c), let ms = Numbers.duration(in: m[0]), ms <= 5000 { return ms }
        // "swap the half-second fades for 1-second dissolves": the new length is the one after "for".
        let m = Numbers.firstMatch(#"\b(?:swap|switch|replace|change|turn)\b.*\b(?:for|with|to|into) (?:a |an |some )?(\#(Numbers.amount))[- ]?\#(unit)(?:[- ]long)?\#(transitionNameWords){1,3}(?:s|es)?\b"#, in: c)
            ?? Numbers.firstMatch(#"\b(\#(Numbers.amount))[- ]?\#(unit)\#(transitionNameWords){0,3}[- ]transitions?"#, in: c)
            ?? Numbers.firstMatch(#"\b(\#(Numbers.amount))[- ]?\#(unit)(?:[- ]long)?\#(transitionNameWords){1,3}(?:s|es)?\b"#, in: c)
            ?? Numbers.firstMatch(#"\b(?:cross ?fades?|crossfades?|dissolves?|fades?|(?:wipe|slide)(?:left|right|up|down)?s?|circle(?:open|close)|zoomin|pixelize|radial)\b(?: transitions?)?.{0,24}?\b(\#(Numbers.amount))[- ]?\#(unit)"#, in: c)
            // "the transition between all segments to slideleft with a duration of 750 ms"
            ?? Numbers.firstMatch(#"transitions?\b.{0,60}?\b(\#(Numbers.amount))[- ]?\#(unit)"#, in: c)
        if let m, let n = Numbers.english(m[1]) {
            return Int((n * (m[2].hasPrefix("m") ? 1 : 1000)).rounded())
        }
        // "a slow crossfade between everything, like 1.5 sec": a short length closing the clause.
        if let m = Numbers.firstMatch(#"(?:^|\s)(?:like |about |around |roughly |maybe |approx\w*\.? |say |of |at )?(\#(Numbers.amount))[- ]?\#(unit)(?: each| apiece| per transition| long)?[.!]?$"#, in: c),
           let n = Numbers.english(m[1]) {
            let ms = Int((n * (m[2].hasPrefix("m") ? 1 : 1000)).rounded())
            if ms <= 5000 { return ms }
        }
        // "转场1秒", "transition 改成 0.8秒 的 crossfade"
        if let m = Numbers.firstMatch(#"(?:转场|transitions?|crossfades?|dissolves?).*?(\#(Numbers.chineseNumber))\s*(毫秒|秒)|(\#(Numbers.chineseNumber))\s*(毫秒|秒)\s*的?\s*(?:转场|crossfades?|dissolves?|transitions?)"#, in: c) {
            let (n, u) = m[1].isEmpty ? (m[3], m[4]) : (m[1], m[2])
            if let v = Numbers.chinese(n) { return Int((v * (u == "毫秒" ? 1 : 1000)).rounded()) }
        }
        return nil
    }
}
