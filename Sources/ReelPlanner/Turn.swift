import Foundation
import ReelTimeline

/// One conversational turn: plan the words, apply them to the session, answer in plain words.
/// Every answer ends with the timeline summary line.
public struct Turn: Sendable {
    public var plan: Plan
    public var changes: [String]
    public var answer: String
    /// Why nothing was applied, when an edit was refused (empty otherwise).
    public var problems: [String] = []
}

/// A plan for this session, before it is applied: the planner's operations plus what the
/// session adds (starting from the media, a script's captions), and a script to narrate, which
/// the face turns into a sound file (espeak-ng) and adds with `narrated(by:)`.
public struct PlannedTurn: Sendable {
    public var plan: Plan
    public var narration: String?
    /// Why the script could not be narrated, when the face tried and failed.
    public var narrationProblem: String?

    public init(plan: Plan, narration: String? = nil) {
        self.plan = plan
        self.narration = narration
    }

    /// Adds the narration file as a voiceover (music is ducked under voice tracks by default).
    public mutating func narrated(by file: String) {
        plan.operations.append(.addVoiceover(source: file, startMs: 0))
        plan.understood.append("narrate the script")
        narration = nil
    }

    /// The face could not narrate the script: the answer says why.
    public mutating func notNarrated(because reason: String) {
        narrationProblem = reason
    }
}

extension EditSession {
    public static let suggestions = [
        "\"make it 30 seconds\"", "\"make it vertical for TikTok\"", "\"add a title 'Summer' for the first 3 seconds\"",
        "\"add dissolve transitions\"", "\"make the music quieter\"", "\"remove the second clip\"", "\"black and white\"", "\"undo\"",
    ]

    public static let suggestionsChinese = ["“改成30秒”", "“做成竖屏”", "“加标题‘夏天’，显示3秒”", "“音乐小声一点”", "“撤销”"]

