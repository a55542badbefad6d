import Foundation
import ReelTimeline

/// What a turn is for, as the seed clients route it.
public enum Intent: String, Codable, Sendable, Equatable {
    case edit, export, credits, state, upload
}

/// What the planner made of an instruction.
public struct Plan: Sendable, Equatable {
    public var intent: Intent = .edit
    public var operations: [EditOperation] = []
    /// Undo/redo are history moves, not draft edits.
    public var history: [HistoryMove] = []
    /// Plain-words account of each part it understood.
    public var understood: [String] = []
    /// Parts it could not place.
    public var notUnderstood: [String] = []
    /// Requests Reel cannot do, each answered with the nearest things it can (in the request's language).
    public var declined: [String] = []
    /// Edits not made on a weak reading: what it understood, and the words that would do it.
    public var questions: [String] = []
    /// The language the request was written in, which the answer is given in.
    public var language: AnswerLanguage = .english
    /// The request was written in Chinese: answer in Chinese.
    public var chinese: Bool { language == .chinese }
    /// Only thanks, praise or laughter: nothing to edit, and nothing misunderstood.
    public var smallTalk = false
    /// Asked which clip is meant ("which one is the blurry one?"): the verb the answer completes ("remove").
    public var awaitsClip: String?
    /// A question that changed nothing was about this ("what's the title?"): what "it" is next (`EditSession.askedAbout`).
    public var askedAbout: String?
    /// The words this plan was made from, kept as `EditSession.lastRequest` when they change something.
    public var said: String?
    /// Operations (by index) adding a text timed from the video's end, placed again when the length changes.
    var endAnchored: Set<Int> = []
    /// A question about the timeline asked beside a change ("What's the title saying right now? make it vertical"):
    /// answered after the change, from the timeline as it is then.
    public var alsoTellState = false

    public enum HistoryMove: String, Sendable, Equatable { case undo, redo }
}

/// What the planner knows besides the words: the current draft and the session's media.
public struct PlannerContext: Sendable {
    public var draft: Draft
    /// File names (or paths) of the session's media, in the order they were added.
    public var media: [String]
    /// The names people know the media by (an upload's own name), by path, where they differ.
    public var names: [String: String]

    /// The draft before the last turn (the top of the undo history), so "it" can mean what that turn changed.
    public var previous: Draft?
    /// The last turn asked which clip it meant (nothing was changed): the verb an answer completes ("remove").
    public var awaitingClip: String?
    /// The undo history, oldest first (the session's `undoStack`), so "back to how it was before the black and white"
    /// can say how many steps back that is.
    public var history: [Draft]
    /// The last turn asked about this and changed nothing ("which clip is second?"): what "it" is now.
    public var askedAbout: String?
    /// The words of the last turn that changed something (`EditSession.lastRequest`): what "a bit more" is more of.
    public var lastRequest: String?

    public init(draft: Draft, media: [String] = [], names: [String: String] = [:], previous: Draft? = nil, awaitingClip: String? = nil,
                history: [Draft] = [], askedAbout: String? = nil, lastRequest: String? = nil) {
        self.draft = draft
        self.media = media
        self.names = names
        self.previous = previous
        self.awaitingClip = awaitingClip
        self.history = history
        self.askedAbout = askedAbout
        self.lastRequest = lastRequest
    }

    /// The media as a model should read them: each path, with the name it was uploaded as.
    public var mediaList: String {
        guard !media.isEmpty else { return "none" }
        return media.map { path in names[path].map { "\(path) (\"\($0)\")" } ?? path }.joined(separator: ", ")
    }
}

/// The offline, deterministic planner: keyword and pattern rules over English and common
/// Chinese phrasings. Several requests in one sentence become several operations.
public struct RulePlanner: Sendable {
    public init() {}

    /// "the video of the vows", "the one with grandma in it", "the vows one": what a clip named just before shows.
    static let describesNamedClip = #"^(?:the one (?:that'?s|thats|that is|which is|which'?s) (?:not |the only |the )?(?:a |an )?(?:picture|photo|pic|image|still|video|clip|moving one)s?[.!]?$|(?:so |i mean |aka |i\.e\.? )?(?:the|that|this|my|our|his|her|their) (?:[\w'-]+ ){0,2}(?:video|vid|clip|photo|picture|pic|shot|one|footage|image|bit|part|recording)s? (?:of|with|from|where|showing|at|in|during|when) (?:the |a |an |my |our |his |her |their |us |them |him |me )?[\w' -]{1,40}|(?:the|that|this) [\w'-]+ (?:one|clip|video|vid|photo|shot|pic|picture)|the (?:png|jpe?g|gif|heic|mp4|mov))[.!]?$"#

    /// "the title", "the caption", "the end card" when the video has exactly one of that kind: its index among the texts.
    static func onlyText(said word: String, in draft: Draft) -> Int? {
        guard let kind = TextKind(rawValue: word == "end card" ? "endcard" : word) else { return nil }
        let ofKind = draft.textPositions.indices.filter { draft.tracks[draft.textPositions[$0].track].segments[draft.textPositions[$0].segment].kind == kind }
        return ofKind.count == 1 ? ofKind[0] : nil
    }

    /// A place in the order said: "to the end", "at position 3", "first".
    static let placeSaid = #"\b(?:to|at|in|on) (?:the )?(?:very )?(?:start|beginning|front|end|back)\b|\b(?:to|at|in|into) (?:position|place|spot|slot|index|number) ?\d+\b|\b(?:first|last)\b"#

    /// "no wait,", "wait no", "actually no,", "scratch that", "or rather": a clause that takes back the one before it
    /// in the same message (never "no music", "no fades", "actually no music": a plain "no" refuses a thing).
    static let retraction = #"^(?:(?:oh|ugh|hmm+|um+|uh+|ah|argh|sorry|oops|whoops)[,.!]*\s+)*(?:no+[,.!]*\s*wait|wait[,.!]*\s*no+\b|no[,.!]*\s+no[,.!…—–-]|scratch that|strike that|forget that|actually[,.!]*\s*no[,.!…—–-]|no[,.!]*\s*actually|hmm+[,.!]*\s*no[,.!…—–-]|or rather|sorry[,.!]*\s*(?:i mean\b|no[,.!…—–-]))(?:[,.!:;…—–-]|\s)*"#

    /// "oh no, now it's way too quiet", "I don't like it", "that's worse": beside an undo, its reason.
    static let complaintBesideUndo = #"(?:(?:oh|ugh|hm+|um+|no|nah|ok|okay|sorry|oops|whoops|dang|damn|argh)[,!.]? )*(?:it'?s |its |that'?s |thats |this is |(?:it|that|this) (?:is|was) |now (?:it'?s )?)?(?:now )?(?:way |much |far |a bit |a little )?too \w+(?: now)?|(?:i )?(?:don'?t|do not) like (?:it|that|this)(?: now)?|(?:that'?s|it'?s|this is) (?:worse|wrong|bad|not right)"#

    /// "make the 'Hello' title stay a little longer, until 5 seconds", "the "Sale" caption should be red": a text named by the
    /// words it already says is that text, never new words (it added a second title "Hello").
    static func textNamedByItsWords(_ text: String, draft: Draft) -> String {
        guard text.contains(where: { "'\"“‘".contains($0) }), !draft.textPositions.isEmpty else { return text }
        let shown = draft.textPositions.compactMap { draft.tracks[$0.track].segments[$0.segment].text?.lowercased() }
        return substitute(text, #"(?i)\bthe\s+["“'‘]([^"“”'‘’«»]{1,60})["”'’]\s+(title|caption|end ?card|text|subtitle|lower third)\b"#) { g in
            shown.filter({ $0 == g[1].lowercased() }).count == 1 ? "the \(g[2])" : g[0]
        }
    }

