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
        // The one composition every face uses (`reel make` too): sound files become the music.
        plan.operations.append(.compose(sources: context.media, stillMs: Segment.defaultStillDuration))
        plan.understood.append("put the \(visuals.count) pictures and clips on the timeline in order")
        let sounds = context.media.filter(Self.isAudio)
        if !sounds.isEmpty {
            let named = sounds.map { context.names[$0] ?? ($0 as NSString).lastPathComponent }
            plan.understood.append("use \(named.joined(separator: ", ")) as background music at 35%")
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
}