    /// Plans an instruction against this session (nothing changes yet). `base` is another
    /// planner's plan of the words (the LLM's); the rule planner makes it otherwise.
    public func plan(_ instruction: String, media: [String] = [], names: [String: String] = [:], planner: RulePlanner = RulePlanner(),
                     base: Plan? = nil) -> PlannedTurn {
        if base == nil, let refused = RulePlanner.refusingOverlong(instruction) ?? RulePlanner.refusingOversizedNumber(instruction) ?? RulePlanner.blockAskingNothing(instruction) { return PlannedTurn(plan: refused) }
        // `remove_clip(target="b.mp4")`: a tool call written as a function is the object it stands for. ("Call set_speed
        // id=op_19 …. 61 ms.": an agent's log of the call, its id and cost left out first.)
        // A table pasted from a spreadsheet: its rows' requests (RulePlanner+Tables), read before the agent syntax; an e-mail:
        // its body (RulePlanner+Email); a chat thread: what it decided (RulePlanner+Threads).
        let instruction = base == nil ? RulePlanner.toolCallAsObject(RulePlanner.tableWords(RulePlanner.agentLogTrimmed(RulePlanner.emailBody(RulePlanner.chatThread(RulePlanner.smsForm(instruction)))), context: PlannerContext(draft: draft, media: media, names: names))) : instruction
        // Operations written as calls ("setDuration 15000") are read as such; the rest as words.
        var (calls, spoken) = base == nil ? RulePlanner.calls(in: instruction, media: media) : ([], instruction)
        var (words, script) = Self.splitScript(RulePlanner.agentSyntaxAsWords(spoken))
        // "a synthetic voiceover with an AI voice reading the title aloud", "une voix off qui lit le titre": the words on
        // screen, spoken; nothing else changes (they became a title "the title aloud." or "A").
        // (One request alone: beside another, "make it vertical and read the title aloud", it would be lost.)
        if script == nil, calls.isEmpty, !RulePlanner.has(words.trimmingCharacters(in: .whitespacesAndNewlines), #"(?i)\b(?:and|then|also|plus|et|puis|aussi)\b|;|[.!?]\s+\S"#),
           let read = Self.onScreenWordsToRead(words, draft: draft) {
            var plan = Plan()
            plan.language = AnswerLanguage.of(instruction, after: lastRequest)
            plan.said = Self.keptWords(instruction)
            return PlannedTurn(plan: plan, narration: read)
        }
        var madeDraft = draft
        let made = RulePlanner.makingCall(&calls, words: words, draft: &madeDraft)
        // "最后3秒加个字幕：关注我看更多": one short line with a time is a caption, not a script.
        if let s = script, Script.lines(s).count == 1, s.count <= 40,
           RulePlanner.has(words, #"最后|前\s*[\d一二三四五六七八九十]|第\s*[\d一二三四五六七八九十]|从|\blast\b|\bfirst\b|\bat \d|\bfrom \d|\bbetween\b|秒"#) {
            words += (RulePlanner.has(words, #"字幕|caption|title|标题"#) ? "" : "字幕") + "「\(s)」"
            script = nil
        }
        // "it" is what the last turn that changed something touched (a turn that changed nothing, e.g. a caption
        // already 4 s made "last 4 seconds", passes it on).
        var plan = base ?? (words.isEmpty && !calls.isEmpty ? Plan()
            : planner.plan(words, context: PlannerContext(draft: madeDraft, media: media, names: names, previous: undoStack.last(where: { $0 != draft }) ?? undoStack.last, awaitingClip: awaitingClip, history: undoStack, askedAbout: askedAbout, lastRequest: lastRequest), agentSyntaxRead: true))
        plan.add(calls: calls, words: spoken, made: made)
        // "字幕：每天新鲜出炉的面包。…": the words before the script are too few to tell; the request as a whole says it.
        if script != nil, plan.language == .english, !words.contains(where: { $0.isASCII && $0.isLetter }) {
            plan.language = AnswerLanguage.of(instruction)
        }
        // ("le titre, il est où là?": the question read as English too, so "mets-le en bas" after it moves the title.)
        plan.askedAbout = (RulePlanner.questionSubject(spoken, draft: draft)
            ?? (plan.language == .english ? nil : RulePlanner.questionSubject(RulePlanner.languagesAsEnglish(spoken), draft: draft)))?.key
        plan.said = Self.keptWords(instruction)
        var narration: String?
        let visuals = media.filter { !RulePlanner.isAudio($0) }
        if let script {
            if draft.visualSegments.isEmpty && visuals.isEmpty {
                // Words alone: coloured cards, the quoted words as the title, the script as captions.
                let asked = plan.askedLength
                plan.operations.removeAll { $0.isLengthChange }
                let duration = asked ?? 20_000
                let title = Self.quoted(words)
                let titleMs = title == nil ? 0 : min(3000, duration / 3)
                plan.operations.insert(.composeText(title: title, durationMs: duration, colors: Script.palette(for: instruction)), at: 0)
                plan.operations.append(.addCaptions(script: script, startMs: titleMs, endMs: nil))
                plan.understood.append("make a \(duration / 1000)-second video on coloured backgrounds with the script as captions")
            } else {
                plan.operations.append(.addCaptions(script: script, startMs: nil, endMs: nil))
                plan.understood.append("add the script as timed captions")
            }
            plan.notUnderstood.removeAll { Self.isAboutScript($0) }
            if RulePlanner.has(words, #"narrat|voice ?over|read (it|the script)|speak|旁白|配音|朗读"#) {
                narration = script
            }
        }
        // Nothing to show but words: "a 10 second video, just a title card saying Coming Soon".
        if script == nil, draft.visualSegments.isEmpty, visuals.isEmpty, plan.intent == .edit,
           !plan.operations.contains(where: \.isCompose),
           let title = plan.operations.lazy.compactMap({ op -> String? in if case .addText(_, let text, _, _, _) = op { text } else { nil } }).first {
            let asked = plan.askedLength
            // ("… just text: title "…" and then a caption "…"": the texts after the first stay, on the card.)
            let first = plan.operations.firstIndex { if case .addText = $0 { true } else { false } }
            plan.operations = plan.operations.indices.filter { $0 != first && !plan.operations[$0].isLengthChange }.map { plan.operations[$0] }
            plan.operations.insert(.composeText(title: title, durationMs: max(2000, asked ?? 10_000), colors: Script.palette(for: instruction)), at: 0)
            plan.notUnderstood.removeAll()
            plan.understood.append("make a \((asked ?? 10_000) / 1000)-second title card saying \"\(title)\"")
        }
        // "Generate a 20 s summary with the following script as captions: '…'" and no pictures: the script's
        // captions over coloured cards as long as asked (they were timed over a video of 0 s).
        if script == nil, draft.visualSegments.isEmpty, visuals.isEmpty, plan.intent != .export,
           !plan.operations.contains(where: \.isCompose),
           plan.operations.contains(where: { if case .addCaptions = $0 { true } else { false } }) {
            plan.intent = .edit
            let asked = plan.askedLength
            plan.operations.removeAll { $0.isLengthChange }
            let duration = max(2000, asked ?? 20_000)
            plan.operations.insert(.composeText(title: nil, durationMs: duration, colors: Script.palette(for: instruction)), at: 0)
            plan.understood.insert("make a \(seconds(duration))-second video on coloured backgrounds", at: 0)
        }
        // "Opening hours video, 15 seconds: 'Open Tue–Sat 9am–6pm'" and no pictures: the quoted words on a card.
        if script == nil, draft.visualSegments.isEmpty, visuals.isEmpty, plan.intent == .edit, plan.declined.isEmpty,
           !plan.operations.contains(where: \.isCompose), plan.operations.allSatisfy(\.isLengthChange),
           // (Not "what does 'ducking' mean?": the words must ask for a video.)
           RulePlanner.has(words, #"\b(?:video|vid|card|slide|screen|clip|reel|short|story|make|create)\b|\d|视频|做"#),
           !RulePlanner.has(words, #"^\s*(?:what|how|why|does|is|can)\b|\?\s*$"#),
           let title = Self.quoted(words), !title.isEmpty {
            let asked = plan.askedLength
            plan.operations = [.composeText(title: title, durationMs: max(2000, asked ?? 10_000), colors: Script.palette(for: instruction))]
            plan.notUnderstood.removeAll()
            plan.understood.append("make a \((asked ?? 10_000) / 1000)-second title card saying \"\(title)\"")
        }
        // Media and an empty timeline: whatever was asked starts from the media in order.
        if draft.visualSegments.isEmpty, !visuals.isEmpty, plan.intent == .edit, plan.declined.isEmpty,
           !plan.operations.contains(where: \.isCompose) {
            let starter = planner.plan("make a video", context: PlannerContext(draft: draft, media: media, names: names))
            plan.operations = starter.operations + plan.operations
            plan.understood = starter.understood + plan.understood
            // ("all files, captions: …": the words that named every file are what the video was made from.)
            plan.notUnderstood.removeAll { RulePlanner.has($0.lowercased(), #"^(?:(?:and|with|use|using|take|from)\s+)*(?:all|every ?thing|all (?:the |my |of the |of my )?(?:files|media|uploads|stuff|things)|all of (?:it|them)|every (?:file|upload))[.!]*$"#) }
        }
        // "转场用淡入淡出，每个转场1秒": the same change read twice is made once (a copy or an insert asked twice is meant
        // twice). "start from black slowly, …, over about two seconds": a setting of the whole video or its music said
        // again later in the same words is set once, to the last value ("Set fade in from black (1 s). Set fade in from
        // black (2 s)." was said).
        let said = plan.operations
        plan.operations = said.enumerated().filter { k, op in
            if Self.supersedes(op, op) { return !said[(k + 1)...].contains { Self.supersedes($0, op) } }
            switch op {
            case .duplicate, .insert: return true
            default: return !said[..<k].contains(op)
            }
        }.map(\.element)
        // The media go down first; the length is fitted once transitions and clips are what they
        // will be; captions from a script and end cards are timed over the final length.
        let ops = plan.operations
        plan.operations = ops.filter(\.isCompose) + ops.filter { !$0.isCompose && !$0.isLengthChange && !$0.isTimedToLength }
            + ops.filter(\.isLengthChange) + ops.filter(\.isTimedToLength)
        return PlannedTurn(plan: plan, narration: narration)
    }

    /// Whether `later` sets everything `earlier` set, of a setting of the whole video or its music (so `earlier` is
    /// not made at all).
    static func supersedes(_ later: EditOperation, _ earlier: EditOperation) -> Bool {
        switch (later, earlier) {
        case (.setMusicVolume, .setMusicVolume), (.setLook, .setLook), (.setCanvas, .setCanvas), (.setFPS, .setFPS): true
        // "the music is too loud …, take it out entirely": no lowering before the music goes.
        case (.removeMusic, .setMusicVolume), (.removeMusic, .setMusicFades): true
        // "make it quicker like half a second … then make it a quarter second": the transitions set once, the last way.
        case let (.setTransition(lt, ln, _), .setTransition(et, en, _)): lt == et && (en == nil || ln != nil)
        case let (.setFades(li, lo), .setFades(ei, eo)), let (.setMusicFades(li, lo), .setMusicFades(ei, eo)):
            (ei == nil || li != nil) && (eo == nil || lo != nil)
        default: false
        }
    }

    /// Runs an instruction through the planner; the session changes only if every part applied.
    /// `names` are display names by media path, for media stored under other names.
    public mutating func turn(_ instruction: String, media: [String] = [], planner: RulePlanner = RulePlanner(),
                              knownDurations: [String: Int] = [:], names: [String: String] = [:]) -> Turn {
        apply(plan(instruction, media: media, planner: planner), context: EditContext(durations: knownDurations, names: names))
    }

    /// Applies a planned turn and words the answer; segments made from media in `names` carry
    /// those names, which the answer and its summary then use.
    public mutating func apply(_ planned: PlannedTurn, knownDurations: [String: Int] = [:],
                               names: [String: String] = [:]) -> Turn {
        apply(planned, context: EditContext(durations: knownDurations, names: names))
    }

    /// Applies a planned turn (history moves, then the edits, all or none) and words the answer.
    /// What a question about the project is answered with, besides the summary line: the length, canvas and frame rate, the
    /// clips in order, the words on screen, the music and where it plays.
    func stateDetails(_ plan: Plan, knownDurations: [String: Int]) -> String {
        var out = ""
        let length = seconds(draft.duration(knownDurations: knownDurations))
        out += plan.chinese ? "视频时长 \(length) 秒，画布 \(draft.meta.width)×\(draft.meta.height)，\(draft.meta.fps) 帧/秒。"
            : " The video is \(length) s long; the canvas is \(draft.meta.width)×\(draft.meta.height) at \(draft.meta.fps) fps."
        // The clips in order, by file, with where each plays, and the transitions between them: what a question about
        // the order, a clip or a transition asks ("what order are the clips in", "what's left", "what transition is
        // there"), which the summary line shortens to names. (In English: other languages say the sentences above.)
        let lanes = draft.lanes(knownDurations: knownDurations)
        if plan.language == .english, !lanes.visuals.isEmpty { out += Self.clipsInOrder(lanes) }
        // The words on screen, each whole (the summary line shortens them to the first).
        let texts = draft.tracks.filter { $0.type == .text }.flatMap(\.segments).compactMap { seg -> String? in
            guard let words = seg.text else { return nil }
            let kind = RulePlanner.kindWord(seg.kind ?? .caption)
            return plan.chinese ? "“\(words)”（\(seconds(seg.start ?? 0))–\(seconds((seg.start ?? 0) + (seg.duration ?? 0))) 秒）"
                : "the \(kind) \"\(words)\" (\(seconds(seg.start ?? 0))–\(seconds((seg.start ?? 0) + (seg.duration ?? 0))) s)"
        }
        // (At most eight: a script's twenty captions are summed up.)
        let shown = texts.count > 8 ? Array(texts.prefix(7)) + [plan.chinese ? "另外 \(texts.count - 7) 条" : "\(texts.count - 7) more"] : texts
        if !shown.isEmpty { out += plan.chinese ? "画面文字：\(shown.joined(separator: "，"))。" : " On screen: \(shown.joined(separator: "; "))." }
        // The music, which a question about the export often asks after ("will it have the music?").
        let music = draft.tracks.first { $0.type == .audio && $0.role == .music }?.segments.first
        let file = music.map { ($0.src as NSString?)?.lastPathComponent ?? $0.displayName }
        let level = music.map { Int(($0.volume * 100).rounded()) } ?? 0
        out += plan.chinese ? (file.map { "背景音乐：\($0)，音量 \(level)%。" } ?? "没有背景音乐。")
            : (file.map { " The music is \($0) at \(level) %." } ?? " There is no music.")
        // Where the music plays and how it ends: "is the music going all the way to the end?".
        if plan.language == .english, let track = draft.tracks.first(where: { $0.type == .audio && $0.role == .music }),
           let sound = lanes.sounds.first(where: { $0.role == AudioRole.music.rawValue }), let seg = track.segments.first {
            out += Self.musicSpan(sound, seg, ducked: track.duck == true, total: lanes.duration)
        }
        return out
    }

    public mutating func apply(_ planned: PlannedTurn, context: EditContext) -> Turn {
        let plan = planned.plan
        let knownDurations = context.durations
        var changes: [String] = []
        var problems: [String] = []
        let before = self
        do {
            for move in plan.history { changes.append(move == .undo ? try undo() : try redo()) }
            // "start over" after three changes: one sentence for the undos, not three of the same.
            let undos = changes.filter { $0 == Self.undidOne }.count
            if undos > 1 { changes = ["Undid the last \(undos) changes."] + changes.filter { $0 != Self.undidOne } }
            changes += try apply(plan.operations, context: context)
        } catch let e as EditError {
            problems.append(e.message)
        } catch {
            problems.append("\(error)")
        }
        // All or none: an undo before a refused edit is taken back too.
        if !problems.isEmpty {
            self = before
            changes.removeAll()
        }
        var lines: [String] = []
        // A request in Chinese is answered in Chinese, change by change.
        if !changes.isEmpty { lines.append(plan.chinese ? changes.map(Self.inChinese).joined() : changes.joined(separator: " ")) }
        if plan.intent != .edit, changes.isEmpty, problems.isEmpty {
            lines.append(plan.chinese ? "好的：\(RulePlanner.intentNameChinese(plan.intent))。" : "OK: \(RulePlanner.intentName(plan.intent)).")
            // A question about the project: what the summary line does not say (the canvas, the frame rate).
            if plan.intent == .state { lines[lines.count - 1] += stateDetails(plan, knownDurations: knownDurations) }
        }
        // A question asked beside a change: answered after it, from the timeline as it is now.
        if plan.alsoTellState, !changes.isEmpty, problems.isEmpty {
            lines.append((plan.chinese ? "现在：" : "Now:") + stateDetails(plan, knownDurations: knownDurations))
        }
        if !problems.isEmpty {
            lines.append(plan.chinese ? "无法完成：\(problems.joined(separator: "；"))。什么都没有改动。"
                                      : "I could not do that: \(problems.joined(separator: "; ")). Nothing was changed.")
        }
        if planned.narration != nil {
            lines.append("I could not narrate the script: \(planned.narrationProblem ?? "no speech voice is available here"). You can record it and add the file, for example \"add voice.m4a as the voiceover\".")
        }
        for no in plan.declined { lines.append(no) }
        for question in plan.questions { lines.append(question) }
        if plan.smallTalk && changes.isEmpty && problems.isEmpty {
            lines.append(plan.chinese ? "不客气！想改什么随时告诉我，或者说“导出”来生成视频。"
                                      : "Glad you like it! Tell me what to change next, or say \"export\" to render it.")
        } else if !plan.declined.isEmpty && plan.notUnderstood.isEmpty && plan.operations.isEmpty {
            // Said above, in the words that fit.
        } else if !plan.notUnderstood.isEmpty && plan.chinese && changes.isEmpty && problems.isEmpty && plan.intent == .edit {
            let quoted = plan.notUnderstood.map { "“\($0)”" }.joined(separator: "，")
            lines.append("我没有理解\(quoted)，所以什么都没有改动。我可以，例如：\(Self.suggestionsChinese.joined(separator: "，"))。")
        } else if !plan.notUnderstood.isEmpty {
            let quoted = plan.notUnderstood.map { "\"\($0)\"" }.joined(separator: ", ")
            if changes.isEmpty && problems.isEmpty && plan.intent == .edit {
                lines.append("I did not understand \(quoted), so nothing was changed. I can, for example: \(Self.suggestions.prefix(5).joined(separator: ", ")).")
            } else if plan.chinese {
                lines.append("我没有理解\(plan.notUnderstood.map { "“\($0)”" }.joined(separator: "，"))。")
            } else {
                lines.append("I did not understand \(quoted).")
            }
        } else if planned.narration != nil && plan.operations.isEmpty {
            // (Words to speak and nothing else: the line that says they could not be spoken is the answer.)
        } else if plan.operations.isEmpty && plan.history.isEmpty && plan.intent == .edit && plan.questions.isEmpty && plan.declined.isEmpty
                    && !plan.chinese && !plan.understood.filter({ !$0.isEmpty }).isEmpty {
            // "add the lullaby remix" when it is the music already: what was understood, and that nothing needed changing.
            lines.append("Nothing needed changing: \(plan.understood.filter { !$0.isEmpty }.joined(separator: "; ")). If you meant something else, I can, for example: \(Self.suggestions.prefix(5).joined(separator: ", ")).")
        } else if plan.operations.isEmpty && plan.history.isEmpty && plan.intent == .edit && plan.questions.isEmpty && plan.declined.isEmpty {
            lines.append("I did not find an edit in that, so nothing was changed. I can, for example: \(Self.suggestions.prefix(5).joined(separator: ", ")).")
        }
        // Other languages: each sentence in the request's words where the language has its form.
        if let words = AnswerWords.of(plan.language) { lines = lines.map(words.say) }
        lines.append(draft.summary(knownDurations: knownDurations))
        awaitingClip = changes.isEmpty && problems.isEmpty ? plan.awaitsClip : nil
        askedAbout = changes.isEmpty && problems.isEmpty && plan.operations.isEmpty && plan.history.isEmpty ? plan.askedAbout : nil
        if !changes.isEmpty { lastRequest = plan.history.isEmpty ? plan.said : nil }
        return Turn(plan: plan, changes: changes, answer: lines.joined(separator: "\n"), problems: problems)
    }

    /// " The clips, in order: 1. a.jpg (0–4 s), 2. b.mp4 (3.5–6.5 s), 3. c.png (6–10 s). Between them: fade transitions
    /// (0.5 s)." (at most twelve clips named; a long slideshow is summed up).
    static func clipsInOrder(_ lanes: TimelineLanes) -> String {
        let named = lanes.visuals.map { v -> String in
            let file = v.src.map { ($0 as NSString).lastPathComponent } ?? v.name
            return "\(v.index + 1). \(file) (\(seconds(v.start))–\(seconds(v.start + v.duration)) s)"
        }
        let shown = named.count > 12 ? Array(named.prefix(11)) + ["\(named.count - 11) more"] : named
        var said = " The clip\(named.count == 1 ? "" : "s"), in order: \(shown.joined(separator: ", "))."
        guard lanes.visuals.count > 1 else { return said }
        let between = lanes.visuals.dropLast().map { v in v.transition.map { ($0, seconds(v.transitionDuration)) } }
        if between.allSatisfy({ $0 == nil }) {
            said += " There are no transitions between them (straight cuts)."
        } else if let first = between.first, let (name, length) = first, between.allSatisfy({ $0?.0 == name && $0?.1 == length }) {
            said += " Between them: \(between.count == 1 ? "a \(name) transition" : "\(name) transitions") (\(length) s)."
        } else {
            let each = between.enumerated().map { k, t in "\(k + 1)→\(k + 2) " + (t.map { "\($0.0) (\($0.1) s)" } ?? "a straight cut") }
            said += " Between them: \(each.joined(separator: ", "))."
        }
        return said
    }

    /// " It plays from 0 to 10 s, to the end of the video." / " It plays from 2 to 8 s (the video runs to 10 s), fading
    /// out over the last 2 s."
    static func musicSpan(_ sound: TimelineLanes.Sound, _ seg: Segment, ducked: Bool, total: Int) -> String {
        var said = " It plays from \(seconds(sound.start)) to \(seconds(sound.end)) s"
        said += sound.end >= total ? (sound.start == 0 ? ", the whole video" : ", to the end of the video") : " (the video runs to \(seconds(total)) s)"
        var how: [String] = []
        if seg.fadeIn > 0 { how.append("fading in over \(seconds(seg.fadeIn)) s") }
        if seg.fadeOut > 0 { how.append("fading out over the last \(seconds(seg.fadeOut)) s") }
        if ducked { how.append("dipping under the voice") }
        if !how.isEmpty { said += ", " + how.joined(separator: " and ") }
        return said + "."
    }

    /// The words of the texts on screen that a request asks a voice to read out ("read the title aloud", "narrate the
    /// captions"), joined as a script; nil when it asks no voice, or names no text the draft has.
    static func onScreenWordsToRead(_ words: String, draft: Draft) -> String? {
        let said = (words + " \n " + RulePlanner.languagesAsEnglish(words)).lowercased()
        guard RulePlanner.has(said, #"\b(?:voice|voices|voix|voice ?-?over|narrat\w*|narrator|tts|text to speech|aloud|out loud|à voix haute|speak|speaks|speaking)\b"#),
              let m = Numbers.firstMatch(#"\b(?:read|reads|reading|say|says|saying|speak|speaks|speaking|narrate|narrates|narrating|lit|lire)(?: out)? (?:the|all the|our|my|each|every|le|la|les) (titles?|captions?|subtitles?|texts?|words on (?:the )?screen|on-?screen text|end ?card|titre|titres|sous-titres?|textes?)\b"#, in: said) else { return nil }
        let kind: TextKind? = RulePlanner.has(m[1], #"^(?:title|titre)"#) ? .title : RulePlanner.has(m[1], #"^(?:caption|subtitle|sous)"#) ? .caption
            : RulePlanner.has(m[1], #"^end"#) ? .endcard : nil
        let texts = draft.textPositions.map { draft.tracks[$0.track].segments[$0.segment] }
            .filter { kind == nil || $0.kind == kind }.compactMap(\.text).filter { !$0.isEmpty }
        return texts.isEmpty ? nil : texts.joined(separator: ". ")
    }

    /// "…, script: Fresh beans daily. Cozy seats." → ("…", "Fresh beans daily. Cozy seats.")
    static func splitScript(_ text: String) -> (words: String, script: String?) {
        // "add a voiceover that says welcome to our shop", "narrate this: …", "have a voice say 'Open daily'": words to
        // speak, a script to narrate (they were a caption, or not understood).
        let text = RulePlanner.replacing(text, [
            (#"(?i)^((?:(?:please|pls|can you|could you|i want|i'?d like|and|also|then)[,]? )*(?:add|put|make|record|create|generate|include|use|have|give it|do)? ?(?:a |an |the |some )?(?:spoken |robot |computer |ai |tts )?)(?:voice ?-?over|narration|narrator|voice)( (?:at the (?:start|beginning)|over (?:it|the video|everything)))? (?:that says|saying|which says|to say|reading|that reads|says|say|read(?:ing)? out|speaking)\s*[:：,]?\s*(?=\S)"#, "$1$2 narration: "),
            (#"(?i)^((?:(?:please|pls|can you|could you|and|also|then)[,]? )*)(?:narrate|read out|read aloud|speak)(?: (?:this|these words|the following|it|the text))?\s*[:：]\s*(?=\S)"#, "$1narration: "),
        ])
        // "captions for each step: 1. Dice the onion. 2. …": the list after the colon is the script;
        // "the following script as captions so the video is accessible: …" too.
        guard let range = RulePlanner.firstRange(#"\b(script|narration|voiceover text|text|captions|subtitles)(?: (?:for|on) (?:each|every|the) (?:step|photo|picture|pic|slide|image|shot|clip|scene|part)s?)?\s*[:：]|\b(?:script|captions|subtitles)\b[^:：\d"“'‘]{1,60}[:：](?=\s*[^\d\s])|脚本[:：]|文案[:：]|台词[:：]|字幕[:：]|字幕\s*[，,]?\s*(?:的)?内容(?:是|为)?\s*[:：]|(?:字幕|文字)(?:的)?内容(?:是|为)?\s*[:：]"#, in: text),
              !Script.isTimedTexts(String(text[range.upperBound...])), !Script.isNamedTexts(String(text[range.upperBound...])) else { return (text, nil) }
        var script = String(text[range.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        // "add text: Birria Tacos $12, Quesadilla $9, Horchata $4": one line of words after "text:" is one text, never a
        // script cut into captions at its commas.
        if RulePlanner.has(String(text[range]).lowercased(), #"^text\s*[:：]$"#), !RulePlanner.has(script, #"[.!?。！？]\s+\S|\n"#), script.count <= 120 {
            return (text, nil)
        }
        if let first = script.first, let last = script.last, "\"“「'".contains(first), "\"”」'".contains(last), script.count > 1 {
            script = String(script.dropFirst().dropLast())
        }
        // "…: 'Fresh ingredients. Made daily.' Keep the existing title.": the quoted words are the script, a sentence
        // after them is another request.
        var after = ""
        if let m = Numbers.firstMatch(#"^(["“「'])(.+[.!?。！？])["”」']\s+([A-Z][^"“”「」]{0,80})$"#, in: script) {
            script = m[2]
            after = m[3]
        }
        // A numbered list read as clauses (", Sear the beef."): its items, one sentence each.
        script = RulePlanner.replacing(script, #"(?:^|(?<=[.!?。！？]))\s*,\s*"#, " ").trimmingCharacters(in: .whitespaces)
        var words = String(text[..<range.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: " ,;，；"))
        // ("add narration: …", "a voiceover that says …": the heading says the script is spoken, too.)
        if RulePlanner.has(String(text[range]).lowercased(), #"^(?:narration|voiceover text)\b"#), !RulePlanner.has(words, #"narrat|voice ?-?over"#) {
            words = RulePlanner.replacing(words + " narration", #"^\s+"#, "")
        }
        return (after.isEmpty ? words : words + ". " + after, script.isEmpty ? nil : script)
    }

    /// The first quoted words, read as the rule planner reads quotes (so 'single' quotes count,
    /// apostrophes do not).
    static func quoted(_ text: String) -> String? {
        RulePlanner.clauses(text).1.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    static func isAboutScript(_ clause: String) -> Bool {
        // "add captions: …" leaves "add": the verb of the script's captions.
        // ("add the following as timed captions after the title": "add the following as timed" is its verb, too; "burn in
        // captions from this transcript: …": "burn in".)
        RulePlanner.has(clause, #"narrat|voice ?over|read (it|the script)|speak|promo|captions?|subtitles?|from this|\bverses?\b|\blyrics\b|\bas$|^(?:please )?(?:add|put|use|show|include) the following as(?: (?:timed|separate|individual|on-?screen))?$|旁白|配音|朗读|字幕|文案|这段|^加个$|^加上$|^添加$|^加$|^(?:please |can you |could you )?(?:burn|bake|hard[- ]?code)(?: (?:them|these|it|this|those))?(?: in| on| into (?:the )?(?:video|it))?[.!]?$|^(?:please )?(?:add|put|use|show|include)(?: (?:this|these|the following|them|those|some|it))?(?: (?:timed|separate|individual|on-?screen|automatic|auto))?[.!]?$"#)
    }
}

extension Plan {
    /// The video length the words ask for (the last one said).
    var askedLength: Int? {
        operations.compactMap { op -> Int? in if case .setDuration(let ms) = op { ms } else { nil } }.last
    }
}

extension EditOperation {
    var isLengthChange: Bool {
        if case .setDuration = self { return true }
        return false
    }

    /// The length an added or changed text is given.
    var textLength: Int? {
        switch self {
        case .addText(_, _, _, let ms?, _), .editText(_, _, _, let ms?, _, _, _): ms
        default: nil
        }
    }

    var isCompose: Bool {
        switch self {
        case .compose, .composeText: true
        default: false
        }
    }

    /// Changes the music that is there (its level, timing, fades, looping, ducking).
    var adjustsMusic: Bool {
        switch self {
        case .setMusicVolume, .setMusicTiming, .trimMusic, .setMusicFades, .setMusicLoop, .setDucking: true
        default: false
        }
    }

    /// Placed against the video's final length: a script's captions spread over it, a caption "at the end".
    var isTimedToLength: Bool {
        if case .addCaptions(_, nil, nil) = self { return true }
        return false
    }
}

extension Plan {
    /// An empty plan (an edit with nothing in it yet), for planners outside this module.
    public static var empty: Plan { Plan() }
}