    /// "the title should say Hogmanay 2024, no Hello", "… 2024, not Hello": the words a text says now, named last after
    /// "no"/"not", are the words replaced ("instead of Hello"), never part of the new words.
    static func oldWordsSaidLast(_ text: String, draft: Draft) -> String {
        guard text.contains(","), !draft.textPositions.isEmpty, has(text, #",\s*(?:no|not|nae)\s"#) else { return text }
        for p in draft.textPositions {
            guard let words = draft.tracks[p.track].segments[p.segment].text, !words.isEmpty, words.count <= 60 else { continue }
            let old = NSRegularExpression.escapedPattern(for: words)
            let said = replacing(text, #",\s*(?:no|not|nae)\s+["“'‘]?("# + old + #")["”'’]?\s*([.!]*)\s*$"#, " instead of $1$2")
            if said != text { return said }
        }
        return text
    }

    /// The most of one message the rules read: past it, reading takes seconds (every clause is read against every rule),
    /// and a message that long is a document pasted by mistake or an attempt to stall, never one request.
    static let longestMessage = (characters: 12_000, lines: 200)

    /// A message longer than the rules read, refused whole (a part read alone could be a wrong edit).
    static func refusingOverlong(_ instruction: String) -> Plan? {
        let characters = instruction.count
        let lines = instruction.reduce(into: 1) { n, c in if c == "\n" { n += 1 } }
        guard characters > longestMessage.characters || lines > longestMessage.lines else { return nil }
        var plan = Plan()
        let size = characters > longestMessage.characters ? "\(characters) characters; I read up to \(longestMessage.characters)" : "\(lines) lines; I read up to \(longestMessage.lines)"
        plan.declined.append("That message is too long to read at once (\(size)), so nothing was changed. Send the changes in shorter messages, for example \"make the music quieter\", then \"make it 30 seconds\".")
        return plan
    }

    public func plan(_ instruction: String, context: PlannerContext) -> Plan {
        if let refused = Self.refusingOverlong(instruction) { return refused }
        // A table pasted from a spreadsheet: its rows' requests (RulePlanner+Tables); an e-mail: its body (RulePlanner+Email).
        let instruction = Self.emailBody(Self.chatThread(Self.tableWords(Self.smsForm(instruction), context: context)))
        if let refused = Self.refusingOversizedNumber(instruction) ?? Self.blockAskingNothing(instruction) { return refused }
        // `remove_clip(target="b.mp4")`: a tool call written as a function is the object it stands for.
        var (calls, words) = Self.calls(in: Self.toolCallAsObject(instruction), media: context.media)
        var context = context
        let made = Self.makingCall(&calls, words: words, draft: &context.draft)
        var plan = words.isEmpty && !calls.isEmpty ? Plan() : plan(words, context: context, agentSyntaxRead: false)
        plan.add(calls: calls, words: words, made: made)
        return plan
    }

    /// `agentSyntaxRead`: the session has already turned tool syntax into words (it does, to find a script).
    func plan(_ instruction: String, context: PlannerContext, agentSyntaxRead: Bool) -> Plan {
        var plan = Plan()
        // "/remove 2", "/title@ReelCutBot Grand Opening": a chat command, as words (RulePlanner+ChatPlatforms).
        let instruction = Self.tableWords(Self.slashCommand(instruction), context: context)
        let written = Self.hidingApostrophes(Self.taiwaneseRead(Self.simplified(Self.cantoneseRead(Self.oldWordsSaidLast(Self.textNamedByItsWords(instruction.trimmingCharacters(in: .whitespacesAndNewlines), draft: context.draft), draft: context.draft)), keeping: Self.keptNames(context))))
        plan.language = AnswerLanguage.of(instruction, after: context.lastRequest)
        // Wire operations pasted as they are: exactly those.
        if let ops = Self.wireOperations(written) {
            plan.operations = ops
            plan.understood = ops.map { "apply \($0.wireName)" }
            return plan
        }
        // "Do you think I should remove it?", "would it be better to cut the last photo?": advice asked (the whole message).
        if let asked = Self.adviceAsked(instruction.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)) {
            plan.questions.append(Self.adviceAnswer(asked))
            return plan
        }
        let spaced = Self.joinedNameWords(Self.misspeltNameWords(Self.misspeltFileNames(Self.chineseWithEnglishWords(Self.spacedScripts(Self.unquotingSettings(written))), context: context), context: context), context: context)
        // "caption放到top", read as "字幕放到顶部": answered in Chinese too.
        if !plan.chinese, Self.isChinese(spaced) { plan.language = .chinese }
        let pictureWords = Self.protectedWords(PlannerContext(draft: context.draft, media: context.media.filter { !Self.isAudio($0) }))
        let words = Self.mendTypos(Self.plainRequest(Self.expandShorthand(Self.quotedScreenWords(Self.quotedTextWords(Self.dictated(agentSyntaxRead ? spaced : Self.agentSyntaxAsWords(spaced))))), fileWords: pictureWords),
                                   protected: Self.protectedWords(context).union(Self.fileNameWords(spaced)))
                // Words for the screen keep their times and frames as written ("Bible Study Tuesdays 6:30pm").
        let timed = Self.outsideQuotes(Self.numberWordsAsDigits(words)) {
            Self.textEndsAsTimes(Self.framesAsSeconds(Self.timecodesAsSeconds(Self.deadAirWithAmount(Self.namesInBrackets(Self.mendSlips($0)))), fps: context.draft.meta.fps), draft: context.draft)
        }
        let text = Self.vocabularyNamedFile(Self.otherByPlace(Self.copyByPlace(Self.onlyClipSaidInChinese(Self.fileRanges(timed, context: context), context: context), context: context), context: context), context: context)
        let lower = text.lowercased()
        // (As written too: "no the other one, the sunset one" reads as "the sunset one" for the looks and transitions.)
        if let other = Self.changeForOtherFile(lower, context: context) ?? Self.changeForOtherFile(instruction.lowercased(), context: context) {
            if other.undo { plan.history.append(.undo) }
            plan.operations = other.operations
            plan.understood.append(other.said)
            return plan
        }
        if Self.clipSoundMeant(lower, context: context) {
            plan.history.append(.undo)
            plan.operations = [.muteClips(true)]
            plan.understood.append("undo that and mute the clips' own sound instead")
            return plan
        }
        if let excepted = Self.changeExcepting(lower, context: context) {
            plan.operations = excepted.operations
            plan.understood.append(excepted.said)
            return plan
        }
        if let moved = Self.movedElsewhere(lower, context: context) ?? Self.swappedElsewhere(lower, context: context)
            ?? Self.swappedElsewhere(instruction.lowercased(), context: context) {
            plan.operations = moved.operations
            plan.understood.append(moved.said)
            return plan
        }
        if let narrowed = Self.lookNarrowed(lower, context: context) {
            plan.history.append(.undo)
            plan.operations = narrowed.operations
            plan.understood.append(narrowed.said)
            return plan
        }
        // "reorder: ["c.png", "a.jpg", "b.mp4"]", "put them in this order: c, a, b": read as written (agents' lists too).
        if let order = Self.wholeOrder(instruction.lowercased(), draft: context.draft) ?? Self.wholeOrder(lower, draft: context.draft) {
            plan.operations = order.operations
            plan.understood.append(order.said)
            return plan
        }
        if let only = Self.keepOnlyNamed(lower, draft: context.draft) {
            plan.operations = only.operations
            plan.understood.append(only.said)
            return plan
        }
        // "Report the current timeline state; make no changes.": "make" there asks for no edit.
        // "GET current state: number of segments, total duration, music level. No edits.": said to change
        // nothing, the edit words in it name what to report.
        // "20s demo: onboarding, then dashboard, then the ai summary one": a word of a file's name asks for no state.
        let noEdits = #"\b(?:make|do) no (?:changes?|edits?)\b|(?:^|[.;:,]\s*)no (?:edits?|changes?)\b|\b(?:don'?t|do not) (?:change|edit|touch|modify) (?:anything\b|the (?:timeline|project|draft)\s*(?:[.;!]|$))|\b(?:don'?t|do not) (?:make|do|apply) any (?:changes?|edits?)\b|\bwithout (?:changing|editing|touching) anything\b|\bchange nothing\b|\bread[- ]only\b"#
        // (Before the routes: "what does export mean?" is asked, never an export.)
        if let explained = Self.termExplained(instruction.lowercased()) {
            plan.questions.append(explained.answer)
            return plan
        }
        if let named = Self.nameAsked(instruction.lowercased()) {
            plan.questions.append(named)
            return plan
        }
        if let compared = Self.termsCompared(instruction.lowercased()) {
            plan.questions.append(compared)
            return plan
        }
        // "what does sepia mean?", "do I need to add transitions?", "should I make it shorter?": asked, never applied.
        if Self.asksMeaning(instruction.lowercased()) {
            plan.notUnderstood.append(instruction.trimmingCharacters(in: .whitespacesAndNewlines))
            return plan
        }
        if Self.asksAdvice(instruction.lowercased()) {
            if let term = Self.glossaryTerm(in: lower), let answer = Self.glossary[term] {
                plan.questions.append(answer + " Nothing was changed.")
            } else {
                plan.intent = .state
                plan.understood.append(Self.intentName(.state))
            }
            return plan
        }
        if Self.has(lower, Self.asksToKnow) || Self.has(lower, Self.asksWhatExportHolds) {
            plan.intent = .state
            plan.understood.append(Self.intentName(.state))
            return plan
        }
        if let intent = Self.route(lower), intent != .edit, intent != .state || Self.route(Self.withoutNameParts(lower, context: context)) == .state,
           !Self.hasEditWords(Self.replacing(lower, noEdits, " ")) || (intent == .state && Self.has(lower, noEdits)) {
            plan.intent = intent
            plan.understood.append(Self.intentName(intent))
            return plan
        }
        // "Query only, make no edits: what are the current music volume and canvas size?", "no edits please, is the
        // music too loud?": said to change nothing, a question is answered from the timeline (it removed the music).
        if Self.asksNothingChanged(lower) || (Self.has(lower, noEdits) && (instruction.contains("?") || Self.has(lower, #"^(?:query|question|read[- ]only)\b"#))) {
            plan.intent = .state
            plan.understood.append(Self.intentName(.state))
            return plan
        }
        // "What's the title saying right now? make it vertical", "how long is it? also make it black and white": the change
        // made, and the question answered after it (it was dropped).
        if let rest = Self.besideAStateQuestion(instruction) {
            var changed = self.plan(rest, context: context, agentSyntaxRead: agentSyntaxRead)
            if !changed.operations.isEmpty || !changed.history.isEmpty {
                changed.alsoTellState = true
                changed.understood.append("tell what the timeline is now")
                return changed
            }
        }
        // "What does the title say?", "what is written on the caption?": the words on screen, asked about (the
        // state answer lists them); never a text changed to ".".
        if Self.has(instruction.lowercased(), Self.asksWhatTextSays) || Self.has(instruction.lowercased(), Self.asksForState) {
            plan.intent = .state
            plan.understood.append(Self.intentName(.state))
            return plan
        }
        // "go back to how it was before the black and white", "put it back how it was at the start": as many steps back
        // as that is (one undo took back only the last change, and "black and white" applied the look again).
        if let steps = Self.undosBack(lower, context: context) {
            plan.history = Array(repeating: .undo, count: steps.count)
            plan.understood.append("go back \(steps.count) step\(steps.count == 1 ? "" : "s"), to \(steps.what)")
            return plan
        }
        // "remove the music" then "put it back but quieter": the removal taken back, and the change made to what comes back.
        if let back = Self.backWithChange(lower, context: context), let before = context.previous {
            var earlier = context
            earlier.draft = before
            earlier.previous = nil
            earlier.history = Array(context.history.dropLast())
            var changed = self.plan(back.rest, context: earlier, agentSyntaxRead: agentSyntaxRead)
            if !changed.operations.isEmpty, changed.history.isEmpty, changed.notUnderstood.isEmpty, changed.questions.isEmpty, changed.declined.isEmpty {
                changed.history = [.undo]
                changed.understood.insert("bring \(back.thing) back", at: 0)
                changed.language = plan.language
                return changed
            }
        }
        // "oops Pepper is 4 not 3, fix that", "it should say 2025 not 2024": a word of the words on screen corrected.
        if let fix = Self.textCorrected(instruction, draft: context.draft) {
            plan.operations = [fix]
            plan.understood.append("correct the words on screen")
            return plan
        }
        // "title: ECHOES: A Roguelike" then "actually just ECHOES": the words just put on screen, cut to the part said.
        if let cut = Self.textCutToPart(instruction, context: context) {
            plan.operations = [cut]
            plan.understood.append("keep only those words")
            return plan
        }
        // "Remove the music." then "No, I meant the title, keep the music.": the removal taken back, and the one meant removed.
        if let removal = Self.removalMeantForOther(instruction.lowercased(), context: context) {
            plan.history = [.undo]
            plan.operations = [removal]
            plan.understood.append("undo the last removal and remove \(removal.wireName == "removeMusic" ? "the music" : "that text") instead")
            return plan
        }
        // "make it sepia", "try warm", then "nah, the other one": the last change taken back.
        if Self.prefersWhatWasBefore(lower, context: context) {
            plan.history = [.undo]
            plan.understood.append("go back to the one before")
            return plan
        }
        // "use slide transitions going left" then "the other direction": the same transitions turned round.
        if let op = Self.turnedRound(lower, context: context) {
            plan.operations = [op]
            plan.understood.append("turn the transitions the other way")
            return plan
        }
        // "if I make it quieter and don't like it, can I go back?": answered; nothing is changed (nor undone).
        if instruction.contains(where: { $0 == "?" || $0 == "？" }), Self.asksWhetherUndoable(lower) {
            plan.questions.append(Self.undoExplained)
            return plan
        }
        // (On the words as written: the politeness and greetings around a request are taken off before `lower`.)
        // ("¿qué puedes hacer?", "was kannst du?": asked in another language, read in English.)
        if Self.asksForHelp(instruction.lowercased()) || plan.language != .english && Self.asksForHelp(Self.languagesAsEnglish(written).lowercased()) {
            plan.questions.append(Self.helpAnswer)
            return plan
        }
        // "add a countdown 3, 2, 1 at the very start, one second each": its numbers, read whole (the list and the
        // length each were read as clauses, and trimmed every picture to 1 s).
        let countdown = Self.countdown(text, draft: context.draft)
        // "fade in 1s" then "make it 2", "hmm 5.5", "half that": the amount just set, set again; "same at the start": at the other end.
        let (clauses, saidQuotes) = Self.clauses(Self.amendedAmount(lower, context: context) ?? Self.retrimmedSpan(lower, context: context) ?? Self.sameAtOtherEnd(lower, context: context) ?? countdown?.rest ?? text)
        // (Words for the screen found unquoted in a clause are added to these: "put JAYDEN #23 at the top".)
        var quotes = saidQuotes
        // Safety first: a file the project does not have, or a negative length, changes nothing.
        if let no = Self.impossible(clauses.joined(separator: " "), context: context, chinese: plan.chinese) {
            plan.declined.append(no)
            return plan
        }
        var draft = context.draft
        var verb: String?
        // Where the clause that gave the verb put things ("move a.jpg to the end. no wait, b.mp4": b.mp4 goes there too).
        var verbPlace: String?
        // Media and an empty timeline: the files named in the words (all of them otherwise), in the order said.
        var composed: [String] = []
        if draft.visualSegments.isEmpty, !Self.has(lower, #"^\s*(?:undo|redo)\b"#) {
            // ("a vertical promo 🔥 flyer first then …": an emoji between words ends a sentence, as in the clauses.)
            let words = Self.emojiAsCommas(lower)
            composed = Self.inDateOrder(Self.composeSources(words, context: context), words)
            let refused = composed.filter { !Self.isAcceptedMedia($0) }
            if !refused.isEmpty {
                composed.removeAll { !Self.isAcceptedMedia($0) }
                plan.questions.append(Self.formatsRefused(refused, context: context))
            }
            if composed.contains(where: { !Self.isAudio($0) }) {
                let op = EditOperation.compose(sources: composed, stillMs: Segment.defaultStillDuration)
                plan.operations.append(op)
                Self.describeCompose(composed, context: context, &plan)
                if let applied = try? op.apply(to: draft) { draft = applied.draft }
            }
        }
        if let countdown {
            plan.operations += countdown.ops
            plan.understood.append("add a countdown")
            for op in countdown.ops { if let applied = try? op.apply(to: draft) { draft = applied.draft } }
        }
        // ("what's the title right now?" then "put it at the top": what was asked about.)
        let subject = context.askedAbout.flatMap { Subject(key: $0, draft: context.draft) } ?? Self.lastTouched(before: context.previous, after: context.draft)
        var clauseSubject: Subject?
        var lastAsked: String?
        // "too loud now, put it back how it was": beside an undo, a complaint is its reason.
        let undoing = clauses.contains { Self.asksUndo($0.lowercased()) }
        // "the last photo goes by so fast, … make just that one twice as long": a clip named in words
        // that ask nothing is what "that one" in the next clause means.
        var named: (subject: Subject, clause: String)?
        // A vague "longer"/"shorter" left for the amount said next: which way.
        var vagueDirection: String?
        var askedState = false
        // Whether a clause asks about the video (what is said beside it may only say why).
        let asksSomething = clauses.contains { Self.asksState($0.lowercased()) }
        // The word a clause asked the meaning of ("what is a transition? add one between the pictures").
        var explainedTerm: String?
        var namesAsked = false
        var wordsAsked: [String]?
        var restMs: Int?
        // Whether the thing a question or an "if" asked about is there (a request "if not" waits on it).
        var condition: (there: Bool, saidIf: Bool)?
        // Whether words other than a refused request ask for the new video.
        var composeAsked = false
        let understoodAtCompose = plan.understood.count
        // Where each clause began (what the plan and the draft were), so a clause can take back the one before.
        var clauseStarts: [(ops: Int, understood: Int, notUnderstood: Int, questions: Int, declined: Int, draft: Draft)] = []
        // A clause read with the one before it ("… stay up longer, perhaps 6 seconds").
        var skipNext: Int?
        for (index, written) in clauses.enumerated() {
            if skipNext == index {
                skipNext = nil
                clauseStarts.append((plan.operations.count, plan.understood.count, plan.notUnderstood.count, plan.questions.count, plan.declined.count, draft))
                continue
            }
            clauseStarts.append((plan.operations.count, plan.understood.count, plan.notUnderstood.count, plan.questions.count, plan.declined.count, draft))
            // "move a.jpg to the end. no wait, b.mp4", "remove the music. wait no keep it, just quieter", "swap a and c...
            // actually no, leave the order": the words before are taken back (nothing they asked is made, nor reported as
            // not understood); what follows the correction is read on its own ("b.mp4" borrows "move … to the end").
            var written = written
            var afterRetraction = false
            // "can it start at 3 seconds when the title goes": the time is said; the title only says what happens then
            // (it changed the title).
            if Self.has(written, #"(?i)\bat (?:the )?\d"#) {
                written = Self.replacing(written, #"(?i),?\s*\b(?:when|once|as|after|right when|just as|just after|right after) the (?:title|caption|text|intro text|words?)(?:'s| is)? (?:goes(?: away| off)?|ends|ended|disappears|is gone|gone|fades(?: out| away)?|finishes|leaves|is over|over|done)\b"#, "")
            }
            // "change the title back to the original": the words it had when the video was first made (it undid every
            // change, or titled the video "the original").
            if let m = Numbers.firstMatch(#"(?i)\b(title|caption|end ?card)\b.*\bback to (?:the |its |what it was |how it was )?(?:original(?: (?:one|text|words|wording|title|caption|version))?|first (?:one|version)|(?:how|what) it was(?: (?:before|at first|originally))?)\s*[.!?]*$"#, in: written) {
                let kind: TextKind = Self.has(m[1].lowercased(), "title") ? .title : Self.has(m[1].lowercased(), "caption") ? .caption : .endcard
                let first = (context.history + [context.draft]).first { d in d.textPositions.indices.contains { d.textSegment($0).kind == kind } }
                if let d = first, let i = d.textPositions.indices.first(where: { d.textSegment($0).kind == kind }), let words = d.textSegment(i).text, !words.isEmpty {
                    quotes.append(words)
                    written = "change the \(kind == .endcard ? "end card" : kind.rawValue) to «\(quotes.count - 1)»"
                }
            }
            if index > 0, let m = Numbers.firstMatch(Self.retraction, in: written.lowercased()), let start = clauseStarts.dropLast().last {
                plan.operations.removeSubrange(min(start.ops, plan.operations.count)...)
                plan.understood.removeSubrange(min(start.understood, plan.understood.count)...)
                plan.notUnderstood.removeSubrange(min(start.notUnderstood, plan.notUnderstood.count)...)
                plan.questions.removeSubrange(min(start.questions, plan.questions.count)...)
                plan.declined.removeSubrange(min(start.declined, plan.declined.count)...)
                draft = start.draft
                clauseStarts[clauseStarts.count - 1] = clauseStarts[clauseStarts.count - 2]
                plan.understood.append("take that back")
                afterRetraction = true
                written = String(written.dropFirst(m[0].count))
                if written.trimmingCharacters(in: CharacterSet(charactersIn: " ,.!;:-—–")).isEmpty { continue }
            }
            if undoing, Self.has(written.lowercased(), "^(?:\(Self.complaintBesideUndo))[.!]*$") { continue }
            // "Could you trim that first second off, please?": the mark left where "please" was asks nothing (it was "not understood").
            if clauses.count > 1, written.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.whitespacesAndNewlines)).isEmpty { continue }
            // "… because the slideshow at the party gives each family 20 seconds or something": a reason split off a
            // request asks nothing (each photo was made 20 s); "the video is 10 seconds right now" says how it is.
            if index > 0 && Self.has(written.lowercased(), #"^(?:because|cause|cuz|coz|bc) (?!.*\b(?:please|pls|can you|could you)\b)"#)
                || Self.has(written.lowercased(), #"^(?:(?:ugh|ok|okay|so|well|hmm|um|right)[,!]? )*(?:the video|the vid|the reel|it|this|the whole thing) (?:is|'s) (?:only |just |currently |already )?\d+(?:\.\d+)? ?(?:s|secs?|seconds?)(?: long)? (?:right now|now|currently|at the moment|atm|so far)[.!]*$"#)
                || index > 0 && Self.has(written.lowercased(), Self.viewersWontWatch)
                // "… wait it's already half a second? then make it a quarter second": how it is, no request.
                || index > 0 && Self.has(written.lowercased(), #"^(?:(?:wait|oh|hmm|ah|oops|huh)[,!.]* )*(?:it'?s|its|it is|they'?re|they are|that'?s|that is) already (?:at )?(?:about |like |only |just )?(?:\d+(?:\.\d+)?|half a|a half|a quarter|one|two|three) ?(?:s|secs?|seconds?|%|percent)?[?.!]*$"#) {
                plan.understood.append("that is why")
                continue
            }
            // "move it to the top please, at the bottom it covers my hands when I'm signing": where it is now and what it
            // covers there say why (the caption was moved to the top, then back to the bottom).
            if index > 0, !plan.operations.isEmpty,
               Self.has(written.lowercased(), #"^(?:because |since |as |cause |cuz )?(?:(?:at|on|in|down at|up at) the (?:very )?(?:top|bottom|left|right|middle|cent(?:er|re)|corner)(?: of the (?:screen|frame|video|picture))?,? )?(?:it|they|that|this|the (?:text|caption|title|words|writing|subtitles?))(?:'s| is| are|'re)? (?:covers?|covering|blocks?|blocking|hides?|hiding|gets? in the way|is in the way|overlaps?|overlapping|cuts? off|sits? on top of)\b"#) {
                plan.understood.append("that is why")
                continue
            }
            // "make it black n white, old school like", "apply a sepia look, make it feel like an ancient tome", "a sepia,
            // old-photo look": beside a look
            // just given, words about how it should feel say why (the vintage look replaced black and white, or they were
            // not understood).
            if index > 0, plan.operations.contains(where: { if case .setLook = $0 { true } else { false } }),
               Self.has(written.lowercased(), #"^(?:and |so |to )?(?:(?:make it|have it|so it|it should|it'?ll|it will|it can) )?(?:feels?|looks?|seems?) (?:like|as if|as though) (?!.*\b(?:black|white|sepia|warm|cool|vivid|colou?r|brighter|darker)\b)[^,;]{2,40}[.!]*$|^(?:(?:kinda|kind of|sort of|real|proper|very|more) )*(?:old[- ]?school|old[- ]tim(?:e|ey|y)|old[- ]fashioned|old[- ](?:photo|photograph|picture|film)|antique|aged|retro|classic|timeless|nostalgic|moody|cinematic|artsy)(?: (?:like|style|vibe|feel|feeling|look|kind of thing))?[.!]*$"#) {
                plan.understood.append("that is why")
                continue
            }
            // "now it's way too quiet, can you put it back how it was before?" (read as "… too quiet undo."): the undo alone.
            // ("it's way too loud, can you put it back how it was?": one clause, the same.)
            if undoing, Self.asksUndo(written.lowercased()), Self.has(written.lowercased(), "^(?:\(Self.complaintBesideUndo))[,;.!]? ") { written = "undo" }
            let opsBefore = plan.operations.count, saidBefore = plan.understood.count
            if index > 0, Self.restrictToKind(written.lowercased(), &plan.operations, draft: context.draft) {
                plan.understood.append(written)
                continue
            }
            // Words that only lead in: "hmm make it 30", "ok so add a title".
            // "nah make it 1.5", "no, put it at the top": a "no" that only leads in (never "no music").
            var clause = Self.replacing(written, #"^(?:(?:hmm+|um+|uh+|ok|okay|so|well|actually|oh|wait|now|and|alright|nah|nope|yeah|yep|yup)[,.!]?\s+|no[,.!]\s+|no\s+(?=(?:make|put|set|change|try|do|go with|just)\b))+"#, "")
            // ("a.jpg should be 5 seconds and also c.png 5 seconds": "also" before a file and its length only leads in.)
            clause = Self.replacing(clause, #"^(?:also|plus|as well)\s+(?=[\w-]+\.(?:jpe?g|png|webp|gif|heic|mp4|mov|m4v|webm) (?:for |to |at |about )?\d+(?:\.\d+)? ?(?:s|secs?|seconds?)\b)"#, "")
            // "bigger!!", "louder!!!": repeated marks at the end are emphasis, not words.
            clause = Self.replacing(clause, #"\s*[!?.]{2,}$"#, "")
            // "Could you swap things around so the last photo comes first?", "rearrange them so that the beach one is
            // last": the order said after "so" is the request (the words before it only say that it moves).
            clause = Self.replacing(clause, #"^(?:(?:could|can|would|will) you (?:please )?|please )?(?:swap|switch|move|mix|shuffle|rearrange|reorder|re-order|reshuffle|change)(?: (?:things|stuff|it|them|everything|the order|(?:the |my )?(?:clips|photos|pictures|pics|images|videos|slides)))?(?: (?:around|round|up|about))? so (?:that )?(?=(?:the|my|this|that|clip|photo|picture|[\w-]+\.\w+)\b)"#, "")
            // "… so the VO reads", "… so I can send it": the purpose, not a second request (but "… on her phone so it
            // needs to be tall" says what it should be, and "move the last slide so that it comes second", "… so it comes right after front.jpg" where it goes).
            clause = Self.replacing(clause, #"(?<=\S)\s+so (?:that )?(?![^\d]*\d)(?!(?:it|that|the \w+) (?:says?|reads?|shows?|displays?|is called)\s+[^\s.!?])(?!(?:it|this|the video) (?:needs?|has|must|should|have) (?:to )?be (?:tall|wide|vertical|horizontal|square|upright)\b)(?!(?:it|they|that one|this one|the \w+) (?:comes?|goes?|is|ends up|sits|lands|shows up|appears|plays) (?:first|second|third|fourth|fifth|sixth|last|\d+(?:st|nd|rd|th))\b)(?!(?:it|they|that one|this one|the \w+) (?:comes?|goes?|is|ends up|sits|lands|shows up|appears|plays) (?:right |just |directly |immediately )?(?:after|before|next to|behind|in front of)\b)(?:the|i|we|you|it|people|everyone|viewers|my|our|they)\b.*$"#, "")
            clause = Self.clipTimesSaid(clause, draft: draft)
            // "change the length to 25", "set the duration to 40": a bare number for the video's length is seconds; one
            // that would throw away more than half the video is asked about ("Set duration to 3.").
            if let m = Numbers.firstMatch(#"^(?:please )?(?:change|set|make|put|adjust|update|bring)\s+(?:the |its )?(?:total |overall |whole |video'?s? )?(?:length|duration|runtime|run time)(?: of (?:the |my )?(?:video|whole thing))?\s+(?:to|at|=|be)?\s*(\d{1,3}(?:\.\d+)?)\s*(?:please|pls|instead)?[.!]*$"#, in: clause.lowercased()),
               let v = Double(m[1]) {
                let ms = Int((v * 1000).rounded()), current = draft.duration()
                if current > 0, ms < current / 2 {
                    plan.questions.append(Self.lengthQuestion(ms, current: current, chinese: plan.chinese))
                    continue
                }
                clause = "make it \(m[1]) seconds"
            }
            if let verb = context.awaitingClip, let which = Self.answersWhich(clause.lowercased(), draft: draft) {
                // "remove the blurry one" (asked which), then "sorry it's mia_3": remove mia_3.
                // ("make the beach one longer" asked which: "make {} longer", the answer in its place.)
                clause = verb.contains("{}") ? verb.replacingOccurrences(of: "{}", with: which) : verb + " " + which
            }
            // "Could you make it longer? Maybe by 5 seconds": a bare amount right after a vague longer or shorter is
            // how much (never the new length: the video would shrink to 5 seconds).
            // "fade out to black over 3 seconds" then "longer, 5": the fade's new length (it made the video longer).
            if vagueDirection == "fade", let m = Numbers.firstMatch(#"^(?:(?:like|say|maybe|perhaps|about|around|so|just|make it)\s+)*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?[.!?]*$"#, in: clause.lowercased()) {
                clause = "make it \(m[1]) seconds"
            } else if let dir = vagueDirection, let m = Numbers.firstMatch(#"^((?:(?:like|say|maybe|perhaps|about|around|roughly|approximately|so|by|just)\s+)*)(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?|minutes?|mins?))(?: or so| please| pls| maybe)*[.!?]*$"#, in: clause.lowercased()) {
                // "shorter. 8 sec", "longer, 30 seconds" (no "by"): a length that goes the way said is the new one.
                let current = draft.duration()
                if !Self.has(m[1], #"\bby\b"#), let ms = Numbers.duration(in: m[2]), current > 0, dir == "shorter" ? ms < current : ms > current {
                    clause = "make it \(m[2])"
                } else {
                    clause = "make it \(m[2]) \(dir)"
                }
            }
            // "make it shorter, maybe half", "longer, like double": how much.
            if let dir = vagueDirection, let m = Numbers.firstMatch(#"^(?:(?:like|say|maybe|perhaps|about|around|roughly|so|by|just)\s+)*(?:a |one )?(half|double|twice)(?: of it| as long| the length| that)?(?: or so| please| pls| maybe)*[.!?]*$"#, in: clause.lowercased()),
               (m[1] == "half") == (dir == "shorter") {
                clause = m[1] == "half" ? "make it half as long" : "make it twice as long"
            }
            vagueDirection = nil
            // "keep c.png up longer, like 6 seconds", "make the month 6 photo longer, say 5 s": a bare length right after
            // a picture or clip was asked to stay longer is that one's, never the video's (it cut the video to 6 s).
            // ("The c.png shot is my favourite, could it stay up longer, say 6 seconds", "Could the final photograph linger a
            // little longer, ten seconds perhaps?": the one it made longer, that long.)
            if index > 0, let m = Numbers.firstMatch(#"^(?:(?:like|say|maybe|perhaps|about|around|roughly|approximately|so|just)\s+)*(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: or so| please| pls| maybe| perhaps| i think| i guess| if possible| or something)*\s*[.!?]*$"#, in: clause.lowercased()) {
                let prev = clauses[index - 1].lowercased()
                let ts = Self.targets(prev, draft: draft).filter { $0 != .all }
                let pronoun: Int? = if Self.has(prev, #"\b(?:it|that one|this one)\b"#), let n = named, case .clip(let i) = n.subject { i }
                    else if Self.has(prev, #"\b(?:it|that one|this one)\b"#), case .clip(let i)? = clauseSubject { i } else { nil }
                if Self.has(prev, #"\b(?:longer|shorter|stay|stays|linger|lingers|hold)\b|\b(?:up|on screen) (?:longer|shorter|a bit|a little)\b"#),
                   !ts.isEmpty || pronoun != nil || Self.has(prev, #"\b(?:photo|photograph|picture|pic|image|clip|shot|slide|one)\b|\.(?:jpe?g|png|heic|mp4|mov)\b"#),
                   !Self.has(prev, #"\b(?:title|caption|text|music|song|transitions?|fades?|video|whole|everything)\b"#) {
                    if case .trim(let t, nil, _?)? = plan.operations.last, let ms = Numbers.duration(in: m[1]) {
                        plan.operations[plan.operations.count - 1] = .trim(t, inMs: nil, durationMs: ms)
                        continue
                    }
                    if plan.operations.contains(where: { if case .trim(_, nil, _?) = $0 { true } else { false } }) { continue }
                    if ts.isEmpty, let i = pronoun, draft.visualSegments.indices.contains(i) {
                        clause = "make clip \(i + 1) \(m[1])"
                    } else if ts.count == 1, let i = (try? draft.indexes(ts[0]))?.first {
                        clause = "make clip \(i + 1) \(m[1])"
                        // The clause before, read with this one, is understood now.
                        let said = Self.restore(clauses[index - 1], quotes).trimmingCharacters(in: .whitespaces).lowercased()
                        plan.notUnderstood.removeAll { $0.lowercased() == said }
                    } else {
                        plan.notUnderstood.append(Self.restore(clause, quotes).trimmingCharacters(in: .whitespaces))
                        continue
                    }
                }
            }
            // "the music should start when the cake picture comes on, thats the last picture, at like 6 seconds": a bare
            // time ("at …") after words about when the music starts is that time; alone, a time is no length (it made the
            // video 6 s), so what happens then is asked.
            if let m = Numbers.firstMatch(#"^(?:so |and |just |maybe )?(?:at|around|from) (?:(?:like|about|around|roughly|maybe|exactly)\s+)*(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: (?:or so|mark|in|please|pls))*\s*[.!?]*$"#, in: clause.lowercased()) {
                if clauses[..<index].contains(where: { Self.has($0.lowercased(), #"\b(?:music|song|bgm|soundtrack|track|tune)\b.*\b(?:start|starts|begin|begins|come in|comes in|kick in|kicks in)\b"#) }) {
                    clause = "start the music at \(m[1])"
                } else if plan.operations.isEmpty, index == clauses.count - 1 {
                    plan.questions.append("What should happen at \(m[1])? Say, for example, \"start the music at \(m[1])\" or \"add a caption 'Hello' at \(m[1])\". Nothing was changed.")
                    plan.understood.append("")
                    continue
                }
            }
            // "…, logo at the very end. Add title …. Music: gentle_guitar.mp3" with that song already put in: said, done.
            if let m = Numbers.firstMatch(#"^(?:(?:background |the )?(?:music|song|soundtrack|bgm|audio|track|tune))\s*[:=-]?\s*["“']?([\w.-]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus))["”']?[.!]*$"#, in: Self.restore(clause, quotes).lowercased()),
               let playing = draft.tracks.first(where: { $0.type == .audio && $0.role == .music })?.segments.first?.src,
               (playing as NSString).lastPathComponent.lowercased() == m[1] {
                plan.understood.append("use \(m[1]) as the music")
                continue
            }
            // "the rain ambience track low, like 15%": a bare level right after words about the music is the music's.
            // ("…at a modest level, approximately 30 percent" too.)
            let roughly = #"^(?:(?:like|say|maybe|perhaps|about|around|roughly|approximately|approx\.?|some|so|at|to|ideally|something like|somewhere around|close to)\s*)*"#
            if index > 0, Self.has(clause.lowercased(), roughly + #"\d+(?:\.\d+)?\s*(?:%|percent|per cent)(?: or so| please| pls| maybe)?[.!]*$"#),
               Self.has(clauses[index - 1].lowercased(), #"\b(?:music|song|track|bgm|soundtrack|tune)\b"#) {
                clause = "the music at " + Self.replacing(clause, roughly, "")
            }
            if let term = explainedTerm, let m = Numbers.firstMatch(#"^((?:(?:ok|okay|then|so|and)[,]? )*(?:please )?(?:add|use|put|try|give (?:it|me|us))) (?:one|some|them|it)\b"#, in: clause.lowercased()) {
                clause = m[1] + " " + (term == "transition" ? "transitions" : term) + clause.dropFirst(m[0].count)
            }
            explainedTerm = nil
            // "put the video the right way up for the phone, is that called vertical", "Sepia, I think it's called?":
            // beside a request, a name guessed for it only labels it; when the request was not understood, the
            // name is what it asked ("make the colours grey, is that called black and white?"). Alone, "is that
            // called vertical?" is only asked.
            if clauses.count > 1, let name = Self.guessedName(clause) {
                var trial = Plan()
                guard !plan.notUnderstood.isEmpty, Self.applyRules(name, quotes: quotes, draft: draft, context: context, &trial), !trial.operations.isEmpty else { continue }
                plan.notUnderstood.removeLast()
                clause = name
            }
            let c = clause.lowercased()
            if c.isEmpty { continue }
            // "and put each pet's name on their photo": captions made once the pictures are where they will be.
            if Self.has(c, Self.asksNameOnEachPicture) {
                namesAsked = true
                continue
            }
            if let ms = Self.restLength(c) {
                restMs = ms
                continue
            }
            if let words = Self.wordsForEachPicture(clause) {
                wordsAsked = words.map { Self.restore($0, quotes) }
                continue
            }
            // "what is a transition? add one between the pictures": the word explained, never applied.
            // ("what does 'contain' mean for a clip?": the word asked about in quotes too.)
            // ("I must admit I do not understand what a 'transition' is": the same question, said as not knowing.)
            if let explained = Self.termExplained(c) ?? Self.termExplained(Self.restore(clause, quotes).lowercased())
                ?? Self.termExplained(Self.replacing(Self.restore(clause, quotes).lowercased(), #"^(?:i (?:must|have to|should) (?:admit|confess),? (?:that )?)?i (?:do not|don'?t|dont) (?:really |quite |fully )?(?:understand|know) what (?:a |an |the )?["“'‘]?([a-z-]+)["”'’]? (?:is|means)[.!?]*$"#, "what is a $1?")) {
                plan.questions.append(explained.answer)
                explainedTerm = explained.term
                continue
            }
            // "music at 100%, it's my song, it should be loud": why the level just set, not a second change.
            if plan.operations.contains(where: { if case .setMusicVolume = $0 { true } else { false } }),
               Self.has(c, #"^(?:and |because |cause |cuz |since |so )?(?:it|the (?:music|song|track)|my (?:music|song|track)|that|people|everyone|you) (?:should|must|needs? to|has to|have to|can|will|gotta) (?:be )?(?:really |very |nice and |properly |clearly )?(?:loud|heard|hear it|audible|clear|up front|front and cent(?:er|re)|the star|quiet|soft|in the background)[.!]*$"#) {
                plan.understood.append("that is why")
                continue
            }
            if Self.has(c, Self.refusedComparative) {
                plan.understood.append("leave it as it is")
                continue
            }
            // "don't remove the music, lower it a bit": kept, and what "it" means next.
            if Self.has(c, Self.refusedRemoval) {
                plan.understood.append("keep it")
                if Self.has(c, #"\b(?:music|song|bgm|soundtrack|track)\b"#) { clauseSubject = .music }
                else if let m = Numbers.firstMatch(#"\b(title|caption|end card)\b"#, in: c), let i = Self.onlyText(said: m[1], in: draft) { clauseSubject = .text(i) }
                continue
            }
            // "Apply a music fade-in of 2000 ms … Do not modify video fades.": what stays as it is (it removed the transitions).
            if Self.has(c, #"^(?:please |and |but |also )?(?:do not|don'?t|never|no need to|you (?:don'?t|do not) need to) (?:modify|change|touch|alter|adjust|edit|mess with|affect|update)\b(?: (?:the|any|my|our|its|their))?(?: [\w-]+){1,3}[.!]*$"#) {
                plan.understood.append("leave that as it is")
                continue
            }
            // "Please use the nicer music instead, moonlight_sonata.mp3.": a file named again after the edit that used it
            // only says which one.
            if let m = Numbers.firstMatch(#"^(?:(?:namely|i\.?e\.?|that is|that'?s|it'?s|the one called|called|the file|file)\s+)?([\w-]+(?:\.[\w-]+)*\.[a-z0-9]{2,4})[.!]*$"#, in: c),
               Self.sourcesUsed(by: plan.operations).contains(m[1]) || Self.removes(m[1], plan.operations, draft: context.draft) { continue }
            // "The second one … has a terrible lot of wind noise on it. Could you take the sound off that one only?": noise
            // described beside a request that mutes is why (muting is what can be done; it was refused as a clean-up).
            if !Self.startsWithRequest(c), Self.has(c, #"\b(?:noise|hiss|hum|wind)\b"#),
               !Self.has(c, #"\b(?:remove|get rid|clean|reduce|fix|filter|eliminate|lower|less|can you|could you|please|want|need|make)\b"#),
               clauses[(index + 1)...].contains(where: { Self.has($0.lowercased(), #"\bmute\b|\bsilence (?:it|that|this|the|clip)\b|\b(?:take|turn|switch|cut|shut) (?:the |its )?(?:sound|audio) (?:off|out)\b|\b(?:no|without (?:the |its )?)(?:sound|audio)\b"#) }) {
                // (The clip it is said of is what "that one" means next: the one named, or the one video there is.)
                let ts = Self.targets(c, draft: draft).filter { $0 != .all }
                let moving = draft.visualSegments.indices.filter { !draft.visualSegments[$0].isPicture }
                if ts.count == 1, let k = (try? draft.indexes(ts[0]))?.first { named = (.clip(k), Self.restore(clause, quotes)) }
                else if ts.isEmpty, moving.count == 1, Self.has(c, #"\b(?:clip|video|film|footage|moving)\b"#) { named = (.clip(moving[0]), Self.restore(clause, quotes)) }
                plan.understood.append("that is why")
                continue
            }
            // "The second clip begins with about 1 second of me adjusting the camera. Could you trim that first second off?":
            // what is at a clip's start or end, said before a trim, is why (not understood).
            if !Self.startsWithRequest(c), Self.has(c, #"^(?:(?:so|well|ok|okay|hmm+)[,!]? )*(?:the |my )?(?:\w+ )?(?:clip|video|photo|shot|footage|recording|[\w-]+\.(?:mp4|mov|m4v|webm))(?: \d+)? (?:begins|starts|opens|ends|finishes|closes) with (?:about |roughly |around |maybe |like |a good )?(?:\d+(?:\.\d+)?|a|one|two|three|half a) (?:seconds?|secs?|s|second or so) (?:of|where|when)\b[^.!?]*[.!]*$"#),
               clauses[(index + 1)...].contains(where: { Self.has($0.lowercased(), #"\b(?:trim|cut|chop|snip|take)\b"#) }) {
                // (The clip it is said of is what "that" means next.)
                let ts = Self.targets(c, draft: draft).filter { $0 != .all }
                if ts.count == 1, let k = (try? draft.indexes(ts[0]))?.first { named = (.clip(k), Self.restore(clause, quotes)) }
                plan.understood.append("that is why")
                continue
            }
            // "b.mp4 (the gopro bit) is super shaky, slow it down to half speed": how one clip is, said before a request
            // that can be made, is why (never a refusal to stabilise), and that clip is what "it" means next (every clip
            // was slowed).
            if !Self.startsWithRequest(c), Self.has(c, #"^(?:(?:ugh|ok|so|well|hmm+|oh)[,!]? )*(?:[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)|clip \d+|the (?:\w+ )?(?:clip|video|footage|photo|picture|shot)) (?:is|looks|'s|was) (?:(?:super|so|really|very|way|a bit|kinda|kind of|too|pretty|quite) )*(?:shaky|wobbly|jittery|jumpy|bumpy|unsteady)[.!]*$"#),
               index + 1 < clauses.count, Self.startsWithRequest(clauses[index + 1].lowercased()),
               case let ts = Self.targets(c, draft: draft).filter({ $0 != .all }), ts.count == 1, let k = (try? draft.indexes(ts[0]))?.first {
                named = (.clip(k), Self.restore(clause, quotes))
                plan.understood.append("that is why")
                continue
            }
            if let no = Self.declined(clause, context: context, around: Self.sentence(of: clause, in: instruction)) {
                // "The little video has a lot of noise in it. Could you turn off its sound …?": the noise is why muting is asked.
                if no.contains("denoise"), Self.has(instruction.lowercased(), Self.soundOffAsked) {
                    plan.understood.append("that is why")
                    continue
                }
                // "make a video of the shop with the logo as the final picture": the new video is asked for all the same.
                if Self.has(c, #"\b(?:make|create|build|put together|assemble|compose|cut)\b.{0,30}\b(?:video|vid|slideshow|reel|montage|movie|teaser|promo|trailer|recap|highlights?)\b"#) { composeAsked = true }
                // "auto-detect and cut the dead air": one refusal for both halves.
                if !plan.declined.contains(no) { plan.declined.append(no) }
                continue
            }
            // "get rid of the wind noise? you literally can't hear what Jack is saying": after a request
            // Reel cannot do, words that ask nothing themselves are its reason, never another edit.
            if !plan.declined.isEmpty, !Self.startsWithRequest(c) { continue }
            // "make it black and white, my grandma loves old films": beside a request, what someone likes or does
            // is its reason, never read for edits ("old films" is no vintage look).
            if Self.talksAboutPeople(c), clauses.contains(where: { Self.startsWithRequest($0.lowercased()) }) { continue }
            // "remove the music, ill add a voiceover later": what the user will do later asks nothing now (no voiceover is added).
            if !plan.operations.isEmpty, Self.has(c, Self.userDoesLater), !Self.has(c, #"\d"#) { continue }
            // "make it black and white, like an old film", "改成黑白，像老电影那样": after a named look, what it should be like is
            // its reason ("a bit softer and like old brown photographs" still asks for sepia).
            if plan.operations.contains(where: { if case .setLook(let look) = $0 { look.name != .none } else { false } }),
               Self.comparisons.contains(where: { $0.matches(c.trimmingCharacters(in: CharacterSet(charactersIn: " .!?"))) }) { continue }
            // "sepia please, i want it to feel nostalgic", "so it feels old school, black and white": beside a look named
            // outright, the mood it should give is its reason, never a second look (said before or after it).
            if Self.isLookMood(c), clauses.enumerated().contains(where: { other in
                let o = other.element.lowercased()
                return other.offset != index && !Self.isLookMood(o) && Self.lookWords.contains { Self.has(o, $0.0) }
            }) { continue }
            // "Can you make the whole thing look like an old storybook? Sepia maybe?", "give it a vintage, programme-from-1952
            // sort of feel": what the named look (said before or after) should be like, never a request of its own.
            if Self.lookLikenesses.contains(where: { $0.matches(c.trimmingCharacters(in: CharacterSet(charactersIn: " .!?"))) }),
               clauses.enumerated().contains(where: { other in other.offset != index && Self.lookWords.contains { Self.has(other.element.lowercased(), $0.0) } }) { continue }
            // "remove the transitions, as the wipes could be distracting for older viewers": after a change, what a thing
            // might do to people is its reason (the wipes are not asked for).
            if !plan.operations.isEmpty, !Self.startsWithRequest(c), Self.has(c, Self.mightBother) { continue }
            if !plan.operations.isEmpty, !Self.startsWithRequest(c), Self.has(c, Self.reasonBesideChange) {
                plan.understood.append("that is why")
                continue
            }
            // "add a slow zoom on the two photographs, not on the video": the kind left out, when the change before named the other kind.
            if index > 0, !plan.operations.isEmpty, let m = Numbers.firstMatch(#"^(?:but |and )?not (?:on |to |for |in )?(?:the |my |any )?(?:(videos?|clips?|footage|video clips?)|(photos?|photographs?|pictures?|pics?|images?|stills?))[.!]*$"#, in: c),
               Self.has(clauses[index - 1].lowercased(), m[1].isEmpty ? #"\b(?:videos?|clips?|footage)\b"# : #"\b(?:photos?|photographs?|pictures?|pics?|images?|stills?)\b"#) { continue }
            // "背景音乐小声一点，都听不清我说话了": beside a music level, that the voice is drowned out is its reason.
            if plan.operations.contains(where: { if case .setMusicVolume = $0 { true } else { false } }),
               Self.has(c, #"^(?:都|我都|完全|根本|因为|不然)?(?:听不清|听不见|听不到|盖住了?|盖过了?|压住了?)(?:楚)?.{0,4}(?:我|人|说话|讲话|人声|解说|声音)"#) { continue }
            // "music too loud lah, cannot hear anything": beside the music made quieter, hearing nothing is why (it made it louder).
            if plan.operations.contains(where: { if case .setMusicVolume(let v) = $0 { v < (context.draft.tracks.first { $0.role == .music }?.segments.first?.volume ?? 0.35) } else { false } }),
               Self.has(c, #"^(?:and |so |because |cause |cuz |i |we |you )*(?:barely|can'?t|cannot|could ?n'?t|hardly|can not) (?:even )?hear (?:anything|a thing|nothing|anyone|anybody|what(?:'s| is) (?:said|going on))(?: (?:lah|la|leh|lor|ah|at all|else))*[.!]*$"#) { continue }
            // "the waltz is a bit quiet, it should really be heard": beside a music level, that it should be heard is its reason.
            if plan.operations.contains(where: { if case .setMusicVolume = $0 { true } else { false } }),
               Self.has(c, #"^(?:and |so |because |cause )?(?:it|the music|the song|you|we|people|everyone|the audience) (?:should|must|needs? to|has to|ought to|wants? to|can|could|can'?t|cannot) (?:really |actually |properly |barely |hardly |clearly |even |still )*(?:be )?(?:heard|hear (?:it|the music|the song))(?: (?:properly|clearly|over (?:it|the video|everything)))?[.!]*$"#) { continue }
            // "Max got adopted!! take him out, he's b.mp4": news beside a removal says why (not understood).
            if index + 1 < clauses.count, Self.has(c, #"^(?:[a-z][\w'’-]* ){1,2}(?:got|was|has been|is|just got) (?:finally |just )?(?:adopted|rehomed|sold|taken|gone|picked up)[.!]*$"#),
               clauses[(index + 1)...].contains(where: { Self.has($0.lowercased(), #"\b(?:take|cut|remove|delete|drop)\b"#) }) { continue }
            // "duck the music under the voiceover pls, VO incoming": that a voice is on its way says why (not understood).
            if !plan.operations.isEmpty,
               Self.has(c, #"^(?:and |the |my |a )?(?:vo|voice ?-?over|narration|voice|dialogue|talking)s? (?:is |are |will be )?(?:incoming|coming(?: (?:soon|later|up|next|in later))?|to come|on (?:the|its) way|(?:added|recorded) later|later)[.!]*$"#) { continue }
            // "stop the music at 8 seconds, after that only the video sound": what the stop leaves, not another request.
            if plan.operations.contains(where: { if case .setMusicTiming(_, _?) = $0 { true } else { false } }),
               Self.has(c, #"^(?:and |so )?(?:after that|afterwards|from then on|from there|then)(?: (?:there is|it'?s|is|we hear|you hear))?,? (?:only|just) (?:the )?(?:video'?s?|clips?'?|original|natural|own|real|camera) ?(?:own )?(?:sound|audio|noise)s?(?: (?:plays?|left|remains?))?[.!]*$"#) { continue }
            if !composeAsked, !composed.isEmpty, Self.asksToCompose(c, context: context) || Self.mentionsMedia(c, context: context) { composeAsked = true }
            // "Verify the caption timing.", "how much long is it?", "is the music still on there?": a question about the timeline.
            // "is there any music? if not add beat.mp3", "If no music track exists, add bgm.mp3": a request on a
            // condition is made only when the draft meets it.
            if let there = Self.presence(c, draft: draft) {
                condition = (there, Self.has(c, #"^(?:and |but )?if\b"#))
                if condition?.saidIf == true { continue }
            } else if let (there, saidIf) = condition, saidIf || Self.has(clause, Self.onCondition) {
                condition = nil
                // It is there already: nothing to do, and the answer shows what there is.
                if there {
                    askedState = true
                    continue
                }
                clause = Self.replacing(clause, Self.onCondition, "")
            }
            // "should I remove the music?", "Do you think I should cut it?", "is it better to drop the last photo?": advice
            // asked, never the edit itself (the music was removed); the answer gives the words that would make it.
            if let asked = Self.adviceAsked(c) {
                plan.questions.append(Self.adviceAnswer(asked))
                continue
            }
            // "Will making the music quieter delete the song?", "does adding a title change the length?": what an edit
            // would do, asked (it removed the music, then had none to make quieter).
            if Self.has(c, #"^\#(Self.questionLead)(?:will|would|does|do|can|could|might|may|won'?t|doesn'?t|is|isn'?t) (?!(?:some|any|every|no)thing\b)[a-z]{3,}ing\b(?!.*\b(?:please|pls)\b).*\b(?:delete|deletes|remove|removes|lose|loses|erase|erases|change|changes|affect|affects|break|breaks|ruin|ruins|mess (?:up|with)|overwrite|reset|wipe|hurt|touch|shorten|lengthen)\b"#) {
                askedState = true
                continue
            }
            // "Can I undo things if I make a mistake?": whether undo exists, asked (it undid nothing and refused the rest).
            if Self.has(c, #"^\#(Self.questionLead)(?:can|could|may|will) (?:i|we) (?:still |always )?(?:undo|redo|go back|revert|change (?:it|things|that) back)\b(?:(?: (?:things|stuff|changes|edits|everything|anything|mistakes))(?: (?:later|afterwards|after|if|when|in case)\b.*)?|(?: (?:it|that|this))? (?:later|afterwards|if|when|in case)\b.*)[?.!]*$"#) {
                plan.questions.append(plan.chinese ? "可以：说“撤销”就能撤回上一步修改，可以连续撤销；说“重做”可以恢复。" : "Yes: say \"undo\" to take back the last change (as many times as you like), and \"redo\" to bring it back.")
                continue
            }
            if Self.asksState(c) || (askedState && Self.onlyNamesMedia(c, context: context)) {
                askedState = true
                continue
            }
            // "how long is the video right now? youtube shorts has a limit", "what is the duration, in seconds, and …", "confirm
            // the length and the music volume": beside a question, a limit or the unit says why or how it is asked (the first
            // made the video vertical), and a thing named is asked about too.
            if asksSomething, Self.saysWhyAsked(c) {
                plan.understood.append("that is why")
                continue
            }
            // "Before I proceed, may I ask how loud the music currently is?": when it is asked, no request.
            if asksSomething, index + 1 < clauses.count,
               Self.has(c, #"^(?:but |and |so |ok,? )?(?:before|until) (?:i|we) (?:proceed|go on|continue|carry on|sign off|finish|wrap (?:this |it )?up|move on|export|render|go any further|do anything else|decide|start|post|send it|change anything|make any changes|edit anything|touch anything)[.,!:]*$"#) {
                continue
            }
            // "ok cool", "that's cool, thanks": talk, never the cool look.
            if Self.isSmallTalk(c) {
                // "Lovely. And please make sure it keeps playing to the end": kind words beside a request ask nothing (they were
                // reported as not understood).
                if clauses.indices.contains(where: { $0 != index && Self.startsWithRequest(clauses[$0].lowercased()) }) { continue }
                plan.notUnderstood.append(Self.restore(clause, quotes).trimmingCharacters(in: .whitespaces))
                continue
            }
            // "let the video more short? take off 4 seconds", "video 太长了，剪掉3秒", "too long. make it 7s":
            // a length said after "shorter" or "too long" is how much; the vague word alone is not applied too.
            if subject == .fades, clauseSubject == nil, Self.has(c, #"^(?:(?:a |just a )?(?:bit|little|lot)\s+|even\s+|much\s+)*(?:longer|shorter|slower|quicker)$"#),
               index + 1 < clauses.count, Self.has(clauses[index + 1].lowercased(), #"^(?:(?:like|say|maybe|about|around|so|just|make it)\s+)*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?[.!?]*$"#) {
                vagueDirection = "fade"
                continue
            }
            // "faster. 2s per photo", "slower, 5 seconds each picture": a pace said alone beside a length for each picture is
            // how that length is meant (every clip was sped up as well, the video clip too).
            if Self.has(c, #"^(?:(?:a (?:bit|little|lot) |much |way |even |bit |little )?(?:faster|quicker|snappier|slower|speedier|pacier)|too (?:slow|fast|quick)|speed (?:it |things )?up|slow (?:it |things )?down)(?: please| pls| plz)?[.!]*$"#),
               clauses.enumerated().contains(where: { other in other.offset != index && Numbers.duration(in: other.element.lowercased()) != nil
                   && Self.has(other.element.lowercased(), #"\b(?:per|each|every|apiece|a piece)\b"#)
                   && !Self.has(other.element.lowercased(), #"\b(?:fade|transition|crossfade|dissolve|title|caption|text|music|song|clips?|videos?)\b"#) }) {
                continue
            }
            if Self.vagueLength(c), clauses[(index + 1)...].contains(where: { Self.saysVideoLength($0) || Self.has($0.lowercased(), #"一半|减半|\bhalf\b|\bdouble\b|\btwice\b|\d\s*%|percent"#)
                // "make it a bit longer, like 5 more seconds": the amount said next is the change.
                || Self.has($0.lowercased(), #"^(?:like |say |maybe |about |around |roughly |so |by )?\#(Numbers.amount)[- ]?(?:more |extra |fewer |less )?(?:s|secs?|seconds?|minutes?|mins?)(?: (?:more|longer|shorter|less|extra))?(?: or so)?[.!?]*$"#) }) {
                vagueDirection = Self.has(c, #"longer|too short|太短"#) ? "longer" : Self.has(c, #"shorter|too long|lengthy|太长"#) ? "shorter" : nil
                continue
            }
            // "keep the transition names as they are": what stays as it is, beside a change (the length kept after
            // an edit is the length set again: `keepLength`).
            if Self.keepsAsItIs(c), plan.operations.isEmpty || !Self.has(c, Self.keepsLength) {
                plan.understood.append("keep \(Self.replacing(c, #"^(?:but |and |so )?(?:keep|leave) "#, ""))")
                continue
            }
            // A clause that only names files to compose ("… from clip1 and photo3") was read above.
            // (Not "music bgm_01.mp3" after "Compose [clip_01.mp4, img_01.jpg]": a sound file left out of the video is its music.)
            let soundLeftOut = context.media.contains { p in
                Self.isAudio(p) && !(composed.contains(p) && composed.contains { !Self.isAudio($0) }) && c.contains((p as NSString).lastPathComponent.lowercased())
            }
            if !composed.isEmpty, !soundLeftOut, Self.onlyNamesMedia(c, context: context) || !Self.leftOutAfter(c, context: context).isEmpty { continue }
            let exporting = Self.route(c) == .export
            if exporting && plan.intent != .export {
                plan.intent = .export
                plan.understood.append(Self.intentName(.export))
            }
            // "it" and "them" stand for what was just touched: the music, the transitions.
            var spoken = clauseSubject ?? subject
            // (Not a level: "… couldn't hear Lily in the middle clip, turn it down to 15 percent" is the music.)
            if let n = named, Self.has(c, #"\b(?:that one|this one|that (?:photo|picture|pic|clip|image|shot)|it)\b"#),
               !Self.has(c, #"\bturn\b|volume|quieter|louder|softer|percent|%"#) {
                spoken = n.subject
            }
            // "The writing at the start disappears before I can read it … Could it stay up longer, perhaps 6 seconds?": that
            // text on screen longer, for the time said next when it fits (it made the video longer, then 6 s long).
            if case .text(let i)? = spoken, draft.textPositions.indices.contains(i),
               Self.has(c, #"^(?:(?:can|could|would|will|should|please|and|so|then)\s+)*(?:(?:make|let|have|keep) )?(?:it|that|this)(?: one)? (?:stay|stays|remain|remains|last|lasts|be shown|show|hold|be (?:up|on screen|visible))(?: up| on(?: the)?(?: screen)?| there| visible)? (?:a (?:bit|little|tad|touch) |much |even |slightly )?longer[?.!]*$"#) {
                let seg = draft.textSegment(i), kind = Self.kindWord(seg.kind ?? .caption)
                let now = seg.duration ?? 0, room = draft.duration() - (seg.start ?? 0)
                let next = index + 1 < clauses.count ? Numbers.firstMatch(#"^(?:(?:like|say|maybe|perhaps|about|around|roughly|so|just)\s+)*(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: (?:or so|please|pls|maybe|perhaps|long))*[.!?]*$"#, in: clauses[index + 1].lowercased()) : nil
                if let next, let ms = Numbers.duration(in: next[1]), ms > now, ms <= room {
                    clause = "make the \(kind) last \(seconds(ms)) seconds"
                    skipNext = index + 1
                } else if next == nil, plan.operations.contains(where: { if case .editText(_, _, _, _?, _, _, _) = $0 { true } else { false } }) {
                    // ("The title goes by too fast. Could it stay up longer?": the complaint made it longer already.)
                    plan.understood.append("keep the \(kind) up longer")
                    continue
                } else if next == nil, room > now {
                    clause = "make the \(kind) last \(seconds(min(room, now + 2000))) seconds"
                }
            }
            // "淡入1秒" right after a music change: the music's.
            if spoken == .music, Self.isChinese(clause), !Self.has(c, #"视频|画面|整体|标题|字幕|转场"#), Self.has(c, #"淡入|淡出|音量|小声|大声|循环|^再?(?:小|大|轻|响)一?点"#), !Self.has(c, #"音乐|歌"#) {
                clause = "音乐" + clause
            }
            // "music fade in 0-3, fade out over the last 2s", "music window: start 1500 ms, end 8500 ms": a bare
            // fade, start or end right after a music change in the same turn is the music's.
            // ("… lower the music to one quarter and add a fade-out of two seconds": the music's fade too.)
            if clauseSubject == .music, Self.has(c, #"^(?:and |then |please )*(?:(?:let (?:it )?|(?:add|apply|give it|use) (?:a |an )?(?:gentle |gradual |slow |short |soft )?)?(?:fade|fades|fading|float|floats|drift|drifts)\b|(?:end|stop|start)s?\b(?: at)? ?\d)"#),
               !Self.has(c, #"music|song|bgm|video|whole|everything|black|title|caption|\btext|transition|clip|photo|picture"#) {
                clause = "the music " + clause
            }
            // "music starts at 2 seconds" then "and ends at 9": the music's end, said alone right after its timing was set.
            if clauseSubject == nil, subject == .music, let before = context.previous,
               before.tracks.first(where: { $0.role == .music })?.segments.first.map({ [$0.start, $0.duration] })
                != context.draft.tracks.first(where: { $0.role == .music })?.segments.first.map({ [$0.start, $0.duration] }),
               Self.has(c, #"^(?:(?:and|then|please|also)[,]? )*(?:it )?(?:ends?|stops?|finish(?:es)?|cuts? out|starts?|begins?|comes? in|kicks? in) (?:at |after |by )?(?:the )?\d"#),
               !Self.has(c, #"music|song|bgm|video|whole|title|caption|\btext|transition|clip|photo|picture"#) {
                clause = "the music " + Self.replacing(clause, #"(?i)^(?:(?:and|then|please|also)[,]? )*(?:it )?"#, "")
            }
            // "cut the music at 8 seconds", then "hmm no, let it play to the end": "it" is the music just changed.
            if clauseSubject == nil || clauseSubject == .music, subject == .music,
               Self.has(c, #"^(?:(?:hmm+|no|nah|actually|ok(?:ay)?|and|then|please|sorry|wait)[,.!]* )*(?:let|have|make) it (?:play|run|go|continue|keep going|last)(?: all the way)? (?:to|until|till|til|through) the (?:very )?end\b"#) {
                clause = Self.replacing(clause, #"(?i)\b(let|have|make) it\b"#, "$1 the music")
            }
            // "use moon_river.mp3 instead, and have it begin one second into the film": "it" is the music just changed.
            // ("Begin the music at the 2-second mark and end it at 9 seconds": the music's end, never the video's length.)
            if clauseSubject == .music, Self.has(c, #"^(?:(?:and|then|please|also)[,]? )*(?:(?:have|let|make) it (?:begin|start|come in|kick in)\b(?: playing)?|(?:end|stop|finish|cut) it(?: off)?) (?:at |after )?(?:the )?(?:about |around )?(?:\d|\#(Numbers.spelledNumber)\b)"#),
               !Self.has(c, #"music|song|bgm|title|caption|\btext|transition|clip|photo|picture"#) {
                clause = Self.replacing(clause, #"(?i)\b(have|let|make|end|stop|finish|cut) it\b"#, "$1 the music")
            }
            // "the music is distracting for a medical video, can you take it out entirely": the music, gone (it was only
            // lowered); the lowering said before is not made (`Turn.supersedes`).
            if spoken == .music, Self.has(c, #"^(?:(?:and|then|so|just|please|pls|maybe|actually)[,]? )*(?:(?:can|could|would) you (?:please |just )?)?(?:(?:take|get|cut|pull|leave) (?:it|that) out|(?:remove|delete|drop|lose|kill|ditch|scrap|bin) (?:it|that))(?: (?:entirely|completely|altogether|all together|totally|for good|please|pls))*[.!?]*$"#) {
                clause = "remove the music"
            }
            // "fade to black at the end over two seconds, and likewise fade up from black at the beginning": the same length.
            // ("… a gentle fade from black lasting two seconds, and end it the same way": a fade out as long.)
            if Self.has(c, #"\b(?:likewise|similarly|(?:in )?the same way)\b"#), !Self.has(c, #"\d|music|song|audio|title|caption|\btext\b"#) {
                let ends = Self.has(c, #"^(?:(?:and|then|please|also)[,]? )*(?:end|finish|close)s?\b"#)
                let starts = Self.has(c, #"^(?:(?:and|then|please|also)[,]? )*(?:start|begin|open)s?\b"#)
                let fadeIn = Self.has(c, #"\bfade[- ]?(?:up|in)\b"#) || starts && !Self.has(c, #"\bfade"#)
                let fadeOut = Self.has(c, #"\bfade[- ]?(?:down|out)\b"#) || ends && !Self.has(c, #"\bfade"#)
                if let same = plan.operations.lazy.compactMap({ op -> Int? in
                    guard case .setFades(let i, let o) = op else { return nil }
                    return fadeIn ? o : fadeOut ? i : nil
                }).last {
                    clause = Self.has(c, #"\bfade"#) ? clause + " over \(seconds(same)) seconds" : "fade \(fadeIn ? "in" : "out") over \(seconds(same)) seconds"
                }
            }
            // "再快一点" after a clip was touched, with no clip named: that clip.
            if case .clip(let i)? = spoken, draft.visualSegments.indices.contains(i), Self.isChinese(clause),
               !Self.has(c, #"第|所有|全部|音乐|视频|标题|字幕"#), Self.has(c, #"快|慢|倍速|加速|减速|\d\s*倍|黑白|复古|暖|冷|静音"#) {
                clause = "第\(i + 1)段" + clause
            }
            // "the skate clip at 2x speed", then "no wait, slow motion instead, half speed": a speed said
            // alone right after one clip's speed changed is that clip's.
            if case .clip(let i)? = spoken, clauseSubject == nil, Self.changedSpeed(of: i, context: context), draft.visualSegments.indices.contains(i),
               Self.has(c, #"slow ?-?mo|\bslo[- ]?mo\b|slow motion|\bslower\b|\bfaster\b|\bquicker\b|half speed|double speed|normal speed|\bspeed\b|\b\d+(?:\.\d+)?x\b"#),
               Self.targets(c, draft: draft).isEmpty,
               !Self.has(c, #"\b(?:all|every|each|everything|whole|entire|the rest|others|videos?|clips|photos?|pictures?|slideshow|music|song|transitions?|fades?)\b"#) {
                clause = "clip \(i + 1) " + clause
            }
            // "Use set.mp4 only. Start it at 1:12 into the file": the one clip the new video is made of.
            if composed.filter({ !Self.isAudio($0) }).count == 1, !composed.contains(where: { EditOperation.looksLikeStill($0) }),
               Self.has(c, #"^(?:and |then |please )?(?:start|begin|play|open) (?:it|that|the (?:clip|video|set|footage|recording)) (?:at|from) .*\b(?:in|into (?:the |its )?(?:file|clip|video|footage|recording|source|set|original))\b"#) {
                clause = Self.replacing(clause, #"(?i)^((?:and |then |please )?(?:start|begin|play|open)) (?:it|that|the (?:clip|video|set|footage|recording))\b"#, "$1 clip 1")
            }
            // "make b.mp4 start at 1 second and end at 2.5 seconds": the end is that clip's too.
            if case .clip(let i)? = clauseSubject, draft.visualSegments.indices.contains(i), !draft.visualSegments[i].isPicture,
               Self.has(c, #"^(?:and )?(?:end|stop|finish)s? (?:at|after) "#), Self.targets(c, draft: draft).isEmpty {
                clause = "clip \(i + 1) " + clause
            }
            // "trim the head of the clip, in point at 1.5s": where the clip just named starts.
            if let n = named, case .clip(let i) = n.subject, draft.visualSegments.indices.contains(i), Self.targets(c, draft: draft).isEmpty,
               Self.has(c, #"^(?:with |and )?(?:the |an? )?in[- ]?point (?:at |of |= ?|: ?)?\d"#) {
                clause = "trim " + clause + " of clip \(i + 1)"
                spoken = n.subject
            }
            // "The clip from the mountain should be cut at the beginning, 4 seconds away please": how much of its start.
            if let n = named, case .clip(let i) = n.subject, draft.visualSegments.indices.contains(i),
               Self.has(n.clause.lowercased(), #"\b(?:cut|trim|chop|shorten)\w*\b.*\b(?:beginning|start|front|head|end)\b"#),
               let m = Numbers.firstMatch(#"^(?:about |like |around |maybe )?(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: (?:away|off|less|please|pls))*[.!]?$"#, in: c) {
                clause = (Self.has(n.clause.lowercased(), #"\bend\b"#) ? "cut the last " : "cut the first ") + m[1] + " of clip \(i + 1)"
                spoken = n.subject
            }
            // "cut the first 2 seconds", "remove the first second", "cut 1 second off the start": the video's opening, taken
            // from its first item (it was cut at the end, or not understood); asked when the first item is not that long.
            if Self.targets(c, draft: draft).isEmpty, let first = draft.visualSegments.first,
               let m = Numbers.firstMatch(#"^(?:(?:please|pls|can you|could you|just)\s+)*(?:cut|trim|remove|delete|drop|chop|lose|take|shave|skip|get rid of)(?: off| out| away)? (?:the (?:very )?first (\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)|second)|(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)) (?:off |from )(?:the )?(?:very )?(?:start|beginning|front|opening)|the (?:start|beginning|opening|front) by (\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)))(?: of (?:the )?(?:video|vid|thing|whole thing|whole video))?(?: please| pls)?[.!]*$"#, in: c),
               let ms = m[1] == "second" ? 1000 : Numbers.duration(in: m[1] + m[2] + m[3]), ms > 0 {
                let length = first.isPicture ? first.duration ?? Segment.defaultStillDuration : first.duration
                if let length, length - ms < 500 {
                    plan.questions.append("The first item (\(first.displayName)) is only \(seconds(length)) s long, so cutting \(seconds(ms)) s from the start would remove it: say \"remove clip 1\" to take it out, or a shorter cut. Nothing was changed.")
                    plan.understood.append("")
                    continue
                }
                // (A clip starts later in its file and, when its length is set, is that much shorter.)
                plan.operations.append(first.isPicture ? .trim(.index(0), inMs: nil, durationMs: (length ?? ms) - ms)
                                       : .trim(.index(0), inMs: first.trimIn + ms, durationMs: length.map { $0 - ms }))
                plan.understood.append("cut the first \(seconds(ms)) s of the video (from \(first.displayName))")
                continue
            }
            // "The first photo — the one of grandma — can you make it stay 6 seconds?": how long the one just named
            // shows (never the whole video's length). ("c.png is the after pic, keep it on for 6 secs its the money shot",
            // "clip 2, the one of the dog, … can it be 2 seconds instead", "c.png is the summit view, give it 6 seconds" too.)
            if let n = named, case .clip(let i) = n.subject, draft.visualSegments.indices.contains(i), Self.targets(c, draft: draft).isEmpty,
               let m = Numbers.firstMatch(#"^(?:(?:can|could|would|will) you (?:please )?|please |pls )?(?:(?:make|let|have) (?:it|that one|this one) (?:stay|last|show|play|run|be on(?: screen)?)|keep (?:it|that one|this one)(?: up| on(?: screen)?)?|(?:give|allow|hold|leave) (?:it|that one|this one)(?: up| on(?: screen)?)?|(?:(?:can|could|should|would) )?(?:it|that one|this one) (?:(?:can|could|should|would) )?(?:stay|last|be|run|play)(?: up| on(?: screen)?)?\#(Self.has(n.clause.lowercased(), #"\b(?:too |kind of |kinda |a bit |so |very |really )?(?:long|short)\b"#) ? "|(?:make|cut|trim|shorten) (?:it|that one|this one)(?: down)?(?: to)?" : ""))(?: (?:up )?for)? (?:only |just |about |around |like )?(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: long)?(?: instead)?(?: please| pls)?(?:[?.!]*$|,? (?:it'?s|its|that'?s|thats|because|cause|cuz|since|so) .*$)"#, in: c) {
                clause = "make clip \(i + 1) \(m[1])"
                spoken = n.subject
            }
            // "clip 1 is the x-ray, make it last 6 seconds" then "it's getting cropped too, show the whole thing": that clip,
            // whole (every clip was fitted). ("c.png is getting cropped …, can you show the whole picture?": the one just named.)
            if case .clip(let i)? = spoken ?? named?.subject, draft.visualSegments.indices.contains(i), Self.targets(c, draft: draft).isEmpty,
               Self.has(c, #"^(?:(?:and|so|then|please|pls|just|can you|could you)\s+)*(?:show|see|fit|keep|display) (?:the whole thing|all of it|the whole (?:picture|image|photo|pic|frame|x-?ray|scan|thing)|it (?:whole|all|in full|uncropped|complete)|everything in it)(?: please| pls)?[.!?]*$"#) {
                clause = "show clip \(i + 1) in full"
                spoken = .clip(i)
            }
            // "the clip plays too long, only keep the first 2 seconds": a part of the clip just named.
            if let n = named, case .clip(let i) = n.subject, draft.visualSegments.indices.contains(i), Self.targets(c, draft: draft).isEmpty,
               Self.has(c, #"\b(?:first|last|opening|final) (?:\d+(?:\.\d+)? ?)?(?:s|secs?|seconds?)\b|\b(?:start|begin)s?(?: playback| playing| it)? (?:at )?\d+(?:\.\d+)? ?(?:ms|s|secs?|seconds?) in(?:to)?\b"#),
               !Self.has(c, #"music|song|title|caption|\btext\b|fade|transition|video\b"#) {
                clause += " of clip \(i + 1)"
                spoken = n.subject
            }
            // "duration 2000 ms" right after a clip's trim: that clip's.
            if case .clip(let i)? = clauseSubject, draft.visualSegments.indices.contains(i),
               let m = Numbers.firstMatch(#"^(?:and )?(?:its |the )?(?:duration|length)(?: to| of|:| =)? ?(\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?))[.!]?$"#, in: c),
               let ms = Numbers.duration(in: m[1]) {
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: ms))
                plan.understood.append("make clip \(i + 1) \(seconds(ms)) s long")
                continue
            }
            // "victory_screen.png at the end too, 2 sec", "add c.png at the end too, 2 sec": a bare length right after one
            // picture was put in, copied or moved is how long that picture stays (it made the whole video 2 s long).
            // (A move alone is not: "move p3.jpg first; keep the length at 24 seconds" is the video's; "3 secs each", every picture.)
            let ops = plan.operations
            if index > 0, let last = ops.last, {
                   switch last {
                   case .insert, .duplicate: true
                   case .move: ops.count > 1 && { if case .duplicate = ops[ops.count - 2] { true } else { false } }()
                   default: false
                   }
               }(),
               let k: Int = { switch clauseSubject { case .clip(let k)?, .moved(let k)?: k; default: nil } }(),
               draft.visualSegments.indices.contains(k), draft.visualSegments[k].isPicture,
               let m = Numbers.firstMatch(#"^(?:and |then )?(?:for |about |around |like |maybe )?(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: long| on screen)?(?: please| pls)?[.!]?$"#, in: c),
               Self.has(written.lowercased(), #"^\s*(?:and |then )?(?:for |about |around |like |maybe )?\d"#),
               let ms = Numbers.duration(in: m[1]) {
                plan.operations.append(.trim(.index(k), inMs: nil, durationMs: ms))
                plan.understood.append("show clip \(k + 1) for \(seconds(ms)) s")
                continue
            }
            // "speed it up 2x" after a clip was touched: that clip. A length is the video's ("make it 30
            // seconds"), unless it says where in the clip: "start it 3 seconds in", "cut off the first 8 seconds of it".
            if case .clip(let i)? = spoken, draft.visualSegments.indices.contains(i), Self.startsWithRequest(c) || !Self.explainsOnly(c), Self.has(c, #"\b(it|its|that one|this one)\b(?!'s|’s| is| was)(?! (?:just|only|so|too|really|kinda|literally|basically|not)\b)"#) || (Self.has(c, #"\bthat\b(?!'s| is)"#) && Self.has(c, #"speed|fast|slow|\d(?:\.\d)?x\b|black|white|warm|cool|vintage|mute"#)),
               !Self.has(c, #"music|song|video|whole|everything|title|caption|\btext\b|transition|clip|photo|picture"#),
               !Self.has(c, #"\d+ ?(?:s|secs?|seconds?)\b"#) || Self.has(c, Self.insideAClip) {
                clause = Self.saidOfClip(clause, i, #"\b(?:its|it|that one|this one|that)\b"#)
            } else if let n = named, case .clip(let i)? = spoken, n.subject == .clip(i),
                      let m = Numbers.firstMatch(#"\bthat (?:photo|picture|pic|clip|image|shot)\b"#, in: c) {
                clause = Self.replacing(clause, #"\b\#(m[0])\b"#, "clip \(i + 1)")
            }
            // "change the title to 'Open Day' and make it last 5 seconds", "…, move it to the top, and extend it to 4
            // seconds": a length for "it" right after the one text of its kind was changed is that text's (it cut the video).
            // (Not "add an end card saying Bye and make it 30 seconds": a length the video cannot hold a text for is the video's.)
            if case .text(let i)? = clauseSubject, draft.textPositions.indices.contains(i),
               Self.has(c, #"^(?:and |then )*(?:(?:extend|lengthen|shorten) (?:it|that)\b|(?:make|let|have) (?:it|that) (?:last|stay|run|remain)\b|(?:it|that) (?:should |must |can |will )?(?:stay|stays|last|lasts|run|remain))"#),
               Numbers.duration(in: c).map({ $0 < draft.duration() }) ?? Self.has(c, #"\b(?:longer|shorter)\b"#),
               !Self.has(c, #"\b(?:video|whole|everything|music|song|clips?|photos?|pictures?)\b"#) {
                let kinds = draft.textPositions.map { draft.tracks[$0.track].segments[$0.segment].kind ?? .caption }
                if kinds.filter({ $0 == kinds[i] }).count == 1 { clause = Self.replacing(clause, #"\b(?:it|that)\b"#, "the \(Self.kindWord(kinds[i]))") }
            }
            // "move the address to the bottom left corner" with a title "18 Birch Lane": the one text that holds a street
            // address, by what it says (a file named "address" is that file).
            if Self.has(c, #"\bthe (?:street |house |property |listing )?address\b"#), !context.media.contains(where: { $0.lowercased().contains("address") }) {
                let street = #"(?-i:\b\d+[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:Lane|Ln|Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Circle|Cir|Terrace|Trail|Parkway|Pkwy|Highway|Hwy|Row|Crescent|Close)\b)"#
                let held = draft.textPositions.indices.filter { Self.has(draft.textSegment($0).text ?? "", street) }
                let kinds = draft.textPositions.map { draft.tracks[$0.track].segments[$0.segment].kind ?? .caption }
                if held.count == 1, let k = held.first, kinds.filter({ $0 == kinds[k] }).count == 1 {
                    clause = Self.replacing(clause, #"(?i)\bthe (?:street |house |property |listing )?address\b"#, "the \(Self.kindWord(kinds[k]))")
                }
            }
            // "text 'ACE' at the start and 'GG' at the end": a quote alone, right after a text was
            // added, is another text of that kind.
            if case .text(let i)? = clauseSubject, draft.textPositions.indices.contains(i),
               Self.has(c, #"^«\d+»(?:\s+(?:at|for|from|in|on|during|between|until|till|over|as)\b.*)?[.!]?$"#) {
                let p = draft.textPositions[i]
                clause = "add a \(Self.kindWord(draft.tracks[p.track].segments[p.segment].kind ?? .caption)) " + clause
            }
            let aboutLevels = spoken == .music && Self.has(c, #"quiet|loud|soft|volume|%|percent|\bfade|\bloop|\bstart|\bstop|\blower|\braise|\bdown\b|\bup\b|\bmute|\bhalve|^(?:make |set |turn )?(?:it|that) (?:to |at )?\d+(?:\.\d+)?$"#)
            let aboutJoins = spoken == .transitions && (Self.has(c, #"\b(longer|shorter|faster|slower|quicker|snappier|softer)\b"#)
                || (Numbers.duration(in: c).map { $0 <= 5000 } ?? false) || Self.has(c, #"^(?:make |set )?(?:it|them|those) (?:to )?\d+(?:\.\d+)?$"#))
            let bare = !Self.has(c, #"music|song|\bbgm\b|transition|crossfade|dissolve|title|caption|\btext\b|video|clip|photo|picture|\b(it|them|that|those)\b"#)
            // "which transition is used?" then "switch it to circle open": the transitions.
            if spoken == .transitions, let m = Numbers.firstMatch(#"^((?:(?:ok|okay|then|so|and|now|actually)[,]? )*(?:please )?(?:switch|change|make|turn|set|swap)) (?:it|them|those|that)( (?:to|into|for) .+)$"#, in: c),
               Self.askedAndRefused(m[2], Self.transitionWords).asked != nil {
                clause = m[1] + " the transitions" + m[2]
            }
            // "a bit shorter" right after the transitions changed: theirs.
            if spoken == .transitions, bare, Self.has(c, #"^(?:(?:a |just a )?(?:bit|little|tad|touch|lot)\s+|even\s+|much\s+|slightly\s+)*(?:longer|shorter|faster|slower|quicker|snappier)(?: please| still)?$"#) {
                clause = "make the transitions " + clause
            }
            // "start the music at 5 s" then "actually start it at 3": the music's start (it set the music to 3%).
            // ("the music starts too soon, can it start at 3 seconds": the music said in the clause before.)
            if spoken == .music, let m = Numbers.firstMatch(#"^(?:(?:actually|ok|okay|and|now|no|so)[,.!]?\s+)*(?:(?:start|begin|bring in|bring|have|make) (?:it|that)(?: in| start| come in)?|(?:(?:can|could|would|will|should|shall|may) )?(?:it|that) (?:please |maybe |just )?(?:start|begin|come in|kick in)) (?:at|from) (?:the )?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?(?: mark)?(?: instead)?(?: (?:please|pls|instead))?[.!?]*$"#, in: c) {
                clause = "start the music at \(m[1]) seconds"
            }
            // "Music in at 0:03." then "Actually bring it in 2 seconds later than that.": the music.
            if spoken == .music, Self.has(c, #"^(?:(?:actually|ok|okay|and|now|hmm)[,.!]?\s+)*(?:bring|start|move|shift|push|pull|have|let) (?:it|that)\b.*\b(?:later|earlier|sooner)\b"#) {
                clause = Self.replacing(clause, #"(?i)\b(bring|start|move|shift|push|pull|have|let) (?:it|that)\b"#, "$1 the music")
            }
            // "make the music start at 2 seconds" then "a bit later": the music's start, a second later (or earlier).
            if spoken == .music, let m = Numbers.firstMatch(#"^(?:(?:a |just a )?(?:bit|little|tad|touch|lil)\s+|slightly\s+)*(later|earlier|sooner)(?: (?:please|pls))?[.!]*$"#, in: c),
               let start = draft.tracks.first(where: { $0.role == .music })?.segments.first?.start, start > 0 || m[1] == "later" {
                clause = "make the music start at \(seconds(m[1] == "later" ? start + 1000 : max(0, start - 1000))) seconds"
            }
            // "fade in from black, 1 second" then "and the same at the end": the other end, as long.
            if spoken == .fades, let m = Numbers.firstMatch(#"^(?:and |also |then )?(?:(?:do|add|put|use|give it|want) )?(?:the )?same(?: thing| one| fade| again)? (?:at|for|on|to|in) the (?:very )?(end|ending|close|finish|start|beginning|opening)(?: too| as well| please)*[.!]*$"#, in: c) {
                let atEnd = Self.has(m[1], "end|close|finish")
                let ms = atEnd ? draft.meta.fadeIn : draft.meta.fadeOut
                if ms > 0 { clause = atEnd ? "fade out to black over \(seconds(ms)) seconds" : "fade in from black over \(seconds(ms)) seconds" }
            }
            // "music at 20%" then "add 5 more": five points more of the level just set.
            if spoken == .music, let m = Numbers.firstMatch(#"^(?:and |ok,? |okay,? )?(?:(?:add|give it|put on) )?(?:another )?(\d+(?:\.\d+)?) ?(?:%|percent)? (?:more|less)(?: (?:%|percent))?(?: please)?[.!]*$"#, in: c),
               let n = Double(m[1]), n <= 50 {
                let level = { (d: Draft?) in d?.tracks.first { $0.role == .music }?.segments.first?.volume }
                if let now = level(context.draft), let was = level(context.previous), now != was {
                    let v = max(0, now * 100 + (Self.has(c, #"\bless\b"#) ? -n : n))
                    clause = "set the music to \(Int(v.rounded()))%"
                }
            }
            // "10 more seconds." then "5 more.": seconds again.
            // ("make it 30" then "add 5 more": 5 seconds more.)
            if spoken == .length, Self.has(c, #"^(?:and |another |ok,? |okay,? |now |then )?(?:(?:add|tack on|give it|put on) (?:another )?)?\d+(?:\.\d+)? (?:more|less|fewer|shorter|longer)(?: to (?:it|that|the video|the end))?(?: please)?[.!]*$"#) {
                clause = Self.replacing(clause, #"(\d+(?:\.\d+)?) "#, "$1 seconds ")
            }
            // "put it at the bottom" (the title) then "remove it": that text (one of its kind), never a clip.
            if case .text(let i)? = spoken, draft.textPositions.indices.contains(i),
               Self.has(c, #"^(?:remove|delete|drop|lose|hide|ditch|get rid of|take (?:it|that) (?:off|away|out)|take off|take away)(?: (?:it|that|this)(?: one)?)?(?: (?:off|away|out))?(?: (?:too|as well|please|then|after all|completely))*[.!]*$"#),
               Self.has(c, #"\b(?:it|that|this)\b"#) {
                let kind = draft.textSegment(i).kind ?? .caption
                if draft.textPositions.indices.filter({ draft.textSegment($0).kind ?? .caption == kind }).count == 1 { clause = "remove the \(Self.kindWord(kind))" }
            }
            // "put the cake before the first dance" then "and the rings at the very beginning": the same move, of
            // another picture named alone with its new place.
            if let m = Numbers.firstMatch(#"^(?:and |also |then |now )*((?:the |my |that )?[a-z][\w' -]{1,30}?) (?:(?:at|to) the (?:very )?(?:beginning|start|front|end)|first|last)(?: (?:too|as well|please))?[.!]*$"#, in: c),
               let before = context.previous, before.visualSegments.count == draft.visualSegments.count,
               before.visualSegments.map(\.src) != draft.visualSegments.map(\.src), Set(before.visualSegments.map(\.src)) == Set(draft.visualSegments.map(\.src)),
               !Self.has(m[1], #"\b(?:music|song|title|caption|text|transitions?|fades?|zoom|look|it|that|this|them|video|whole)\b"#),
               let t = Self.targets(m[1], draft: draft).first, t != .all, ((try? draft.indexes(t)) ?? []).count == 1 {
                clause = "move " + Self.replacing(clause, #"^(?:and |also |then |now )+"#, "")
            }
            // "put the photos together … and add a title that says Emma & Josh" then "actually make it 'Emma and Josh, June
            // 2025'": new words for the one text of the video just made (nothing in particular was touched).
            if spoken == nil, draft.textPositions.count == 1,
               Self.has(c, #"^(?:make|change|turn|switch|rename|have) (?:it|that|this)(?: one)?(?: to| into)?(?: say| read)? «\d+»(?: instead)?[.!]*$"#) {
                clause = Self.replacing(clause, #"(?i)^(?:make|change|turn|switch|rename|have) (?:it|that|this)(?: one)?(?: to| into)?(?: say| read)?"#, "change the \(Self.kindWord(draft.textSegment(0).kind ?? .caption)) to")
            }
            // "each photo 5 seconds" then "actually make it 4": each picture again (a 4 s video would throw most away).
            if let before = context.previous, let m = Numbers.firstMatch(#"^(?:(?:actually|no|nah|hmm+|ok|okay|maybe)[,.!]?\s+)*(?:make it|make that|make them|set it to|set them to|change it to|more like|try) (\d+(?:\.\d+)?)(?: instead| then| each| please)?[.!]*$"#, in: c),
               let n = Double(m[1]), Int(n * 1000) * 2 < draft.duration() {
                let stills = Self.stillIndexes(draft)
                let now = stills.compactMap { draft.visualSegments[$0].duration }
                let was = stills.compactMap { i in before.visualSegments.indices.contains(i) ? before.visualSegments[i].duration : nil }
                // (Not after "make it 20 seconds": a length asked for is kept in `meta.length`; each picture's own is not.)
                if stills.count > 1, now.count == stills.count, Set(now).count == 1, was != now, before.visualSegments.count == draft.visualSegments.count,
                   draft.meta.length == nil {
                    clause = "make each picture \(m[1]) seconds"
                }
            }
            // "start the TD clip at 0:45 and stop it at 0:58": where that clip's part ends (it made the video 58 s).
            if case .clip(let i)? = spoken, draft.visualSegments.indices.contains(i), !draft.visualSegments[i].isPicture,
               let m = Numbers.firstMatch(#"^(?:and |then )?(?:stop|end|finish|cut(?: it)? off)(?: it| there| the clip| playing)? (?:at|after) (?:the )?(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)(?: mark)?[.!]*$"#, in: c) {
                clause = "end clip \(i + 1) at \(m[1]) seconds"
            }
            // "Skyline 5 seconds, desert safari 3 seconds, Burj 3 seconds": each picture named with its own length (each
            // was read as the video's length).
            if draft.visualSegments.count > 1, let m = Numbers.firstMatch(#"^(?:and |then )?(?:the |my )?([a-z][\w' -]{1,30}?)(?: for| at| is| gets| stays| =|:)? (\#(Numbers.amount))[- ]?(?:s|secs?|seconds?)(?: each| long| please)?[.!]*$"#, in: c),
               !Self.has(m[1], #"\b(?:video|vid|whole|total|it|title|caption|text|music|song|transitions?|fades?|intro|each|every|all|photos|pictures|clips|make|set|show|hold|keep|long|short|about|around|approximately|roughly|like|maybe|only|just|overall|length|duration|runtime|max|maximum|under|over|less|more|than|exactly)\b"#),
               let k = Self.pictureNamed(m[1], noun: "", draft: draft) {
                clause = "show clip \(k + 1) for \(m[2]) seconds"
            }
            // "Add a caption … at 0:04" then "Please set its size to 72.": that text's size.
            if case .text(let i)? = spoken, draft.textPositions.indices.contains(i),
               let m = Numbers.firstMatch(#"^(?:set|make|change|put) (?:its|the) (?:font |text )?size (?:to |at )?(\d{1,3})(?: ?(?:px|pt|pixels?|points?))?[.!]*$"#, in: c) {
                clause = "set the \(Self.kindWord(draft.textSegment(i).kind ?? .caption)) size to \(m[1])"
            }
            // "Set the music fade-in to 1500 ms and the fade-out to 2500 ms": the other end of the music's fade.
            if plan.operations.contains(where: { if case .setMusicFades = $0 { true } else { false } }),
               Self.has(c, #"^(?:and |then )?(?:the )?fade[- ]?(?:in|out)\b"#), !Self.has(c, #"\b(?:video|picture|black|white|screen|whole)\b"#) {
                clause = "set the music " + Self.replacing(clause, #"(?i)^(?:and |then )?(?:the )?"#, "")
            }
            // "make them slower" (the transitions) "…, 1.5 seconds each": their length.
            if spoken == .transitions, let m = Numbers.firstMatch(Self.bareLength, in: c),
               let ms = Numbers.duration(in: m[1]), ms <= 5000 {
                clause = "make the transitions \(m[1])"
            }
            // "fade out to black over 5 seconds" then "and fade the song out the same": the music's fade as long.
            if draft.meta.fadeOut > 0, Self.has(c, #"^(?:and |also |then |now )*(?:fade|do) (?:the )?(?:music|song|audio|track|soundtrack|bgm)(?: out)? (?:the same(?: way| length| amount)?|to match|likewise|the same as the (?:video|picture))[.!]*$|^(?:and |also )*(?:the )?same (?:for|with) the (?:music|song|audio)[.!]*$"#) {
                clause = "fade the music out over \(seconds(draft.meta.fadeOut)) seconds"
            }
            // "make the music faster": no pace of its own to change, said so (every clip was sped up).
            if Self.asksMusicPace(c) {
                if !plan.declined.contains(Self.musicPaceAnswer) { plan.declined.append(Self.musicPaceAnswer) }
                continue
            }
            // "mute b.mp4" then "the same for the music".
            if let said = Self.sameForTheMusic(c, context: context, draft: draft, &plan) {
                if said.isEmpty { continue }
                clause = said
            }
            // "fade out the music at the end" then "over 4 seconds": the fade just set, that long (it asked whether the
            // video should be 4 s); the same for the video's fades and the transitions.
            // ("start from black slowly, like in the films, over about two seconds": the fade said in a clause before.)
            // "Set the transition after clip index 0 to wipeleft, 600 ms": a bare length right after a transition is its
            // length (that clip was cut to 0.6 s).
            if case .setTransition(let target, let name?, _)? = plan.operations.last,
               let m = Numbers.firstMatch(Self.bareLength, in: c),
               let ms = Numbers.duration(in: m[1]), ms > 0, ms <= 5000 {
                plan.operations[plan.operations.count - 1] = .setTransition(target, name: name, durationMs: ms)
                continue
            }
            // (Never "for 12 seconds", which may be the video's length: "add crossfades and keep the length at 12 seconds".)
            // ("for 6 seconds" and "make it over 3 seconds" only after another turn, never in the same message.)
            if let m = Numbers.firstMatch(Self.overSeconds, in: c) {
                if m[1].isEmpty, m[2] != "for", let last = plan.operations.last, !plan.operations.contains(where: \.isCompose), (Double(m[3]) ?? 99) <= 10 {
                    switch last {
                    case .setFades(let inMs, let outMs): clause = "fade \(outMs != nil && inMs == nil ? "out" : "in") over \(m[3]) seconds"
                    case .setMusicFades(let inMs, let outMs): clause = "fade the music \(outMs != nil && inMs == nil ? "out" : "in") over \(m[3]) seconds"
                    case .setTransition(_, let name?, _): clause = "make the \(name) transitions \(m[3]) seconds"
                    default: break
                    }
                } else if let before = context.previous {
                    let music = { (d: Draft) in d.tracks.first { $0.type == .audio && $0.role == .music }?.segments.first }
                    if let now = music(draft), let was = music(before), now.fadeOut != was.fadeOut || now.fadeIn != was.fadeIn {
                        clause = "fade the music \(now.fadeOut != was.fadeOut ? "out" : "in") over \(m[3]) seconds"
                    } else if draft.meta.fadeOut != before.meta.fadeOut || draft.meta.fadeIn != before.meta.fadeIn {
                        clause = "fade \(draft.meta.fadeOut != before.meta.fadeOut ? "out" : "in") over \(m[3]) seconds"
                    } else if draft.visualSegments.map(\.transition) != before.visualSegments.map(\.transition), draft.visualSegments.count == before.visualSegments.count {
                        clause = "make the transitions \(m[3]) seconds"
                    }
                }
            }
            // "zoom in on the photos" then "slower": the zoom has no speed of its own (it slowed every clip); how to get one.
            if spoken == nil, let before = context.previous, before.visualSegments.map(\.src) == draft.visualSegments.map(\.src),
               before.visualSegments.map(\.motion) != draft.visualSegments.map(\.motion), before.visualSegments.map(\.speed) == draft.visualSegments.map(\.speed),
               Self.has(c, #"^(?:(?:a |just a )?(?:bit|little|tad|touch|lot|lil)\s+|even\s+|much\s+|slightly\s+)*(?:slower|faster|quicker|gentler|softer)(?: (?:please|pls|still))?[.!]*$"#) {
                plan.questions.append("The zoom and pan move across each picture's whole time on screen, so a slower zoom is a picture shown longer: say, for example, \"each photo 6 seconds\" (or \"no zoom\" to keep them still). Nothing was changed.")
                plan.understood.append("")
                continue
            }
            // "make it 20 seconds" then "a bit more" / "a little less": the length again, longer or shorter.
            if spoken == .length, Self.has(c, #"^(?:(?:a |just a )?(?:bit|little|tad|touch|lot|lil)\s+|even\s+|much\s+|slightly\s+)*(?:more|less)(?: (?:please|pls|still|than that))?[.!]*$"#) {
                clause = "make it " + Self.replacing(Self.replacing(c, #"\bmore\b"#, "longer"), #"\bless\b"#, "shorter")
            }
            // "make the title last 5 seconds" then "a bit longer": that text's time on screen (it made the video longer);
            // "add a caption …" then "a bit later": that text, a second later.
            if case .text(let i)? = spoken, draft.textPositions.indices.contains(i), let before = context.previous {
                let seg = draft.textSegment(i), kind = Self.kindWord(seg.kind ?? .caption)
                // (Its length just set, or said: "make it last 6 seconds" for a caption that was 6 s already.)
                let lasted = before.textPositions.indices.contains(i) && before.textSegment(i).duration != seg.duration
                    || context.lastRequest.map { Self.has($0.lowercased(), #"\b(?:last|lasts|stay|stays|long|for|duration|hold)\b.*\d|\d.*\b(?:long|on screen)\b"#) } ?? false
                if lasted, let m = Numbers.firstMatch(#"^(?:(?:(?:a |just a )?(bit|little|tad|touch|lot|lil)\s+|even\s+|(much)\s+|slightly\s+)*)(longer|shorter)(?: (?:please|pls|still|than that))?[.!]*$"#, in: c) {
                    let step = m[2].isEmpty ? 1000 : 2000
                    let now = seg.duration ?? 0
                    let ms = m[3] == "longer" ? min(now + step, draft.duration() - (seg.start ?? 0)) : max(500, now - step)
                    if ms != now { clause = "make the \(kind) last \(seconds(ms)) seconds" }
                } else if let m = Numbers.firstMatch(#"^(?:(?:move|put|shift|bring|have|make) (?:it|that|this)(?: one)? )?(?:(?:a |just a )?(?:bit|little|tad|touch|lil)\s+|slightly\s+)*(later|earlier|sooner)(?: (?:please|pls|on|in))?[.!]*$"#, in: c) {
                    clause = "move the \(kind) 1 second \(m[1] == "later" ? "later" : "earlier")"
                }
            }
            // "add a caption 'Hi' at 2 seconds" then "just 2 seconds": the caption's time on screen or the whole video? A bare
            // length that would throw away more than half the video, right after a text was touched, is asked about (it made
            // a 2 s video). ("make it 5 seconds" there is the text's, below.)
            if case .text(let i)? = spoken, draft.textPositions.indices.contains(i), context.previous != nil,
               let m = Numbers.firstMatch(#"^(?:(?:just|only|maybe|no,?|try)\s+)?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)(?: (?:please|pls|then|instead))?[.!]*$"#, in: c),
               let ms = Numbers.duration(in: m[1] + " s"), ms < draft.duration() / 2 {
                let kind = Self.kindWord(draft.textSegment(i).kind ?? .caption)
                plan.questions.append("Did you mean the \(kind) should stay on screen for \(seconds(ms)) s, or the whole video should be \(seconds(ms)) s long (it is \(seconds(draft.duration())) s now)? Say \"make the \(kind) last \(seconds(ms)) seconds\" or \"make the video \(seconds(ms)) seconds\". Nothing was changed.")
                plan.understood.append("")
                continue
            }
            // "make it 1 minute" then "half that", "double that": of the length just set.
            if spoken == .length, let m = Numbers.firstMatch(#"^(?:(?:make it|make that|go|try|now)\s+)?(half|double|twice|triple)(?: of)? (?:that|it|this)(?: (?:instead|then|please))?[.!]*$"#, in: c) {
                clause = m[1] == "half" ? "make it half as long" : m[1] == "triple" ? "make it three times as long" : "make it twice as long"
            }
            // "add a caption 'Conclusion' for the last 2 seconds" then "actually the last 4", "no, the first 3 then": that
            // text on the part said (never a cut of the video).
            if case .text(let i)? = spoken, draft.textPositions.indices.contains(i), context.previous != nil,
               let m = Numbers.firstMatch(#"^(?:(?:make it|make that|put it on|show it for|have it on|no,?|maybe|more like|try|instead)\s+)?(?:for |on |over )?the (last|first|final|opening) (\d+(?:\.\d+)?)(?:\s*(?:s|secs?|seconds?))?(?: instead| then| please)?[.!]*$"#, in: c),
               let v = Double(m[2]), v > 0, Int(v * 1000) <= draft.duration() {
                clause = "put the \(Self.kindWord(draft.textSegment(i).kind ?? .caption)) on the \(m[1]) \(m[2]) seconds"
            }
            // "make the title stay 4 seconds" then "make it 6": the text's length again, in seconds (never a 6 s video).
            if case .text(let i)? = spoken, draft.textPositions.indices.contains(i), let before = context.previous,
               before.textPositions.indices.contains(i), before.textSegment(i).duration != draft.textSegment(i).duration,
               let m = Numbers.firstMatch(#"^(?:(?:make|set|change|keep) (?:it|that|this)(?: one)?(?: to)? |(?:more like|maybe|no,? ) ?)?(\d+(?:\.\d+)?)(?: instead| then| please)?[.!]*$"#, in: c),
               let v = Double(m[1]), v > 0, Int(v * 1000) < draft.duration() {
                clause = "make the \(Self.kindWord(draft.textSegment(i).kind ?? .caption)) last \(m[1]) seconds"
            }
            // "a bit brighter" then "a bit more": the picture's brightness (or colour) the same way again.
            if spoken == .look, let before = context.previous,
               Self.has(c, #"^(?:(?:a |just a )?(?:bit|little|tad|touch|lot|lil)\s+|even\s+|much\s+|slightly\s+)*(?:more|less)(?: please| pls| still)?[.!]*$"#) {
                let (a, b) = (before.meta.look, draft.meta.look)
                let less = Self.has(c, #"\bless\b"#)
                if a.brightness != b.brightness {
                    clause = "a bit " + ((b.brightness > a.brightness) != less ? "brighter" : "darker")
                } else if a.saturation != b.saturation {
                    clause = "a bit " + ((b.saturation > a.saturation) != less ? "more saturated" : "less saturated")
                } else if a.contrast != b.contrast {
                    clause = "a bit " + ((b.contrast > a.contrast) != less ? "more contrast" : "less contrast")
                }
            }
            // "make it warmer" then "more", "even warmer": a named look has no stronger setting; said so, with what can be
            // made stronger (nothing changed).
            if spoken == .look, let before = context.previous, before.meta.look.name != draft.meta.look.name, draft.meta.look.name != .none,
               before.meta.look.brightness == draft.meta.look.brightness, before.meta.look.saturation == draft.meta.look.saturation,
               before.meta.look.contrast == draft.meta.look.contrast,
               Self.has(c, #"^(?:(?:hmm+|ok|okay|yeah|and|still)[,.!]?\s+)*(?:(?:a |just a )?(?:bit|little|tad|touch|lot|lil)\s+|even\s+|much\s+|slightly\s+)*(?:more|warmer|cooler|colder|stronger)(?: please| pls| still| again)?[.!]*$"#),
               !Self.has(c, #"\bless\b"#) {
                let name = EditOperation.lookName(draft.meta.look.name)
                plan.questions.append("The \(name) look is on already, and it has no stronger setting. I can, for example: \"a bit more saturated\", \"a bit brighter\", \"more contrast\", or \"no \(name) look\" to take it off.")
                plan.understood.append("the \(name) look is as strong as it goes")
                continue
            }
            // A clip's speed just changed: "slow down b.mp4" then "more", "a bit more" is the same way again ("less": back the
            // other way); "speed up b.mp4" then "too fast", "now it's too slow" is halfway back to where it was (past it: a bit
            // the other way).
            if case .clip(let i)? = spoken, let before = context.previous, before.visualSegments.map(\.src) == draft.visualSegments.map(\.src),
               draft.visualSegments.indices.contains(i), before.visualSegments[i].speed != draft.visualSegments[i].speed {
                let was = before.visualSegments[i].speed, now = draft.visualSegments[i].speed
                if let m = Numbers.firstMatch(#"^(?:(?:hmm+|ok|okay|yeah|and)[,.!]?\s+)?(?:(?:(a |just a )?(?:bit|little|tad|touch|lil)\s+|even\s+|much\s+|slightly\s+)*)(more|less)(?: (?:please|pls|still|than that))?[.!]*$"#, in: c) {
                    let faster = (now > was) == (m[2] == "more")
                    clause = "make clip \(i + 1) " + (m[1].isEmpty ? "" : "a bit ") + (faster ? "faster" : "slower")
                } else if let m = Numbers.firstMatch(#"^(?:(?:hmm+|ok|okay|yeah|and)[,.!]?\s+)?(?:(?:(a |just a )?(?:bit|little|tad|touch|lil)\s+|even\s+|much\s+|slightly\s+)*)(more|less)(?: (?:please|pls|still|than that))?[.!]*$"#, in: c) {
                let faster = (draft.visualSegments[i].speed > before.visualSegments[i].speed) == (m[2] == "more")
                clause = "make clip \(i + 1) " + (m[1].isEmpty ? "" : "a bit ") + (faster ? "faster" : "slower")
            }
            // "speed up b.mp4" then "too fast", "now it's too slow": halfway back to where it was (past it: a bit the other way).
            if case .clip(let i)? = spoken, let before = context.previous, before.visualSegments.map(\.src) == draft.visualSegments.map(\.src),
               draft.visualSegments.indices.contains(i), before.visualSegments[i].speed != draft.visualSegments[i].speed,
               let m = Numbers.firstMatch(#"^(?:(?:hmm+|ok|okay|no|nah|ugh|oops|now|but|still)[,.!]?\s+)*(?:(?:it'?s|that'?s|its|thats|it is|that is|now it'?s|the clip is|it feels|it looks)\s+)?(?:(?:now|still)\s+)?(?:(?:a bit|a little|way|much|kinda)\s+)?too (fast|quick|slow)(?: now)?[.!]*$"#, in: c) {
                    let slower = m[1] != "slow"
                    let back = (now > was) == slower ? (was + now) / 2 : (slower ? now * 0.75 : now * 1.25)
                    clause = "play clip \(i + 1) at \(fmt((min(4, max(0.25, back)) * 100).rounded() / 100))x"
                }
            }
            // "music to 30%" then "make it more small small", "bigger please": a sound made smaller is quieter (bigger: louder).
            if spoken == .music, let m = Numbers.firstMatch(#"^(?:make (?:it|that|the (?:music|song|volume|sound)) )?((?:a (?:bit|little) |even |much )*)(small|smaller|big|bigger|larger)(?: (?:please|pls|still|again))?[.!]*$"#, in: c) {
                clause = "make the music \(m[1])" + (m[2].hasPrefix("s") ? "quieter" : "louder")
            }
            // "hmm, a little less than that", "a bit more": more or less of the last change, its leading and trailing words aside.
            let moreOrLess = Self.replacing(c, #"^(?:(?:hmm+|um+|uh+|ok|okay|maybe|yeah|nah|no|hm+)[,.!]?\s+)+|\s+(?:than (?:that|this|before|now|it is|it was)|again|still)(?=[.!]?$)|[.!]+$"#, "")
            let moreOrLessPattern = #"^(?:(?:a |just a )?(?:bit|little|tad|touch|lot|lil)\s+|even\s+|much\s+|way\s+|slightly\s+)*(?:lower|louder|quieter|softer|higher|down|up|more|less)(?: please| pls| still)?$"#
            if spoken == .music, bare || moreOrLess != c, Self.has(moreOrLess, moreOrLessPattern) {
                // "bit more": more of what the last turn did (quieter, or louder); "less" is always quieter.
                let went = { (d: Draft?) in d?.tracks.first { $0.role == .music }?.segments.first?.volume ?? 0.35 }
                // ("a bit more than that" after a level was set is a higher level, and so is "a bit more" after
                // "music to 30%": more of the music, where "make it quieter" then "a bit more" is quieter still.)
                // (The last request read as English: "baisse la musique à 20%" lowered it to a level, and "encore un peu" is lower still.)
                let levelSet = context.lastRequest.map(Self.languagesAsEnglish).map { Numbers.fraction(in: $0.lowercased()) != nil && !Self.has($0.lowercased(), #"\b(?:quieter|louder|softer|lower|higher|down|up|reduce|raise|increase|decrease|drop|by)\b|-\s*\d"#) } ?? false
                let down = went(context.draft) < went(context.previous) && !levelSet && !Self.has(c, #"\bthan (?:that|this|before|now|it is|it was)\b"#)
                clause = "the music " + Self.replacing(Self.replacing(moreOrLess, #"\bless\b"#, "quieter"), #"\b(more|again)\b"#, down ? "quieter" : "louder")
            } else if case .text(let i)? = spoken, draft.textPositions.indices.contains(i), Self.has(moreOrLess, #"^(?:(?:a |just a )?(?:bit|little|tad|touch|lot|lil)\s+|even\s+|much\s+|slightly\s+)*(?:more|less)(?: please| pls)?$"#),
                      let before = context.previous, before.textPositions.indices.contains(i) {
                // "make the title bigger" then "a bit more": the text's size, the same way again.
                let size = { (d: Draft) in Self.currentTextSize(d, .index(i)) ?? 0 }
                let now = size(draft), was = size(before)
                if now != was {
                    let grow = (now > was) == !Self.has(moreOrLess, #"\bless\b"#)
                    clause = "make the \(Self.kindWord(draft.textSegment(i).kind ?? .caption)) " + (Self.has(moreOrLess, #"\b(?:bit|little|tad|touch|slightly|lil)\b"#) ? "a bit " : "") + (grow ? "bigger" : "smaller")
                }
            } else if case .text(let i)? = spoken, draft.textPositions.indices.contains(i), context.previous != nil,
                      Self.has(moreOrLess, #"^(?:(?:a |just a )?(?:bit|little|tad|touch|lot|lil)\s+|even\s+|much\s+|way\s+|slightly\s+)*(?:bigger|larger|smaller)(?: please| pls| still)?$"#) {
                // "make the title bigger" then "even bigger", "bigger still": that text's size again.
                clause = "make the \(Self.kindWord(draft.textSegment(i).kind ?? .caption)) " + Self.replacing(moreOrLess, #"^even\s+|\s+still$"#, "")
            } else if case .text(let i)? = spoken, draft.textPositions.indices.contains(i),
                      let m = Numbers.firstMatch(#"^(?:再|更|还要|再稍微|稍微)?(大|小)(?:一点|一些|点)(?:儿)?(?:吧|呢|啊)?[。.!！]*$"#, in: c) {
                // "title放到top" then "再大一点": that text, a bit bigger (or smaller).
                let kind = draft.textSegment(i).kind ?? .caption
                clause = "make the \(Self.kindWord(kind)) a bit " + (m[1] == "大" ? "bigger" : "smaller")
            } else if case .moved(let i)? = spoken, draft.visualSegments.indices.contains(i),
                      Self.has(c, #"\b(?:speed|slow|faster|slower|move|put|remove|delete|drop|trim|shorten|mute|unmute|duplicate|copy|reverse|loop|crop|zoom)\b"#),
                      Self.has(c, #"\b(?:it|that one|this one)\b"#), Self.targets(c, draft: draft).isEmpty,
                      !Self.has(c, #"music|song|\bbgm\b|transition|crossfade|dissolve|title|caption|\btext\b|video|whole|everything|all of|them|vertical|square|landscape"#) {
                // "put b.mp4 first. Then move it to the end", "move b.mp4 to the start. Make it 2x speed": the clip just
                // touched (the move was dropped; every clip was sped up).
                clause = Self.saidOfClip(clause, i, #"(?i)\b(?:it|that one|this one)\b"#)
            } else if aboutLevels || aboutJoins, !Self.has(c, #"music|song|\bbgm\b|transition|crossfade|dissolve|title|caption|\btext\b|video|clip|photo"#),
               Self.has(c, #"\b(it|them|that|those|their|its)\b"#) {
                clause = Self.replacing(clause, #"\b(?:it|them|that|those|their|its)\b"#, spoken == .music ? "the music" : "the transitions")
            }
            // "put JAYDEN #23 at the top", "write Happy Birthday Nana at the bottom": words written with capitals, put at a
            // place on screen and naming nothing in the video, are words for the screen (not understood before).
            if let m = Numbers.firstMatch(#"^(?:(?i:please|pls|can you|could you|now|and|also|then)\s+)*(?i:put|write|type|stick|slap|add)\s+((?-i:[A-Z0-9#$@])[^«»]{0,50}?)\s+(?i:at|on|in|to|along|across)\s+(?i:the\s+)?(?i:very\s+)?((?i:top|bottom|middle|center|centre)(?:[- ](?i:left|right))?)(?:\s+(?i:corner|of the (?:screen|video|frame|picture)))?(?:\s+(?i:please|pls))?[.!]*$"#, in: clause),
               Self.has(m[1], #"[A-Z#$@%!]"#), !Self.has(m[1], #"\.(?:[a-z0-9]{2,4})\b"#),
               !Self.has(m[1].lowercased(), #"^(?:the|a|an|my|our|your|his|her|their|its|it|this|that|these|those|them|clip|clips|photo|photos|picture|pictures|pic|pics|video|videos|title|titles|caption|captions|text|texts|words|music|song|logo|everything|all|each|every|one|some|another|first|last|second|third)\b"#),
               Numbers.duration(in: m[1].lowercased()) == nil, Self.targets(m[1].lowercased(), draft: draft).isEmpty {
                quotes.append(m[1])
                clause = "add a caption «\(quotes.count - 1)» at the \(m[2].lowercased())"
            }
            // "put c.png first and make it 5 seconds", "move b.mp4 to the end and have it last 2 s": in the same sentence,
            // a length for "it" shorter than the video is the length of the clip just moved (it made the video 5 s long).
            // (Said in a sentence of its own, "Make it 30 seconds." stays the video's.)
            if case .moved(let i)? = spoken, index > 0, draft.visualSegments.indices.contains(i), Self.targets(c, draft: draft).isEmpty,
               let m = Numbers.firstMatch(#"^(?:and |then )?(?:make|have|let|keep|show|give) (?:it|that one|this one)(?: stay| last| show| play| run| be| on(?: screen)?| up)?(?: for)? (?:about |around |just |only |like )?(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: long)?(?: please| pls)?[.!]*$"#, in: c),
               let ms = Numbers.duration(in: m[1]), ms >= 500, ms < draft.duration(),
               Self.has(lower, NSRegularExpression.escapedPattern(for: clauses[index - 1].lowercased()) + #"\s*,?\s*(?:and|&|then|and then)\s+"# + NSRegularExpression.escapedPattern(for: written.lowercased())) {
                clause = "make clip \(i + 1) \(m[1])"
                spoken = .clip(i)
            }
            // "same for the last one": the last turn's change, for that clip too.
            if let ops = Self.sameChangeForOne(c, context: context, draft: draft) {
                plan.operations += ops
                plan.understood.append(Self.replacing(c, #"^(?:and |also |now |ok,? |okay,? |then )|\s*\b(?:too|as well|also|please|pls)\b|[.!]+$"#, ""))
                continue
            }
            if let ask = Self.destructive(c, draft: draft) {
                plan.questions.append(ask)
                continue
            }
            // "(The second clip begins with …) Could you trim that first second off?", read as "… off of clip 2": that clip's start.
            clause = Self.replacing(clause, #"(?i)\b(trim|cut|chop|snip|take) (?:that|this|those|these|the) (first|opening|last|final) ((?:\d+(?:\.\d+)? )?(?:seconds?|secs?|s)) off of\b"#, "$1 the $2 $3 off")
            // "each visual element 5 seconds except b.mp4", "every photo 4 s except c.png": the others (the file left out
            // was the one made 5 s long).
            switch Self.eachExcept(c, draft: draft) {
            case .none: break
            case .some(.left(let rest)): clause = rest
            case .some(.ask(let question)):
                plan.questions.append(question)
                continue
            }
            var understood = Self.pronounEdit(clause.lowercased(), quotes: quotes, subject: spoken, draft: draft, &plan)
                || Self.applyRules(clause, quotes: quotes, draft: draft, context: context, &plan)
            if !understood { understood = Self.followUp(c, quotes: quotes, subject: spoken, draft: draft, written: clause, &plan) }
            // "actually the clip too", "the other song": the last change for another thing, the other song.
            if !understood, let ops = Self.sameChangeToo(c, context: context, draft: draft) ?? Self.otherSong(c, context: context, draft: draft).map({ [$0] }) {
                plan.operations += ops
                plan.understood.append(Self.has(c, #"\bother\b.*\b(?:song|track|tune|music)\b"#) ? "use the other song" : "the same for \(Self.replacing(c, #"\s*\b(?:too|as well|also)\b[.!]*$"#, ""))")
                understood = true
            }
            // "I want to see them complete. The clip also.": what the last clause asked, for this one too.
            if !understood, let previous = lastAsked,
               let m = Numbers.firstMatch(#"^(?:and |but )?((?:the |this |that )?[\w.]+(?: \d+)?) (?:also|too|as well)[.!]?$"#, in: c) {
                let borrowed = Self.replacing(previous, #"\b(?:them|it|everything|all of them)\b"#, m[1])
                if borrowed != previous { understood = Self.applyRules(borrowed, quotes: quotes, draft: draft, context: context, &plan) }
            }
            // "make the first pic 2 sec and the chart 6 sec": the verb of the clause before, for this one too.
            if !understood, let previous = lastAsked, Self.has(previous, #"^(?:please )?(?:make|set|have|keep|show)\b"#),
               Self.has(c, #"^(?:and |then )?(?:the |that |this )?[\w.-]+(?: [\w.-]+){0,2} (?:to |for |at )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)[.!]?$"#) {
                understood = Self.applyRules("make " + Self.replacing(clause, #"^(?i:and |then )"#, ""), quotes: quotes, draft: draft, context: context, &plan)
            }
            // "listing video for 42 Elm St", "recipe short: 5 steps", "audiogram for ep 47": what the new video is, said beside the files it is made of.
            if !understood, !composed.isEmpty,
               Self.has(c, #"^(?:a |an |the |my |our |this )?(?:[\w'-]+ ){0,3}(?:video|vid|slideshow|reel|montage|recap|promo|teaser|movie|film|short|cut|edit|trailer|highlights?|vlog|compilation|audiogram)\b(?: (?:for|of|about|from|showing|on|with)\b.*)?(?::\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:steps|photos|pictures|pics|images|clips|shots|slides|scenes|parts))?$"#) {
                understood = true
            }
            // "— not the gallery walkthrough video —": what the new video leaves out was read with its files.
            // ("菜单放第一个，…，炸物那段不要", "不要炸物": the same, in Chinese.)
            if !understood, !composed.isEmpty, Self.has(c, #"^(?:but )?(?:not|no|without|except|excluding|leave out|skip)\b(?! (?:zoom|transitions?|music|sound|text|titles?|captions?)\b)|^(?:但是?|可是)?(?:不要|不用|别用|除了|跳过)(?!.*(?:音乐|转场|字幕|标题|文字))|^[^，,。、]{1,12}(?:那段|那个|那张|的)(?:就)?(?:不要|不用)了?[。！!]?$"#) { understood = true }
            // The words that asked for the video, or named its files, were read above.
            // ("… some photos of my dog (…) and a song, happy_ukulele.mp3": "a song" is one of them.)
            if !understood, !composed.isEmpty, Self.asksToCompose(c, context: context) || Self.mentionsMedia(c, context: context)
                || Self.has(c, #"^(?:and |plus |with |also )?(?:a |an |the |my |some |one |this |that |our )?(?:song|track|tune|soundtrack|music|bgm|photos?|pictures?|pics?|images?|clips?|videos?)[.!]?$"#)
                // ("…, and the birthday song" for happy_bday_song.mp3: the song the new video has.)
                || (composed.contains(where: Self.isAudio) && Self.has(c, #"^(?:and |plus |with |also )?(?:the |my |our |that |this )(?:[\w'-]+ ){1,2}(?:song|track|tune|soundtrack|music)[.!]?$"#)) { understood = true }
            // "remove the music and the title": a clause without its own verb borrows the last one.
            // "Insert shot_04.jpg at index 1 and shot_05.jpg at the end": a file named first borrows it too.
            // (Not "mute the clips, the music is the whole point": a reason says why, and borrows nothing; nor "remove the
            // music. The students need to hear the video clip": a sentence with its own verb, which removed the clip; nor
            // "remove the background music. The clip has the orchestra playing": what the clip holds.)
            if !understood, let verb, !exporting, Self.has(c, #"^(?:the |a |an |all |every |clip |clips |photo |\d|[\w-]+\.(?:jpe?g|png|gif|heic|webp|mp4|mov|m4v|webm)\b)"#),
               !Self.explainsOnly(c),
               !Self.has(c, #"^(?:the|a|an|all|every|my|our) (?:(?!that|which|who|where)[\w'-]+ ){1,2}(?:needs?|wants?|loves?|likes?|hates?|enjoys?|has to|have to|must|should|will|would|can|could|is|are|was|were|deserves?|requires?|has|have|had|contains?|includes?|features?|shows?|got)\b"#) {
                // (Only the end is shared by a list: "move a.jpg to the end and b.mp4" puts both there in turn; "… to the start and
                // b.mp4" would put b.mp4 before it. After a correction, any place: the one taken back is not there.)
                let place = verbPlace.flatMap { p in
                    ["move", "put", "place", "insert"].contains(verb) && !Self.has(c, Self.placeSaid)
                        && (afterRetraction || Self.has(p, #"\b(?:end|back|last)\b"#)) ? " " + p : nil
                } ?? ""
                understood = Self.applyRules(verb + " " + clause + place, quotes: quotes, draft: draft, context: context, &plan)
            }
            if understood, let n = named, spoken == n.subject {
                // The words that named it were read with this clause.
                plan.notUnderstood.removeAll { $0 == n.clause }
            }
            // Talk between the naming and "that one" ("…, the kids want to see their sandcastle lol. make just that one …") keeps it.
            // (So do words that only say why: "a.jpg is getting cropped, the heads are cut off. can you show the whole picture?")
            if understood, plan.operations.count > opsBefore || plan.intent != .edit { named = nil }
            // "The second clip, the video of the vows — can you slow it down?": words that only say again which
            // clip was just named (what it shows) are part of naming it.
            // ("take out the video clip, the one that's not a picture": the clip just changed, said again.)
            let clipJustChanged = { if case .clip? = clauseSubject { true } else { false } }() || plan.operations.last.map { if case .remove = $0 { true } else { false } } == true
            if !understood, !exporting, named != nil || clipJustChanged, Self.has(c, Self.describesNamedClip), !Self.startsWithRequest(c) { continue }
            // "stage cut first, then the airport pic": a clip named alone right after one was placed goes next to it
            // (it was left where it was, the answer silent about it).
            if !understood, !exporting, opsBefore > 0, case .move(let placed, _)? = plan.operations.last,
               Self.has(c, #"^(?:and |then |next |after (?:that|it) |followed by )*(?:the |my |that )?[\w.'-]+(?: [\w.'-]+){0,2}?(?: (?:clip|one|photo|pic|picture|video|shot|image|vid))?(?: next| after(?: (?:it|that))?| second)?[.!]?$"#),
               Self.targets(c, draft: draft).count == 1, let t = Self.targets(c, draft: draft).first, t != .all, t != placed,
               let i = try? draft.indexes(t).first, let p = try? draft.indexes(placed).first {
                // ("put map_of_faerun.png first, then party_portrait.jpg": already right after it, it stays; it was not
                // understood.)
                if i != p + 1 {
                    let dest = i < p ? p : min(p + 1, draft.visualSegments.count - 1)
                    plan.operations.append(.move(t, to: dest))
                }
                plan.understood.append("move \(Self.describe(t)) after it")
                understood = true
            }
            // "…, first dance. Perfect as the song", "phonk_beat for the sound": the sound file named by its words is the music.
            if !understood, !exporting, let m = Numbers.firstMatch(#"^(?:and |with |use |using )?(?:the )?([\w' .-]{2,40}?) (?:as|for) (?:the |my )?(?:song|music|track|soundtrack|sound|audio|bgm|background music)[.!]?$"#, in: c),
               let song = context.media.first(where: { Self.isAudio($0) && !Self.mentions($0, in: m[1], context: context).isEmpty }) {
                let playing = draft.tracks.first { $0.role == .music }?.segments.first?.src.map { ($0 as NSString).lastPathComponent }
                if playing != (song as NSString).lastPathComponent { plan.operations.append(.addMusic(source: song, volume: 0.35)) }
                plan.understood.append("use \((song as NSString).lastPathComponent) as the music")
                understood = true
            }
            // "Put the video clip first, then the photos": the rest follow the one put first, as they were.
            if !understood, !exporting, opsBefore > 0, case .move(_, to: 0)? = plan.operations.last,
               Self.has(c, #"^(?:and |then |next |followed by |after (?:that|it) )*(?:the |all the |my )?(?:rest|others|other ones|photos|pictures|pics|images|stills|clips|videos)(?: after(?: (?:it|that))?| in (?:the same |their )?order| as (?:they are|before))?[.!]?$"#) {
                plan.understood.append("the rest after it")
                understood = true
            }
            // "The second clip, b.mp4, that's from the day the swarm went off … Take it out please.": a clip named alone,
            // before the words that say what to do with "it", only says which one (it was not understood).
            if !understood, !exporting, index + 1 < clauses.count,
               Self.has(c, #"^(?:and |so |ok,? |okay,? )?(?:the |my |that |this )?(?:\#(Self.ordinalPattern)|middle|other) (?:clip|photo|picture|pic|image|shot|video|one|slide|scene)[.!:]?$"#),
               clauses[(index + 1)...].contains(where: { Self.has($0.lowercased(), #"\b(?:it|that one|this one)\b"#) }),
               case let ts = Self.targets(c, draft: draft), ts.count == 1, ts[0] != .all, let i = try? draft.indexes(ts[0]).first {
                named = (.clip(i), Self.restore(clause, quotes).trimmingCharacters(in: .whitespaces))
                continue
            }
            if !understood && !exporting {
                let said = Self.restore(clause, quotes).trimmingCharacters(in: .whitespaces)
                plan.notUnderstood.append(said)
                if let t = Self.targets(c, draft: draft).first, Self.targets(c, draft: draft).count == 1, t != .all,
                   let i = try? draft.indexes(t).first { named = (.clip(i), said) }
                // "the music starts kind of suddenly, could it fade in?": the music, said as what the words are about.
                // ("why is there music i didnt add any. take it out": the music asked about.)
                else if Self.has(c, #"^(?:(?:why|how come) (?:is|'s) there |there(?:'s| is) )?(?:the |my |our |this |that |a |any |some )?(?:background )?(?:music|song|bgm|soundtrack|track|tune)\b(?! (?:file|clip|video)\b)"#)
                    // ("the piano comes in so abruptly, can it fade in gently": the song, by what is heard in it.)
                    || draft.tracks.contains(where: { $0.role == .music }) && Self.has(c, #"^(?:the |that |this )(?:piano|guitar|violin|strings|drums|beat|melody|instrumental|singing|vocals|organ|choir|synth|bass)\b(?! (?:file|clip|video|photo|picture|pic|shot|player|part of the video)\b)"#) { named = (.music, said) }
                // "Title is too small, make it a little bigger": the one text of that kind.
                else if let m = Numbers.firstMatch(#"^(?:the |my |our )?(title|caption|end card)\b"#, in: c), let i = Self.onlyText(said: m[1], in: draft) {
                    named = (.text(i), said)
                }
            }
            if let m = Numbers.firstMatch(#"^(?:please )?(remove|delete|drop|take out|get rid of|cut out|ditch|add|mute|duplicate|cut|trim|hide|put|insert|append|move|place)\b"#, in: c) {
                verb = m[1]
                verbPlace = Numbers.firstMatch(Self.placeSaid, in: c)?[0]
            }
            // Later clauses see the effect of earlier ones ("add music and make it quieter").
            let before = draft
            // (A rule may take back a change made before this clause: nothing past the end is read.)
            for op in plan.operations[min(opsBefore, plan.operations.count)...] {
                if let applied = try? op.apply(to: draft) { draft = applied.draft }
            }
            if plan.operations.count > opsBefore {
                clauseSubject = Self.lastTouched(before: before, after: draft) ?? clauseSubject
                // The clip this clause moved, however the others shifted.
                if case .move(let t, _)? = plan.operations.last, let k = try? draft.indexes(t).first { clauseSubject = .moved(k) }
                lastAsked = clause
            } else if plan.understood.count > saidBefore {
                // "see them complete, not cut" said again of pictures already shown whole: still what "also" repeats.
                lastAsked = clause
            }
        }
        // "start the song at 0:45, that's where the chorus hits": the start is a point inside the song, said in the next
        // clause; where it plays from, as when said in one (the music came in at 45 s).
        if let k = plan.operations.firstIndex(where: { if case .setMusicTiming(let s?, nil) = $0 { s > 0 } else { false } }),
           Self.has(instruction.lowercased(), Self.songPoint), case .setMusicTiming(let s?, nil) = plan.operations[k] {
            plan.operations[k] = .trimMusic(inMs: s)
            plan.understood.removeAll { $0.hasPrefix("start the music at ") }
            plan.understood.append("play the music from \(clock(s)) into the song")
        }
        // "make the photos flash faster, 1 second each": the length said beside it is the pictures' new pace (each was first
        // shortened by a quarter, then set: both were told).
        if plan.understood.contains("show the pictures for less time") {
            var seen: [SegmentTarget] = []
            for i in plan.operations.indices.reversed() {
                guard case .trim(let t, nil, _?) = plan.operations[i] else { continue }
                if seen.contains(t) { plan.operations.remove(at: i) } else { seen.append(t) }
            }
        }
        // "why is the video 10 seconds when the pictures add up to 11?", "how quiet is it now?": a question about the video
        // that no rule answers is answered with the video as it is (never "I did not understand" a question).
        let wholeQuestion = Self.has(instruction.lowercased().trimmingCharacters(in: .whitespacesAndNewlines), #"^(?:so |and |ok,? |okay,? |hmm,? )?(?:what|what'?s|why|how|which|where|is|are|does|do|did|has|have)\b(?! (?:you|i) (?:add|make|put|change|remove|use)\b)[^?]*\?+$"#)
            && !Self.has(instruction.lowercased(), #"\b(?:possible|able to|can you|could you|would you|will you|please)\b"#)
        if askedState || (wholeQuestion && plan.questions.isEmpty && plan.declined.isEmpty), plan.intent == .edit, plan.operations.isEmpty, plan.history.isEmpty {
            if !askedState { plan.notUnderstood.removeAll() }
            plan.intent = .state
            plan.understood.append(Self.intentName(.state))
        }
        // "Stabilize getting_ready.mp4 before you cut anything", "turn our menu into a QR code": a request
        // Reel cannot do, on files not yet on the timeline, builds nothing (the answer says what it can do).
        if !plan.declined.isEmpty || !plan.notUnderstood.isEmpty, !composeAsked, plan.operations.count == 1, plan.operations.first?.isCompose == true,
           plan.understood.count == understoodAtCompose {
            plan.operations.removeAll()
            plan.understood.removeAll()
        }
        // "remove the clip, i want just the photos": which clip is no longer a question.
        if plan.awaitsClip == "remove", plan.understood.contains("keep only the pictures") {
            plan.questions.removeAll { $0.hasPrefix("Which one?") }
            plan.understood.removeAll { $0 == "ask which one to remove" }
            plan.awaitsClip = nil
        }
        // "make it exactly 30 seconds but also keep every clip and picture exactly as long as it is now": two wishes that
        // cannot both hold while the lengths add up to something else; asked (it made the video 30 s).
        if let k = plan.operations.firstIndex(where: { if case .setDuration = $0 { true } else { false } }), case let .setDuration(ms) = plan.operations[k],
           !plan.operations.contains(where: \.isCompose), case let total = context.draft.duration(), total > 0, abs(total - ms) > 100,
           Self.has(lower, #"\bkeep (?:every|each|all(?: of)?(?: the)?|the|my) (?:(?:clip|picture|photo|item|shot|segment|image|video)s?(?: (?:and|&) (?:every |each |all |the )?)?)+ (?:(?:exactly|just|precisely) )?(?:as long as|the (?:same )?length|at (?:its|their) (?:current |own )?length)|\bkeep (?:their|its|the) (?:current |own |original )?(?:lengths?|durations?)\b|\b(?:without|don'?t|do not) (?:changing|change) (?:the |their |its )?(?:lengths?|durations?) of (?:the |any |each |every )?(?:clips?|pictures?|photos?)"#) {
            plan.operations.remove(at: k)
            plan.understood.append("ask how to reach \(seconds(ms)) s with every length kept")
            plan.questions.append("The clips and pictures add up to \(seconds(total)) s now, so the video cannot be \(seconds(ms)) s while each stays as long as it is. Nothing was changed. Say, for example, \"make it \(seconds(ms)) seconds\" again (the lengths change to fit), or add more pictures or clips.")
        }
        // "swap the first photo for bonsai_display.heic", "use episode_audio.flac as the voice", "append drone_raw.mpg": a file
        // Reel does not take, for any use, is left out and said so (it was put on the timeline, to fail at the render).
        var refusedFiles: [String] = []
        plan.operations.removeAll { op in
            let source: String? = switch op {
            case .replace(_, let s), .insert(let s, _), .addMusic(let s, _), .addVoiceover(let s, _): s
            default: nil
            }
            guard let source, !Self.isAcceptedMedia(source) else { return false }
            if !refusedFiles.contains(source) { refusedFiles.append(source) }
            return true
        }
        if !refusedFiles.isEmpty {
            plan.questions.append(Self.formatsRefused(refusedFiles, context: context))
            plan.understood.append("leave out \(refusedFiles.count == 1 ? "a file" : "files") Reel does not take")
        }
        if let restMs { Self.restPictures(lasting: restMs, context: context, &plan) }
        if namesAsked || wordsAsked != nil { Self.nameEachPicture(said: instruction, given: wordsAsked, context: context, &plan) }
        Self.placeEndCards(&plan, context: context)
        // Around a request that was understood, words with nothing to edit in them are talk ("it's for a phone").
        if !plan.operations.isEmpty || !plan.history.isEmpty || plan.intent != .edit || !plan.questions.isEmpty || !plan.declined.isEmpty {
            // ("…, could we not have the title? Only the title though": the scope said again, not another request.)
            // ("…no longer than 8 seconds? The screens in our lobby loop short content only.": what people or places do, too.)
            plan.notUnderstood.removeAll { !Self.has($0.lowercased(), Self.editingWords) || Self.explainsOnly($0) || Self.complaintOnly($0) || Self.isSmallTalk($0)
                || Self.talksAboutPeople($0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .!?")))
                || Self.has($0.lowercased(), #"^(?:but |and )?(?:only|just) (?:the |that |this |my )?[\w'-]+(?: [\w'-]+)? (?:though|tho|please|pls)[.!]*$"#) }
        } else if !plan.notUnderstood.isEmpty, plan.notUnderstood.allSatisfy(Self.isSmallTalk) {
            // "thank you!! this is perfect 🙏", "lol its so cute", "谢谢！": nothing to do, and nothing misunderstood.
            plan.notUnderstood = []
            plan.smallTalk = true
        } else if plan.notUnderstood.isEmpty, plan.operations.isEmpty, plan.history.isEmpty, plan.questions.isEmpty, plan.declined.isEmpty,
                  plan.intent == .edit, Self.isSmallTalk(Self.languagesAsEnglish(written)) {
            // "thanks", "merci", "ありがとう" alone: the courtesy was taken off, and nothing was left to misunderstand.
            plan.smallTalk = true
        }
        return plan
    }

    /// "is that called vertical", "Sepia, I think it's called?", "a dissolve I think they call it": the name guessed.
    static func guessedName(_ clause: String) -> String? {
        let name = #"((?:[\w'-]+ ){0,3}[\w'-]+)"#
        // (The "I think" before it is taken off earlier: "Sepia, it's called?".)
        let called = #"(?:(?:i think|i believe|i guess|maybe|if i remember(?: rightly| right)?),? )?(?:(?:it'?s|that'?s|it is|that is|this is|they'?re|they are) (?:called|named)|(?:they|you|people|we) call (?:it|that|them|this))"#
        for pattern in [#"^(?:or )?(?:(?:is|was) (?:that|it|this) (?:what'?s |what is |what (?:they|you|people) )?(?:called|call it|named)|\#(called)) \#(name)[?.!]*$"#,
                        #"^\#(name),? (?:\#(called)|is (?:that|it) (?:what \#(called)|what (?:it'?s|it is|they are) called|the (?:right )?(?:word|name|term)(?: for it)?))[?.!]*$"#] {
            if let m = Numbers.firstMatch(pattern, in: clause.lowercased()), !m[1].isEmpty { return m[1] }
        }
        return nil
    }

    /// "its too slow", "clip 2 too slow", "that's way too loud": beside a change that was understood,
    /// a complaint is its reason, not another request.
    static func complaintOnly(_ clause: String) -> Bool {
        // "Show the title from 0.5 s to 2.5 s, not 0 to 3.": the span it replaces, said beside the change.
        has(clause.lowercased(), #"^(?:and |but )?not (?:from )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)? ?(?:to|-|until|till|–) ?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?[.!]*$"#) ||
        // "photos dark, overcast day. brighten": how the pictures look, said tersely beside the change.
        has(clause.lowercased(), #"^(?:the |my |all the |these |those )?(?:photos?|pictures?|pics?|images?|shots?|clips?|videos?|footage)(?: (?:are|is|look|looks|seem|seems|r|all))? (?:kinda |so |too |a bit |very |really |way too |quite )?(?:dark|dim|gloomy|gr[ae]y|dull|flat|washed out|overexposed|underexposed|too bright)[.!]*$"#) ||
        // "its mid", "that one's cringe", "music kinda mid rn": a verdict in slang.
        has(clause.lowercased(), #"^(?:it|that|this|that one|this one|they|(?:the |my |this |that )?(?:music|song|track|audio|beat|title|caption|text|video|vid|edit|transitions?|colou?rs?|look|filter|vibe|intro|ending))(?:'s| is| are|s)? (?:kinda |kind of |so |lowkey |honestly |just |really |a bit )?(?:mid|trash|cringe|meh|lame|boring|ugly|bad|awful|terrible|not it)(?: (?:rn|right now|tbh|ngl|fr|lol|atm|now))*[.!]*$"#) ||
        has(clause.lowercased(), #"^(?:(?:it|that|this|they|clip \d+|(?:the|each|every|all the|my|these|those) \w+(?: \w+)?)(?:'s|'re| is| are|s)?\s+)?(?:(?:go|goes|went|going|move|moves|moving|run|runs|running|fly|flies|flying|pass|passes|change|changes|switch|switches|flash|flashes|feel|feels|seem|seems|look|looks|sound|sounds)(?: by| past)?\s+)?(?:(?:way|much|a bit|a little|kinda|kind of|so|really|just|still|far) )*(?:too|to|so|really|very|super|kinda|pretty|quite|rather) (?:slow|fast|loud|quiet|soft|long|short|dark|bright|small|big|quick|dull|boring|busy|plain|quickly|slowly)\b(?: for [\w' ]{1,30})?[.!]*$"#)
    }

    /// Runs every rule over one clause; true if any of them understood it.
    static func applyRules(_ clause: String, quotes: [String], draft: Draft, context: PlannerContext, _ plan: inout Plan) -> Bool {
        let before = plan.operations.count + plan.history.count + plan.understood.count
        var c = clause.lowercased()
        // Precise writers' one-field and by-index edits (RulePlanner+AgentCommands).
        if agentEdits(clause, draft: draft, &plan) { return true }
        history(c, context: context, &plan)
        // Words for the screen are not instructions: later rules do not see them.
        let beforeText = plan.operations.count
        if let words = text(clause, quotes: quotes, draft: draft, context: context, &plan), !words.isEmpty {
            c = c.replacingOccurrences(of: words.lowercased(), with: " ")
        }
        compose(c, context: context, draft: draft, &plan)
        duration(c, draft: draft, textTook: plan.operations[beforeText...].lazy.compactMap(\.textLength).first, &plan)
        keepLength(c, before: context.draft.duration(), &plan)
        // ("guest headshot then the square logo": logo_square.png, never a square canvas.)
        let pictures = context.media.filter { !isAudio($0) } + draft.visualSegments.compactMap(\.src)
        canvas(blankingSpacedNames(c, files: pictures), draft: draft, &plan)
        transitions(c, context: context, draft: draft, &plan)
        music(c, context: context, draft: draft, &plan)
        // ("use warm_strings.wav as the music": a file's name is no look.)
        looks(blankingSpacedNames(c, files: pictures + context.media.filter(isAudio)), draft: draft, &plan)
        fades(c, draft: draft, &plan)
        motion(c, context: context, draft: draft, &plan)
        clips(c, context: context, draft: draft, &plan)
        return plan.operations.count + plan.history.count + plan.understood.count > before
    }

    /// When the length changes in the same turn (it is fitted last), an end card still closes the
    /// video: its start is where the video will end.
    static func placeEndCards(_ plan: inout Plan, context: PlannerContext) {
        guard plan.operations.contains(where: { if case .setDuration = $0 { true } else { false } }) else { return }
        let ordered = plan.operations.filter { if case .setDuration = $0 { false } else { true } }
            + plan.operations.filter { if case .setDuration = $0 { true } else { false } }
        var draft = context.draft
        for op in ordered { if let applied = try? op.apply(to: draft) { draft = applied.draft } }
        let total = draft.duration()
        for i in plan.operations.indices {
            if case .addText(.endcard, let text, nil, let durationMs, let position) = plan.operations[i] {
                let dur = durationMs ?? min(3000, total)
                plan.operations[i] = .addText(kind: .endcard, text: text, startMs: max(0, total - dur), durationMs: dur, position: position)
            } else if plan.endAnchored.contains(i), case .addText(let kind, let text, _?, let durationMs?, let position) = plan.operations[i] {
                plan.operations[i] = .addText(kind: kind, text: text, startMs: max(0, total - durationMs), durationMs: durationMs, position: position)
            }
        }
    }

    // MARK: Routing

    /// "oops Pepper is 4 not 3, fix that", "it's Luna not Lina", "it should say 2025 not 2024": the one text on screen with
    /// the wrong word in it (and the name said, if one is) gets the right word; nil when no text or several have it.
    static func textCorrected(_ said: String, draft: Draft) -> EditOperation? {
        guard let m = Numbers.firstMatch(#"^\s*(?:(?:oops|whoops|sorry|wait|actually|ah|oh|no|nope|my bad|typo|correction)[,.!:]*\s+)*(?:(?!(?:it|that|this|the|music|song|video|vid|volume|length)\b)([\p{L}][\p{L}'’-]*) (?:is|was|'s)|it'?s|its|it should (?:say|be)|should (?:say|be)|that should (?:say|be)|the (?:title|caption|text) should (?:say|be)) (?:actually )?([\p{L}\p{N}][\p{L}\p{N}'’-]*) not ([\p{L}\p{N}][\p{L}\p{N}'’-]*)[.!]*(?:,?\s*(?:(?:please|pls|can you|could you)\s+)?(?:fix|change|correct|update) (?:that|it|this)(?: (?:please|pls|for me))?[.!]*)?\s*$"#, in: said),
              m[2].lowercased() != m[3].lowercased() else { return nil }
        let word = #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: m[3]) + #"(?![\p{L}\p{N}])"#
        let texts = draft.textPositions.map { draft.tracks[$0.track].segments[$0.segment].text ?? "" }
        let having = texts.indices.filter { has(texts[$0], word) && (m[1].isEmpty || texts[$0].lowercased().contains(m[1].lowercased())) }
        guard having.count == 1 else { return nil }
        let k = having[0]
        let fixed = replacing(texts[k], word, NSRegularExpression.escapedTemplate(for: m[2]))
        return .editText(.index(k), text: fixed, startMs: nil, durationMs: nil, position: nil, color: nil, size: nil)
    }

    /// "actually just ECHOES", "make it only Grand Opening" right after a text was put on screen or reworded: the part of its
    /// words said, alone (not understood). Only words the text holds, at word edges; anything else is not this.
    static func textCutToPart(_ said: String, context: PlannerContext) -> EditOperation? {
        guard case .text(let i)? = lastTouched(before: context.previous, after: context.draft),
              let m = Numbers.firstMatch(#"^\s*(?:(?:actually|no|nah|hmm+|ok|okay|wait|sorry|oops)[,.!]*\s+)*(?:make it |make that |change it to |call it )?(?:just|only)\s+["“'‘]?(.+?)["”'’]?(?:\s+(?:only|instead|please|pls))?[.!]*\s*$"#, in: said)
        else { return nil }
        let positions = context.draft.textPositions
        guard positions.indices.contains(i), let words = context.draft.tracks[positions[i].track].segments[positions[i].segment].text else { return nil }
        let part = m[1].trimmingCharacters(in: .whitespaces)
        guard part.count >= 2, part != words, !has(part, #"^(?:it|that|this|the \w+|a bit|a little|one|once|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|%)?)$"#),
              has(words, #"(?-i)(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: part) + #"(?![\p{L}\p{N}])"#) else { return nil }
        return .editText(.index(i), text: part, startMs: nil, durationMs: nil, position: nil, color: nil, size: nil)
    }

    /// "No, I meant the title(, keep the music)" right after the music (or a text) was removed: the removal meant.
    static func removalMeantForOther(_ said: String, context: PlannerContext) -> EditOperation? {
        guard let before = context.previous,
              let m = Numbers.firstMatch(#"^(?:(?:no|nope|sorry|oops|whoops|wait|my bad|ah)[,.!]*\s+)+(?:i meant|i mean|meant) (?:to remove |to delete )?(?:the )?(title|caption|end ?card|music|song|soundtrack|text)\b"#, in: said)
        else { return nil }
        let removedMusic = before.hasMusic && !context.draft.hasMusic
        let removedText = before.textPositions.count > context.draft.textPositions.count
        guard removedMusic || removedText else { return nil }
        if ["music", "song", "soundtrack"].contains(m[1]) {
            return removedText && context.draft.hasMusic ? .removeMusic : nil
        }
        guard removedMusic else { return nil }
        let kind: TextKind = m[1].hasPrefix("end") ? .endcard : m[1] == "title" ? .title : .caption
        guard context.draft.textIndex(ofKind: kind) != nil else { return nil }
        return .removeText(.kind(kind))
    }

    /// "Checking state before the next edit: what is the current total duration in seconds?": the state asked about,
    /// whatever edit words name what to report.
    static let asksForState = #"^(?:query|get|report|read)\s*[:=]\s*(?:total_?duration|duration(?:_ms)?|length|state|timeline|segments|status|summary)(?:\s*[,;]\s*\w+)*\s*[.!?]*$|^(?:check|checking|verify|verifying|confirm|confirming|inspect|inspecting|query|querying) (?:the )?(?:current )?(?:state|timeline|draft|status)\b[^.!?]*(?:[:.,;]\s*(?:what|how)\b[^.!]*)?[?.!]*\s*$|^(?:(?:can|could|would) you (?:please )?)?(?:please )?(?:tell me|(?:may|can|could|might) i ask|i (?:want|wanna|would like|'d like) to ask) how long (?:the video|the vid|it|this|my video) (?:currently |now |right now )?(?:is|runs|lasts|goes(?: for)?)(?: (?:now|currently|right now|for))?\s*[?.!]*$|^(?:and |so |ok,? |지금\s*)?(?:the |my |this )?(?:video|vid|it) (?:is|now is|is now) how (?:long|many seconds)(?: (?:now|currently|right now|rn))?\s*[?.!]*$|^(?:and |so |ok,? )?what(?:'s| is) the (?:current |present )?(?:total )?(?:duration|length|runtime|running time|run time)(?: of (?:the|this|my) (?:video|timeline|project|draft))?(?: in seconds| right now| now| currently| at the moment| atm)?\s*[?.!]*$|^(?:and |so |ok,? )?what(?:'s| is) the (?:name|title) of (?:the |this |that )?(?:music|song|track|tune|background music)(?: (?:that(?:'s| is)|which is|we are|we're) (?:playing|on|using))?(?: now| right now)?,?(?: please)?\s*[?.!]*$|^(?:and |so |ok,? )?(?:when|where|at what (?:time|point|second)) (?:exactly )?(?:does|do|will) (?:the |my )?(?:music|song|track|audio|background music|bgm|title|caption|text) (?:currently |now )?(?:start|begin|end|stop|finish|come in|kick in|cut out)(?: and (?:end|stop|finish|start|begin))?(?: (?:right now|now|currently|exactly|again|at the moment))?\s*[?.!]*$|^(?:and |so |ok,? )?what(?:'s| is| does) (?:the|my|our) (?:title|caption|text|end card|heading|subtitle)(?: currently| now)? (?:say|saying|says|read|reading|reads)(?: (?:right now|now|currently|at the moment|atm|at the minute))?\s*[?.!]*$|^(?:and |so )?(?:which|what) (?:music|song|track) (?:is|'s) (?:(?:actually|currently|now|even) )?(?:playing|under(?:neath)?(?: it)?|on it|in it|used|in the background)(?: right now| now| currently)?\s*[?.!]*$|^(?:und |also )?welche(?:s|r)? (?:musik|lied|song) (?:liegt|läuft|ist|spielt|hören wir) (?:(?:eigentlich|gerade|da|jetzt|denn|im moment) )*(?:drunter|darunter|drauf|dabei|im hintergrund)?\s*[?.!]*$|^(?:现在|目前)?(?:视频|这个视频|它|片子)?(?:现在|目前)?(?:一共|总共|总|全部)?(?:有)?多(?:长|久)(?:时间)?(?:了)?(?:呢|啊|呀)?\s*[？?]?$"#

    enum EachExcept { case left(String), ask(String) }

    /// "each visual element 5 seconds except b.mp4" (the only clip: the pictures), "each photo 4 s but not b.mp4" (no photo
    /// anyway): the words for the ones meant, without the file left out; nil when no file is left out of "each". Others
    /// (a picture left out of every picture) are asked: nothing reads "except" there, and the file left out was changed.
    static func eachExcept(_ c: String, draft: Draft) -> EachExcept? {
        let cut = #"\s*[,;]?\s*(?:but |and )?(?:except(?: for)?|but not|not|other than|apart from|excluding|save for|besides|leaving out|leave out)\s+(?:the |for )?([\w-]+\.[a-z0-9]{2,4})\b(?: (?:clip|video|one|file|photo|picture))?"#
        guard let noun = Numbers.firstMatch(#"\b(?:each|every|all(?: of)?(?: the| my)?)\s+(?:(visual elements?|elements?|items?|clips?|visuals?|ones?|segments?|shots?|slides?)|(pictures?|photos?|images?|stills?|still frames?|pics?))\b"#, in: c),
              has(c, #"\d"#), let m = Numbers.firstMatch(cut, in: c) else { return nil }
        let segs = draft.visualSegments
        guard let k = segs.firstIndex(where: { ($0.src.map { ($0 as NSString).lastPathComponent.lowercased() }) == m[1] }) else { return nil }
        let rest = replacing(c, cut, "")
        let stills = stillIndexes(draft)
        // Every picture: a clip left out is none of them anyway.
        if !noun[2].isEmpty, !stills.contains(k) { return .left(rest) }
        // Every item but the only clips: the pictures.
        let clips = segs.indices.filter { !stills.contains($0) }
        if noun[2].isEmpty, !stills.isEmpty, clips == [k] { return .left(replacing(rest, #"\b(?:each|every|all(?: of)?(?: the| my)?)\s+(?:visual elements?|elements?|items?|clips?|visuals?|ones?|segments?|shots?|slides?)\b"#, "each picture")) }
        let others = (noun[2].isEmpty ? Array(segs.indices) : stills).filter { $0 != k }.map { "clip \($0 + 1)" }
        let amount = Numbers.firstMatch(#"(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"#, in: c).map { $0[1] } ?? "5"
        return .ask("Which ones should change? Leaving one out of \"each\" is something I cannot do in one go, so nothing was changed. Name them one by one, for example \"make \(others.first ?? "clip 1") \(amount) seconds\".")
    }

    /// "remove the second item in the sequence, namely b.mp4": the removal already takes out that file (by its place).
    static func removes(_ file: String, _ operations: [EditOperation], draft: Draft) -> Bool {
        operations.contains { op in
            guard case .remove(let t) = op, let i = (try? draft.indexes(t))?.first, draft.visualSegments.indices.contains(i),
                  let src = draft.visualSegments[i].src else { return false }
            return (src as NSString).lastPathComponent.lowercased() == file
        }
    }

    /// The words beside a question about the timeline, each its own sentence ("What's the title saying right now? make it
    /// vertical"): the other sentences, or nil when there is no such question or nothing else.
    static func besideAStateQuestion(_ instruction: String) -> String? {
        guard instruction.contains("?"), instruction.count < 600 else { return nil }
        let sentences = Numbers.allMatches(#"[^?.!\n]+(?:\?+|[.!]+(?=\s|$)|$)"#, in: instruction).map { $0.groups[0].trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard sentences.count >= 2 else { return nil }
        let asks = sentences.filter { s in
            s.hasSuffix("?") && (has(s.lowercased(), asksWhatTextSays) || has(s.lowercased(), asksForState)
                || has(s.lowercased(), #"^(?:and |so |ok,? |btw,? |also,? )?how long is (?:the video|the vid|it|this|my video)(?: (?:now|currently|right now|at the moment|so far))?\?+$"#))
        }
        let rest = sentences.filter { !asks.contains($0) }
        // (Only beside a request: "how long is it? youtube shorts has a limit" asks, and says why; it made the video vertical.)
        guard !asks.isEmpty, !rest.isEmpty, rest.allSatisfy({ !$0.hasSuffix("?") }),
              rest.contains(where: { has($0.lowercased(), #"^(?:(?:and|also|then|please|pls|now|but|oh|ok|okay|so)[,!]?\s+)*(?:make|set|change|add|remove|delete|put|turn|use|cut|trim|fade|mute|unmute|speed|slow|move|swap|replace|give|apply|lower|raise|drop|crop|zoom|let|can you|could you|would you|i want|i'd like|i would like)\b"#) }) else { return nil }
        return rest.joined(separator: " ")
    }

    static let asksWhatTextSays = #"^(?:(?:and|so|ok|okay|sorry|wait|hey|quick question|hi|hello)[,.!]?\s+)*(?:(?:can|could) you (?:tell me |remind me )?)?(?:what|wat|wht|wot|wut)(?:'?s|\s+(?:does|do|did))? (?:the |my |our |that |this )?(?:title|caption|text|end ?card|lower third|subtitle|banner)s? (?:says?|reads?|shows?)(?:\s+(?:again|right now|rite now|rn|atm|now|exactly|currently|at the moment|so far))?\s*[?.!]*$|^(?:(?:and|so|ok|okay|wait)[,.!]?\s+)*what(?:'s| is| was) (?:written|the text|the wording) (?:on|in|of) (?:the |my |our |that )?(?:title|caption|end ?card|text|lower third|banner)(?:\s+(?:again|right now|now|currently))?\s*[?.!]*$"#

    /// "I'd like to know how long the video is", "the user would like to know the current duration before deciding on
    /// further edits", "check how many clips there are": asked (they were not understood: the words name what is asked).
    static let asksToKnow = #"^\s*(?:(?:and|so|ok|okay|first|before (?:anything|we go on|making (?:further |more |any )?changes)|please|kindly)[,.!]?\s+)*(?:(?:i'?d|i would|we'?d|we would|they'?d|they would|(?:the|my) user would|(?:the|my) user|i|we|they)\s+(?:would )?(?:like|want|wants|need|needs|wish|wishes) to )?(?:know|check|confirm|find out|understand|advise(?: me)?(?: (?:of|on|about))?|let me know|tell me|inform me (?:of|about|on)) (?:how long|how many|what|which|where|when|whether|if (?:there|the)|the (?:current |present |total |overall )?(?:duration|length|runtime|running time|run time|music|song|track|title|texts?|captions?|canvas|order|size|resolution|aspect ratio|frame ?rate|state|timeline|volume|level|look))\b(?!.*\b(?:and|then|but|also|so)\s+(?:then\s+)?(?:please\s+)?(?:make|change|set|add|remove|cut|trim|move|put|use|turn|fade|mute|shorten|extend)\b)"#

    static let asksWhatExportHolds = #"(?:(?:^\s*(?:(?:and|so|ok|okay|quick question|btw|hey|just checking)[,.!]?\s+)*(?:will|would|does|do|is|are) |\b(?:whether|if) )(?:the |my |our |this )?(?:(?:exported|final|finished|rendered|downloaded) (?:video|vid|file|mp4|version|cut)|export(?:ed)? file|export|mp4|render|download) (?:(?:will|would|is going to|gonna|does|do) )?(?:still |also |then |actually )?(?:include|have|contain|keep|carry|come with|play)\b|(?:^\s*(?:(?:and|so|ok|okay|quick question|btw|hey|just checking)[,.!]?\s+)*(?:is|are|will) |\b(?:whether|if) )(?:the |my |our )?(?:music|song|track|audio|sound|title|captions?|texts?|voiceover|narration|transitions?|fades?) (?:(?:is|are|will) )?(?:(?:going to|gonna|still|also|actually) )*(?:be )?(?:in|on|part of|included in) (?:the |my |our )?(?:export|exported|final|finished|rendered|downloaded|mp4)\b)(?![^.?!]*\b(?:and|then|so)\s+(?:export|render|save)\b)"#

    /// Where a finished video is posted (never a file to use): a platform, a marketplace or a person's page on one.
    /// ("upload it straight to Shopee and Tokopedia" was read as uploading media.)
    static let publishPlaces = #"youtube|yt|tiktok|instagram|insta|ig|facebook|fb|twitter|linkedin|vimeo|snapchat|pinterest|reddit|twitch|threads|whatsapp|telegram|discord|wechat|weibo|douyin|kuaishou|bilibili|xiaohongshu|shopee|tokopedia|lazada|bukalapak|etsy|amazon|ebay|shopify|mercado ?libre|dropbox|google drive|channel|account|page|feed|profile"#

    static func route(_ t: String) -> Intent? {
        // "what resolution will it export at?", "which photos did you use?", "what format does it render in": asked about
        // the project (the first was exported, the second not understood).
        if has(t, #"^\s*(?:(?:and|so|ok|okay|quick question|btw|hey)[,.!]?\s+)*(?:what|which)(?: kind of)? (?:resolution|size|format|quality|frame ?rate|fps|aspect(?: ratio)?|dimensions?) (?:will|would|does|do|is|are) (?:it|the video|this|my video|the file|the export|the mp4)(?: be)? ?(?:export(?:ed)?|render(?:ed)?|sav(?:e|ed)|come out|download(?:ed)?)?(?: (?:at|in|as|with))?\s*[?.!]*$|^\s*(?:(?:and|so|ok|okay|quick question|btw|hey)[,.!]?\s+)*(?:which|what) (?:photos|pictures|pics|images|clips|videos|files|songs?|music|tracks?) (?:did|do|are|have) (?:you|we|i) (?:use|used|using|put in|include|included|pick|picked)(?: in (?:it|the video|this|there))?\s*[?.!]*$"#) { return .state }
        // "will the exported video have the music in it?", "the user asked whether the export will include the title":
        // asked about what the file holds (both were exported).
        if has(t, Self.asksWhatExportHolds) { return .state }
        if has(t, #"export|\bbounce (?:it |this |that |the (?:video|mix|track|project|edit|final) )?(?:down|out)\b|导出|download|下载|send me the video|send it to me|send (?:me )?(?:the |my )?(?:file|mp4|video|final)|give me the (?:file|video|mp4)|^(?:ok |great |perfect |looks good,? )*(?:i'?m )?done[.!]?$|that'?s it,? (?:export|render|done)|^(?:(?:ok|okay|great|perfect|cool|good|lgtm|looks good|all good|done|now)[,.!]* )*ship (?:it|this|that|the (?:video|vid|edit|final|cut|reel))(?: (?:now|out|please|as (?:an? )?mp4))*(?:[.!,]*\s*(?:as |in )?(?:an? )?mp4(?: please)?)?[.!]*$|finali[sz]e|\b(?:make|create|produce|give me|prepare) (?:the|a|my) (?:video |movie |film |mp4 )?file\b|就这样|完成了|出片|\brender (it|the video|this|the final|out|now|that)\b|^(?:(?:ok|okay|now|please|great|then|perfect|cool|(?:that |it |this )?looks (?:good|great|perfect|fine))[,.!]* )*save (?:it|this|the video|the film|my video)(?: as (?:an? )?(?:mp4|video|file|movie|film))?(?: (?:for me|please|now))?(?:,?\s+(?:so|to|for)\b.*)?[.!]*$|\brender\b.*\b(final|mp4|file)\b|^(?:ok |okay |now |please |great |cool )*render\b|^(?:ok |okay |now |please |great |cool |then )*save (?:it |this |the video )?(?:as|to) (?:an? )?mp4(?: please| file)?[.!]*$|\bfinal (?:mp4|file|cut|video|version)\b|\bhow (?:do|can|should|would) (?:i|we) (?:save|download|get|keep|export|send|share|email|whatsapp) (?:it|this|that|(?:the|my|our) (?:finished |final |completed |edited |whole |new )?(?:video|vid|film|movie|file|mp4|slideshow))\b(?! (?:to|so (?:that )?it) (?!(?:send|share|email|give|show|post|text|whatsapp|the|my|our|a|an|her|his|them|him|you|me|us|everyone|family|friends|parents|grandma|grandpa)\b))|\bwhere (?:do|can|will) (?:i|we) (?:find|get) (?:it|this|(?:the|my|our) (?:finished |final |completed |edited )?(?:video|vid|film|movie|file|mp4|slideshow))\b|\b(?:make|create|produce|give me|prepare) (?:the |a |my )?(?:finished|final|completed) (?:film|video|movie|version|product|slideshow)\b|渲染|生成最终"#) { return .export }
        // Not "closing credits", "end credits", "a credits card": the card that closes a video.
        if has(t, #"(?<!closing )(?<!end )(?<!opening )credit(?!s? (?:card|screen|slide|roll|sequence|line|lines|text|caption|tag|overlay))|积分|\bbalance\b|余额"#) { return .credits }
        if has(t, #"\bstatus\b|状态|show (me )?(the )?(tracks|timeline)|preview in (the )?timeline|what'?s on the timeline|what(?:'s| does| is| do) (?:the |my )?timeline|timeline look|what(?:'?s| is) (?:even |actually |currently |now )?(?:in|on) (?:it|there|(?:the|this|my|our) (?:video|vid|film|movie|slideshow|project|draft|edit|timeline))\b(?! (?:for|about)\b)|^(?:get|show|list|read|describe|return|print|dump) (?:me )?(?:the )?(?:current )?(?:timeline|draft|project|state)[.!]*$|where are we|what do (?:i|we) have (?:so far|now)|what does it look like|^(?:(?:and|so|ok|okay|hey)[,.!]?\s+)*(?:what|wat|wht)(?:'?s| does| do) (?:it|the video|the vid|my video|my vid|the edit|this) look like(?: (?:now|right now|rn|atm|so far|currently|at the moment))?\s*[?.!]*$|how does it look (?:so far|now)|what have (?:we|i) (?:got|put in|added)\b|(?<!(?:\bvideo|\bshort|\bquick|\d ?s|\bseconds?|\bminutes?|\bmake|\bcreate|\bgenerate|\bproduce|\bbuild|\bassemble|\bcut|\bedit) )(?<!(?:\bmake|\bcreate|\bgenerate|\bproduce|\bbuild|\bassemble|\bcut|\bedit) (?:a|an|the) )\bsummary\b(?! (?:video|clip|reel|film))(?!.{0,40}\b(?:captions?|script|photos?|pictures?|clips?|slides?|figures?|charts?|images?|files?|footage|media)\b)|\bsummari[sz]e (?:the |my )?(?:timeline|draft|project|edit|state)\b|\bcurrent (?:state|timeline|draft)\b|查看时间线|时间线"#) { return .state }
        // Not "all uploaded images": those are the files to use.
        // (Not "the photos in upload order": an order.)
        // (Not "upload it to youtube for me": posting, which Reel does not do.)
        if has(t, #"\bupload(?:s|ing)?\b(?! order)(?!.{0,40}\b(?:to|on|onto)\b.{0,30}\b(?:\#(publishPlaces))\b)|上传(?!的)"#) { return .upload }
        return nil
    }

    /// Words that mean an edit is asked as well, so "trim, add transitions, and export" edits first.
    static func hasEditWords(_ t: String) -> Bool {
        has(t, #"\b(duration|length|trim|transitions?|add|make|music|title|caption|remove|cut|vertical|fade|quieter|louder|seconds?|minutes?|4k|720p|1080p|square|portrait|landscape|black and white|tiktok|reels|shorts|fps|frame ?rate)\b|标题|字幕|音乐|竖屏|横屏|转场|秒|分钟"#)
            // "Is the video sideways right now? I think I need it tall for my phone": a shape asked for in plain words.
            || has(t, tallWords) || has(t, wideWords)
    }

    static func intentNameChinese(_ i: Intent) -> String {
        switch i {
        case .export: "导出视频"
        case .credits: "查看积分余额"
        case .state: "查看时间线"
        case .upload: "上传素材"
        case .edit: "编辑"
        }
    }

    static func intentName(_ i: Intent) -> String {
        switch i {
        case .export: "export the video"
        case .credits: "show the credit balance"
        case .state: "show the timeline"
        case .upload: "upload media"
        case .edit: "edit"
        }
    }

    // MARK: Clauses

    /// Splits on "and", commas, "then", 然后, 并且, 、; quoted text is kept whole (as «0», «1»…).
    static func clauses(_ text: String) -> ([String], [String]) {
        // "please put My Garden, Summer 2025 as the title", "add the names Mia, Tom and Aisha as a caption": unquoted words
        // with commas or an "and" in them, read as if quoted (never split into requests).
        var text = replacing(text, #"(?i)\b((?:put|add|write|type)(?: (?:my|our|his|her|their|the)(?: [\w'-]+)? names?| the words?)? )((?-i:[A-Z0-9])[^"'“”‘’«».;!?]{0,60}?(?:,| and )[^"'“”‘’«».;!?]{0,60}?) (as (?:a |an |the |my |our )?(?:title|caption|subtitle|lower third|headline)\b)"#, "$1\"$2\" $3")
        // "a caption with the words Only Today, Buy 2 Get 1 Free", "could read With Love, Grandma and Grandpa": the same,
        // when the words run to the sentence's end.
        text = replacing(text, #"(?i)\b((?:with the words|saying|that says|which says|that reads|which reads|(?:could|should|would|to|must) (?:read|say)) )((?=[^"'“”‘’«».;!?:]*?(?:,| and ))(?-i:[A-Z0-9$€£])(?:(?! (?-i:(?:at|in|on|from|for|until|till|between|and (?:make|put|add|set|have|let)|then)) |,\s*(?-i:[a-z]))[^"'“”‘’«».;!?:])*?)(?=\s*(?:[.!?]+(?:\s|$)|$))"#, "$1\"$2\"")
        // "write Happy Birthday Mama on the begin", "Thank you for watching in the end", "on the end of video": where it goes.
        text = replacing(text, #"(?i)\b(?:on|in) the (?:begin|beginning|start)(?: of (?:the )?(?:video|film|movie))?\b(?!\s+of\b)"#, "at the beginning")
        text = replacing(text, #"(?i)\bon the end\b(?: of (?:the )?(?:video|film|movie)\b)?(?!\s+of\b)|\bin the end of (?:the )?(?:video|film|movie)\b|\bin the end(?=\s*[.!?]*\s*$)"#, "at the end")
        var quotes: [String] = []
        var masked = ""
        var current: String?
        var closer: Character = "\""
        let pairs: [Character: Character] = ["\"": "\"", "“": "”", "'": "'", "‘": "’", "「": "」", "『": "』", "《": "》"]
        var previous: Character = " "
        for ch in text {
            if var q = current {
                if ch == closer { quotes.append(Self.restoringApostrophes(q)); masked += "«\(quotes.count - 1)»"; current = nil } else { q.append(ch); current = q }
            } else if let close = pairs[ch], ch != "'" || previous == " " || previous == ":" || previous == "=" || Script.isWide(previous) {
                current = ""
                closer = close
            } else {
                masked.append(ch)
            }
            previous = ch
        }
        if let q = current { masked += "\"" + q }
        // "… at the end again too so it starts and ends with it": the purpose of a copy, no request of its own.
        masked = replacing(masked, #"\s+so (?:that )?(?:it|the video|the (?:reel|slideshow|edit)) (?:starts?|begins?|opens?) and (?:ends?|finishes|closes) (?:with|on) (?:it|that|them|the same (?:one|pic|photo|picture|shot|clip))\b"#, "")
        masked = Self.replacing(masked, Self.wordsThenLast, " for ")
        // "show a.jpg and c.png in full": both shown in full (the first was split off with nothing said of it).
        masked = Self.replacing(masked, #"(?i)\b(show|fit|display|keep)\s+([\w.-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)) and ([\w.-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)) (in full|whole|uncropped|fully visible|without (?:any )?cropping)\b"#, "$1 $2 $4 and $1 $3 $4")
        // "Music: the overture, fading in over 2 seconds", "the song, fading out at the end": the music's fade, not the video's.
        // ("Music: fado_guitar.mp3, fading in over 4 s": a file name said there too.)
        // "all the photos with the song, fading out over 3 seconds": the song's own fade, said as a request of its own
        // (the words that make the video read no fade).
        masked = Self.replacing(masked, #"(?i)\b(with|and|plus) ((?:the |my |our |that |this )?(?:[a-z]+ )?(?:music|song|soundtrack|bgm|track|tune)|[\w-]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus)),\s+(?=(?:and )?(?:slowly |gently )?fading (?:in|out|up)\b(?! (?:from|to|into|out of) black))"#, "$1 $2, $2 ")
        masked = Self.replacing(masked, #"(?i)\b(music|song|soundtrack|bgm|track|tune)\b(\s*:\s*(?:[^.;!?,\d%]|[\w-]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus)\b){1,40}|),\s+(?=(?:and )?(?:slowly |gently )?fading (?:in|out|up)\b(?! (?:from|to|into|out of) black))"#, "$1$2 ")
        // "each figure (fig1.png through fig4.png) displayed for 7.5 s": the files in brackets say which ones "each"
        // is, never one of them alone.
        masked = Self.replacing(masked, #"(?i)\b(each|every) ([a-z]+) \([^()«»]*\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)\b[^()«»]*\)"#, "$1 $2")
        // "keep the crowd noise but drop the music to 15%": a "but" before a request starts another;
        // ("… so it starts and ends with the lake pic": one purpose, never split at its "and".)
        // not the "and" inside a hyphenated word ("black-and-white").
        // "… in the middle clip 😅 can you turn it down …": emoji between words end a sentence, as a full stop does.
        // "only 9,99 €", "€12,50": a decimal comma in a price is the price's, never a new request.
        // "title it Bad Roommates Ep. 3", "Mt. Washington", "Vol. 2": the full stop of a short form is no sentence's end
        // (it cut the title to "Bad Roommates Ep").
        // "each pic 2 secs no transitions slap the trend audio on": requests run together without
        // commas, a "no …" after a length and a verb after "no transitions", start new ones; so does a request for "it"
        // right after a complaint ("clip 2 is too long cut it to 1.5 sec": clip 2, never the video, 1.5 s).
        let separators = #"\s*(?:,(?!(?<=\d,)\d{3}(?![\d.:]))(?!(?<=\d,)\d{2}\s*(?:€|£|\$|euros?\b|eur\b|zł|kr\b|lei\b|chf\b))(?!(?<=[€$£]\d{1,4},)\d{2}\b)|;|，|；|、|(?=\.)(?<!\b(?:[Ee]ps?|[Vv]ol|[Nn]o|[Nn]r|[Pp]t|[Cc]h|[Ff]ig))(?<!\b(?-i:Mt|St|Dr|Mrs?|Jr|Sr|Ft|Feat))\.\s+(?=\S)|(?=\.)(?<=\b(?:[Ee]ps?|[Vv]ol|[Nn]o|[Nn]r|[Pp]t|[Cc]h|[Ff]ig))\.\s+(?=[^\d\s])|(?=\.)(?<=\b(?-i:Mt|St|Dr|Mrs?|Jr|Sr|Ft|Feat))\.\s+(?=[^A-Z\s])|(?=[\p{So}\u200d\ufe0f])(?<=\s)[\p{So}\u200d\ufe0f]+\s+(?=\p{L})|\band then\b|\bthen\b|\b(?=and\b)(?<!-)(?<!\bnice )(?<!\bgood )(?<!\blovely )(?<!\bit starts )(?<!\bit begins )(?<!\bit opens )and\b(?!-)(?![\w' ]{1,40}? (?:should|must|will|shall|may) (?:not|never) (?:be )?(?:affected|changed|touched|modified|altered|moved)\b)|\bbut\b(?=\s+(?:please |also |just )?(?:drop|make|set|turn|add|remove|put|lower|raise|bring|use|keep|change|move|cut|trim|mute|fade|start|stop|speed|slow|lose)\b)|\bbut\b(?=\s+(?:the|my|that|this|those|these) [\w' ]{1,30}? (?:(?:can|could|should|may|will|must) )?(?:stay|stays|remain|remains)\b)|\s[—–]\s|\bfollowed by\b(?=\s+(?:a |an |the )?(?:title|caption|subtitle|end ?card)\b)|(?=\s)(?<=\d ?(?:s|secs?|seconds?))\s+(?=(?:no|without) (?:transitions?|music|zoom|text|titles?|fades?)\b)|(?=\s)(?<=\b(?:transitions|music|zoom))\s+(?=(?:slap|throw|add|put|use|make|set|stick)\s+\w)|(?=\s)(?<=\btoo (?:long|short|slow|fast|quick|loud|quiet|dark|bright|small|big))\s+(?=(?:pls |please |can you |could you |just )?(?:(?:cut|make|trim|set|keep|turn|speed|slow|shorten|lengthen|lower|raise|bring)\s+(?:it|that|this|them)\b|(?:cut|trim|shave|chop|knock|lose)\s+(?:off\s+)?(?:like |about |around |maybe |just )?\d))|然后|并且|(?<!最后)再(?![长短加延缩快慢大小亮暗多少高低往一点些]))\s*"#
        let ns = masked as NSString
        var parts: [String] = []
        var last = 0
        for m in Regexes.shared.matches(separators, in: masked) {
            // "Text at the end: Shop now – link in bio": a dash inside words for the screen is theirs.
            let sofar = ns.substring(with: NSRange(location: last, length: m.range.location - last))
            // "title 2021 Civic – $18,900": unquoted words for the screen run on past a dash too.
            if has(ns.substring(with: m.range), #"[—–]"#), has(sofar, #"\b(?:text|title|caption|subtitle|end ?card|lower third|banner|headline)\b(?:[^:«]*:\s*\S|\s+(?!(?:for|at|from|on|to|in|of)\b)[A-Z0-9][^«]*$)"#) { continue }
            parts.append(sofar)
            last = m.range.location + m.range.length
        }
        parts.append(ns.substring(from: last))
        var kept = Self.rejoin(parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        // "i need it to be double that because the slideshow … gives each family 20 seconds": a reason is said apart from
        // the request (its numbers belong to no request: each photo was made 20 s). Not in words for the screen.
        kept = kept.flatMap { part -> [String] in
            guard let r = firstRange(#"\s+(?=(?:because|cause|cuz|coz|bc) (?:the|my|our|his|her|their|it|its|it'?s|that|this|they|we|i|she|he|you|there)\b)"#, in: part) else { return [part] }
            let head = String(part[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            guard !head.isEmpty, !has(head, #"\b(?:say|says|saying|said|read|reads|text|caption|title|subtitle|words|card|banner)\b|«"#) else { return [part] }
            return [head, String(part[r.upperBound...])]
        }
        kept = Self.joinTextClauses(Self.takeUpTopics(kept))
        // "Rather than 'Hello', the title should read 'X'": the words replaced go with the request after them.
        for i in kept.indices.dropLast().reversed() where has(kept[i], #"^(?:rather than|instead of)\s+«\d+»[.!]?$"#) {
            kept[i + 1] += " " + Self.replacing(kept[i], #"[.!]$"#, "").lowercased()
            kept.remove(at: i)
        }
        // "move a.jpg to the end. no wait, b.mp4": a correction said on its own leads the words after it (which take
        // back the clause before: `retraction`), never dropped as a lead-in.
        for i in kept.indices.dropFirst().dropLast().reversed() where has(kept[i], #"^(?:no+,? wait|wait,? no+|actually,? no|no,? actually|hmm+,? no|no,? no|scratch that|strike that|or rather)[.!]?$"#) {
            kept[i + 1] = kept[i] + ", " + kept[i + 1]
            kept.remove(at: i)
        }
        // "actually, undo that", "ok, now make it vertical": words that only lead in are dropped.
        let filler = #"^(?:actually|ok|okay|please|now|also|well|so|oh|hmm+|thanks|thank you|great|nice|perfect|alright|no|nope|actually no|no wait|wait|hmm no|yes|yeah|cool|good|looks good|好的|好|谢谢|不|不对)[.!]?$"#
        if kept.contains(where: { !has($0, filler) }) { kept.removeAll { has($0, filler) } }
        return (kept, quotes)
    }

    /// A span of time said on its own before a request: "between 2s" (the "and 6s" split off), "for the last
    /// 3 seconds", "from 2 to 5 seconds".
    static let leadingSpan = #"^(?:and )?(?:between \d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?(?: and \d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?)?|(?:for|during|in|over) the (?:first|last|final) (?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))\s*(?:s|secs?|seconds?)|from \d+(?:\.\d+)?\s*(?:s|secs?|seconds?)? (?:to|until|till|-) \d+(?:\.\d+)?\s*(?:s|secs?|seconds?))[.!,:]?$"#

    /// A clause about the transitions (what "slower", "1.5 s each" said after it belong to).
    /// A bare length said right after a transition ("600 ms", "about 1.5 seconds each", "lasting 2 s"): its length.
    static let bareLength = #"^(?:and |with |at |of |lasting |taking )?(?:(?:like|say|maybe|about|around|so|just)\s+)*(\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?|milliseconds?))(?: (?:each|apiece|long|per transition|please|pls))?[.!]*$"#
    /// "over 4 seconds", "make it across 2 s", "taking about 3 seconds", "for 6 seconds": the length of a fade or
    /// transition just set. Groups: the lead ("make it"), the word before the number, the seconds.
    static let overSeconds = #"^(?:and |but |no,? |actually,? )?(make it |make that |do it |let it |have it )?(over|across|lasting|taking|for) (?:about |around |roughly |like |maybe )?(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)(?: long)?(?: (?:please|pls|instead))?[.!]*$"#
    static let transitionClause = #"\btransitions?\b|\bcrossfades?\b|\bdissolves?\b|\bwipes?\b|转场"#

    /// The sentence of the request the clause was read from (nil when the words were changed past finding).
    static func sentence(of clause: String, in request: String) -> String? {
        let key = clause.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        guard key.count >= 4 else { return nil }
        // (A full stop inside "club_logo.png" ends no sentence.)
        return replacing(request, #"[.!?;。！？；]+(?=\s|$)"#, "\n").components(separatedBy: "\n").first { $0.lowercased().contains(key) }
    }

    /// "fade in and out", "black and white", "wipe left and right": an "and" inside a phrase
    /// that means one thing is joined back.
    static func rejoin(_ parts: [String]) -> [String] {
        var out: [String] = []
        let ordinal = #"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|\d+th)"#
        for p in parts {
            let l = p.lowercased()
            // "视频再加长10秒", "音乐再小一点": the thing named before 再 is what the rest is about.
            if let prev = out.last, has(prev, #"^(?:视频|音乐|背景音乐|标题|字幕|画面|照片|图片|转场|整体|整个视频)$"#) {
                out[out.count - 1] += p
                continue
            }
            // "还是太大声了，再小一点", "still too loud, a bit quieter": the complaint is why, the words after it what.
            if let prev = out.last?.lowercased(),
               has(prev, #"^(?:(?:背景)?音乐(?:声音|音量)?|声音|音量)?(?:还是|还|有点|有些|真的|实在)?太(?:大声|大|吵|响|小声|小|轻|暗|亮)了?$|^(?:it'?s |its |that'?s |the music(?:'s| is) )?(?:still |way |much |far |a bit |kinda )*too (?:loud|quiet|soft|dark|bright)$"#),
               !has(l, #"^(?:and |but )?(?:the )?(?:title|caption|text|clip|photo|video|transition)"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // "for the last 3 seconds, fade out": the span said first is the fade's.
            if let prev = out.last?.lowercased(), let m = Numbers.firstMatch(#"^(?:and )?(?:for|over|during|in|across) (the (?:last|final|first|opening) \#(Numbers.amount)[- ]?(?:s|secs?|seconds?))[.!,]?$"#, in: prev),
               has(l, #"^(?:and )?(?:(?:please |then )?(?:fade|fading)\b(?!.*\b(?:over|for|during|across|in) the\b))"#) {
                out[out.count - 1] = replacing(p, #"[.!]+$"#, "") + " over " + m[1]
                continue
            }
            // "add c.png and a.jpg again at the end": two files shown again in one place, one request (alone, "add c.png"
            // asked nothing that could be done).
            let file = #"(?:the )?(?:(?:picture|photo|pic|image|video|clip) )?[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)"#
            if let prev = out.last?.lowercased(), has(prev, #"^(?:(?:please|pls|and|also|now|then)\s+)*(?:add|put|show|use|repeat|include|place|stick|have) \#(file)$"#),
               has(l, #"^(?:and )?\#(file)(?: [^,.;!?]{0,30}?)? (?:again|too|as well|also|once more|one more time)\b"#) {
                out[out.count - 1] += " and " + p
                continue
            }
            // "a before and after video", "put BEFORE and AFTER on them": one thing.
            if let prev = out.last?.lowercased(), has(prev, #"\bbefore$"#), has(l, #"^after\b"#) {
                out[out.count - 1] += " and " + p
                continue
            }
            // "put SALE and NEW on them": the words for each picture, one request.
            if let prev = out.last, has(prev, #"^(?:(?:and|then|now|please|pls)\s+)*(?i:put|add|write|stick)\s+\S"#),
               has(p, #"^[A-Z0-9«][\w'!?«» -]{0,30}\s+(?i:on|over|across)\s+(?i:them|both(?: of them)?|each(?: one)?|the (?:two |2 |three |3 |four |4 )?(?:photos|pictures|pics|images|shots|slides))\s*[.!]*$"#) {
                out[out.count - 1] += " and " + p
                continue
            }
            // "Put a verse caption on it: Be strong and courageous - Joshua 1:9": the words after the colon are the text's.
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:caption|title|text|end ?card|subtitle|saying|says|reads)\b[^:«]*:\s*[a-z]"#),
               !startsWithRequest(l), !has(l, #"^(?:the |a |an )?(?:music|song|video|clip|photo|picture|transitions?|fades?)\b"#) {
                out[out.count - 1] += " and " + p
                continue
            }
            // "show every picture and clip in full": both kinds, one request.
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:every|each|all(?: the)?|the|my) (?:picture|photo|image|pic|still|clip|video)s?$"#),
               has(l, #"^(?:every |each |all |the |my )?(?:picture|photo|image|pic|still|clip|video)s?\b(?! (?:is|are|was|were|should|must|needs?)\b)"#) {
                out[out.count - 1] += " and " + p
                continue
            }
            // "change the title, it must say 'X'": the words it should say complete the change.
            if let prev = out.last?.lowercased(), has(prev, #"^(?:change|edit|update|fix|rename|correct) (?:the |my )?(?:title|caption|end card|text|subtitle)$"#),
               has(l, #"^(?:it|that|this) (?:(?:must|should|has to|needs to|will|shall|can) )?(?:say|read|be|says|reads)\b"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // "the words at the beginning, make them say Moving Sale instead", "the title, make it yellow": the text named
            // first is what says it (or is coloured, made bigger).
            if let prev = out.last, has(prev.lowercased(), #"^(?:and |so |also )?(?:the |my |that |those )?(?:words?|text|title|writing|lettering|caption|heading)(?: (?:at|on|in) the (?:very )?(?:beginning|begining|start|top|bottom|end|front))?$"#),
               has(l, #"^(?:please )?(?:make|have|let|get|turn) (?:them|it|that|those|these) (?:say|read|\#(Self.colourPattern)|bigger|smaller|larger|big|small|longer|shorter|bold)\b"#) {
                out[out.count - 1] = Self.replacing(p, #"(?i)^((?:please )?(?:make|have|let|get)) (?:them|it|that|those|these)\b"#, "$1 " + NSRegularExpression.escapedTemplate(for: prev))
                continue
            }
            // "move the title a bit later, so it starts at 2 seconds", "make it start a bit earlier, at 6", "begin a little
            // later, at the four second mark": the time
            // said after the comma is where it goes.
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:later|earlier|sooner)[.!?]?$"#),
               has(l, #"^(?:so (?:that )?(?:it|that|this|the \w+) (?:starts?|begins?|comes? in|appears?|shows? up) (?:at |from |around )?|(?:i mean |like |say )?(?:at|to|from) )(?:the )?(?:second )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?(?: mark| in)?[.!?]*$"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // "On the cup final clip could you put 'U12 Cup Final'": the picture said first is where the words go.
            if let prev = out.last?.lowercased(), has(prev, #"^(?:and |also |then )?(?:on|over|across|onto|during) (?:the |my |our |that |this )?[\w' -]{1,30}? (?:clip|video|photo|picture|pic|image|shot|slide)[.!,]?$"#),
               has(l, #"^(?:(?:can|could|would|will) you |please |pls )*(?:put|add|write|show|display|stick|place|have)\b.*«\d+»"#) {
                out[out.count - 1] = p + " " + replacing(prev, #"[.!,]$"#, "")
                continue
            }
            // "Between 0:02 and 0:06 add the caption 'X'", "For the last 3 seconds, show a caption: 'X'": the
            // span said first is when the words show.
            if let prev = out.last?.lowercased(), has(prev, Self.leadingSpan) {
                let span = replacing(out[out.count - 1], #"[.!,:]$"#, "")
                let half = has(prev, #"^(?:and )?between \d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?$"#)
                let words = #"^(?:(?:can|could|would|will) you |please |pls )*(?:put|add|write|show|display|stick|place|have|overlay)\b.*(?:«\d+»|\b(?:caption|title|text|subtitle|end ?card)\b)"#
                if half, let m = Numbers.firstMatch(#"^(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?)(?:\s+(.*))?$"#, in: p), m[2].isEmpty || has(m[2].lowercased(), words) {
                    out[out.count - 1] = m[2].isEmpty ? span + " and " + m[1] : m[2] + " " + span + " and " + m[1]
                    continue
                }
                if !half, has(l, words) {
                    out[out.count - 1] = p + " " + span.lowercased()
                    continue
                }
            }
            // "the music is annoying can you take it off", "the song is awful, get rid of it": the thing complained
            // about is what goes.
            if let prev = out.last?.lowercased(), has(prev, #"^(?:ugh |omg |honestly )?(?:the |this |that )?(?:music|song|background music|bgm|soundtrack)(?: is|'s| sounds?| feels?)? (?:so |really |super |kinda |too |way too |very |a bit )*(?:annoying|awful|terrible|bad|horrible|cringe|cheesy|distracting|irritating|too much|not (?:good|right|great)|wrong)[.!]*$"#),
               let m = Numbers.firstMatch(#"^((?:(?:can|could|would|will) you |please |pls |just |so )*(?:take|turn|get rid of|remove|delete|drop|ditch|lose|kill|mute|lower|change|swap|replace)) (?:it|that)\b(.*)$"#, in: l),
               !has(m[2], #"\b(?:it|that|for|with)\b|«"#) {
                out[out.count - 1] = m[1] + " the music" + m[2]
                continue
            }
            // "make a slow, gentle video": adjectives before the noun, split by a comma.
            if let prev = out.last?.lowercased(),
               has(prev, #"\b(?:a|an)\s+(?:slow|gentle|short|quick|fun|simple|clean|calm|soft|upbeat|happy|emotional|cinematic|elegant|punchy|fast|bright|warm|cozy|cosy|modern|minimal|cute|nice|beautiful|sad|moving|heartfelt|professional|sleek|snappy|energetic|dramatic|moody|chill|relaxing|peaceful|quiet|little|lively|touching|sweet|funny)$"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // "fade the music in over 2 seconds and out over 4", "fading in from black over 1 second and out
            // over 2 seconds", "fade music in over 2 s and out over 3 s" (no "the"): the other end of the same fade.
            if let prev = out.last?.lowercased(),
               let m = Numbers.firstMatch(#"\bfad(?:e|es|ed|ing) (?:((?:the|my|our) [\w-]+|music|song|bgm|soundtrack|audio) )?(in|out)\b"#, in: prev),
               // (Not "the fades in and out should be 2 seconds": one length for both.)
               let other = Numbers.firstMatch(#"^(in|out)\b(.*)$"#, in: l), other[1] != m[2], has(other[2], #"\d"#), has(prev, #"\d"#) {
                var rest = p
                // "… over 2 seconds and out over 4": the bare number takes the first one's unit.
                // ("… and out over 3 at the end": the number's unit, wherever it stands.)
                if let unit = Numbers.firstMatch(#"\d\s*(ms|milliseconds?|s|secs?|seconds?)\b"#, in: prev)?[1],
                   !has(l, #"\d\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)\b"#) {
                    rest = Self.replacing(rest, #"(\d+(?:\.\d+)?)(?![\d.])"#, "$1 " + unit)
                }
                out.append("fade " + (m[1].isEmpty ? "" : m[1] + " ") + rest)
                continue
            }
            // "Music in at 0:03, out over the last 4 s.": the music's other end, a fade out.
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:music|song|bgm|soundtrack)\b"#), !has(prev, #"\bfad"#),
               has(l, #"^(?:and )?out (?:over|across|during|in) (?:the )?(?:last |final )?(?:\d|\#(Numbers.spelledNumber))"#) {
                out.append("fade the music " + Self.replacing(p, #"^(?i:and )"#, ""))
                continue
            }
            // "ściemnienie na końcu, 2 sek", "müziği kıs, 3 sn": a bare length after words in a language Reel does not read
            // (letters beyond English, and none of the editing words) is theirs, unread with them; alone it was read as
            // the video's length (a 2 s video).
            if let prev = out.last, has(prev, #"[\p{L}&&[^\x00-\x7F]]"#), !has(prev, Self.editingWords),
               !has(prev, #"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"#),
               has(l, #"^(?:about |around |like |ca\.? |ok\. )?\d+(?:[.,]\d+)?\s*[\p{L}.]{0,9}[.!]?$"#) {
                out[out.count - 1] += ", " + p
                continue
            }
            // "给视频加个fade out，2秒": a bare length in Chinese belongs to what came before it, too.
            if let prev = out.last?.lowercased(), has(l, #"^(?:大概|大约|差不多|约)?\s*[零〇一二两三四五六七八九十半\d.]+\s*(?:秒钟?|毫秒)(?:左右|吧)?$"#),
               has(prev, #"fade|transition|crossfade|dissolve|title|caption|music|song|淡入|淡出|标题|字幕|转场|音乐|每张|每个"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // "add a gentle fade to black at the very end, lasting two seconds", "a dissolve, over half a second":
            // how long, said after the fade, transition, text or music it belongs to.
            if let prev = out.last?.lowercased(),
               has(l, #"^(?:and )?(?:lasting|that lasts|which lasts|taking|over|(?:with )?(?:a |its )?(?:duration|length)(?: of| is| =|:)?) (?:about |around |roughly |like |just )?\#(Numbers.amount)[- ]?(?:ms|milliseconds?|s|secs?|seconds?)[.!]?$"#),
               has(prev, #"fade|transition|crossfade|dissolve|wipe|title|caption|\btext\b|music|song|(?:from|out of|to|into) (?:the )?black\b"#) {
                // ("…, length 3000 ms": said as the field the text rules read.)
                out[out.count - 1] += " " + replacing(p, #"(?i)\blength\b"#, "duration")
                continue
            }
            // "Crossfade, 1.5 s, between every clip.": where the transition goes, said after it (it was left unread).
            if let prev = out.last?.lowercased(), has(prev, Self.transitionClause),
               has(l, #"^(?:and )?(?:in )?between (?:(?:every|each|all)(?: of)?(?: the| my| two)? (?:clips?|photos?|pictures?|pics?|images?|shots?|slides?|scenes?|videos?|ones?|parts?)|them(?: all)?|all of them|everything)[.!]?$"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // 'Edit title: text "Launch Day", position top, duration 4000 ms': a field of the text before.
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:title|caption|subtitle|text|end ?card|lower third)\b"#),
               has(l, #"^(?:and )?(?:position|placement|pos|align(?:ment)?|colou?r|(?:font |text )?size|style|entrance|animation)\s*[:=]?\s*[\w#-]+(?: [\w-]+)?[.!]?$"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // "make the transitions slower and softer": the second word is the transitions' too (alone it
            // turned the music down).
            if let prev = out.last?.lowercased(), has(prev, Self.transitionClause),
               has(l, #"^(?:a bit |a little |much |way )?(?:slower|softer|smoother|gentler|longer|shorter|quicker|faster|subtler|snappier)(?: please| too| pls)?[.!?]?$"#) {
                out[out.count - 1] += " and " + p
                continue
            }
            // "Each should be shown in full, on screen for six seconds": how long each is shown, after the comma too.
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:each|every)\b"#), !has(prev, #"\d"#),
               has(l, #"^(?:and )?(?:(?:be |stay |staying |shown |displayed |visible |held )?on screen |shown |displayed |held |lasting |staying )?for (?:exactly |about |around |roughly |at least )?\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?)(?: each| apiece)?[.!]?$"#) {
                // ("…shown in full": the fit is read alone, and the length said of each apart.)
                if has(prev, #"\b(?:in full|uncropped|whole|entire(?:ly)?|complete(?:ly)?)\b"#) { out.append("each shown " + replacing(p, #"^(?i)(?:and )?(?:(?:be |stay |staying |shown |displayed |visible |held )?on screen |shown |displayed |held |lasting |staying )?"#, "")) } else { out[out.count - 1] += " " + p }
                continue
            }
            // "Could the transitions be softer and slower? One and a half seconds each feels right.": the length
            // said next is the transitions' (it trimmed every picture to 1.5 s).
            // (Not "a video from photo1-3 with crossfades, 12 seconds": a length said bare there is the video's.)
            if let k = out.indices.suffix(2).last(where: { has(out[$0].lowercased(), Self.transitionClause) }),
               has(l, #"\b(?:each|apiece|feels|seems|sounds|would be|should be|is)\b"#)
                || (!has(out[k].lowercased(), #"\b(?:video|vid|make|create|slideshow|montage|reel|from)\b"#) && (Numbers.duration(in: l) ?? 0) <= 3000),
               has(l, #"^(?:say |about |around |maybe |perhaps |like |so |roughly )?\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?)(?: each| apiece| long)?(?: (?:feels|seems|sounds|would be|is|should be|will be)(?: (?:just )?(?:right|good|better|fine|nice|perfect|about right|enough|plenty))?)?[.!?]?$"#) {
                // "the transitions be softer | and slower? | 1.5 s each": all of it about the transitions.
                while out.count - 1 > k { let tail = out.removeLast(); out[k] += " and " + tail }
                out[k] += " " + p
                continue
            }
            // "Could the words at the beginning stay up a bit longer? maybe 5 seconds total", "the title longer, like 5 s in
            // total": the length said next is that text's, all of it (it made the whole video 5 s).
            if let prev = out.last?.lowercased(), let m = Numbers.firstMatch(#"^(?:say |about |around |like |maybe |perhaps |roughly |so |to |for |i'?d say )*(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: (?:total|in total|altogether|overall|long|on screen))?[.!?]?$"#, in: l),
               has(prev, #"\b(?:title|caption|text|words|writing|end ?card|lower third|subtitle)s?\b"#), has(prev, #"\b(?:longer|shorter)\b"#),
               !has(prev, #"\b(?:video|vid|clip|photo|picture|pic|image|slide)s?\b(?! (?:title|caption|text))"#) {
                out[out.count - 1] = replacing(out[out.count - 1], #"(?i)\s*\b(?:(?:a (?:bit|little|tad|touch)|slightly|much|way|a lot) )?(?:longer|shorter)\b[?.!]*"#, "") + " for " + m[1]
                continue
            }
            // "Could it begin by slowly fading in from black? About 3 seconds would be lovely.": a length said alone after a
            // fade with none is that fade's (it faded 1 s and asked whether the whole video should be 3 s).
            if let prev = out.last?.lowercased(), has(prev, #"\bfad(?:e|es|ed|ing)\b"#), !has(prev, #"\d"#),
               // (Not "black and white, fade in and out, and 30 seconds": a bare length said with no hedge is the video's.)
               has(l, #"^(?:say|about|around|like|maybe|perhaps|roughly|i'?d say|something like|over)\b|\b(?:or so|would be|would feel|sounds|seems|feels|should be|will be)\b"#),
               let m = Numbers.firstMatch(#"^(?:say |about |around |like |maybe |perhaps |roughly |so |i'?d say |something like |over )*(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: or so)?(?:,? (?:would be|would feel|is|sounds|seems|feels|should be|will be) (?:lovely|great|nice|perfect|good|fine|ideal|right|enough|about right|plenty|wonderful))?(?:,? please)?\s*[.!?]*\s*$"#, in: l) {
                out[out.count - 1] = replacing(out[out.count - 1], #"[?.!]+\s*$"#, "") + " over " + m[1]
                continue
            }
            // "let the last picture stay a little longer, say 6 seconds", "…photos a bit longer, 5 seconds each":
            // a length after words that lengthen a picture or clip is theirs.
            if let prev = out.last?.lowercased(),
               has(l, #"^(?:say |about |around |like |maybe |perhaps |roughly |so |to |at )?\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)(?: each| apiece| per (?:photo|picture|pic|image|clip|shot)| more| longer| extra)?[.!?]?$"#),
               // ("keep month_06 up longer, like 6 seconds": a file said by its name is one too; never the video made 6 s.)
               has(prev, #"\b(?:clip|photo|picture|pic|image|shot|scene|slide|one)s?\b|\b[a-z]+_\w+\b|\b[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)\b"#), has(prev, #"\b(?:longer|shorter|stay|stays|hold|show|linger)\b|\blast(?=\s+(?:longer|a bit|a little|for|\d))"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // "the brautpaar photo goes at the end and should stay 8 seconds": how long the picture just placed stays (the
            // video was made 8 s long).
            if let prev = out.last?.lowercased(),
               has(prev, #"\b(?:clip|photo|picture|pic|image|shot|slide|one|foto|bild)s?\b|\b[\w-]+\.(?:jpe?g|png|webp|gif|mp4|mov|m4v|webm)\b"#),
               has(prev, #"\b(?:at|to) the (?:very )?(?:end|start|beginning|front)\b|\b(?:first|last)[.!]?$"#), !has(prev, #"\d"#),
               let m = Numbers.firstMatch(#"^(?:and |but )?(?:it |that one |this one )?(?:should |must |can |will |has to |needs to |is to )?(?:stay|stays|hold|holds|remain|remains|linger|lingers|be (?:on|shown|up)|show)(?: on| up| on screen| there)?(?: for)? (?:about |around |maybe |roughly )?(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))[.!]?$"#, in: l) {
                out[out.count - 1] = replacing(out[out.count - 1], #"[.!]+\s*$"#, "") + " for " + m[1]
                continue
            }
            // "start the music at two seconds and stop it at nine", "fade in over the first two seconds and fade
            // out over the final three": the bare number takes the unit before it.
            if let prev = out.last?.lowercased(), has(prev, #"music|song|bgm|\btrack\b|\bfad(?:e|es|ing)\b"#),
               let unit = Numbers.firstMatch(#"\b(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))[- ]?(s|secs?|seconds?)\b"#, in: prev)?[1],
               has(l, #"^(?:and )?(?:stop|end|cut|finish|fade)s?\b.*\b(?:at|after|by|around|over(?: the (?:first|last|final))?) (?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))[.!]?$"#) {
                out.append(Self.replacing(p, #"[.!]$"#, "") + " " + unit)
                continue
            }
            // "Right after the intro, add a caption …": the time said first belongs to the request after it.
            if let prev = out.last?.lowercased(), has(prev, #"^(?:right |just |straight |directly )?after the (?:intro|title|opening(?: title)?)[.!]?$"#) {
                out[out.count - 1] = p + " " + out[out.count - 1]
                continue
            }
            // "把第一张图改成show in full，不要crop": the second half says the first again (and is not read alone,
            // where 不要 would remove).
            if let prev = out.last?.lowercased(), has(prev, #"完整|in full|\bwhole\b|contain|不裁"#), has(l, #"^(?:不要|别|不)\s*(?:裁切|裁剪|剪裁|crop)(?:掉)?[.!。]?$"#) {
                continue
            }
            // "pull the music down a touch, like 5 points": how far, said after the sound change it measures.
            if let prev = out.last?.lowercased(), !has(prev, #"\d"#),
               has(prev, #"\b(?:music|song|bgm|volume|sound|audio|it)\b.*\b(?:up|down)\b|\b(?:louder|quieter|softer)\b"#),
               has(l, #"^(?:like |say |maybe |about |around |roughly |by |just )*\d+(?:\.\d+)?\s*(?:percentage )?(?:points?|pts?)(?: or so)?[.!?]?$"#) {
                out[out.count - 1] += " by " + replacing(p, #"^(?i:(?:like |say |maybe |about |around |roughly |by |just )*)"#, "")
                continue
            }
            // "Music make more quiet" (the thing first, as Russian says it): one request, not a bare "music".
            if let prev = out.last?.lowercased(), has(prev, #"^(?:the )?(?:music|song|transitions|zoom)$"#),
               has(l, #"^(?:make|set|put|turn|use)\b"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // "no music at the beginning, start it at 4 seconds": the start is read first, then the quiet before it.
            if let prev = out.last?.lowercased(), has(prev, #"^(?:no|without) (?:music|song|bgm) (?:at|in|during) the (?:very )?(?:beginning|start|opening|intro)[.!]?$"#),
               has(l, #"\b(?:start|begin|come in|bring (?:it|the music) in)\b.*\d"#) {
                out[out.count - 1] = Self.replacing(p, #"\b(?:it|that)\b"#, "the music")
                out.append(prev)
                continue
            }
            // "the song loops, I don't want that", "it's black and white, I don't like it": the thing said is refused.
            if let prev = out.last, !startsWithRequest(prev.lowercased()), has(l, #"^(?:but |and )?i (?:really )?(?:don'?t|do not) (?:want|like) (?:that|it|this)(?: anymore| at all)?[.!]?$"#) {
                out[out.count - 1] = "i don't want " + prev
                continue
            }
            // "In the second segment, please begin playback 1.2 seconds into the source": the clip said first is the request's.
            if let prev = out.last?.lowercased(), has(prev, #"^(?:in|for|on) (?:the )?(?:\#(ordinal) )?(?:segment|clip|shot|video|scene)(?: #?\d+)?$"#), startsWithRequest(l) || has(l, #"^(?:please )?(?:begin|start|play|run)\b"#) {
                out[out.count - 1] = p + " " + prev
                continue
            }
            // "trim the head of the clip, in point at 1.5s", "the clip … should be cut at the beginning, 4 seconds away":
            // where the clip starts, said after the clip.
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:trim|cut|chop|clip)\b.*\b(?:head|start|beginning|front)\b"#),
               has(l, #"^(?:with (?:an? |the )?)?in[- ]?point\b|^(?:about |around )?\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?)(?: (?:away|off|less))?(?: please)?[.!]?$|^(?:and |so )?(?:start|begin) (?:it |there )?(?:at|from) \#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?)[.!]?$"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // "字再大一点": 再 inside a request, after the thing it is about.
            if let prev = out.last, has(prev, #"^(?:字|文字|字体|标题|字幕|音乐|声音)$"#) {
                out[out.count - 1] += p
                continue
            }
            // "two minutes and ten seconds": the "and" inside one length.
            if let prev = out.last?.lowercased(), has(prev, #"\b\#(Numbers.numberWord)[- ]?(?:minutes?|mins?)$"#),
               has(l, #"^\#(Numbers.numberWord)[- ]?(?:s|secs?|seconds?)\b"#) {
                out[out.count - 1] += " and " + p
                continue
            }
            // "one and a half seconds": the "and" inside a number.
            if let prev = out.last?.lowercased(), has(prev, #"\b\#(Numbers.numberWord)$"#), has(l, #"^a half (?:s|secs?|seconds?|minutes?|mins?)\b"#) {
                out[out.count - 1] += " and " + p
                // "…a slower fade between them, say one and a half seconds": a length alone, for the clause before.
                if out.count >= 2, has(out[out.count - 1], #"^(?:say |about |around |perhaps |maybe |like |roughly )?\#(Numbers.numberWord) and a half (?:s|secs?|seconds?)[.!?]?$"#) {
                    out[out.count - 2] += " " + out.removeLast()
                }
                continue
            }
            // "…more gently, with a slower fade between them": the transition is what the words before it ask.
            if let prev = out.last?.lowercased(), !has(prev, #"fade|transition|crossfade|dissolve|wipe"#),
               has(prev, #"\b(?:change|changes|switch|switches|go|goes|move|moves|flow|flows)\b.*\b(?:gently|smoothly|softly|slowly|quickly)\b"#),
               has(l, #"^with (?:a |an )?(?:\w+ )?(?:fade|transition|crossfade|dissolve)s?\b"#) {
                out[out.count - 1] = p
                continue
            }
            // "the caption should appear 2 seconds in and stay for 3": the bare number takes the unit before it.
            if let prev = out.last?.lowercased(), has(prev, #"title|caption|\btext\b|card|«"#),
               let unit = Numbers.firstMatch(#"\d\s*(s|secs?|seconds?)\b"#, in: prev)?[1],
               has(l, #"^(?:and )?(?:stay|stays|last|lasts|hold|show|remain|remains)(?: on(?: screen)?)?(?: for)? \d+(?:\.\d+)?[.!]?$"#) {
                out[out.count - 1] += " and " + Self.replacing(p, #"[.!]$"#, "") + " " + unit
                continue
            }
            // "set the music to begin at 2.5 s and stop at 9 s": the stop is the music's too.
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:music|song|bgm|soundtrack)\b"#),
               has(l, #"^(?:stop|stops|end|ends|finish|finishes|cut off|fade out|fades out)(?: at| after| by) "#) {
                out.append("the music " + p)
                continue
            }
            // "make the music begin softly, a fade in of 3 seconds": the fade is the music's.
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:music|song|bgm|soundtrack)\b"#), !has(prev, #"\bfade\b"#),
               has(l, #"^(?:with |and )?(?:a |an )?(?:\#(Numbers.amount)[- ]?(?:s|secs?|seconds?|ms)[- ](?:long )?)?(?:slow |gentle |soft |short |quick |long )?fade[- ]?(?:in|out|up)\b"#),
               !has(l, #"\b(?:video|whole|everything|title|caption|text|transition|clip|photo|picture|black)\b"#) {
                out[out.count - 1] += " with " + Self.replacing(p, #"^(?:with |and )"#, "")
                continue
            }
            // "fade out at the end, 2 sec", "dissolve, 0.5s": a bare short length belongs to what came before it.
            // "…fade in from black at the start? for 1 second maybe", "soft fade in at the start, 1.5s ✨", "like a 2 second fade";
            // "make the transitions longer? they're really quick. maybe 1 second?": past words that ask nothing, to the request before them.
            let owners = #"fade|transition|crossfade|dissolve|wipe|slide|title|caption|\btext\b|music|song|intro|outro|zoom|\beach\b|card|标题|字幕|转场|音乐"#
            if let prev = out.last?.lowercased(),
               (Numbers.firstMatch(#"^(?:so |perhaps |maybe |say )?(?:until |till |about |around |over |in |for |like |of |at |maybe |say |roughly |approximately )*(?:(?:for |in |during |over )?(?:the )?(?:first|last|final) )?(?:a |an )?(\#(Numbers.amount)(?: and a half)?[- ]?(?:s|secs?|seconds?|ms|milliseconds?))(?: long| longer| shorter| each| please| pls| in (?:length|duration)| in| or so| fade| one| maybe| i guess| or so| ish)?[\s.!?\p{So}\p{Sk}\u200d\ufe0f]*$"#, in: l)
                .flatMap { Numbers.duration(in: $0[1]) }.map { $0 <= 5000 } ?? false)
                // "a fade from black at the opening and a fade to black at the close, each one second in length"
                || (has(prev, #"\bfad(?:e|es|ing)\b|\btransitions?\b|crossfade|dissolve"#)
                    && has(l, #"^(?:and )?(?:each|both)(?: one| of them)?(?: (?:is|lasting|at|of|for|should be|about))? (?:a |an )?\#(Numbers.amount)[- ]?(?:s|secs?|seconds?|ms|milliseconds?)(?: long| in (?:length|duration)| each)?[.!]?$"#)),
               let owner = has(prev, owners) ? out.count - 1
                : (out.count >= 2 && has(out[out.count - 2].lowercased(), owners) && !startsWithRequest(prev) && !has(prev, #"\d"#) ? out.count - 2 : nil) {
                // ("text 'Thank you' at the end, 2 seconds": the last 2 seconds, never 2 seconds from where the end card would start.)
                if has(out[owner].lowercased(), #"(?:\b(?:text|caption|title|subtitle|end ?card)\b|«\d+»).*\bat the (?:very )?end[.!]?$"#),
                   has(l, #"^\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)[.!]?$"#) {
                    out[owner] = Self.replacing(out[owner], #"(?i)\s*\bat the (?:very )?end[.!]?$"#, "") + " for the last " + p
                } else {
                    out[owner] += (has(out[owner].lowercased(), #"\bbetween [\d.]+\s*(?:s|secs?|seconds?)?$"#) ? " and " : " ") + p
                }
                if owner != out.count - 1 { continue }
                // "fade in at the start and fade out at the end, 2 seconds each": each of the fades before it.
                if has(l, #"\b(?:each|both|apiece)\b"#), out.count >= 2, has(out[out.count - 2].lowercased(), #"\bfade"#), !has(out[out.count - 2], #"\d"#),
                   has(prev, #"\bfade"#) {
                    out[out.count - 2] += " " + p
                }
                continue
            }
            // "show c.png in full, without cropping": how, for the fit before it.
            if let prev = out.last?.lowercased(), has(prev, #"\bin full\b|\bwhole\b|uncropped|\bcontain\b|\bfit\b"#),
               has(l, #"^(?:and )?(?:without|with no|no|not) (?:any )?(?:cropping|crop|cropped|cutting)(?: (?:it|them|anything))?[.!]?$"#) {
                out[out.count - 1] += " " + p
                continue
            }
            // "make the clip slower, at half speed": how much, for the speed change before it.
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:slow|slower|fast|faster|speed|quicker|slo[- ]?mo)\b"#),
               has(l, #"^(?:at |to )?(?:half|double|twice|(?:a )?quarter|\d+(?:\.\d+)?x)(?: the)?(?: (?:speed|velocity|pace|rate))?[.!]?$"#) {
                out[out.count - 1] += " " + p
                continue
            }
            if let prev = out.last?.lowercased(),
               (prev.hasSuffix("black") && l.hasPrefix("white")) || (has(prev, #"\bfad(?:e|es|ing) in$"#) && l.hasPrefix("out"))
                || (prev.hasSuffix("in") && l == "out") || (prev.hasSuffix("minute") && l.hasPrefix("a half"))
                // "the first and second clips", "clip 1 and clip 3", "swap a.jpg and c.png", "between 1 and 2"
                || (has(prev, #"\b\#(ordinal)$|\b(?:clips?|photos?|pictures?|images?|videos?|shots?|scenes?|segments?) ?#?\d+$"#)
                    && has(l, #"^(?:the )?(?:\#(ordinal)\b|(?:clip|photo|picture|image|video|shot|scene|segment) ?#?\d+\b|\d+\b(?! ?(?:s|sec|secs|seconds?|min|mins|minutes?|%)\b))"#))
                // "make the title bigger and yellow": a bare colour or size belongs to the text before it
                || (has(prev, #"title|caption|card|\btext\b|标题|字幕"#)
                    && (has(l, #"^(?:in |make it )?(?:red|green|blue|yellow|white|black|orange|pink|purple|gold|gr[ae]y|bigger|larger|smaller|small|tiny|centered|centred|cent(?:er|re)d? it|(?:at|in) the (?:top|bottom|middle|cent(?:er|re))|(?:(?:really|very|super|extra|so) )+(?:big|large)|#[0-9a-f]{6}|#[0-9a-f]{3})(?: please| pls| too| as well)?[.!?]*$"#)
                        // "…, beginning at 4 seconds and remaining on screen for 5 seconds": when the text shows.
                        || has(l, #"^(?:last|lasts|lasting|stay|stays|staying|remain|remains|remaining|for|show for|shown for|appear for|appearing|visible|from \d|at \d|(?:starting|beginning|commencing|appearing|starts|begins)(?: at)?|(?:disappears?|disappearing|vanish(?:es|ing)?|ends?|ending) (?:at|after))\b.*\b(?:s|secs?|seconds?)(?: in)?[.!]?$"#)))
                || (prev.hasSuffix("fade in") && l.hasPrefix("fade out"))
                // "music at 30% with a 2s fade in and a 3s fade out": the other end of the music's fade (it faded the video).
                || (has(prev, #"\b(?:music|song|bgm|soundtrack)\b|\.(?:mp3|wav|m4a|aac|ogg|flac|opus)\b"#) && has(prev, #"\bfad(?:e|es|ing)\b"#)
                    && !has(prev, #"\b(?:video|picture|pictures|image|visuals?|screen|black|white|title|caption|text|clips?|photos?)\b"#)
                    && has(l, #"^(?:and |with |plus |then )?(?:an? )?(?:\d+(?:\.\d+)?[- ]?(?:ms|s|secs?|seconds?)[- ](?:long )?)?fad(?:e|ing)[- ]?(?:in|out)(?: (?:of|over|for|in) \d+(?:\.\d+)?[- ]?(?:ms|s|secs?|seconds?))?[.!]?$"#))
                // "…'Limited stock' for 2500 ms, positioned top"
                || (has(prev, #"title|caption|\btext\b|card|«"#) && has(l, #"^(?:positioned|placed|at the|in the|on the)? ?(?:top|bottom|center|centre|middle|lower third)(?:[- ](?:left|right))?[.!]?$"#))
                // "背景音乐从第2秒开始，到第9秒结束", "音乐小声一点，大概百分之二十"
                || (has(prev, #"音乐|music|song|volume"#) && has(l, #"^(?:到|在)第?\s*[零〇一二两三四五六七八九十百\d.]+\s*秒|^(?:(?:about|around|like|maybe|roughly|approximately|approx\.?|something like|somewhere around|close to|at|to|down to|up to|until)\s+|大概|大约|差不多)?\s*(?:\d+(?:\.\d+)?\s*(?:%|percents?|per ?cent)|百分之[零〇一二两三四五六七八九十百\d]+)[.!]?$"#))
                || (has(prev, #"\b(swap|switch|exchange|between)\b|交换|调换"#) && !has(prev, #"\b(and|with)\b"#)
                    && !has(prev, #"\b(swap|switch|exchange|between)$"#) && l.split(separator: " ").count <= 4) {
                out[out.count - 1] += " and " + p
            } else {
                out.append(p)
            }
        }
        return out
    }

    static func restore(_ clause: String, _ quotes: [String]) -> String {
        var s = clause
        for (i, q) in quotes.enumerated() { s = s.replacingOccurrences(of: "«\(i)»", with: "\"\(q)\"") }
        return s
    }

    static func quoted(_ clause: String, _ quotes: [String]) -> String? {
        guard let m = Numbers.firstMatch(#"«(\d+)»"#, in: clause), let i = Int(m[1]), quotes.indices.contains(i) else { return nil }
        return quotes[i]
    }

    /// Words that ask for something on the timeline; a clause with none of them is talk.
    /// Thanks, praise and laughter with nothing to edit in them.
    static func isSmallTalk(_ clause: String) -> Bool {
        let words = clause.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0 == " " || $0 == "'" || ("0"..."9").contains($0) }
        let text = String(String.UnicodeScalarView(words)).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return false }
        let praise = #"(?:perfect|great|awesome|amazing|cute|beautiful|nice|good|cool|lovely|fantastic|wonderful|brilliant|excellent|fine|fun|sweet|adorable|gorgeous|fire|stunning|marvell?ous|splendid|superb|delightful|incredible|spot on|just right|exactly right|exactly what i wanted|just what i wanted|what i wanted)"#
        // "thank you dear that looks lovely", "these look wonderful", "you're a star": thanks, praise and kind words to the helper.
        let says = #"(?:it'?s|its|it is|this is|that'?s|thats|that is|(?:this|it|that|everything|it all|they|these|those) (?:looks?|seems?|is|are|was)|looks|(?:yes|yeah|yep|ok|okay|oh),? (?:that'?s|thats|it'?s|its))"#
        let pattern = #"^(?:(?:thank(?:s| you)(?: (?:so|very) much| a lot)?|thx|ty|tysm|lol+|haha+|hehe+|lmao|omg|wow|yay|woo+|oh|aw+|nice one|good job|great job|well done|bless you|god bless|love (?:it|this|that)|i love (?:it|this|that)|you'?re (?:a star|the best|a genius|a lifesaver|amazing|brilliant|wonderful)|\#(says)? ?(?:so |really |very |super |just |absolutely |truly )?\#(praise)(?: now)?|(?:my )?(?:friend|buddy|mate|dude|dear|dearie|darling|sweetie|sweetheart|honey|hun|love)|(?:oh )?(?:my )?(?:goodness|gosh|word)|oh my god|ok(?:ay)?|alright|yes|yeah|yep|that'?ll do|that will do|(?:so |much |way |a lot )?better(?: now)?|(?:my |our |the )?[a-z]+ (?:will|'?ll|are going to|is going to|gonna) (?:love|like|adore) (?:it|this|that)|muy bien|gracias|perfecto|genial|merci|danke|谢谢(?:你)?|多谢|太好了|很好|不错|好看|完美|真棒|棒)\s*)+$"#
        return has(text, pattern)
    }

    static let editingWords = #"\d|music|song|audio|sound|volume|voice|title|caption|subtitle|\btext|clip|photo|picture|\bpics?\b|video|image|shot|slide|transition|fade|dissolve|wipe|canvas|vertical|horizontal|landscape|portrait|square|\b(?:add|remove|delete|drop|make|cut|trim|move|swap|replace|speed|slow|fast|zoom|look|colou?r|crop|fit|mute|louder|quieter|longer|shorter|bigger|smaller|minutes?|seconds|loop|duck|narrat|export|render|undo|redo|blur|bright|dark|warm|cool|vintage)\b|[\u4e00-\u9fff]"#

    /// A clause about the clip just touched, with the words for it (`it`) said as "clip N"; "put it second" is its
    /// place in the order, never "clip 1 second" (a length).
    static func saidOfClip(_ clause: String, _ i: Int, _ it: String) -> String {
        let placed = replacing(clause, #"(?i)\b(?:it|that one|this one) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)(?=[.!]*$)"#, "clip \(i + 1) to the $1 position")
        return replacing(placed, it, "clip \(i + 1)")
    }

    static func has(_ t: String, _ pattern: String) -> Bool {
        Numbers.has(t, pattern)
    }

    /// Whether patterns are first checked for the words they cannot match without (on unless a
    /// benchmark measures the plain expressions beside them).
    public static func skipsPatternsWithoutTheirWords(_ on: Bool) {
        Regexes.shared.setFiltering(on)
    }

    /// Where a pattern first matches, with the kept expressions (Foundation's own
    /// `range(of:options: .regularExpression)` compiles or looks one up on every call).
    static func firstRange(_ pattern: String, in t: String) -> Range<String.Index>? {
        Regexes.shared.firstMatch(pattern, in: t).flatMap { Range($0.range, in: t) }
    }
}

extension RulePlanner {
    /// The files (lowercased) the operations put on the timeline or under it.
    static func sourcesUsed(by operations: [EditOperation]) -> Set<String> {
        var used: Set<String> = []
        for op in operations { _ = op.mappingSources { used.insert($0.lowercased()); return $0 } }
        return used
    }
}
