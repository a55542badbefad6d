import Foundation
import ReelTimeline

extension RulePlanner {
    // MARK: Each picture's name on it

    /// "put each pet's name on their photo", "label each room", "caption every picture with its name", "put BEFORE and AFTER
    /// on them" is not this (the words are given): each picture gets a caption with its own name, for as long as it shows.
    static let asksNameOnEachPicture = #"\b(?:put|add|show|write|display|stick)\b(?: the)? (?:each|every) (?:[\w'-]+?)(?:'s|s'|s)? names? (?:on|under|over|across|onto) (?:their|its|his|her|the|each|every) (?:own )?(?:photos?|pictures?|pics?|images?|shots?|slides?)\b|\b(?:label|caption|name|tag|title)\b (?:each|every|all(?: of)? the|all) (?:photos?|pictures?|pics?|images?|shots?|slides?|rooms?|dishes|items?|products?|pets?|dogs?|cats?)\b(?: with (?:its|their|the) (?:own )?(?:file ?)?names?)?(?!\s+(?:['"“‘«]|with (?!(?:its|their|the) (?:own )?(?:file ?)?names?)|as\b|saying\b|that says\b))|\b(?:the )?names? (?:of (?:each|every) [\w'-]+ )?on (?:each|every|all(?: of)? the) (?:photos?|pictures?|pics?|images?|shots?|slides?)\b"#

    /// The name a picture is known by: the words of its file name the request says as a name, capitalised ("with Biscuit,
    /// Luna and Max": "Biscuit" for biscuit_beagle.jpg), else its file name in words ("living_room.jpg": "Living Room",
    /// never the "room" of "label each room").
    static func pictureName(_ path: String, said: String) -> String? {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let generic: Set<String> = ["img", "dsc", "dscn", "pxl", "photo", "pic", "picture", "image", "final", "edit", "edited", "copy", "new", "jpg", "jpeg", "png", "heic"]
        let words = stem.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 1 && !generic.contains($0.lowercased()) }
        guard !words.isEmpty else { return nil }
        let spoken = words.compactMap { w -> String? in
            firstRange(#"(?i)\b\#(NSRegularExpression.escapedPattern(for: w))\b"#, in: said).map { String(said[$0]) }.flatMap { $0.first?.isUppercase == true ? $0 : nil }
        }
        if !spoken.isEmpty { return spoken.joined(separator: " ") }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// "put BEFORE and AFTER on them", "write Day 1, Day 2 and Day 3 on the photos": one set of words per picture, in order.
    static func wordsForEachPicture(_ clause: String) -> [String]? {
        guard let m = Numbers.firstMatch(#"^(?:(?:and|then|now|please|pls)\s+)*(?i:put|add|write|label(?: them)?|stick|caption(?: them)?)\s+(?i:(?:the )?(?:words?|labels?|captions?|texts?)\s+)?(.+?)\s+(?i:on|over|across)\s+(?i:them|both(?: of them)?|each(?: one)?|the (?:two |2 |three |3 |four |4 )?(?:photos|pictures|pics|images|shots|slides|clips))\s*(?i:please|pls)?[.!]*$"#, in: clause)
        else { return nil }
        let items = replacing(m[1], #"\s*(?:,\s*(?:and\s+)?|\s+(?i:and|then)\s+)\s*"#, "|").split(separator: "|")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'“”‘’")) }
        guard items.count >= 2, items.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 4 }),
              // Words for the screen, not names of things: written in capitals or quoted ("BEFORE", "Day 1").
              items.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || $0.hasPrefix("«") })
        else { return nil }
        return items
    }

    /// The draft once this turn's edits are made, in the order the turn applies them (the media, the other edits, then
    /// the length when `lengthToo`): where each picture will show.
    static func draftAfter(_ ops: [EditOperation], from start: Draft, lengthToo: Bool) -> Draft {
        var draft = start
        for op in ops.filter(\.isCompose) + ops.filter({ !$0.isCompose && !$0.isLengthChange }) + (lengthToo ? ops.filter(\.isLengthChange) : []) {
            if let applied = try? op.apply(to: draft) { draft = applied.draft }
        }
        return draft
    }

    /// "kitchen gets 8 seconds, every other room 4", "the rest 3 seconds each": how long each picture not given a length
    /// of its own shows (ms), when the clause says only that.
    static func restLength(_ c: String) -> Int? {
        guard let m = Numbers.firstMatch(#"^(?:and |then |with )?(?:(?:every|each|all(?: the)?) other(?: [a-z]+)?|the (?:rest|others|other ones|remaining (?:ones|photos|pictures|pics|rooms|images|slides))|everything else|all the rest)(?: (?:get|gets|at|for|stay|stays|show|shows|on screen for))?\s*:?\s*(\#(Numbers.amount))\s*(?:s|secs?|seconds?)?(?: each| apiece)?[.!]*$"#, in: c),
              let ms = Numbers.duration(in: m[1] + " s"), ms >= 500, ms <= 60000 else { return nil }
        return ms
    }

    /// Each picture this turn gave no length of its own shows for `ms` (in the order the turn applies its edits).
    static func restPictures(lasting ms: Int, context: PlannerContext, _ plan: inout Plan) {
        let ops = plan.operations
        let draft = draftAfter(ops, from: context.draft, lengthToo: false)
        let given = Set(ops.compactMap { op -> Int? in
            if case .trim(let t, nil, _?) = op { return (try? draft.indexes(t))?.first }
            return nil
        })
        let rest = draft.visualSegments.indices.filter { draft.visualSegments[$0].isPicture && !given.contains($0) }
        for i in rest { plan.operations.append(.trim(.index(i), inMs: nil, durationMs: ms)) }
        plan.understood.append(rest.isEmpty ? "" : "show the other pictures \(seconds(ms)) s each")
    }

    /// A caption per picture with its name (or the words given for each, in order), timed where the picture shows once this
    /// turn's edits are made (in the order the turn applies them: the media, the other edits, then the length).
    static func nameEachPicture(said: String, given: [String]? = nil, context: PlannerContext, _ plan: inout Plan) {
        let draft = draftAfter(plan.operations, from: context.draft, lengthToo: true)
        let segs = draft.visualSegments, layout = draft.visualLayout()
        var named = 0
        let pictures = segs.indices.filter { segs[$0].isPicture }
        if let given, given.count != pictures.count {
            plan.questions.append("There are \(pictures.count) pictures and \(given.count) sets of words (\(given.joined(separator: ", "))), so none were added. Say which words go on which, for example \"add a caption '\(given[0])' on the first photo\".")
            return
        }
        for (k, i) in pictures.enumerated() {
            guard let name = given?[k] ?? segs[i].src.flatMap({ pictureName($0, said: said) }) else { continue }
            plan.operations.append(.addText(kind: .caption, text: name, startMs: layout.starts[i], durationMs: layout.lengths[i] - layout.transitions[i], position: nil))
            named += 1
        }
        if named > 0 {
            plan.understood.append("put each picture's name on it")
        } else {
            let files = segs.filter(\.isPicture).compactMap(\.src).map { ($0 as NSString).lastPathComponent }
            plan.questions.append(files.isEmpty ? "There are no pictures to put names on yet, so no names were added."
                : "The pictures' file names (\(files.joined(separator: ", "))) have no words to show, so no names were added. Say the words, for example \"add a caption 'Kitchen' from 0 to 4 seconds\".")
        }
    }
}
