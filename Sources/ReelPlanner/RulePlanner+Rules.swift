import Foundation
import ReelTimeline

/// One rule per part of the vocabulary; each looks at a clause and adds what it understood.
extension RulePlanner {
    // MARK: History

    static func history(_ c: String, _ plan: inout Plan) {
        let move: Plan.HistoryMove
        if has(c, #"\bundo\b|撤销|撤回|\bgo back\b(?! to)|take (?:that|it) back|\brevert\b|\broll back\b"#) { move = .undo }
        else if has(c, #"\bredo\b|重做"#) { move = .redo }
        else { return }
        var times = 1
        if has(c, #"\btwice\b|两次|两步"#) { times = 2 }
        else if let m = Numbers.firstMatch(#"\b(\d+|two|three|four|five|six|seven|eight|nine|ten) (?:times|steps|changes|edits)\b"#, in: c),
                let n = Numbers.english(m[1]) { times = Int(n) }
        else if let m = Numbers.firstMatch(#"(\#(Numbers.chineseNumber))\s*(?:次|步)"#, in: c), let n = Numbers.chinese(m[1]) { times = Int(n) }
        times = max(1, min(times, EditSession.historyLimit))
        plan.history.append(contentsOf: Array(repeating: move, count: times))
        plan.understood.append(move == .undo ? "undo the last \(times == 1 ? "change" : "\(times) changes")" : "redo \(times == 1 ? "the change" : "\(times) changes")")
    }

    // MARK: Compose

    static func compose(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        guard draft.visualSegments.isEmpty, !plan.operations.contains(where: { if case .compose = $0 { true } else { false } }) else { return }
        let visuals = context.media.filter { !Self.isAudio($0) }
        guard !visuals.isEmpty,
              has(c, #"\b(make|create|combine|turn|put|compose|generate|build|assemble|stitch|join|merge|edit|cut)\b.*\b(videos?|clips?|photos?|images?|pictures?|these|them|mp4|slideshow|reel|montage|movie|promo|together)\b|\bslideshow\b|\bmontage\b|做成|合成|生成|剪成|拼接|制作"#)
        else { return }
        plan.operations.append(.compose(sources: visuals, stillMs: Segment.defaultStillDuration))
        plan.understood.append("put the \(visuals.count) pictures and clips on the timeline in order")
        if let music = context.media.first(where: Self.isAudio) {
            plan.operations.append(.addMusic(source: music, volume: 0.35))
            plan.understood.append("use \((music as NSString).lastPathComponent) as background music at 35%")
        }
    }

    static func isAudio(_ name: String) -> Bool {
        ["mp3", "wav", "m4a", "aac", "ogg", "flac", "opus"].contains((name as NSString).pathExtension.lowercased())
    }

    // MARK: Length

    /// Phrases that say how long the whole video is, even beside a clip, a title or a transition.
    static let videoLength = #"\b(video|it|whole thing|whole|total|overall|everything|movie|film)\b.*\b(long|length|seconds?|secs?|minutes?|mins?)\b|\b\#(Numbers.numberWord)[- ](?:second|sec|minute|min)s?(?:[- ]long)?(?: \w+){0,2}[- ](?:video|clip|promo|reel|movie|slideshow|montage|version|ad|teaser|trailer)\b|视频.*(秒|分钟)|时长|总长"#

    static func duration(_ c: String, draft: Draft, _ plan: inout Plan) {
        // Durations that belong to something else (titles, transitions, a clip, a fade) are theirs.
        if has(c, #"title|caption|card|transition|fade|\bclip \d|\bclips?\b|first|second (clip|photo|video)|\blast\b|\beach\b|标题|字幕|转场|trim|剪|photo|picture|image|\btext\b|music|song|\bfps\b|frames"#)
            && !has(c, videoLength) { return }
        if let ms = Numbers.duration(in: c), has(c, #"second|sec|minute|min|\d+s\b|秒|分|long|length|make|video|cut|shorten|lengthen|时长|total"#) {
            plan.operations.append(.setDuration(ms: ms))
            plan.understood.append("make the video \(seconds(ms)) seconds long")
            return
        }
        let current = draft.duration()
        guard current > 0 else { return }
        let much = has(c, #"\b(much|a lot|way|lots)\b|很多|大幅"#)
        let bit = has(c, #"\b(a bit|a little|slightly|a touch|a tad)\b|一点|稍微|一些|稍"#)
        if has(c, #"\bshorter\b|缩短|短一点|短一些|太长"#) {
            let f = much ? 0.5 : (bit ? 0.9 : 0.75)
            plan.operations.append(.setDuration(ms: max(1000, Int(Double(current) * f))))
            plan.understood.append("make the video shorter")
        } else if has(c, #"\blonger\b|加长|长一点|长一些|太短"#) {
            let f = much ? 2.0 : (bit ? 1.1 : 1.25)
            plan.operations.append(.setDuration(ms: Int(Double(current) * f)))
            plan.understood.append("make the video longer")
        }
    }

    // MARK: Canvas

    static func canvas(_ c: String, draft: Draft, _ plan: inout Plan) {
        var ratio: (Int, Int)?
        if has(c, #"\b9 ?: ?16\b"#) { ratio = (9, 16) }
        else if has(c, #"\b4 ?: ?5\b|instagram portrait"#) { ratio = (4, 5) }
        else if has(c, #"\b1 ?: ?1\b"#) { ratio = (1, 1) }
        else if has(c, #"\b16 ?: ?9\b"#) { ratio = (16, 9) }
        else if has(c, #"vertical|portrait|tiktok|douyin|\breels?\b|\bshorts\b|\bstor(y|ies)\b|竖屏|竖版|竖的|抖音|快手"#) { ratio = (9, 16) }
        else if has(c, #"\bsquare\b|instagram post|instagram feed|方形|正方形|方屏"#) { ratio = (1, 1) }
        else if has(c, #"landscape|youtube|widescreen|horizontal|横屏|横版|宽屏"#) { ratio = (16, 9) }
        var short: Int?
        if has(c, #"(?<![a-z\d])4k\b|(?<!\d)2160p|\buhd\b"#) { short = 2160 }
        else if has(c, #"(?<![\d.x×*])720p?\b(?! ?[x×*] ?\d)"#) { short = 720 }
        else if has(c, #"(?<![\d.x×*])1080p?\b(?! ?[x×*] ?\d)|full ?hd"#) { short = 1080 }
        if let m = Numbers.firstMatch(#"(?<![\d.])(\d{3,4}) ?[x×*] ?(\d{3,4})(?![\d.])"#, in: c), let w = Int(m[1]), let h = Int(m[2]),
           (128...4096).contains(w), (128...4096).contains(h) {
            plan.operations.append(.setCanvas(width: w - w % 2, height: h - h % 2))
            plan.understood.append("make it \(w)x\(h)")
        } else if ratio != nil || short != nil {
            // Keep what is not said: the current shape for a resolution, the current size for a shape.
            let (w0, h0) = (draft.meta.width, draft.meta.height)
            let r = ratio ?? (w0, h0)
            let side = short ?? max(720, min(w0, h0))
            var w: Int, h: Int
            if r.0 <= r.1 { w = side; h = Int((Double(side) * Double(r.1) / Double(r.0)).rounded()) }
            else { h = side; w = Int((Double(side) * Double(r.0) / Double(r.1)).rounded()) }
            w -= w % 2
            h -= h % 2
            plan.operations.append(.setCanvas(width: w, height: h))
            plan.understood.append("make it \(w)x\(h)")
        }
        if let m = Numbers.firstMatch(#"(\d+)\s*fps|(\d+)\s*frames? (?:per|a) second|(\d+)\s*帧"#, in: c),
           let fps = Int(m[1].isEmpty ? (m[2].isEmpty ? m[3] : m[2]) : m[1]) {
            plan.operations.append(.setFPS(fps))
            plan.understood.append("set \(fps) frames per second")
        }
    }

    // MARK: Transitions

    static let transitionWords: [(String, String)] = [
        (#"cross ?fade|crossfade|cross-fade|dissolve|溶解|交叉"#, "dissolve"), (#"fade (?:to|through) black|dip to black|黑场"#, "fadeblack"),
        (#"fade (?:to|through) white|flash|白场|闪白"#, "fadewhite"), (#"wipe left"#, "wipeleft"), (#"wipe right"#, "wiperight"),
        (#"wipe up"#, "wipeup"), (#"wipe down"#, "wipedown"), (#"\bwipes?\b|擦除"#, "wipeleft"),
        (#"slide right"#, "slideright"), (#"slide up"#, "slideup"), (#"slide down"#, "slidedown"),
        (#"slides?\b|\bpush\b|滑动|推移"#, "slideleft"), (#"circle ?close"#, "circleclose"), (#"circle|iris|圆形|圆"#, "circleopen"),
        (#"\bzoom\b|缩放"#, "zoomin"), (#"pixel|马赛克|像素"#, "pixelize"), (#"radial|clock"#, "radial"), (#"\bblur|模糊"#, "hblur"),
        (#"\bsmooth (?:left|wipe)"#, "smoothleft"), (#"\bfade\b|淡入淡出|渐变|淡化"#, "fade"),
    ]
    /// Words that may stand between a length and "transitions" ("1 second fade transitions").
    static let transitionNameWords = #"(?:[- ](?:cross ?fade|crossfade|fade|dissolve|wipe|slide|circle|open|close|zoom|pixelize|pixelated?|radial|blur|smooth|left|right|up|down|black|white|long|quick|fast|slow|soft|gentle))"#

    static func transitions(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        let named = has(c, #"fade|dissolve|wipe|slide|crossfade|circle|pixel|zoom|radial|\bblur"#)
        guard has(c, #"transitions?|转场|过渡|hard cuts?|straight cuts?|jump cuts?|just cuts|cross ?fades?|crossfades?|dissolves?\b|\bwipes?\b|pixelize"#)
            || (has(c, #"\b(between|after|before)\b"#) && named && !has(c, #"music|song|title|caption|\btext\b|card|from black|at the (start|end|beginning)"#))
        else { return }
        var target: SegmentTarget = .all
        if has(c, #"\b(after|between|following|before)\b"#), let t = targets(c, draft: draft).first {
            target = t
            if has(c, #"\bbefore\b"#), let i = try? draft.indexes(t).first { target = .index(max(0, i - 1)) }
        }
        if has(c, #"\b(no|remove|without|delete|drop|get rid of|turn off|lose)\b.*transition|\bcut (?:the |all )?transitions|transitions? off|去掉转场|不要转场|删除转场|取消转场|hard cuts?|straight cuts?|jump cuts?|just cuts"#) {
            plan.operations.append(.setTransition(target, name: nil, durationMs: 0))
            plan.understood.append("remove the transitions")
            return
        }
        let existing = draft.visualSegments.dropLast().compactMap(\.transition).first
        let name = transitionWords.first { has(c, $0.0) }?.1 ?? TransitionName.all.first { c.contains($0) } ?? existing?.name ?? "fade"
        let much = has(c, #"\b(much|a lot|way)\b"#), bit = has(c, #"\b(a bit|a little|slightly)\b|一点"#)
        var ms = 1000
        if let said = transitionDuration(c) {
            ms = said
        } else if has(c, #"\b(longer|slower)\b|长一点|慢一点"#) {
            ms = Int(Double(existing?.duration ?? 1000) * (much ? 3 : bit ? 1.5 : 2))
        } else if has(c, #"\b(shorter|faster|quicker|snappier)\b|短一点|快一点"#) {
            ms = Int(Double(existing?.duration ?? 1000) * (much ? 0.25 : bit ? 0.75 : 0.5))
        }
        ms = min(max(ms, 100), 5000)
        plan.operations.append(.setTransition(target, name: name, durationMs: ms))
        plan.understood.append("add \(name) transitions of \(seconds(ms)) s")
    }

    /// A length said of the transitions themselves ("1 s transitions", "transitions of 0.5 seconds",
    /// "make the transitions 2 seconds"), not the video's ("a 30-second video with transitions").
    static func transitionDuration(_ c: String) -> Int? {
        let unit = #"(ms|milliseconds?|seconds?|secs?|s)\b"#
        let m = Numbers.firstMatch(#"\b(\#(Numbers.amount))[- ]?\#(unit)\#(transitionNameWords){0,3}[- ]transitions?"#, in: c)
            ?? Numbers.firstMatch(#"\b(\#(Numbers.amount))[- ]?\#(unit)(?:[- ]long)?\#(transitionNameWords){1,3}\b"#, in: c)
            ?? Numbers.firstMatch(#"transitions?\b(?: (?:of|lasting|that last|to|at|for|in|about|around|be|are|should be))* (\#(Numbers.amount))[- ]?\#(unit)"#, in: c)
        if let m, let n = Numbers.english(m[1]) {
            return Int((n * (m[2].hasPrefix("m") ? 1 : 1000)).rounded())
        }
        if let m = Numbers.firstMatch(#"转场.*?(\#(Numbers.chineseNumber))\s*(毫秒|秒)|(\#(Numbers.chineseNumber))\s*(毫秒|秒)的?转场"#, in: c) {
            let (n, u) = m[1].isEmpty ? (m[3], m[4]) : (m[1], m[2])
            if let v = Numbers.chinese(n) { return Int((v * (u == "毫秒" ? 1 : 1000)).rounded()) }
        }
        return nil
    }

    // MARK: Text

    static let defaultTextSize: [TextKind: Int] = [.title: 96, .caption: 52, .endcard: 84]
    static let colourWords: [(String, String)] = [
        ("red", "red"), ("green", "green"), ("blue", "blue"), ("yellow", "yellow"), ("white", "white"), ("black", "black"),
        ("orange", "orange"), ("pink", "pink"), ("purple", "purple"), ("gold", "gold"), ("golden", "gold"), ("grey", "gray"),
        ("gray", "gray"), ("cyan", "cyan"), ("magenta", "magenta"), ("navy", "navy"), ("teal", "teal"), ("silver", "silver"),
        ("红色", "red"), ("黄色", "yellow"), ("白色", "white"), ("黑色", "black"), ("蓝色", "blue"), ("绿色", "green"),
        ("金色", "gold"), ("粉色", "pink"), ("紫色", "purple"), ("橙色", "orange"),
    ]

    /// Adds or edits titles, captions and end cards. Returns the unquoted words meant for the
    /// screen, so the other rules do not read them as instructions.
    static func text(_ clause: String, quotes: [String], draft: Draft, context: PlannerContext, _ plan: inout Plan) -> String? {
        let c = clause.lowercased()
        // change "Hello" to "Hi there": a text named by its words.
        if let m = Numbers.firstMatch(#"\b(?:change|replace|rename|edit|update|swap|turn)\s+(?:the (?:text|title|caption|words?) )?«(\d+)»\s+(?:to|with|into|for)\s+«(\d+)»|把\s*«(\d+)»\s*(?:改成|改为|换成)\s*«(\d+)»"#, in: c),
           let i = Int(m[1].isEmpty ? m[3] : m[1]), let j = Int(m[2].isEmpty ? m[4] : m[2]),
           quotes.indices.contains(i), quotes.indices.contains(j) {
            let positions = draft.textPositions
            if let k = positions.indices.first(where: {
                draft.tracks[positions[$0].track].segments[positions[$0].segment].text?.lowercased() == quotes[i].lowercased()
            }) {
                plan.operations.append(.editText(.index(k), text: quotes[j], startMs: nil, durationMs: nil, position: nil, color: nil, size: nil))
                plan.understood.append("change \"\(quotes[i])\" to \"\(quotes[j])\"")
                return nil
            }
        }
        var kind: TextKind
        var generic = false
        var placeholder = false
        if has(c, #"end ?cards?|end screen|ending card|closing card|outro|片尾|结尾"#) { kind = .endcard }
        else if has(c, #"\btitles?\b|\bheadlines?\b|标题|片头"#) { kind = .title }
        else if has(c, #"text overlays?|overlay text|\btexts?\b(?! to speech)|文字"#) { kind = .caption; generic = true; placeholder = has(c, #"overlay"#) }
        else if has(c, #"captions?|subtitles?|lower third|字幕"#) { kind = .caption }
        else { return nil }

        // The words: quoted, or after "saying", "called", ":"…
        var words = quoted(clause, quotes)
        var unquoted: String?
        if words == nil,
           let m = Numbers.firstMatch(#"(?:\bsaying|\bthat says|\bwhich says|\bsays?\b|\bthat reads|\breading|\bwith the (?:text|words)|\bwith text|\bcalled|\bnamed|\btitled|:|：|写着|写上|内容是|内容为)\s*(.+)$"#, in: clause) {
            unquoted = m[1].trimmingCharacters(in: .whitespaces)
        }
        if words == nil, unquoted == nil, has(c, #"\b(change|rename|edit|update|replace|set|make)\b|改成|改为|换成"#),
           let m = Numbers.firstMatch(#"(?:\bto|\binto|改成|改为|换成)\s+(.+)$"#, in: clause) {
            let candidate = m[1].trimmingCharacters(in: .whitespaces)
            let l = candidate.lowercased()
            let describesStyle = has(l, #"^(?:the |a )?(?:top|bottom|center|centre|middle|left|right|lower third|upper|start|end|beginning|\d)"#)
                || colourWords.contains { has(l, #"^\#($0.0)$"#) } || has(l, #"^(?:be )?(?:bigger|larger|smaller|\d+ ?(?:s|sec|seconds?))"#)
            if !describesStyle { unquoted = candidate }
        }
        if unquoted?.isEmpty == true { unquoted = nil }
        if words == nil, let u = unquoted { words = u }
        let rest = unquoted.map { c.replacingOccurrences(of: $0.lowercased(), with: " ") } ?? c

        let plural = has(rest, #"\b(titles|captions|subtitles|end cards|texts)\b|\ball (?:the )?(?:text|titles|captions)|所有"#)
        if has(rest, #"\b(remove|delete|drop|get rid of|take out|take off|hide|clear|no|without)\b|删除|去掉|删掉|不要"#) {
            if generic && (plural || has(rest, #"\b(all|every|any|the) text\b|所有"#)) {
                plan.operations.append(.removeText(.all))
                plan.understood.append("remove all text")
            } else if plural {
                let positions = draft.textPositions
                let found = positions.indices.filter { draft.tracks[positions[$0].track].segments[positions[$0].segment].kind == kind }
                if found.isEmpty { plan.operations.append(.removeText(.kind(kind))) }
                for i in found.reversed() { plan.operations.append(.removeText(.index(i))) }
                plan.understood.append("remove the \(kindWord(kind))s")
            } else {
                plan.operations.append(.removeText(generic ? .all : .kind(kind)))
                plan.understood.append("remove the \(kindWord(kind))")
            }
            return unquoted
        }

        let timing = textTiming(rest, draft: draft)
        let position: TextPosition? = has(rest, #"lower third"#) ? .lowerThird
            : has(rest, #"top left|upper left|左上"#) ? .topLeft : has(rest, #"top right|upper right|右上"#) ? .topRight
            : has(rest, #"bottom left|lower left|左下"#) ? .bottomLeft : has(rest, #"bottom right|lower right|右下"#) ? .bottomRight
            : has(rest, #"\btop\b|顶部|上方|上面"#) ? .top : has(rest, #"\bbottom\b|底部|下方|下面"#) ? .bottom
            : has(rest, #"\b(center|centre|middle)\b|中间|居中"#) ? .center : nil
        var colour = colourWords.first { has(rest, $0.0.first!.isASCII ? #"\b\#($0.0)\b"# : $0.0) }?.1
        if let m = Numbers.firstMatch(#"(#[0-9a-f]{6}|#[0-9a-f]{3})\b"#, in: rest) { colour = m[1] }
        let target: TextTarget = generic ? .all : .kind(kind)
        var size: Int?
        let bigger = has(rest, #"\b(bigger|larger|huge|enlarge)\b|大一点|放大|加大"#), smaller = has(rest, #"\b(smaller|tiny|shrink)\b|小一点|缩小"#)
        if bigger || smaller {
            let current = currentTextSize(draft, target) ?? defaultTextSize[kind] ?? 60
            let much = has(rest, #"\b(much|a lot|way)\b|很多"#), bit = has(rest, #"\b(a bit|a little|slightly)\b|一点|稍微"#)
            let f = bigger ? (much ? 1.6 : bit ? 1.15 : 1.3) : (much ? 0.6 : bit ? 0.87 : 0.77)
            size = max(12, Int((Double(current) * f).rounded()))
        }

        // "change the title to Summer", "rename the title to …": new words for the existing text.
        if let words, has(rest, #"\b(change|rename|edit|update|replace|set|make|have)\b|改成|改为|修改|换成"#),
           has(rest, #"\b(to|into|says?|read|reads)\b|改成|改为|为|换成"#), (try? draft.textIndexes(target)) != nil {
            plan.operations.append(.editText(target, text: words, startMs: timing.start, durationMs: timing.duration, position: position, color: colour, size: size))
            plan.understood.append("change the \(kindWord(kind)) to \"\(words)\"")
            return unquoted
        }
        if words == nil, placeholder || (kind == .title && has(rest, #"\b(add|put|with|include|insert|create)\b|添加|加上|加个|加一个"#)),
           timing.start == nil, position == nil, colour == nil, size == nil {
            // "with text overlays", "add a title": a title naming the project, to be reworded.
            words = placeholderTitle(draft: draft, context: context)
            kind = .title
        }
        if let words, !words.isEmpty {
            plan.operations.append(.addText(kind: kind, text: words, startMs: timing.start, durationMs: timing.duration, position: position))
            if colour != nil || size != nil {
                plan.operations.append(.editText(.index(Self.newTextIndex(draft, start: timing.start ?? (kind == .endcard ? Int.max : 0))),
                                                 text: nil, startMs: nil, durationMs: nil, position: nil, color: colour, size: size))
            }
            plan.understood.append("add \(EditOperation.kindName(kind)) \"\(words)\"")
        } else if timing.start != nil || timing.duration != nil || position != nil || colour != nil || size != nil {
            plan.operations.append(.editText(target, text: nil, startMs: timing.start, durationMs: timing.duration, position: position, color: colour, size: size))
            plan.understood.append("change the \(kindWord(kind))")
        }
        return unquoted
    }

    static func kindWord(_ kind: TextKind) -> String { kind == .endcard ? "end card" : kind.rawValue }

    /// Where a text added at `start` will sit among the texts (they are kept in time order).
    static func newTextIndex(_ draft: Draft, start: Int) -> Int {
        let positions = draft.textPositions
        return positions.filter { (draft.tracks[$0.track].segments[$0.segment].start ?? 0) <= start }.count
    }

    static func currentTextSize(_ draft: Draft, _ target: TextTarget) -> Int? {
        guard let i = (try? draft.textIndexes(target))?.first else { return nil }
        let p = draft.textPositions[i]
        let s = draft.tracks[p.track].segments[p.segment]
        return s.style.size ?? s.kind.flatMap { defaultTextSize[$0] }
    }

    /// The project's name, else the first picture's or clip's file name in words ("city_night.mp4" → "City Night").
    static func placeholderTitle(draft: Draft, context: PlannerContext) -> String? {
        if let name = draft.meta.name, !name.isEmpty { return name }
        let src = draft.visualSegments.compactMap(\.src).first ?? context.media.first { !isAudio($0) }
        guard let src else { return nil }
        let stem = ((src as NSString).lastPathComponent as NSString).deletingPathExtension
        let words = stem.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " || $0 == "." }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// "for the first 3 seconds", "from 2 to 5 seconds", "at 10 seconds", "for 4 seconds",
    /// "for the last 3 seconds", "last 5 seconds" (as a length), "从2秒到5秒".
    static func textTiming(_ c: String, draft: Draft) -> (start: Int?, duration: Int?) {
        let n = Numbers.numberWord
        if let m = Numbers.firstMatch(#"from (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)? (?:to|until|till|-) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)|(\d+(?:\.\d+)?)\s*(?:s|秒)?\s*(?:-|–|到|至)\s*(\d+(?:\.\d+)?)\s*(?:s|秒|seconds?)"#, in: c),
           let a = Double(m[1].isEmpty ? m[3] : m[1]), let b = Double(m[2].isEmpty ? m[4] : m[2]), b > a {
            return (Int(a * 1000), Int((b - a) * 1000))
        }
        if let m = Numbers.firstMatch(#"(?:for |in |during )?the first (\#(n))\s*(?:s|secs?|seconds?)\b|前\s*(\#(Numbers.chineseNumber))\s*秒"#, in: c),
           let v = m[1].isEmpty ? Numbers.chinese(m[2]) : Numbers.english(m[1]) {
            return (0, Int(v * 1000))
        }
        if let m = Numbers.firstMatch(#"(?:for |in |during )?the (?:last|final) (\#(n))\s*(?:s|secs?|seconds?)\b|最后\s*(\#(Numbers.chineseNumber))\s*秒"#, in: c),
           let v = m[1].isEmpty ? Numbers.chinese(m[2]) : Numbers.english(m[1]) {
            let ms = Int(v * 1000)
            return (max(0, draft.duration() - ms), ms)
        }
        var start: Int?
        if let m = Numbers.firstMatch(#"\b(?:at|starting at|start at|starts at|from|after) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b|(?:在|从)\s*(\#(Numbers.chineseNumber))\s*秒"#, in: c),
           let a = m[1].isEmpty ? Numbers.chinese(m[2]) : Double(m[1]) { start = Int(a * 1000) }
        var duration: Int?
        if let m = Numbers.firstMatch(#"\b(\#(n))[- ](?:s|secs?|seconds?)(?:[- ]long)? (?:title|caption|subtitle|end ?card|card|text)"#, in: c), let v = Numbers.english(m[1]) {
            duration = Int(v * 1000)
        } else if let m = Numbers.firstMatch(#"\b(?:for|lasts?|lasting|stay for|stays for|stay|show for) (\#(n))\s*(?:s|secs?|seconds?)\b|持续\s*(\#(Numbers.chineseNumber))\s*秒"#, in: c),
           let v = m[1].isEmpty ? Numbers.chinese(m[2]) : Numbers.english(m[1]) { duration = Int(v * 1000) }
        return (start, duration)
    }

    // MARK: Sound

    static func music(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        let aboutMusic = has(c, #"music|\bsongs?\b|\bbgm\b|soundtrack|\btrack\b|\btune\b|背景音乐|音乐|配乐|歌"#)
        let musicSeg = draft.tracks.first { $0.type == .audio && $0.role == .music }?.segments.first
        let current = musicSeg?.volume ?? 0.35
        let named = Numbers.firstMatch(#"([\w\-.]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus))\b"#, in: c)?[1]
        let namedSource = named.flatMap { n in context.media.first { ($0 as NSString).lastPathComponent.lowercased() == n } ?? n }
        let musicFile = musicSeg?.src.map { ($0 as NSString).lastPathComponent.lowercased() }
        if has(c, #"voice ?-?over|narration|旁白|配音"#), !has(c, #"duck|under|dip"#) {
            let source = namedSource ?? context.media.last { Self.isAudio($0) && ($0 as NSString).lastPathComponent.lowercased() != musicFile }
            guard let source else { return }
            let start = Numbers.firstMatch(#"\b(?:at|from|after) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"#, in: c).flatMap { Double($0[1]) }.map { Int($0 * 1000) } ?? 0
            plan.operations.append(.addVoiceover(source: source, startMs: start))
            plan.understood.append("add the voiceover \((source as NSString).lastPathComponent)")
            return
        }
        // One clip's own sound: its own volume, never the music's.
        let clipTargets = aboutMusic ? [] : targets(c, draft: draft).filter { $0 != .all }
        if !clipTargets.isEmpty, has(c, #"\b(mute|silence|sound|audio|louder|quieter|volume|softer)\b|静音|声音|音量"#) {
            let segs = draft.visualSegments
            for t in clipTargets {
                let current = (try? draft.indexes(t)).flatMap { $0.first }.map { segs[$0].mute ? 0 : segs[$0].volume } ?? 1
                let volume: Double
                if has(c, #"\b(mute|silence|remove|no|without|drop|kill)\b|静音|去掉"#) { volume = 0 }
                else if has(c, #"louder|turn (it )?up|raise|boost|大声|调高"#) { volume = min(4, max(current, 0.5) * 1.5) }
                else if has(c, #"quieter|softer|lower|turn (it )?down|小声|调低"#) { volume = current * 0.6 }
                else if let f = Numbers.fraction(in: c) { volume = f }
                else { continue }
                plan.operations.append(.setClipVolume(t, (volume * 100).rounded() / 100))
                plan.understood.append(volume == 0 ? "mute \(describe(t))" : "set the sound of \(describe(t)) to \(Int((volume * 100).rounded()))%")
            }
            return
        }
        if has(c, #"(mute|silence|turn off|remove|delete|no|kill|drop|without)\b.*\b(clips?|original|video|camera|videos)'?s?'? (own )?(sound|audio)|mute the (clips|videos|original)|\bno (original|clip) (sound|audio)|静音原声|去掉原声|关闭原声|原声静音"#) {
            plan.operations.append(.muteClips(true))
            plan.understood.append("mute the clips' own sound")
            return
        }
        if has(c, #"\b(keep|restore|unmute|bring back|turn on)\b.*\b(original|clips?'?|video'?s?|camera) (sound|audio)|unmute the (clips|videos)|保留原声|恢复原声"#) {
            plan.operations.append(.muteClips(false))
            plan.understood.append("keep the clips' own sound")
            return
        }
        if has(c, #"\bduck|under the voice|under the narration|lower the music (when|while)|dips? under|闪避|压低音乐"#) {
            plan.operations.append(.setDucking(!has(c, #"\b(no|don't|do not|stop|without)\b|不要"#)))
            plan.understood.append("duck the music under the voice")
            return
        }
        guard aboutMusic || named != nil || has(c, #"quieter|louder|softer|volume|\blower the sound|\bloud\b|\bquiet\b|barely hear|can'?t hear|cannot hear|hardly hear|音量|小声|大声"#) else { return }
        if has(c, #"\b(remove|delete|no|without|drop|mute|get rid of|take out|lose)\b|去掉|不要|删除|删掉|静音"#),
           aboutMusic || (named != nil && named == musicFile) {
            plan.operations.append(.removeMusic)
            plan.understood.append("remove the music")
            return
        }
        if has(c, #"\b(add|use|put|with|include|replace|change|swap|set|play|pick)\b|加|添加|换成|用"#),
           aboutMusic || named != nil {
            let source = namedSource ?? context.media.last { Self.isAudio($0) && ($0 as NSString).lastPathComponent.lowercased() != musicFile }
            if plan.operations.contains(where: { if case .addMusic = $0 { true } else { false } }) {
                plan.understood.append("music is already added")
                if !has(c, #"quiet|loud|volume|fade|loop|%|percent"#) { return }
            } else if let source, (source as NSString).lastPathComponent.lowercased() != musicFile {
                plan.operations.append(.addMusic(source: source, volume: musicSeg == nil ? 0.35 : current))
                plan.understood.append("use \((source as NSString).lastPathComponent) as background music")
                if !has(c, #"quiet|loud|volume|fade|loop|%|percent"#) { return }
            } else if source != nil || musicSeg != nil, !has(c, #"quiet|loud|volume|fade|loop|%|percent|softer|lower|louder|小声|大声"#) {
                plan.understood.append("the music is already there")
                return
            }
        }
        if has(c, #"\bloop"#) || has(c, #"循环"#) {
            plan.operations.append(.setMusicLoop(!has(c, #"\b(no|don't|do not|stop|without)\b|不要|不"#)))
            plan.understood.append("loop the music")
            return
        }
        if has(c, #"fade|淡入|淡出"#) && aboutMusic {
            let ms = Numbers.duration(in: c) ?? 2000
            let inn = has(c, #"fade (?:the |it |this )?(?:music |song |bgm |track |soundtrack )?in\b|fades? in\b|淡入"#)
            let out = has(c, #"fade (?:the |it |this )?(?:music |song |bgm |track |soundtrack )?out\b|fades? out\b|\bin and out\b|淡出"#) || !inn
            plan.operations.append(.setMusicFades(inMs: inn ? ms : nil, outMs: out ? ms : nil))
            plan.understood.append("fade the music")
            return
        }
        if let f = Numbers.fraction(in: c) {
            plan.operations.append(.setMusicVolume(min(2, f)))
            plan.understood.append("set the music to \(Int((f * 100).rounded()))%")
            return
        }
        let much = has(c, #"\b(much|a lot|way|lots|loads)\b|很多|大幅"#)
        let bit = has(c, #"\b(a bit|a little|slightly|a touch|a tad)\b|一点|稍微|一些"#)
        if has(c, #"quieter|softer|\blower\b|volume down|turn (?:\w+ ){0,3}down|\breduce|decrease|too loud|小声|小一点|降低|调低|轻一点|太吵|太大声"#) {
            let f = much ? 0.4 : (bit ? 0.8 : 0.6)
            plan.operations.append(.setMusicVolume(current * f))
            plan.understood.append("make the music quieter (\(Int((current * 100).rounded()))% → \(Int((current * f * 100).rounded()))%)")
        } else if has(c, #"louder|volume up|turn (?:\w+ ){0,3}up|\braise|increase|boost|too quiet|too soft|(?:barely|can'?t|cannot|hardly) hear|大声|大一点|调高|响一点|听不见|听不到"#) {
            let f = much ? 2.0 : (bit ? 1.25 : 1.5)
            let v = min(1.5, current * f)
            plan.operations.append(.setMusicVolume(v))
            plan.understood.append("make the music louder (\(Int((current * 100).rounded()))% → \(Int((v * 100).rounded()))%)")
        }
    }

    // MARK: Looks and fades

    static let lookWords: [(String, LookName)] = [
        (#"black and white|black & white|\bb&w\b|\bb/w\b|monochrome|gr[ae]yscale|黑白"#, .bw), (#"sepia|棕褐"#, .sepia),
        (#"vintage|retro|old film|film look|old[- ]school|nostalgi|faded film|复古|怀旧|老电影"#, .vintage),
        (#"\bwarm|sunny|golden hour|\bgolden\b|\bcozy|\bcosy|summery|暖"#, .warm),
        (#"\bcool\b|\bcooler\b|\bcold\b|blue tones?|icy|wintry|冷色|冷调|清冷"#, .cool),
        (#"vivid|make it pop|colou?rs pop|punchy|vibrant|more saturat|colou?rful|saturated|鲜艳|饱和度高"#, .vivid),
    ]

    static func looks(_ c: String, draft: Draft, _ plan: inout Plan) {
        let look = draft.meta.look
        // Colours for some clips only.
        let clipTargets = targets(c, draft: draft).filter { $0 != .all }
        if !clipTargets.isEmpty {
            guard let (_, name) = lookWords.first(where: { has(c, $0.0) }) else { return }
            for t in clipTargets {
                plan.operations.append(.setClipLook(t, Look(name: name)))
                plan.understood.append("give \(describe(t)) a \(EditOperation.lookName(name)) look")
            }
            return
        }
        if has(c, #"\b(remove|no|reset|clear|undo|drop)\b.*\b(look|filter|colou?r grade|grading|effect on the colou?rs?)|\b(normal|original|natural) colou?rs?|去掉滤镜|原色|取消滤镜"#) {
            plan.operations.append(.setLook(Look()))
            plan.understood.append("remove the colour look")
            return
        }
        let much = has(c, #"\b(much|a lot|way)\b|很多"#), bit = has(c, #"\b(a bit|a little|slightly|a touch|a tad)\b|一点|稍微|一些"#)
        let step = much ? 2.0 : (bit ? 0.5 : 1.0)
        if has(c, #"less saturat|desaturat|muted colou?rs|washed[- ]out|淡一点|降低饱和"#) {
            var l = look
            l.saturation = max(0, look.saturation - 0.3 * step)
            plan.operations.append(.setLook(l))
            plan.understood.append("fewer colours")
            return
        }
        if let (_, name) = lookWords.first(where: { has(c, $0.0) }) {
            var l = look
            l.name = name
            plan.operations.append(.setLook(l))
            plan.understood.append("give it a \(EditOperation.lookName(name)) look")
            return
        }
        var l = look
        var said: [String] = []
        if has(c, #"brighter|brighten|lighten|more light|too dark|亮一点|调亮|提亮|亮一些"#) { l.brightness = min(1, look.brightness + 0.08 * step); said.append("brighter") }
        else if has(c, #"darker|darken|too bright|暗一点|调暗|压暗|暗一些"#) { l.brightness = max(-1, look.brightness - 0.08 * step); said.append("darker") }
        if has(c, #"more contrast|higher contrast|contrastier|增加对比|对比度高"#) { l.contrast = min(3, look.contrast + 0.2 * step); said.append("more contrast") }
        else if has(c, #"less contrast|lower contrast|flatter|降低对比"#) { l.contrast = max(0, look.contrast - 0.15 * step); said.append("less contrast") }
        if !said.isEmpty {
            plan.operations.append(.setLook(l))
            plan.understood.append("make it " + said.joined(separator: " and "))
        }
    }

    static func fades(_ c: String, _ plan: inout Plan) {
        guard has(c, #"fade|淡入|淡出"#), !has(c, #"music|song|bgm|transition|title|caption|card|转场|音乐|between"#) else { return }
        let ms = Numbers.duration(in: c) ?? 1000
        let inn = has(c, #"fade[sd]? in|fade from black|fade up from black|淡入"#)
        let out = has(c, #"fade[sd]? out|fade to black at the end|fade to black$|淡出|\band out\b"#)
        guard inn || out else { return }
        plan.operations.append(.setFades(inMs: inn ? ms : nil, outMs: out ? ms : nil))
        plan.understood.append([inn ? "fade in from black" : nil, out ? "fade out to black" : nil].compactMap { $0 }.joined(separator: " and "))
    }

    static func motion(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        guard has(c, #"ken burns|slow zoom|zoom (in|out)|zoom effect|pan (left|right|up|down|across)|\bzoom\b|\bpanning\b|缩放|推拉|推镜"#),
              !has(c, #"transition|转场"#) else { return }
        var targets = targets(c, draft: draft)
        if targets.isEmpty, has(c, #"\b(photos|pictures|images|stills|pics)\b|照片|图片"#) {
            targets = stillIndexes(draft).map { .index($0) }
        }
        if targets.isEmpty { targets = [.all] }
        let motion: Motion
        if has(c, #"\b(no|stop|remove|turn off|without|disable|don't|do not)\b|去掉|关闭|不要"#) { motion = .none }
        else {
            motion = has(c, #"zoom out|拉远"#) ? .zoomOut : has(c, #"pan left|向左"#) ? .panLeft : has(c, #"pan right|pan across|向右"#) ? .panRight
                : has(c, #"pan up|向上"#) ? .panUp : has(c, #"pan down|向下"#) ? .panDown : .zoomIn
        }
        for t in targets { plan.operations.append(.setMotion(t, motion)) }
        plan.understood.append(motion == .none ? "turn off the slow zoom" : "add a slow \(EditOperation.motionName(motion))")
    }

    // MARK: Clips

    static let ordinals: [(String, Int)] = [
        ("first", 0), ("1st", 0), ("second", 1), ("2nd", 1), ("third", 2), ("3rd", 2), ("fourth", 3), ("4th", 3),
        ("fifth", 4), ("5th", 4), ("sixth", 5), ("6th", 5), ("seventh", 6), ("7th", 6), ("eighth", 7), ("8th", 7),
        ("ninth", 8), ("9th", 8), ("tenth", 9), ("10th", 9),
    ]
    static let ordinalIndex = Dictionary(uniqueKeysWithValues: ordinals)
    static let ordinalPattern = #"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d+(?:st|nd|rd|th))"#
    static let stillNoun = #"(?:photo|picture|image|still|pic|slide)"#
    static let anyNoun = #"(?:clip|video|photo|picture|image|still|pic|shot|scene|segment|one|slide|item|part)"#

    static func stillIndexes(_ draft: Draft) -> [Int] {
        draft.visualSegments.indices.filter { i in
            let s = draft.visualSegments[i]
            return s.color != nil || (s.src.map(EditOperation.looksLikeStill) ?? false)
        }
    }

    /// The positions a noun counts among: photos among the pictures, videos among the clips.
    static func pool(_ noun: String, _ draft: Draft) -> [Int] {
        let all = Array(draft.visualSegments.indices)
        let stills = stillIndexes(draft)
        if has(noun, "^\(stillNoun)") { return stills.isEmpty ? all : stills }
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

    /// "the second clip", "clip 3", "the last photo", "the first and second clips", "clips 1 and 3",
    /// "第二个", "最后一个", a file name on the timeline, "the video clip" (when there is one).
    static func targets(_ c: String, draft: Draft) -> [SegmentTarget] {
        var found: [(Int, SegmentTarget)] = []
        let ord = ordinalPattern, noun = anyNoun
        for m in Numbers.allMatches(#"(?<![\w-])(\#(ord))(?:,? (?:and|&|or) (?:the )?(\#(ord)))? (\#(noun))s?\b"#, in: c) {
            for w in [m.groups[1], m.groups[2]] where !w.isEmpty {
                if let v = ordinalValue(w) { found.append((m.location, resolve(v, noun: m.groups[3], draft))) }
            }
        }
        for m in Numbers.allMatches(#"\b(\#(noun))s? ?(?:#|no\.? ?|number )?(\d+)(?: ?(?:and|&|,) ?(?:\#(noun) ?)?#?(\d+)(?!\d| ?(?:s|secs?|seconds?|%|x)\b))?\b(?! ?(?:s|secs?|seconds?|%|x)\b)"#, in: c) {
            for g in [m.groups[2], m.groups[3]] where !g.isEmpty {
                if let n = Int(g), n > 0 { found.append((m.location, resolve(n - 1, noun: m.groups[1], draft))) }
            }
        }
        for m in Numbers.allMatches(#"\b(first|last) (two|three|four|five|\d+) (\#(noun))s\b"#, in: c) {
            guard let n = Numbers.english(m.groups[2]).map(Int.init), n > 0 else { continue }
            let p = pool(m.groups[3], draft)
            let picked = m.groups[1] == "first" ? Array(p.prefix(n)) : Array(p.suffix(n))
            for i in picked { found.append((m.location, .index(i))) }
        }
        for m in Numbers.allMatches(#"第(\#(Numbers.chineseNumber))\s*(?:个|段|张|条)"#, in: c) {
            if let n = Numbers.chinese(m.groups[1]), n > 0 { found.append((m.location, .index(Int(n) - 1))) }
        }
        for m in Numbers.allMatches(#"最后一(?:个|段|张|条)"#, in: c) { found.append((m.location, .last)) }
        let files = draft.visualSegments.map { ($0.src.map { ($0 as NSString).lastPathComponent } ?? "").lowercased() }
        for file in Set(files) where !file.isEmpty {
            if let r = c.range(of: file) { found.append((c.utf16.distance(from: c.startIndex, to: r.lowerBound), .named(file))); continue }
            let stem = (file as NSString).deletingPathExtension
            if stem.count >= 3, let r = c.range(of: #"\b\#(NSRegularExpression.escapedPattern(for: stem))\b"#, options: .regularExpression) {
                found.append((c.utf16.distance(from: c.startIndex, to: r.lowerBound), .named(file)))
            }
        }
        if found.isEmpty, let m = Numbers.allMatches(#"\bthe (?:video clip|video file|clip|only video)\b(?!s)"#, in: c).first {
            let clips = draft.visualSegments.indices.filter { !stillIndexes(draft).contains($0) }
            if clips.count == 1 { found.append((m.location, .index(clips[0]))) }
        }
        if found.isEmpty, has(c, #"\b(all|every|each)\b (?:of )?(?:the )?\#(noun)|所有|全部"#) { found.append((0, .all)) }
        var seen: [SegmentTarget] = []
        for (_, t) in found.sorted(by: { $0.0 < $1.0 }) where !seen.contains(t) { seen.append(t) }
        return seen
    }

    /// "second" → 1, "3rd" → 2, "last" → -1.
    static func ordinalValue(_ w: String) -> Int? {
        if w == "last" || w == "final" { return -1 }
        if let i = ordinalIndex[w] { return i }
        if let m = Numbers.firstMatch(#"^(\d+)"#, in: w), let n = Int(m[1]) { return n - 1 }
        return nil
    }

    static func clips(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        var ts = targets(c, draft: draft)
        // "make each photo 2 seconds", "all the pictures"
        if ts.isEmpty || ts == [.all], has(c, #"\b(each|every|all)\b.*\b(photo|picture|image|still|pic)s?\b|\b(photos|pictures|images|stills)\b.*\beach\b"#) {
            let stills = stillIndexes(draft)
            if !stills.isEmpty, stills.count < draft.visualSegments.count { ts = stills.map { .index($0) } }
        }
        let target = ts.first
        let count = draft.visualSegments.count
        func indexes(_ list: [SegmentTarget]) -> [Int] { Array(Set(list.flatMap { (try? draft.indexes($0)) ?? [] })).sorted() }

        if let t = target, has(c, #"\b(remove|delete|drop|cut out|get rid of|take out|lose|skip)\b|删除|删掉|去掉|不要"#),
           !has(c, #"music|song|title|caption|transition|\btext\b|end card|sound|audio"#) {
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
        } else if has(c, #"\breverse\b.*\b(order|sequence|clips|photos|pictures|timeline)\b|backwards? order|倒序|反转顺序|顺序反过来"#), count > 1 {
            for i in 0..<(count - 1) { plan.operations.append(.move(.last, to: i)) }
            plan.understood.append("reverse the order")
        } else if let t = target, has(c, #"\b(duplicate|repeat|copy)\b|复制|重复"#) {
            plan.operations.append(.duplicate(t))
            plan.understood.append("duplicate \(describe(t))")
        } else if let t = target, has(c, #"\bmove\b|\bput .* (first|last|at the (start|end|beginning))|移到|放到|挪到"#) {
            var to = count - 1
            let me = indexes([t]).first ?? 0
            // The clip it goes after or before: "after clip 3", "before the second one", "after the third".
            var anchor: Int?
            if ts.count >= 2 { anchor = indexes([ts[1]]).first }
            else if let m = Numbers.firstMatch(#"\b(?:after|before) (?:the )?(\#(ordinalPattern))\b"#, in: c), let v = ordinalValue(m[1]) {
                anchor = v < 0 ? count - 1 : v
            } else if let m = Numbers.firstMatch(#"\b(?:after|before) (?:clip |photo |number |#)?(\d+)\b"#, in: c), let n = Int(m[1]) { anchor = n - 1 }
            if let m = Numbers.firstMatch(#"\bto (?:position |place |spot |slot |number |#)?(\d+)\b"#, in: c), let n = Int(m[1]) {
                to = n - 1
            } else if let k = anchor, has(c, #"\b(after|before)\b"#) {
                to = has(c, #"\bafter\b"#) ? (k > me ? k : k + 1) : (k > me ? k - 1 : k)
            } else if has(c, #"(to the|at the) (start|beginning|front)|\bfirst\b(?! (clip|video|photo|picture|image|one|shot))|开头|最前"#) {
                to = 0
            }
            to = min(max(0, to), count - 1)
            plan.operations.append(.move(t, to: to))
            plan.understood.append("move \(describe(t)) to position \(to + 1)")
        } else if let t = target, let m = Numbers.firstMatch(#"(?:replace|swap|change) .* (?:with|for|to) ([\w\-. ]+\.\w+)|(?:用|换成)\s*([\w\-.]+\.\w+)|\buse ([\w\-.]+\.\w+) (?:instead of|in place of|for)\b"#, in: c) {
            let source = [m[1], m[2], m[3]].first { !$0.isEmpty }!.trimmingCharacters(in: .whitespaces)
            plan.operations.append(.replace(t, source: source))
            plan.understood.append("replace \(describe(t)) with \(source)")
        } else if let v = explicitSpeed(c) {
            plan.operations.append(.setSpeed(target ?? .all, v))
            plan.understood.append("play \(describe(target ?? .all)) at \(fmt(v))x")
        } else if has(c, #"slow ?-?mo\b|slow motion|\bslower\b|half speed|slow (?:\w+ ){0,3}down|quarter speed|慢动作|慢放|放慢|减速|慢一点"#) {
            let speed = has(c, #"quarter"#) ? 0.25 : (has(c, #"\b(a bit|a little|slightly)\b|一点"#) ? 0.75 : 0.5)
            plan.operations.append(.setSpeed(target ?? .all, speed))
            plan.understood.append("play \(describe(target ?? .all)) at \(fmt(speed))x")
        } else if has(c, #"faster|speed (?:\w+ ){0,3}up|double speed|quicker|快进|加速|快一点|加快|倍速"#) {
            let base = target.flatMap { (try? draft.indexes($0))?.first }.map { draft.visualSegments[$0].speed } ?? 1
            let f = has(c, #"\b(much|a lot|way)\b|double"#) ? 2 : (has(c, #"\b(a bit|a little|slightly)\b|一点"#) ? 1.25 : 1.5)
            let v = min(4, base * f)
            plan.operations.append(.setSpeed(target ?? .all, v))
            plan.understood.append("speed up \(describe(target ?? .all))")
        } else if has(c, #"don'?t crop|do not crop|no crop|uncropped|without cropping|show (the )?whole|fit (it|them|the|inside)|letterbox|\bcontain\b|不要裁剪|完整显示"#) {
            plan.operations.append(.setFit(target ?? .all, .contain))
            plan.understood.append("show \(describe(target ?? .all)) whole over a blurred background")
        } else if has(c, #"fill the (frame|screen)|crop to fill|\bcover\b|\bcrop (it|them)\b|裁剪填充|铺满"#) {
            plan.operations.append(.setFit(target ?? .all, .cover))
            plan.understood.append("crop \(describe(target ?? .all)) to fill the frame")
        } else if !ts.isEmpty, ts != [.all], let ms = Numbers.duration(in: c),
                  has(c, #"\b(trim|cut|shorten|make|show|hold|keep|set|last|lasts|display|stay|stays|be|only)\b|剪|改成|保留|显示|秒"#) {
            let fromStart = has(c, #"\boff\b|from the (start|beginning)|\bskip\b|\bfirst \#(Numbers.amount)[- ]?(?:s|secs?|seconds?)\b.* of\b|开头"#)
            for t in ts {
                plan.operations.append(fromStart ? .trim(t, inMs: ms, durationMs: nil) : .trim(t, inMs: nil, durationMs: ms))
            }
            plan.understood.append(fromStart ? "cut the first \(seconds(ms)) s of \(ts.map(describe).joined(separator: ", "))"
                                             : "make \(ts.map(describe).joined(separator: ", ")) \(seconds(ms)) s long")
        } else if target == nil, has(c, #"^\s*(?:please )?(?:trim|tighten)(?: it| this| them| the clips| everything| it up| up)?\s*(?:please)?$|^剪辑$|^修剪$"#) {
            // A bare "trim": tighten every segment to at most 5 s.
            let segs = draft.visualSegments
            for (i, s) in segs.enumerated() where (s.duration ?? Segment.defaultStillDuration) > 5000 || (s.duration == nil && !(s.src.map(EditOperation.looksLikeStill) ?? true)) {
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: 5000))
            }
            plan.understood.append(segs.isEmpty ? "trim (nothing on the timeline yet)" : "trim every clip to at most 5 s")
        }
    }

    /// "2x", "0.5x", "2倍速", "两倍速", "at 3 times the speed", "twice as fast", "half as fast".
    static func explicitSpeed(_ c: String) -> Double? {
        if has(c, #"twice as fast|double (?:the )?speed|2 times faster|两倍速|二倍速|2倍速"#) { return 2 }
        if has(c, #"half as fast|half (?:the )?speed|半速|0\.5倍"#) { return 0.5 }
        guard let m = Numbers.firstMatch(#"(\d+(?:\.\d+)?)\s*x\b|(\#(Numbers.chineseNumber))\s*倍速?|at (\d+(?:\.\d+)?) ?times (?:the )?speed"#, in: c) else { return nil }
        let v = !m[1].isEmpty ? Double(m[1]) : (!m[2].isEmpty ? Numbers.chinese(m[2]) : Double(m[3]))
        guard let v, (0.25...4).contains(v) else { return nil }
        return v
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
