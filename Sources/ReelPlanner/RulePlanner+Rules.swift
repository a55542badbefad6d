import Foundation
import ReelTimeline

/// One rule per part of the vocabulary; each looks at a clause and adds what it understood.
extension RulePlanner {
    static func history(_ c: String, _ plan: inout Plan) {
        if has(c, #"\bundo\b|撤销|撤回|go back"#) { plan.history.append(.undo); plan.understood.append("undo the last change") }
        else if has(c, #"\bredo\b|重做"#) { plan.history.append(.redo); plan.understood.append("redo") }
    }

    static func compose(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        guard has(c, #"\b(make|create|combine|turn|put|compose|generate)\b.*\b(video|clip|clips|photos|images|pictures|these|them|mp4)\b|做成视频|合成|生成视频"#),
              !context.media.isEmpty, draft.visualSegments.isEmpty else { return }
        let visuals = context.media.filter { !Self.isAudio($0) }
        guard !visuals.isEmpty else { return }
        plan.operations.append(.compose(sources: visuals, stillMs: Segment.defaultStillDuration))
        plan.understood.append("put the \(visuals.count) pictures and clips on the timeline in order")
        if let music = context.media.first(where: Self.isAudio) {
            plan.operations.append(.addMusic(source: music, volume: 0.35))
            plan.understood.append("use \((music as NSString).lastPathComponent) as background music at 35%")
        }
    }

    static func isAudio(_ name: String) -> Bool {
        ["mp3", "wav", "m4a", "aac", "ogg", "flac"].contains((name as NSString).pathExtension.lowercased())
    }

    static func duration(_ c: String, draft: Draft, _ plan: inout Plan) {
        // Durations that belong to something else (titles, transitions, a clip, a fade) are theirs.
        if has(c, #"title|caption|card|transition|fade|clip \d|\bclip\b|first|second clip|last|标题|字幕|转场|trim|剪"#)
            && !has(c, #"\b(video|it|whole|total|overall)\b.*\b(long|length|seconds?|minutes?)\b|(\d+|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety)[- ](second|minute|min)s? (video|clip|promo|reel|movie)|视频.*(秒|分钟)"#) { return }
        if let ms = Numbers.duration(in: c), has(c, #"second|sec|minute|min|\d+s\b|秒|分钟|long|length|make|video|cut|shorten|lengthen|时长"#) {
            plan.operations.append(.setDuration(ms: ms))
            plan.understood.append("make the video \(seconds(ms)) seconds long")
            return
        }
        let current = draft.duration()
        guard current > 0 else { return }
        if has(c, #"\bshorter\b|缩短|短一点"#) {
            let f = has(c, #"\b(much|a lot|way)\b"#) ? 0.5 : (has(c, #"\b(a bit|a little|slightly)\b"#) ? 0.9 : 0.75)
            plan.operations.append(.setDuration(ms: max(1000, Int(Double(current) * f))))
            plan.understood.append("make the video shorter")
        } else if has(c, #"\blonger\b|加长|长一点"#) {
            let f = has(c, #"\b(much|a lot|way)\b"#) ? 2.0 : (has(c, #"\b(a bit|a little|slightly)\b"#) ? 1.1 : 1.25)
            plan.operations.append(.setDuration(ms: Int(Double(current) * f)))
            plan.understood.append("make the video longer")
        }
    }

    static func canvas(_ c: String, draft: Draft, _ plan: inout Plan) {
        var size: (Int, Int)?
        var name = ""
        if has(c, #"vertical|portrait|tiktok|reels?\b|shorts|stories|story\b|9:16|竖屏|竖版|抖音"#) { size = (1080, 1920); name = "vertical 9:16" }
        else if has(c, #"4:5|instagram portrait"#) { size = (1080, 1350); name = "4:5" }
        else if has(c, #"square|1:1|instagram post|方形|正方形"#) { size = (1080, 1080); name = "square" }
        else if has(c, #"landscape|youtube|16:9|widescreen|horizontal|横屏|横版"#) { size = (1920, 1080); name = "landscape 16:9" }
        else if has(c, #"\b4k\b|2160p|uhd"#) { size = draft.meta.width >= draft.meta.height ? (3840, 2160) : (2160, 3840); name = "4K" }
        else if has(c, #"\b720p\b"#) { size = draft.meta.width >= draft.meta.height ? (1280, 720) : (720, 1280); name = "720p" }
        else if has(c, #"\b1080p\b|full hd"#) { size = draft.meta.width >= draft.meta.height ? (1920, 1080) : (1080, 1920); name = "1080p" }
        if let size {
            plan.operations.append(.setCanvas(width: size.0, height: size.1))
            plan.understood.append("make it \(name) (\(size.0)x\(size.1))")
        }
        if let m = Numbers.firstMatch(#"(\d+)\s*fps|(\d+)\s*frames? per second|(\d+)\s*帧"#, in: c),
           let fps = Int(m[1].isEmpty ? (m[2].isEmpty ? m[3] : m[2]) : m[1]) {
            plan.operations.append(.setFPS(fps))
            plan.understood.append("set \(fps) frames per second")
        }
    }

    static let transitionWords: [(String, String)] = [
        (#"cross ?fade|crossfade|dissolve|溶解"#, "dissolve"), (#"fade to black|dip to black"#, "fadeblack"),
        (#"fade to white|flash"#, "fadewhite"), (#"wipe left"#, "wipeleft"), (#"wipe right"#, "wiperight"),
        (#"wipe up"#, "wipeup"), (#"wipe down"#, "wipedown"), (#"\bwipes?\b|擦除"#, "wipeleft"),
        (#"slide right"#, "slideright"), (#"slide up"#, "slideup"), (#"slide down"#, "slidedown"),
        (#"slide|push|滑动"#, "slideleft"), (#"circle ?close"#, "circleclose"), (#"circle|iris|圆"#, "circleopen"),
        (#"\bzoom\b"#, "zoomin"), (#"pixel|马赛克"#, "pixelize"), (#"radial|clock"#, "radial"), (#"blur|模糊"#, "hblur"),
        (#"smooth"#, "smoothleft"), (#"\bfade\b|淡入淡出|渐变"#, "fade"),
    ]

    static func transitions(_ c: String, _ plan: inout Plan) {
        guard has(c, #"transition|转场|过渡"#) || (has(c, #"\bbetween\b"#) && has(c, #"fade|dissolve|wipe|slide"#)) else { return }
        // Only a length said of the transitions themselves ("1 s transitions", "transitions of 0.5 seconds").
        var ms = 1000
        if let m = Numbers.firstMatch(#"(\#(Numbers.numberWord))[- ]?(?:s|secs?|seconds?)\b[^,]*?transitions?|transitions?\b(?: of| lasting| that last)? (\#(Numbers.numberWord))[- ]?(?:s|secs?|seconds?)\b"#, in: c),
           let n = Numbers.english(m[1].isEmpty ? m[2] : m[1]), !has(c, #"\d+[- ]?(second|minute)s? (video|clip|promo)"#) || m[0].contains("transition") && m[0].count < 30 {
            ms = Int(n * 1000)
        }
        if has(c, #"\b(no|remove|without|delete|drop|cut)\b.*transition|去掉转场|不要转场|删除转场|hard cuts?"#) {
            plan.operations.append(.setTransition(.all, name: nil, durationMs: 0))
            plan.understood.append("remove the transitions")
            return
        }
        let name = transitionWords.first { has(c, $0.0) }?.1 ?? TransitionName.all.first { c.contains($0) } ?? "fade"
        plan.operations.append(.setTransition(.all, name: name, durationMs: min(ms, 5000)))
        plan.understood.append("add \(name) transitions of \(seconds(min(ms, 5000))) s between the clips")
    }

    static func text(_ clause: String, quotes: [String], _ plan: inout Plan) {
        let c = clause.lowercased()
        let kind: TextKind
        if has(c, #"end ?card|ending|outro|片尾|结尾"#) { kind = .endcard }
        else if has(c, #"title|标题|headline"#) { kind = .title }
        else if has(c, #"caption|subtitle|text overlay|overlay text|lower third|字幕|文字"#) { kind = .caption }
        else { return }
        if has(c, #"\b(remove|delete|drop|get rid of|no)\b|删除|去掉"#) {
            plan.operations.append(.removeText(.kind(kind)))
            plan.understood.append("remove the \(kind == .endcard ? "end card" : kind.rawValue)")
            return
        }
        // The words: quoted, or after "saying"/":"/"that says"/"to".
        var words = quoted(clause, quotes)
        if words == nil, let m = Numbers.firstMatch(#"(?:saying|that says|which says|reading|with the text|:|：)\s*(.+)$"#, in: clause) {
            words = m[1].trimmingCharacters(in: .whitespaces)
        }
        let timing = textTiming(c)
        let position: TextPosition? = has(c, #"\btop\b|顶部|上方"#) ? .top : has(c, #"\bbottom\b|底部|下方"#) ? .bottom
            : has(c, #"\b(center|centre|middle)\b|中间|居中"#) ? .center : has(c, #"lower third"#) ? .lowerThird : nil
        if has(c, #"\b(change|rename|edit|update|replace|make)\b.*\b(title|caption|card)\b|改成|修改"#),
           let words, has(c, #"\bto\b|改成|为"#) {
            plan.operations.append(.editText(.kind(kind), text: words, startMs: timing.start, durationMs: timing.duration, position: position, color: nil, size: nil))
            plan.understood.append("change the \(kind == .endcard ? "end card" : kind.rawValue) to \"\(words)\"")
            return
        }
        if let words, !words.isEmpty {
            plan.operations.append(.addText(kind: kind, text: words, startMs: timing.start, durationMs: timing.duration, position: position))
            plan.understood.append("add \(EditOperation.kindName(kind)) \"\(words)\"")
        } else if timing.start != nil || timing.duration != nil || position != nil {
            plan.operations.append(.editText(.kind(kind), text: nil, startMs: timing.start, durationMs: timing.duration, position: position, color: nil, size: nil))
            plan.understood.append("move the \(kind == .endcard ? "end card" : kind.rawValue)")
        }
    }

    /// "for the first 3 seconds", "from 2 to 5 seconds", "at 10 seconds", "for 4 seconds".
    static func textTiming(_ c: String) -> (start: Int?, duration: Int?) {
        if let m = Numbers.firstMatch(#"from (\d+(?:\.\d+)?)\s*(?:s|seconds?)? to (\d+(?:\.\d+)?)\s*(?:s|seconds?)"#, in: c),
           let a = Double(m[1]), let b = Double(m[2]), b > a {
            return (Int(a * 1000), Int((b - a) * 1000))
        }
        if let m = Numbers.firstMatch(#"(?:for )?the first (\#(Numbers.numberWord))\s*(?:s|secs?|seconds?)\b"#, in: c), let n = Numbers.english(m[1]) {
            return (0, Int(n * 1000))
        }
        if let m = Numbers.firstMatch(#"(?:for )?the last (\#(Numbers.numberWord))\s*(?:s|secs?|seconds?)\b"#, in: c), let n = Numbers.english(m[1]) {
            return (nil, Int(n * 1000))
        }
        var start: Int?
        if let m = Numbers.firstMatch(#"\b(?:at|starting at|from) (\d+(?:\.\d+)?)\s*(?:s|seconds?)\b"#, in: c), let a = Double(m[1]) { start = Int(a * 1000) }
        var duration: Int?
        if let m = Numbers.firstMatch(#"\bfor (\#(Numbers.numberWord))\s*(?:s|secs?|seconds?)\b"#, in: c), let n = Numbers.english(m[1]) { duration = Int(n * 1000) }
        return (start, duration)
    }

    static func music(_ c: String, draft: Draft, _ plan: inout Plan) {
        let aboutMusic = has(c, #"music|song|bgm|soundtrack|track|背景音乐|音乐|配乐"#)
        let current = draft.tracks.first { $0.type == .audio && $0.role == .music }?.segments.first?.volume ?? 0.35
        if has(c, #"(mute|silence|turn off|remove|delete|no)\b.*\b(clip|original|video|camera)s?'? (sound|audio)|mute the clips|静音原声|去掉原声"#) {
            plan.operations.append(.muteClips(true))
            plan.understood.append("mute the clips' own sound")
            return
        }
        if has(c, #"keep\b.*\b(original|clip) (sound|audio)|保留原声"#) {
            plan.operations.append(.muteClips(false))
            plan.understood.append("keep the clips' own sound")
            return
        }
        if has(c, #"duck|under the voice|lower the music (when|while)|闪避"#) {
            plan.operations.append(.setDucking(!has(c, #"\b(no|don't|stop)\b"#)))
            plan.understood.append("duck the music under the voice")
            return
        }
        guard aboutMusic || has(c, #"quieter|louder|softer|volume|音量|小声|大声"#) else { return }
        if has(c, #"\b(remove|delete|no|without|drop|mute)\b.*\b(music|song|bgm)|去掉音乐|不要音乐|删除音乐"#) {
            plan.operations.append(.removeMusic)
            plan.understood.append("remove the music")
            return
        }
        if has(c, #"\bloop"#) {
            plan.operations.append(.setMusicLoop(!has(c, #"\b(no|don't|stop)\b"#)))
            plan.understood.append("loop the music")
            return
        }
        if has(c, #"fade"#) && aboutMusic {
            let ms = Numbers.duration(in: c) ?? 2000
            let inn = has(c, #"fade in|fades in"#) ? ms : nil
            let out = has(c, #"fade out|fades out|fade it out"#) || inn == nil ? ms : nil
            plan.operations.append(.setMusicFades(inMs: inn, outMs: out))
            plan.understood.append("fade the music")
            return
        }
        if let f = Numbers.fraction(in: c) {
            plan.operations.append(.setMusicVolume(min(2, f)))
            plan.understood.append("set the music to \(Int((f * 100).rounded()))%")
            return
        }
        let much = has(c, #"\b(much|a lot|way|lot)\b|很多|大幅"#), bit = has(c, #"\b(a bit|a little|slightly|a touch)\b|一点|稍微"#)
        if has(c, #"quieter|softer|lower|turn (it )?down|reduce|decrease|小声|小一点|降低|调低"#) {
            let f = much ? 0.4 : (bit ? 0.8 : 0.6)
            plan.operations.append(.setMusicVolume(current * f))
            plan.understood.append("make the music quieter (\(Int((current * 100).rounded()))% → \(Int((current * f * 100).rounded()))%)")
        } else if has(c, #"louder|turn (it )?up|raise|increase|boost|大声|大一点|调高"#) {
            let f = much ? 2.0 : (bit ? 1.25 : 1.5)
            let v = min(1.5, current * f)
            plan.operations.append(.setMusicVolume(v))
            plan.understood.append("make the music louder (\(Int((current * 100).rounded()))% → \(Int((v * 100).rounded()))%)")
        }
    }

    static let lookWords: [(String, LookName)] = [
        (#"black and white|black & white|b&w|b/w|monochrome|grayscale|greyscale|黑白"#, .bw), (#"sepia|怀旧"#, .sepia),
        (#"vintage|retro|old film|film look|复古"#, .vintage), (#"\bwarm|sunny|golden|暖"#, .warm),
        (#"\bcool\b|\bcold\b|blue tone|冷"#, .cool), (#"vivid|make it pop|punchy|saturated|vibrant|鲜艳"#, .vivid),
    ]

    static func looks(_ c: String, _ plan: inout Plan) {
        if has(c, #"\b(remove|no|reset|clear)\b.*\b(look|filter|color grade|colour grade|grading)|去掉滤镜|原色"#) {
            plan.operations.append(.setLook(Look()))
            plan.understood.append("remove the colour look")
            return
        }
        if let (_, name) = lookWords.first(where: { has(c, $0.0) }) {
            plan.operations.append(.setLook(Look(name: name)))
            plan.understood.append("give it a \(EditOperation.lookName(name)) look")
            return
        }
        if has(c, #"brighter|lighten|more light|亮一点|调亮"#) {
            plan.operations.append(.setLook(Look(brightness: 0.08)))
            plan.understood.append("make it brighter")
        } else if has(c, #"darker|darken|暗一点|调暗"#) {
            plan.operations.append(.setLook(Look(brightness: -0.08)))
            plan.understood.append("make it darker")
        } else if has(c, #"more contrast|higher contrast|对比度"#) {
            plan.operations.append(.setLook(Look(contrast: 1.2)))
            plan.understood.append("add contrast")
        }
    }

    static func fades(_ c: String, _ plan: inout Plan) {
        guard has(c, #"fade|淡入|淡出"#), !has(c, #"music|song|transition|title|caption|转场"#) else { return }
        let ms = Numbers.duration(in: c) ?? 1000
        let inn = has(c, #"fade in|fade from black|fades in|淡入|\bin and out\b"#)
        let out = has(c, #"fade out|fade to black at the end|fades out|淡出|and out\b"#)
        guard inn || out else { return }
        plan.operations.append(.setFades(inMs: inn ? ms : nil, outMs: out ? ms : nil))
        plan.understood.append([inn ? "fade in from black" : nil, out ? "fade out to black" : nil].compactMap { $0 }.joined(separator: " and "))
    }

    static func motion(_ c: String, _ plan: inout Plan) {
        guard has(c, #"ken burns|slow zoom|zoom (in|out)? ?(on|effect)|pan (left|right|up|down|across)|\bzoom\b|缩放|推拉"#), !has(c, #"transition|转场"#) else { return }
        let target: SegmentTarget = .all
        if has(c, #"\b(no|stop|remove|turn off|without|disable)\b|去掉|关闭"#) {
            plan.operations.append(.setMotion(target, .none))
            plan.understood.append("turn off the slow zoom")
            return
        }
        let motion: Motion = has(c, #"zoom out"#) ? .zoomOut : has(c, #"pan left"#) ? .panLeft : has(c, #"pan right|pan across"#) ? .panRight
            : has(c, #"pan up"#) ? .panUp : has(c, #"pan down"#) ? .panDown : .zoomIn
        plan.operations.append(.setMotion(target, motion))
        plan.understood.append("add a slow \(EditOperation.motionName(motion)) to the pictures")
    }

    static let ordinals: [(String, Int)] = [
        ("first", 0), ("1st", 0), ("second", 1), ("2nd", 1), ("third", 2), ("3rd", 2), ("fourth", 3), ("4th", 3),
        ("fifth", 4), ("5th", 4), ("sixth", 5), ("seventh", 6), ("eighth", 7), ("ninth", 8), ("tenth", 9),
    ]

    /// "the second clip", "clip 3", "the last photo", "第二个", or a file name on the timeline.
    static func target(_ c: String, context: PlannerContext, draft: Draft) -> SegmentTarget? {
        let noun = #"(?:clip|video|photo|picture|image|shot|scene|segment|one|slide)"#
        if has(c, #"\blast \#(noun)|最后一个"#) { return .last }
        for (word, i) in ordinals where has(c, #"\b\#(word) \#(noun)"#) { return .index(i) }
        if let m = Numbers.firstMatch(#"\b\#(noun) (?:#|no\.? ?|number )?(\d+)\b"#, in: c), let n = Int(m[1]), n > 0 { return .index(n - 1) }
        if let m = Numbers.firstMatch(#"第([零〇一二两三四五六七八九十\d]+)(?:个|段|张)"#, in: c), let n = Numbers.chinese(m[1]), n > 0 { return .index(Int(n) - 1) }
        for s in draft.visualSegments {
            let file = (s.src.map { ($0 as NSString).lastPathComponent } ?? "").lowercased()
            if !file.isEmpty, c.contains(file) { return .named(file) }
            let stem = (file as NSString).deletingPathExtension
            if stem.count >= 3, c.contains(stem) { return .named(file) }
        }
        if has(c, #"\b(all|every|each)\b.*\#(noun)|所有"#) { return .all }
        return nil
    }

    static func clips(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        let target = target(c, context: context, draft: draft)
        if let t = target, has(c, #"\b(remove|delete|drop|cut out|get rid of|take out)\b|删除|删掉|去掉"#), !has(c, #"music|title|caption|transition"#) {
            plan.operations.append(.remove(t))
            plan.understood.append("remove \(describe(t))")
        } else if let t = target, has(c, #"\b(duplicate|repeat|copy)\b|复制|重复"#) {
            plan.operations.append(.duplicate(t))
            plan.understood.append("duplicate \(describe(t))")
        } else if let t = target, has(c, #"\bmove\b|put .* (first|last|at the (start|end|beginning))|移到"#) {
            let count = draft.visualSegments.count
            var to = count - 1
            if has(c, #"(to the|at the) (start|beginning|front)|\bfirst\b(?! (clip|video|photo))|开头|最前"#) { to = 0 }
            else if let m = Numbers.firstMatch(#"(?:to|after) (?:position |clip )?(\d+)"#, in: c), let n = Int(m[1]) { to = n - 1 }
            plan.operations.append(.move(t, to: to))
            plan.understood.append("move \(describe(t)) to position \(to + 1)")
        } else if let t = target, let m = Numbers.firstMatch(#"replace .* with ([\w\-. ]+\.\w+)"#, in: c) {
            plan.operations.append(.replace(t, source: m[1].trimmingCharacters(in: .whitespaces)))
            plan.understood.append("replace \(describe(t)) with \(m[1])")
        } else if has(c, #"slow ?mo|slow motion|slower|half speed|慢动作|慢放"#) {
            let speed = has(c, #"quarter"#) ? 0.25 : 0.5
            plan.operations.append(.setSpeed(target ?? .all, speed))
            plan.understood.append("play \(describe(target ?? .all)) at \(fmt(speed))x")
        } else if let m = Numbers.firstMatch(#"(\d+(?:\.\d+)?)\s*x\b|(\d+(?:\.\d+)?)\s*倍速?"#, in: c), let v = Double(m[1].isEmpty ? m[2] : m[1]), (0.25...4).contains(v) {
            plan.operations.append(.setSpeed(target ?? .all, v))
            plan.understood.append("play \(describe(target ?? .all)) at \(fmt(v))x")
        } else if has(c, #"faster|speed (it )?up|快进|加速|快一点"#) {
            plan.operations.append(.setSpeed(target ?? .all, has(c, #"\b(much|a lot)\b"#) ? 2 : 1.5))
            plan.understood.append("speed up \(describe(target ?? .all))")
        } else if has(c, #"don't crop|do not crop|show (the )?whole|fit (it|them|the)|letterbox|contain|不要裁剪"#) {
            plan.operations.append(.setFit(target ?? .all, .contain))
            plan.understood.append("show \(describe(target ?? .all)) whole over a blurred background")
        } else if has(c, #"fill the (frame|screen)|crop to fill|\bcover\b|裁剪填充|铺满"#) {
            plan.operations.append(.setFit(target ?? .all, .cover))
            plan.understood.append("crop \(describe(target ?? .all)) to fill the frame")
        } else if let t = target, has(c, #"\btrim\b|\bcut\b|shorten|剪"#), let ms = Numbers.duration(in: c) {
            if has(c, #"\boff\b|from the start|from the beginning|skip"#) {
                plan.operations.append(.trim(t, inMs: ms, durationMs: nil))
                plan.understood.append("cut the first \(seconds(ms)) s of \(describe(t))")
            } else {
                plan.operations.append(.trim(t, inMs: nil, durationMs: ms))
                plan.understood.append("trim \(describe(t)) to \(seconds(ms)) s")
            }
        } else if target == nil, has(c, #"^\s*trim( it| this| them| the clips)?\s*$|^剪辑$"#) {
            // A bare "trim": tighten every segment to at most 5 s.
            let segs = draft.visualSegments
            for (i, s) in segs.enumerated() where (s.duration ?? Segment.defaultStillDuration) > 5000 || s.duration == nil {
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: 5000))
            }
            plan.understood.append(segs.isEmpty ? "trim (nothing on the timeline yet)" : "trim every clip to at most 5 s")
            if segs.isEmpty { plan.operations.append(contentsOf: []) }
        }
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
