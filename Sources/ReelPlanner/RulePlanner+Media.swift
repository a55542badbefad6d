import Foundation
import ReelTimeline

/// Which of the session's files a new video is made of, and in what order, as the words say:
/// "a teaser from clip1 and photo3" (only those), "clip1 first then the photos" (that order),
/// "end with beach.jpg"; with no file named, all of them in the order they were added.
extension RulePlanner {
    /// "photo 1", "clip #2": a file by its number among its kind (a name, "photo2", is a file's) (never "photo 1 5 seconds", "clip 2 for 3 s", "video 3 min").
    static let numberNotLength = #"(?![.:]\d)(?!\s*(?:s|secs?|seconds?|mins?|minutes?|%|x|fps)\b)(?!\s*(?:is |for |at |gets |lasts? |=\s*)?\#(Numbers.amount)[- ]?(?:s|secs?|seconds?|ms)\b)"#
    static let numberedItem = #"(?<![\w-])(?:photo|picture|pic|image|clip|video|vid)s?(?: #?| ?#)[1-9]\b\#(numberNotLength)"#
    static let stillGroup = #"\b(?:photos|pictures|pics|images|stills|slides|jpgs|pngs|paintings|artworks|figures|screenshots|(?:image|photo|picture|jpe?g|png) files)\b|\ball (?:the )?(?:photo|picture|image)\b|照片|图片|(?<=\p{Han})(?<!地)图(?![片像标表层])"#
    static let clipGroup = #"\b(?:clips|videos|vids|footage|mp4s)\b|视频片段|放视频|所有视频|这些视频|[两三四五六\d]个视频|两段视频"#
    /// "then the video", "the video at the end": the one clip among pictures, said as "the video" in an order
    /// (never "a video", what is made).
    static let loneClipInOrder = #"\b(?:first|then|and|plus|followed by|after (?:that|them|those)|before (?:that|them|those)|finally|lastly|(?:start|open|begin) with) (?:the|my|our|that) (?:video|vid)\b(?! of\b)|\bthe (?:video|vid) (?:at the (?:very )?(?:end|start|beginning)|in the (?:middle|center|centre)|last|first|goes (?:first|last)|comes (?:first|last))\b"#

    /// Words that are (part of) a session file's name: never mended as typos.
    static func protectedWords(_ context: PlannerContext) -> Set<String> {
        var out: Set<String> = []
        let names = context.media.map { ($0 as NSString).lastPathComponent } + Array(context.names.values)
            + context.draft.visualSegments.compactMap { $0.src.map { ($0 as NSString).lastPathComponent } }
            + context.draft.visualSegments.compactMap(\.name)
        for n in names {
            for w in n.lowercased().split(whereSeparator: { !$0.isLetter }) { out.insert(String(w)) }
        }
        return out
    }

    static func asksToCompose(_ c: String, context: PlannerContext) -> Bool {
        guard context.media.contains(where: { !isAudio($0) }) else { return false }
        return has(c, #"\b(make|create|combine|turn|put|compose|generate|build|assemble|stitch|join|merge|edit|cut|need|want)\b.*\b(videos?|vids?|clips?|photos?|images?|pictures?|pics|these|them|mp4|slideshow|reel|montage|movie|promo|teaser|trailer|together|ad|demo|recap|recordings|footage)\b|\bslideshow\b|\bmontage\b|\bteaser\b|做成|合成|生成|剪成|拼接|制作|做个|做一个|弄个|剪个|出个|[做剪]一?[支部段条则]?(?:视频|影片|短片)"#)
    }

    /// The names a file goes by: its file name, its stem (3+ letters, not a vocabulary word), its upload name.
    static func aliases(_ path: String, context: PlannerContext) -> [String] {
        let file = (path as NSString).lastPathComponent.lowercased()
        var out = [file]
        let stem = (file as NSString).deletingPathExtension
        // (A Chinese name of two characters is a name too: "门店视频" for 门店.mp4; so is a letter and a digit, "p1" for
        // p1.jpg, never "x2", a factor.)
        if stem.count >= 3 || isHanWord(stem) || has(stem, #"^[a-wyz][1-9]$"#), !vocabularyWords.contains(stem) { out.append(stem) }
        // "炸物那段不要" for 炸物特寫.mp4: the first word of a Chinese name of four or more characters, when no other file's
        // name starts with it (as written and as simplified: the words are read simplified, "排队" for 排隊人潮.mp4).
        if !isAudio(path), stem.count >= 4, isHanWord(stem) {
            let head = String(stem.prefix(2))
            let others = context.media.filter { $0 != path }.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
            if !hanNameHeadWords.contains(simplified(head)), !others.contains(where: { $0.hasPrefix(head) || simplified($0).hasPrefix(simplified(head)) }) {
                out.append(head)
                if simplified(head) != head { out.append(simplified(head)) }
            }
        }
        // "getting ready" for getting-ready.jpg
        let spaced = Self.replacing(stem, #"[-_]+"#, " ")
        if spaced != stem, spaced.count >= 5 { out.append(spaced) }
        if let name = context.names[path]?.lowercased(), name.count >= 3, !vocabularyWords.contains(name) {
            out.append(name)
            let nameStem = (name as NSString).deletingPathExtension
            if nameStem.count >= 3, !vocabularyWords.contains(nameStem) { out.append(nameStem) }
        }
        // A name part several files share names them all: "product" for product-front.jpg and product-side.jpg, "broll" for broll1, broll2.
        for part in namePart(stem) where !out.contains(part) && !isBookPageWord(part, context) {
            // (A picture and a song that share "brand" — brand_logo.png, brand_track.mp3 — are no group.)
            let sharing = context.media.filter { isAudio($0) == isAudio(path) && namePart((($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension).contains(part) }
            // A three-letter part ("my cat pics" for cat1, cat2, cat3) only when it tells some files from the others.
            if sharing.count >= 2, part.count >= 4 || sharing.count < context.media.filter({ !isAudio($0) }).count { out.append(part) }
        }
        return out
    }

    /// Words that start many Chinese file names and name no one thing ("视频素材1234", "照片合集"): never a name's first word.
    static let hanNameHeadWords: Set<String> = ["视频", "影片", "照片", "图片", "相片", "素材", "片段", "音乐", "背景", "配乐", "录音", "截图", "屏幕", "开头", "结尾", "最后", "第一", "第二", "第三", "新的", "我的"]

    /// Pages of a book with its cover or end (cover.jpg, page01.jpg … the_end.jpg): "the pages" are the whole book,
    /// cover to end, not only the page files.
    static func isBookPageWord(_ part: String, _ context: PlannerContext) -> Bool {
        part == "page" && context.media.contains { !isAudio($0) && has((($0 as NSString).lastPathComponent as NSString).deletingPathExtension, #"(?:^|[_ -])(?:front|back)?[_ -]?(?:cover|end|ending|title[_ -]?page)(?:[_ -]|$)"#) }
    }

    /// A part of a name said as an item of a list: "the wedding, then …", ", cake, sparklers in that order", "then dj.".
    static func listItem(_ part: String) -> String {
        let plural = has(part, #"(?:s|sh|ch|x|z)$"#) ? "(?:es)?" : "s?"
        return #"\b(?:the|this|that|our|my) \#(part)\#(plural)\b(?=\s*(?:$|[,.;:!?)]|\b(?:and|then|first|last|at the|in the (?:final|end|beginning|start)|followed|before|after|(?:goes|comes|should go|should come|is) (?:first|last|next))\b))|(?:^|(?<=[(,→:+&] |[(,→+&]|-> |->|\bthen |\band |\bplus ))\#(part)\#(plural)\b(?=\s*(?:[,)→+&.;]|->|\bthen\b|\band\b|\bplus\b|\bplease\b|\bpls\b|\bfirst\b|\blast\b|in (?:that|this|the same) order\b|(?:at|in) the (?:very )?(?:end|start|beginning)\b|$))|(?<=\b(?:start|starts|starting|open|opens|opening|begin|begins|beginning|end|ends|ending|finish|finishes|finishing|close|closes|closing) with (?:the |my |our |a |an )?)\#(part)\#(plural)\b"#
    }

    /// Two-letter parts of a name that are no everyday word: "dj" in dj_kora_set, "td" in td_run_jackson.
    static func shortParts(_ stem: String) -> [String] {
        stem.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).map(String.init)
            .filter { $0.count == 2 && $0.allSatisfy({ $0.isASCII && $0.isLetter }) && !shortEverydayWords.contains($0) }
    }

    static let shortEverydayWords: Set<String> = [
        "an", "in", "on", "at", "of", "to", "my", "me", "we", "us", "is", "it", "or", "by", "up", "so", "no", "do", "go",
        "he", "be", "as", "if", "am", "pm", "hi", "ok", "vs", "mr", "ms", "dr", "st", "th", "nd", "rd", "hd", "uk",
    ]

    static func namePart(_ stem: String) -> [String] {
        stem.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).map { String($0).trimmingCharacters(in: .decimalDigits) }
            .filter { ($0.count >= 3 || isHanWord($0)) && !vocabularyWords.contains($0) && $0.allSatisfy(\.isLetter) }
    }

    /// A Chinese name part of two or more characters ("儿子" in 儿子_笑.jpg, "女儿" in 女儿_画画.jpg):
    /// a word of its own, so "用儿子的几张照片", "只用女儿的照片" name the files that share it.
    static func isHanWord(_ part: String) -> Bool {
        part.count >= 2 && part.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Where in the words a file is named (UTF-16 offset), if it is.
    static func mention(_ path: String, in c: String, context: PlannerContext) -> Int? {
        mentions(path, in: c, context: context).min()
    }

    /// The patterns that find a file in the words: each alias (a name part several files share
    /// also as a plural: "the two sunsets"); a part of its name only it has, said as a thing
    /// ("the drone clip", "the beach one", "the acoustic music") or closing a list item ("then
    /// the exterior, the bedroom"); a numbered name spoken ("dog one" for dog1.jpg). `ownOnly`:
    /// only the file's own name, no part of it.
    static func namePatterns(_ path: String, context: PlannerContext, own ownOnly: Bool = false, loose: Bool = true) -> [String] {
        let stem = (((path as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
        let shared = ownOnly ? Set(namePart(stem)) : []
        let own = aliases(path, context: context).filter { !shared.contains($0) }
        let parts = Set(namePart(stem))
        var out = own.map { alias in
            // "the dishes" for dish_*.jpg, "the beaches"
            // (German "den Bergen" for berge.jpg: an "-n" after an "-e".)
            let plural = alias.last?.isLetter == true && !alias.contains(".") ? (has(alias, #"(?:s|sh|ch|x|z)$"#) ? "(?:es)?" : alias.hasSuffix("e") ? "[sn]?" : "s?") : ""
            // A shared part followed by a number is one file's spoken name ("cat three"), not all of them.
            // "cam b" is ep42_cam_b alone, not every cam file.
            let notNumbered = parts.contains(alias) && alias != stem ? #"(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[a-h])\b(?!['’]))"# : ""
            // "master bedroom" names 04_master_bedroom alone, never 05_master_bath beside it: a shared part followed by
            // the rest of another file's name is that file's.
            let othersRest = parts.contains(alias) && alias != stem ? context.media.filter { $0 != path }
                .map { namePart((($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension) }
                .filter { $0.contains(alias) }
                .flatMap { $0.filter { !parts.contains($0) && $0.count >= 3 && $0.allSatisfy(\.isLetter) } } : []
            // ("rocky before/after": both, the rest of this one's name said next.)
            let ownRest = parts.filter { $0 != alias && $0.count >= 3 && $0.allSatisfy(\.isLetter) }.map { NSRegularExpression.escapedPattern(for: $0) }
            let alsoOwn = ownRest.isEmpty ? "" : #"(?!\s*(?:/|&|\+|,|and|or|n)\s*(?:\#(ownRest.joined(separator: "|")))\b)"#
            let notOthers = othersRest.isEmpty ? "" : #"(?![ _-]+(?:\#(othersRest.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")))s?\b\#(alsoOwn))"#
            return #"(?<![A-Za-z0-9_.-])\#(NSRegularExpression.escapedPattern(for: alias))\#(plural)(?![A-Za-z0-9_]|-[A-Za-z0-9])\#(notNumbered)\#(notOthers)"#
        }
        // "the birthday photos" for bday_cake.jpg and bday_party.mp4.
        for alias in own where nameSynonyms[alias] != nil {
            for w in nameSynonyms[alias] ?? [] { out.append(#"(?<![A-Za-z0-9_.-])\#(w)s?(?![A-Za-z0-9_])"#) }
        }
        // "the christmas one" for grandkids_xmas.jpg: a part only it has, said in full, as a thing (it was every file).
        if !ownOnly {
            for part in parts.subtracting(own) where nameSynonyms[part] != nil {
                for w in nameSynonyms[part] ?? [] {
                    out.append(#"(?<![A-Za-z0-9_.-])\#(w)(?= (?:one|photo|pic|picture|image|clip|video|shot|still)s?\b)"#)
                }
            }
        }
        if let spoken = spokenNamePattern(stem) { out.append(spoken) }
        // "act 1 scene 2" for act1_scene2.mp4, "day 2 clip 3" for day2_clip3.mov: the whole name, its words and numbers spoken apart.
        let runs = Numbers.allMatches(#"[a-z]+|\d+"#, in: stem).map { NSRegularExpression.escapedPattern(for: $0.groups[0]) }
        if runs.count >= 4, runs.contains(where: { $0.first?.isNumber == true }), runs.filter({ $0.first?.isLetter == true }).count >= 2 {
            out.append(#"(?<![A-Za-z0-9_.-])\#(runs.joined(separator: "[ _-]?"))(?![A-Za-z0-9_])"#)
        }

        // "the QR code" for donate_qr.png: a short part of the name, said as people say it.
        for (part, said) in partPhrases where namePart(stem).contains(part) || stem.split(whereSeparator: { !$0.isLetter }).contains(Substring(part)) {
            out.append(#"(?<![A-Za-z0-9_.-])\#(said)(?![A-Za-z0-9_])"#)
        }
        // "the first kiss", "the honey drizzle": the whole name said with spaces (first_kiss.mov, honey_drizzle.mp4).
        let words = stem.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " }).map(String.init)
        if words.count >= 2, words.count <= 4, words.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) }) {
            out.append(#"(?<![A-Za-z0-9_.-])\#(words.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "[ _-]"))s?(?![A-Za-z0-9_-])"#)
        }
        // "the es teh pics", "es teh first" for es_teh_manis.jpg: its first words said as a thing, or placed.
        if words.count >= 3, words.count <= 4, words.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) }) {
            out.append(#"(?<![A-Za-z0-9_.-])\#(words.prefix(2).map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: " "))(?= (?:pics?|photos?|pictures?|images?|shots?|clips?|videos?|vids?|one|first|last)\b)"#)
        }
        // (Its own name, spoken.) "dog one", "dog 2" for dog1.jpg, dog_02.jpg.
        if let m = Numbers.firstMatch(#"^([a-z]{3,})[ _-]?0*([1-9]\d?)$"#, in: stem), let n = Int(m[2]), !vocabularyWords.contains(m[1]) {
            let word = (Numbers.englishUnits.first { $0.value == n && $0.key.count > 2 }?.key).map { "|\($0)" } ?? ""
            out.append(#"\b\#(m[1]) 0*(?:\#(n)\#(word))\b"#)
            // "lifestyle 01 + 02", "dog 1 and 2": the next number said after the name.
            out.append(#"\b\#(m[1]) (?:0*\d+ ?(?:\+|,|&|/|and|or) ?)+0*\#(n)\b(?! ?(?:s|secs?|seconds?|%|x)\b)"#)
        }
        // "clips 4401 4403 4405", "then 0042" for IMG_4401.mov, DJI_0042.mp4: the camera's number, said alone (never a length,
        // a size or a rate).
        if let m = Numbers.firstMatch(#"^[a-z]{2,5}[_-]?(\d{3,6})$"#, in: stem) {
            let short = String(m[1].drop { $0 == "0" })
            let number = short.count >= 3 && short != m[1] ? "(?:\(m[1])|\(short))" : m[1]
            out.append(#"(?<![\w.:$€£-])\#(number)(?![\w.:%])(?!\s?(?:s|secs?|seconds?|ms|px|p|fps|k|x|percent|kbps|mb|gb)\b)"#)
        }
        // "the day2 photos", "day 2 pics" for day2_1.jpg, day2_2.jpg: the numbered head of a name said as a group.
        if words.count >= 2, let m = Numbers.firstMatch(#"^([a-z]{2,})[ -]?(\d+)$"#, in: words[0]), !vocabularyWords.contains(m[1]) {
            out.append(#"(?<![A-Za-z0-9_.-])\#(m[1]) ?\#(m[2])(?= (?:photos|pics|pictures|images|shots|clips|videos|vids|ones)\b)"#)
        }
        guard !ownOnly else { return out }
        // "the brand track" is a song, never brand_logo.png.
        let thing = isAudio(path) ? #"(?:clip|video|vid|shot|footage|photo|pic|picture|image|one|music|song|track|tune|audio)s?\b"#
            : #"(?:clip|video|vid|shot|footage|photo|pic|picture|image|one|screenshot|screen ?grab|still|slide|graphic|poster|card|intro|introduction|interview|speech|talk|message|tour|walkthrough|demo|presentation|performance|recording)s?\b"#
        for part in namePart(stem) where !own.contains(part) && !isBookPageWord(part, context) {
            // "jingle at 25%" for spring_jingle.mp3: a part of a sound file's name, with the level it plays at.
            // "jingle on", "jingle on top", "the jingle in the background": a part of a sound file's name, said as playing.
            if isAudio(path) { out.append(#"(?<![A-Za-z0-9_.'-])\#(part)(?= (?:(?:music|song|track|tune|audio) )?(?:at|to) (?:about |around |like |roughly )?\d+(?:\.\d+)? ?(?:%|percent))|(?<![A-Za-z0-9_.'-])\#(part)(?= (?:on(?: top)?(?: of (?:it|that|everything))?|in the (?:background|bg)|in (?:the )?back|underneath|under (?:it|everything)|behind (?:it|everything))\s*(?:$|[,.;:!?)]|\bplease\b|\bpls\b|\bplz\b|\btoo\b))"#) }
            // "van pic n logo w jingle", "the photos with jingle": a part of a sound file's name, the last thing said with "with".
            if isAudio(path), part.count >= 4, !commonWords.contains(part), !vocabularyWords.contains(part) {
                out.append(#"(?<=\bwith |\bw/ |\bw/|\bw |\bplus )\#(part)\b(?=\s*(?:$|[,.;:!?)]|\b(?:please|pls|plz|on top|in the background|underneath)\b))"#)
            }
            // "jaydens goal then mias celebration", "jayden goal + mia celebration": a part of four
            // letters or more that no other file has, said as a word of its own (not a common word).
            if loose, part.count >= 4, !isAudio(path), !commonWords.contains(part), part.allSatisfy({ $0.isASCII }) {
                // Not "feels like a sunset", "some beach vibes": a word said of the video, not a file.
                // ("kiss first then the dancing" for reception_dance.mp4: its -ing form too.)
                let ing = part.hasSuffix("e") ? String(part.dropLast()) + "ing" : part + "ing"
                out.append(#"(?<![A-Za-z0-9_.'-])(?<!\ba )(?<!\ban )(?<!like )(?<!some )(?<!of )(?:\#(part)(?:'?s)?|\#(ing))(?![A-Za-z0-9_'])(?! (?:vibes?|feel|style|look|mood|theme|colou?rs?|fonts?|orange|red|blue|green|yellow|purple|pink|gold|gr[ae]y|kit|guidelines?|voice|name|track|music|song|tune|audio|sound)\b)"#)
            }
            // "the dance first" for pierwszy_taniec.mp4, "the cake" for tort.jpg: a word of its name in another
            // language, said in English (a word of its own, never "a dance video" or "dance music").
            if loose, !isAudio(path) {
                for w in translatedNameWords[part] ?? [] {
                    out.append(#"(?<![A-Za-z0-9_.'-])(?<!\ba )(?<!\ban )(?<!like )(?<!some )\#(w)(?:s|es|'s)?(?![A-Za-z0-9_'])(?! (?:vibes?|feel|style|look|mood|theme|music|song|track|tune|audio|sound|video|vid|reel|party)\b)"#)
                }
            }
            // "(young, then wedding, then now)", "before → after → the bow one", ", ace first then …", "onboarding recording ->
            // dashboard -> …", "cake, sparklers in that order": a part as a list item.
            out.append(#"(?<![A-Za-z0-9_.-])\#(part)(?:[’'\#u{E000}\#u{E001}]?s)?(?= \#(thing))|"# + listItem(part) + #"|(?<![A-Za-z0-9_.-])\#(part)\b(?= (?:\#(thing) |recording |rec |screen |demo )?(?:->|→))"#)
        }
        // "the bathroom photo" for primary_bath.jpg, "the rain ambience track" for ambient_rain.mp3, "the onion and sizzle
        // clips" for chopping_onions.mp4: a part of the name said in its fuller or singular form, as a thing or a list item.
        for part in namePart(stem) where !own.contains(part) && !isBookPageWord(part, context) {
            for w in spokenNameForms(part) {
                out.append(#"(?<![A-Za-z0-9_.-])\#(w)(?:[’'\#u{E000}\#u{E001}]?s)?(?= \#(thing))|"# + listItem(w))
            }
        }
        // "the 2023 portrait" for margaret_2023_portrait.jpg, "the birthday cake" for emma_birthday_cake.jpg: two words
        // next to each other in the name, said together (each alone may be an everyday word).
        if loose, words.count >= 3 {
            for (a, b) in zip(words, words.dropFirst()) where a.count >= 2 && b.count >= 3 && (a + b).contains(where: \.isLetter) {
                out.append(#"(?<![A-Za-z0-9_.-])\#(NSRegularExpression.escapedPattern(for: a)) \#(NSRegularExpression.escapedPattern(for: b))s?(?![A-Za-z0-9_'-])"#)
            }
        }
        // "crowd first, then laser, then dj": a two-letter part only this file has, as a list item.
        for part in shortParts(stem) where context.media.filter({ shortParts((($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension).contains(part) }).count == 1 {
            out.append(listItem(part))
        }
        return out
    }

    /// The last part of a name said with a space, as people say it: "the day 3 photo" for
    /// drive_day3.jpg, "cam B" / "camera b" for ep42_cam_b.mp4, "angle 2" for interview_angle2.mov.
    /// Nil for a name without such an ending (or one that is only that ending, read elsewhere).
    static func spokenNamePattern(_ stem: String) -> String? {
        // (A name that is only a word and its number too: "the month 6 photo" for month_06.jpg.)
        if let m = Numbers.firstMatch(#"(?:^|[_\- ])([a-z]{2,})[_\- ]?0*([1-9]\d?)$"#, in: stem), let n = Int(m[2]), !vocabularyWords.contains(m[1]) {
            let word = (Numbers.englishUnits.first { $0.value == n && $0.key.count > 2 }?.key).map { "|\($0)" } ?? ""
            // "the first part of the recording" for lecture_part1.mp4 too.
            let ordinal = ["first", "second", "third", "fourth", "fifth"].indices.contains(n - 1) ? #"|\b(?:\#(["first", "second", "third", "fourth", "fifth"][n - 1])) \#(m[1])\b(?!s)"# : ""
            return #"\b\#(m[1]) ?(?:0*\#(n)\#(word))\b(?!\.\d)(?! ?(?:s|secs?|seconds?|%|x)\b)\#(ordinal)"#
        }
        if let m = Numbers.firstMatch(#"[_\- ](cam|camera|angle|view|take|side|version|option)[_\- ]?([a-z])$"#, in: stem) {
            let word = m[1] == "cam" || m[1] == "camera" ? "(?:cam|camera)" : m[1]
            return #"\b\#(word) ?\#(m[2])\b(?!['’])"#
        }
        return nil
    }

    /// Where a name is said with spaces for its joins, or a joined word said as two: "the honey drizzle"
    /// for honey_drizzle.mp4, "first kiss" for first_kiss.mov, "living room" for livingroom.jpg, "pour over"
    /// for pourover_v60.mp4, "the food drive pics" for fooddrive_1.jpg (the number after a name is no part of it).
    static func spacedName(_ path: String, in c: String, ownOnly: Bool = false) -> [Int] {
        spacedNamePatterns(path, in: c, joinedOnly: ownOnly).flatMap { Numbers.allMatches($0, in: c).map(\.location) }
    }

    /// The words with every name said with spaces turned into "it": "put the first dance at the very end"
    /// places first_dance.mp4 at the end (its "first" is no place).
    static func blankingSpacedNames(_ c: String, files: [String]) -> String {
        files.reduce(c) { said, file in spacedNamePatterns(file, in: said).reduce(said) { replacing($0, $1, "it") } }
    }

    private static func spacedNamePatterns(_ path: String, in c: String, joinedOnly: Bool = false) -> [String] {
        let words = (((path as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
            .split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
        var patterns: [String] = []
        if !joinedOnly, words.count >= 2, words.allSatisfy({ $0.count >= 2 }), words.joined().count >= 6 {
            patterns.append(#"(?<![\w-])\#(words.joined(separator: "[ _-]"))(?![\w-])"#)
            // "the square logo" (logo_square.png): two words said the other way round.
            if words.count == 2, words.allSatisfy({ $0.count >= 3 }) { patterns.append(#"(?<![\w-])\#(words[1]) \#(words[0])(?![\w-])"#) }
        }
        for w in words where w.count >= 7 && (!joinedOnly || words.count == 1) {
            for i in 3...(w.count - 3) where c.contains("\(w.prefix(i)) \(w.dropFirst(i))") {
                patterns.append(#"\b\#(w.prefix(i)) \#(w.dropFirst(i))\b"#)
            }
        }
        return patterns
    }

    /// Everywhere in the words a file is named.
    /// `own`: only by the file's own name (not a part it shares with others, "the portraits").
    /// `loose`: also a part only this file has said as a word of its own ("jaydens goal"); without
    /// it, only names said whole, as a thing ("the goal clip") or as a list item.
    static func mentions(_ path: String, in said: String, context: PlannerContext, own: Bool = false, loose: Bool = true) -> [Int] {
        // The same file is looked for in the same words many times over a turn (which files, narrowing,
        // placing): the answer is kept for the last words and files asked about.
        var sig = Hasher()
        sig.combine(context.media)
        sig.combine(context.names)
        let files = sig.finalize(), key = "\(own ? 1 : 0)\(loose ? 1 : 0)\(path)"
        if let kept = MentionsKept.shared.get(said, files, key) { return kept }
        let found = findMentions(path, in: said, context: context, own: own, loose: loose)
        MentionsKept.shared.set(said, files, key, found)
        return found
    }

    private static func findMentions(_ path: String, in said: String, context: PlannerContext, own: Bool, loose: Bool) -> [Int] {
        // "the marché first" for marche_provence.mp4, "accordéon" for chanson_accordeon.mp3: accents
        // are no part of telling names apart (folded on both sides, where that keeps every offset).
        var c = said, patterns = namePatterns(path, context: context, own: own, loose: loose)
        if !said.allSatisfy(\.isASCII) || !path.allSatisfy(\.isASCII) {
            let folded = said.folding(options: .diacriticInsensitive, locale: nil)
            if folded.utf16.count == said.utf16.count {
                c = folded
                patterns = patterns.map { $0.folding(options: .diacriticInsensitive, locale: nil) }
            }
        }
        var found = patterns.flatMap { pattern -> [Int] in
            Numbers.allMatches(pattern, in: c).map(\.location)
        }
        let stem = String((((path as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
            .reversed().drop { $0.isNumber || $0 == "_" || $0 == "-" }.reversed())
        // (By its own name: only a one-word name said as two, "living room" for livingroom.jpg; "the loom detail" for
        // loom_detail.jpg is said as loosely as "the curator's clip" beside it.)
        if found.isEmpty { found = spacedName(path, in: c, ownOnly: own) }
        // "the sign-in sheet photo" for parents_signin.jpg: a word of the name (no other file's) written with a hyphen,
        // said as a thing (never "title Spring Tune-Up" for tuneup.mp4).
        if found.isEmpty, loose, c.contains("-") {
            let others = context.media.filter { $0 != path }.flatMap { namePart((($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension) }
            for part in namePart(stem) where part.count >= 5 && part.allSatisfy({ $0.isASCII && $0.isLetter }) && !others.contains(part) {
                for i in 2...(part.count - 2) {
                    found += Numbers.allMatches(#"\b(?:the|that|this|my|our) (?:[a-z]+ )?\#(part.prefix(i))-\#(part.dropFirst(i))\b"#, in: c).map(\.location)
                }
            }
        }
        return found
    }

    /// Pictures and clips named in the words.
    static func namedMedia(_ c: String, context: PlannerContext) -> [String] {
        context.media.filter { !isAudio($0) && mention($0, in: c, context: context) != nil }
    }

    static func composeSources(_ said: String, context: PlannerContext) -> [String] {
        // Accents are no part of names ("the marché first"): folded where every offset stays.
        let folded = said.folding(options: .diacriticInsensitive, locale: nil)
        let c = blankingQuotes(folded.utf16.count == said.utf16.count ? folded : said, context: context)
        // "4.5 seconds per room", "a caption for each room": every one of them, not the files named "room"
        // (never "every beach photo", where the word picks the beach photos).
        // ("cross dissolves between rooms": between all of them, not the file named "room".)
        // ("kitchen gets 8 seconds, every other room 4": the others, never living_room.jpg.)
        let each = replacing(c, #"\b((?:per|each|every)(?: other)?) (?!file|thing|single|one\b)[a-z]+\b(?! (?:photo|picture|pic|image|still|clip|video|vid|shot|one|file|slide)s?\b)|\b(between|across) (?:the |all (?:the |of the )?)?[a-z]+s\b(?! (?:and|&|\+|or)\b)"#, "$1$2 one")
        // ("after_hood last, before_door first then after_door then before_hood": files named in an order said keep it,
        // never paired up.)
        var composed = composeFiles(each, context: context)
        // "make a 20 second clip from these 3 with the fiddle music": every picture and clip, when the number said is how many
        // there are (a word two of the names share, "veggie starts", took only those two).
        let visuals = context.media.filter { !isAudio($0) }
        if visuals.count >= 2, composed.filter({ !isAudio($0) }).count < visuals.count,
           let m = Numbers.firstMatch(#"\b(?:from|of|with|use|using|combine|all)\s+(?:all\s+)?(?:of\s+)?(?:these|those|the|my)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:s|secs?|seconds?|minutes?|mins?|x|%)\b)"#, in: c),
           (Int(m[1]) ?? Numbers.englishUnits[m[1]]) == visuals.count {
            composed = visuals + composed.filter(isAudio)
        }
        let orderSaid = has(c, #"\b(?:first|then|last|next|followed by|after that)\b"#)
            && context.media.filter({ !isAudio($0) && !mentions($0, in: c, context: context, own: true).isEmpty }).count >= 2
        var files = orderSaid ? composed : pairedBeforeAfter(composed, c, media: context.media)
        // "in numerical order", "in file-name order", "alphabetical order": by name, numbers as numbers.
        // Files the words place by name ("open with drone.mp4, then the stills in file order") keep their places.
        // "clips in order of the match minute", "chronologically", "sorted by time" with 12min_…, 34min_…: the
        // numbers in the names are the order (only when every name has one; else the order they came in).
        let byNumber = has(c, byNumbersInNames) && files.allSatisfy { isAudio($0) || has((($0 as NSString).lastPathComponent as NSString).deletingPathExtension, #"\d"#) }
        if byNumber || has(c, #"\b(?:in |by )?(?:numerical|numeric|alphabetical|alphabetic|file ?-?name|filename|file|name) order\b|\b(?:sorted|ordered) by (?:file ?)?name\b|\border of (?:the )?file ?names?\b|\balphabetical(?:ly)?\b|按文件名"#) {
            // "all the kids photos sorted by name, then the campfire video at the end": the pictures sorted, the clip where it was put.
            let stillsSorted = has(c, #"\b(?:photos?|pictures?|pics?|images?|stills?)\b[^,.;]{0,12}?\b(?:sorted|ordered|in (?:[\w-]+ )?order|alphabetical)"#)
            let loose = files.indices.filter { !isAudio(files[$0]) && mentions(files[$0], in: c, context: context, own: true).isEmpty
                && (!stillsSorted || EditOperation.looksLikeStill(files[$0])) }
            let sorted = loose.map { files[$0] }.sorted { ($0 as NSString).lastPathComponent.localizedStandardCompare(($1 as NSString).lastPathComponent) == .orderedAscending }
            for (k, i) in loose.enumerated() { files[i] = sorted[k] }
        }
        // "in order 42, 47, 43" (DJI_0042, DJI_0043, DJI_0047): numbers that each name one file put those files in that order.
        if let m = Numbers.firstMatch(#"\b(?:in (?:the |this )?order|order(?: them)?(?: is| as| like)?)\s*:?\s*(\d+(?:\s*(?:,|then|and|->|→|>)\s*\d+)+)\b"#, in: c) {
            let numbers = Numbers.allMatches(#"\d+"#, in: m[1]).compactMap { Int($0.groups[0]) }
            let picked = numbers.compactMap { n -> String? in
                let hits = files.filter { p in !isAudio(p) && Numbers.allMatches(#"\d+"#, in: (p as NSString).lastPathComponent).contains { Int($0.groups[0]) == n } }
                return hits.count == 1 ? hits[0] : nil
            }
            if picked.count == numbers.count, Set(picked).count == picked.count {
                let slots = files.indices.filter { picked.contains(files[$0]) }
                for (k, i) in slots.enumerated() { files[i] = picked[k] }
            }
        }
        // "newest first", "most recent first": the last added leads.
        if has(c, #"\b(?:newest|latest|most recent|last (?:uploaded|added)) (?:ones? |photos? |pics? |clips? )?first\b|\boldest (?:ones? |photos? |pics? |clips? )?last\b"#) {
            let visuals = files.filter { !isAudio($0) }
            files = Array(visuals.reversed()) + files.filter(isAudio)
        }
        // "quick promo of the two pics, no jingle": a sound refused by a word of its name stays out.
        files.removeAll { p in
            let stem = (((p as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
            return isAudio(p) && (namePart(stem) + [stem]).contains { part in
                has(c, #"\b(?:no|without|skip|minus|(?:don'?t|dont|do not) (?:add|use|want|need|put))(?: the| any| that| a| my| our)? \#(NSRegularExpression.escapedPattern(for: part))s?\b(?! (?:volume|louder|quieter|up|down|fades?|cut|stop\w*|end\w*)\b)"#)
            }
        }
        // "dont add music", "no music please": the sounds stay out unless one is named for the voice.
        guard has(c, refusesMusic) else { return files }
        let named = context.media.filter { isAudio($0) && !mentions($0, in: c, context: context, own: true).isEmpty }
        return files.filter { !isAudio($0) || (named.contains($0) && !has(c, #"\b(?:no|without|don'?t|do not)\b[^,.;]{0,20}\b(?:music|songs?|bgm)\b"#)) }
    }

    /// "a before and after video", "each before pic right before its after pic - hood first, then
    /// interior": files named "<subject>_before" / "<subject>_after" go in pairs, before then after, the
    /// subjects in the order said (else as they came); other files keep their places.
    static func pairedBeforeAfter(_ files: [String], _ c: String, media: [String]) -> [String] {
        guard has(c, #"\bbefores? (?:and|&|n|\+|/|then|vs\.?|or|(?:right |just )?before) (?:(?:the|its|their) )?afters?\b|\bbefore[- /&]+after\b|\beach before\b"#) else { return files }
        var subjects: [String] = [], pairs: [String: (before: String?, after: String?)] = [:]
        for p in files where !isAudio(p) {
            let parts = (((p as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
                .split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " }).map(String.init)
            guard let k = parts.firstIndex(where: { $0 == "before" || $0 == "after" }), parts.count > 1 else { continue }
            let subject = parts.enumerated().filter { $0.offset != k }.map(\.element).joined(separator: " ")
            if pairs[subject] == nil { subjects.append(subject) }
            if parts[k] == "before" { pairs[subject, default: (nil, nil)].before = pairs[subject]?.before ?? p } else { pairs[subject, default: (nil, nil)].after = pairs[subject]?.after ?? p }
        }
        let paired = subjects.filter { pairs[$0]?.before != nil && pairs[$0]?.after != nil }
        guard !paired.isEmpty else { return files }
        func said(_ subject: String) -> Int {
            subject.split(separator: " ").compactMap { w in
                Numbers.allMatches(#"\b\#(NSRegularExpression.escapedPattern(for: String(w)))\b"#, in: c).first?.location
            }.min() ?? Int.max
        }
        func uploaded(_ subject: String) -> Int { media.firstIndex { $0 == pairs[subject]?.before || $0 == pairs[subject]?.after } ?? Int.max }
        let order = paired.sorted { (said($0), uploaded($0)) < (said($1), uploaded($1)) }
        let block = order.flatMap { [pairs[$0]!.before!, pairs[$0]!.after!] }
        var out: [String] = []
        for p in files {
            if block.contains(p) { if !out.contains(block[0]) { out += block } } else { out.append(p) }
        }
        return out
    }

    /// "a vertical promo 🔥 flyer first": an emoji between words read as a comma, so "promo flyer" is never one thing.
    static func emojiAsCommas(_ text: String) -> String {
        replacing(text, #"\s*[\p{So}\u200d\ufe0f]+\s+(?=\p{L})"#, ", ")
    }

    /// The words with what is quoted blanked out (same length): 'Title it "Thank You, Volunteers!"' names
    /// no file; a quoted file name ("use 'beach.jpg' first") stays.
    static func blankingQuotes(_ text: String, context: PlannerContext) -> String {
        let pairs: [Character: Character] = ["\"": "\"", "“": "”", "'": "'", "‘": "’", "「": "」", "『": "』", "《": "》"]
        let files = context.media.map { ($0 as NSString).lastPathComponent.lowercased() }
        var out = "", quoted = "", closer: Character?, previous: Character = " "
        for ch in text {
            defer { previous = ch }
            if let c = closer {
                guard ch == c else { quoted.append(ch); continue }
                let lowered = quoted.lowercased()
                out += files.contains(where: lowered.contains) ? quoted : String(repeating: " ", count: quoted.utf16.count)
                out.append(ch)
                quoted = ""
                closer = nil
            } else {
                if let close = pairs[ch], ch != "'" || previous == " " || previous == ":" { closer = close }
                out.append(ch)
            }
        }
        // A quote left open is no quote.
        return closer == nil ? out : text
    }

    /// An order by time or number ("in order of the match minute", "in chronological order", "sorted by the
    /// time", "in the order they happened", "earliest first"), read from the numbers in the names.
    static let byNumbersInNames = #"\b(?:in|by) (?:the )?order of (?:the )?(?:(?:match|game|race|event|clip|file) )?(?:minutes?|times?|timestamps?|numbers?|dates?|days?)\b|\b(?:minute|number|numbered|time|timestamp|date|chronological|kick-?off) order\b|\bchronologically\b|\b(?:sort|sorted|order|ordered|arrange|arranged)(?: (?:them|it|these|the (?:clips|photos|pics|videos|files)))? by (?:the )?(?:(?:match|game) )?(?:minutes?|times?|timestamps?|numbers?|dates?)\b(?! (?:of|is|was|we|they|it|you|i)\b)|\bin the order (?:they|it|things|everything) happened\b|\bearliest (?:one |clip |minute |moment |goal |photo |pic )?first\b"#

    /// "no music", "without a soundtrack", "dont add music", "no bgm pls", "不要音乐", "不配乐" (never "I don't want the
    /// music cut off at the end", "no music stopping halfway": how it should play).
    static let refusesMusic = #"\b(?:no|without|(?:don'?t|dont|do not|never) (?:add|use|want|need|put|include)(?: (?:any|in|on))?)\b(?: (?!and\b|with\b|but\b|plus\b|then\b|just\b|only\b|add\b|keep\b)[\w&-]+){0,2}? (?:music|songs?|bgm|soundtrack|tunes?|background (?:music|track|audio))\b(?! (?:volume|louder|quieter|up|down|fades?|fading|loop\w*)\b)(?! (?:to )?(?:get |be |being |getting )?(?:cut(?:ting)? off|cut short|chopped(?: off)?|stop(?:ping|s)?|end(?:ing|s)?|too|so)\b)|\b(?:we|you|it) (?:just |please |maybe |simply )?(?:not have|not use|do without|go without|manage without) (?:any |the )?(?:music|songs?|bgm|soundtrack|background music)(?: at all)?\s*[?.!]*$|不要(?:背景)?音乐|不用(?:背景)?音乐|不配乐|不要配乐|没有音乐|无音乐"#

    /// Every mention of the file is a word naming what kind of video is made: "the rain ambience … travel recap",
    /// `afterArticle`: "a trip video", "an epic road montage" (never "the beach video").
    static func saidAsKind(_ p: String, in c: String, context: PlannerContext, afterArticle: Bool = false) -> Bool {
        let at = mentions(p, in: c, context: context)
        return !at.isEmpty && at.allSatisfy { at in
            has((c as NSString).substring(from: at), #"^[\w'-]+ (?:recap|video|vid|reel|montage|slideshow|highlights?|film|movie|teaser|promo|vlog)\b"#)
                && (!afterArticle || has((c as NSString).substring(to: at), #"\b(?:a|an)(?: [a-z'-]+)? $"#))
        }
    }

    /// A word of a picture's name said at `at` as a song's name ("the happy birthday song") or as the kind of video
    /// made ("a birthday video"): it neither names nor places that picture.
    static func namesAnotherThing(_ at: Int, _ c: String) -> Bool {
        let ns = c as NSString
        // (Not "van pic n logo w jingle", "the job pics music jingle": a file, then the song.)
        return has(ns.substring(from: at), #"^[\w'-]+(?: (?!(?:w|with|and|n|plus|then|pics?|photos?|pictures?|images?|clips?|videos?|vids?|shots?|ones?)\b)[\w'-]+)? (?:song|track|tune|soundtrack)s?\b"#)
            || (has(ns.substring(to: at), #"\b(?:a|an)(?: [a-z'-]+)? $"#) && has(ns.substring(from: at), #"^[\w'-]+ (?:video|vid|reel|montage|slideshow|film|movie)\b"#))
    }

    static func composeFiles(_ c: String, context: PlannerContext) -> [String] {
        var visuals = context.media.filter { !isAudio($0) }
        let sounds = context.media.filter(isAudio)
        var named = namedMedia(c, context: context)
        // A sound named as the voiceover is not the music.
        let namedSounds = sounds.filter { p in
            guard let at = mention(p, in: c, context: context) else { return false }
            return !has((c as NSString).substring(from: at), #"^\S+ (?:as|for) (?:the |a )?(?:voice ?-?over|narration|voice)"#)
                // "60s travel recap: …, the rain ambience track" (lofi_travel.mp3): a word said as the video's kind names no sound.
                && !saidAsKind(p, in: c, context: context)
        }
        // "make a trip video" (road_trip_car.mp4 among the trip's files): a word said as the kind of video a new one is
        // names no picture or clip ("the beach video" still names beach.mp4).
        named.removeAll { p in saidAsKind(p, in: c, context: context, afterArticle: true) }
        // "the happy birthday song" (emma_birthday_cake.jpg beside happy_birthday_song.mp3): a word said as a song's
        // name names no picture.
        if !sounds.isEmpty {
            named.removeAll { p in mentions(p, in: c, context: context, own: true).isEmpty && mentions(p, in: c, context: context).allSatisfy { namesAnotherThing($0, c) } }
        }
        // A recorded message (grandma_message.m4a, dad_voice_memo.m4a) or a sound effect (intro_sting.wav, whoosh.wav)
        // beside a song is not more music.
        let messages = sounds.filter { p in
            !namedSounds.contains(p) && has((p as NSString).lastPathComponent.lowercased(), #"(?:^|[_\-. ])(?:message|msg|memo|voicemail|voicenote|sting|sfx|fx|whoosh|swoosh|ding|chime|beep|click|applause|laugh(?:ter)?)s?(?:[_\-. \d]|$)"#)
        }
        let voiceSounds = sounds.filter { p in mention(p, in: c, context: context) != nil && !namedSounds.contains(p) }
            + (messages.count < sounds.count ? messages : [])
        let musicWords = has(c, #"music|\bsongs?\b|soundtrack|\baudio\b|\bbgm\b|\btrack\b|\bmp3\b|音乐|歌"#)
        // (Not "The couple is going to cry, I just know it": a "just" that only says how sure someone is.)
        let only = has(c, #"\bonly\b|\bjust\b(?! (?:know|knew|think|thought|feel|felt|love|loved|adore|hope|realized|realised|noticed|saw|can'?t|cannot|had|wanted to say|want to say|wanna say)\b)|只用|只要"#)
        // "every file", "60 second video from everything": all of the media, whatever else is named.
        let everything = !only && (has(c, #"\bevery (?:file|thing|single one)\b|(?<!between )(?<!on )(?<!to )(?<!over )(?<!across )(?<!under )(?<!beneath )(?<!behind )(?<!below )(?<!underneath )\beverything\b|\ball (?:of )?(?:the |my |these )?(?:files|media|uploads)\b|\ball of (?:them|these|it)\b"#)
            // "from the three files in order" (three files given): all of them, whatever a part of one name is said of
            // ("keep the orchestra's own sound" beside orchestra_bow.jpg made the video of that picture alone).
            || Numbers.firstMatch(#"\b(?:all )?(?:the |my |our |these |those |all )(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:files|uploads|media files|items)\b"#, in: c)
                .flatMap { Numbers.english($0[1]) }.map { Int($0) == context.media.count || Int($0) == visuals.count } == true)
        // "用hk开头的素材", "the files whose names start with hk": the files named so.
        if let m = Numbers.firstMatch(#"(?<![a-z0-9_])([a-z0-9_]{2,})\s*开头的|\bnames? (?:start|starts|starting|begin|begins|beginning) with ['"]?([a-z0-9_]{2,})\b"#, in: c) {
            let picked = visuals.filter { ($0 as NSString).lastPathComponent.lowercased().hasPrefix(m[1] + m[2]) }
            if !picked.isEmpty, picked.count < visuals.count {
                return picked + (namedSounds.isEmpty ? (musicWords ? sounds : []) : namedSounds).filter { !voiceSounds.contains($0) }
            }
        }
        // "everything except clip2", "I don't need photo2": files named after such words are left out.
        // (Within the sentence: "my hands are not so good … make a video of the garden pictures" leaves nothing out;
        // a bare "not" only right before the name: "(not the dog one tho)".)
        let cuts = Numbers.allMatches(#"\b(?:except|but not|without|minus|leave out|leaving out|skip|skipping|apart from|other than|all but|not|exclude|excluding)\b|除了|不要|不用"#, in: c)
        if !cuts.isEmpty {
            let ns = c as NSString
            let excluded = visuals.filter { p in mentions(p, in: c, context: context).contains { at in cuts.contains { m in
                // (A full stop ends the sentence; the dot of a file's name between does not: "without intro.mp4 and demo.mov".
                // What is wanted, said next, ends it too: "skip fail.mov lmao, just the clutch and the noscope".)
                let after = m.location + (m.groups[0] as NSString).length
                guard at > m.location, at >= after,
                      !has(ns.substring(with: NSRange(location: after, length: at - after)), #"[!?;。！？；]|\.(?!\w)|,\s*(?:(?:and|but|so) )?(?:just|only|use|using|keep|keeping|then|plus|with|add|adding|include|including|put|i want|we want|want)\b|\b(?:but|then|only|just)\b"#) else { return false }
                return m.groups[0] != "not" || at - m.location <= 24
            } } }
            if !excluded.isEmpty, excluded.count < visuals.count {
                visuals.removeAll { excluded.contains($0) }
                named.removeAll { excluded.contains($0) }
            }
        }
        // "dont use the notes pic", "no receipt photo", "(omit feature3.png)": a file named right after a refusal of it.
        let refused = visuals.filter { p in mentions(p, in: c, context: context).contains { at in
            has((c as NSString).substring(to: at), #"\b(?:don'?t|dont|do not|never|no|not the) (?:use |include |add |need |want |put in )?(?:the |my |that |this |any )?$|\b(?:omit|omitting|exclude|excluding|skip|skipping|leave out|leaving out|minus|drop|dropping|remove|removing|delete|take out|get rid of)(?: the| my)? $"#)
        } }
        // "no logo though", "without the receipt": a part of one file's name (a common word too) after a refusal.
        let refusedByPart = visuals.filter { p in
            let stem = (((p as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
            return namePart(stem).contains { part in
                part.count >= 4 && visuals.filter({ namePart(((($0 as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension).contains(part) }).count == 1
                    && (has(c, #"\b(?:no|without|except|excluding|minus|skip|not the)(?: the| my| our| any| that| this)? \#(NSRegularExpression.escapedPattern(for: part))s?\b(?! (?:music|song|track|sound|audio|volume))"#)
                        // "all the photos, leave the logo out": that one left out.
                        || has(c, #"\b(?:leave|leaving|keep|keeping|take|taking)(?: the| my| our| that| this)? \#(NSRegularExpression.escapedPattern(for: part))s?(?: (?:pic|photo|picture|image|one|shot|file)s?)? out\b"#)
                        // "the 4 car pics, logo comes later", "save the logo for later": not in it yet.
                        || has(c, #"\b\#(NSRegularExpression.escapedPattern(for: part))s?(?: (?:pic|photo|picture|image|one|shot|clip|file)s?)? (?:comes?|will come|can come|goes|will go|can go|(?:gets?|will get|is|will be|can be) added|(?:is |are )?for)(?: in| on)? later\b|\b\#(NSRegularExpression.escapedPattern(for: part))s? later\b|\b(?:save|keep|leave)(?: the| my| our)? \#(NSRegularExpression.escapedPattern(for: part))s?(?: (?:pic|photo|picture|image|one|shot|clip|file)s?)? for later\b"#))
            }
        }
        // "all photos but not the clips", "everything except the videos", "leave out the pictures": a kind left out.
        let kindCut = #"\b(?:but not|not|without|except(?: for)?|excluding|minus|leave out|leaving out|skip|skipping|no|apart from|other than|exclude)(?: the| any| my| our| all the)? "#
        let leaveVideos = has(c, kindCut + #"(?:video ?clips?|clips?|videos?|footage|movies?|mp4s?)\b(?! (?:clip|file|intro|outro|transitions?|length|being|is|are|to|too|getting|size|format|sound|audio|music))"#)
        let leavePictures = has(c, kindCut + #"(?:photos?|pictures?|pics?|images?|stills?|jpe?gs?|pngs?)\b(?! (?:of|from|clip|file|cropped|cut|being|is|are|to|too))"#)
        let kindsLeftOut = leaveVideos == leavePictures ? [] : visuals.filter { EditOperation.looksLikeStill($0) == leavePictures }
        let leftOut = leftOutAfter(c, context: context) + refused + refusedByPart + kindsLeftOut
        if !leftOut.isEmpty, leftOut.count < visuals.count {
            visuals.removeAll { leftOut.contains($0) }
            named.removeAll { leftOut.contains($0) }
        }
        // "Ceremony teaser …: vows.mp4 then details_rings.jpg, nothing else": beside files named whole,
        // a file that only a single word of its name points at ("ceremony") is not one of them;
        // two words of its name together ("jayden goal") still name it.
        if named.contains(where: { !mentions($0, in: c, context: context, own: true).isEmpty }) {
            let weak = named.filter { p in
                // ("Skyline 5 seconds, desert safari 3 seconds, Burj 3 seconds": a name said with its own length is meant.)
                if mentions(p, in: c, context: context).allSatisfy({ at in
                    has((c as NSString).substring(from: at), #"^[\w'-]+(?: [\w'-]+)? \d+(?:\.\d+)? ?(?:s|secs?|seconds?)\b"#)
                }) { return false }
                // "Ceremony teaser, … vows.mp4 then details_rings.jpg": a bare name said as what kind of video it is.
                let file = (p as NSString).lastPathComponent.lowercased()
                if !c.contains(file), mentions(p, in: c, context: context).allSatisfy({ at in
                    has((c as NSString).substring(from: at), #"^[\w'-]+ (?:teaser|trailer|recap|highlights?|promo|reel|montage|edit|film|movie|story)\b"#)
                }) { return true }
                // ("Easter video please, choir.jpg and cross.jpg only" beside easter_sunrise.mp4: the video made, never "the
                // beach video", which is the clip.)
                if !c.contains(file), !has(c, #"\b\#(NSRegularExpression.escapedPattern(for: (file as NSString).deletingPathExtension))\b"#),
                   mentions(p, in: c, context: context).allSatisfy({ at in
                    has((c as NSString).substring(to: at), #"(?:^|[,.;:!?]\s*|\b(?:a|an|my|our|this|the whole)\s+)$"#)
                        && has((c as NSString).substring(from: at), #"^[\w'-]+ (?:video|vid|slideshow)\b"#)
                }) { return true }
                guard mentions(p, in: c, context: context, loose: false).isEmpty else { return false }
                let stem = (((p as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
                // ("the jackson TD" for td_run_jackson.mp4: a two-letter part counts beside another.)
                let parts = (namePart(stem).filter { $0.count >= 3 } + shortParts(stem)).map { NSRegularExpression.escapedPattern(for: $0) }
                return !parts.contains { a in parts.contains { b in a != b && has(c, #"\b\#(a)(?:'?s)?\s+(?:\w+\s+)?\#(b)(?:'?s)?\b"#) } }
            }
            if weak.count < named.count { named.removeAll { weak.contains($0) } }
        }
        // (A word every picture's name has, "a video for emma's 5th birthday", leaves them all to the other words.)
        let forWhat = named.filter { namesWhatItIsFor($0, c, context: context) }
        named.removeAll { isTheme($0, c, context: context) || describesTheUploads($0, c, context: context) || (forWhat.contains($0) && forWhat.count < visuals.count) }
        if named.count == 1, visuals.count > 1, namesTheVideo(named[0], c, context: context) { named = [] }
        if namesMostUploads(named, visuals: visuals, c) { named = [] }
        // "kitchen gets 8 seconds, every other room 4", "the intro first, then the rest": every upload, the named ones placed.
        // (With a length for the others; "s4.jpg, s2.jpg, then the rest" keeps its order.)
        if !named.isEmpty, has(c, #"\b(?:every|each|all(?: the)?) other(?: one| [a-z]+)? (?:gets? |at |for |stays? )?\d|\bthe (?:rest|others|other ones)(?: (?:get|gets|at|for|stay|stays))? \d|\b(?:everything else|all the rest)(?: (?:gets?|at|for))? \d"#),
           !has(c, #"\b(?:only|just)\b"#) { named = [] }
        // "before and after video. 20 sec. title Sunpath Solar" (before_1.jpg, after_1.jpg, …, logo.png): the kind of
        // video, every file in it (the pairs kept together), never the before/after files alone.
        if !named.isEmpty, has(c, #"\bbefores? ?(?:and|&|n|/|-|\+|vs\.?) ?afters? (?:video|vid|reel|slideshow|montage|post|edit|comparison|clip|promo)s?\b"#),
           !has(c, #"\b(?:only|just)\b"#) {
            // ("a before & after reel for max": max's pair, named by "max".)
            let phrases = Numbers.allMatches(#"\bbefores? ?(?:and|&|n|/|-|\+|vs\.?) ?afters?\b"#, in: c).map { NSRange(location: $0.location, length: ($0.groups[0] as NSString).length) }
            if named.allSatisfy({ p in mentions(p, in: c, context: context).allSatisfy { at in phrases.contains { NSLocationInRange(at, $0) } } }) { named = [] }
        }
        // "make it vertical … and speed up the warmup 2x": files named only as what another edit changes pick
        // none out (all of them go in), nor take a place ("from the steps and speed up step2_saute 3x").
        let editedOnly = named.filter { p in
            let found = mentions(p, in: c, context: context)
            return !found.isEmpty && found.allSatisfy { changedByAnotherEdit($0, c) }
        }
        if !editedOnly.isEmpty, editedOnly.count == named.count { named = [] }
        // "make a video from the photos, p3.jpg for 6 seconds": the group said, files named only for a length of
        // their own pick none out either (never "a video of p1.jpg for 3 s and p2.jpg for 5 s", nor "just the photos, …").
        if !named.isEmpty, has(c, #"\b(?:from|of|with|using|use) (?:all )?(?:of )?(?:the |my |our |these |those )?(?:photos|pictures|pics|images|stills|slides|shots|files)\b"#),
           !has(c, #"\b(?:only|just)\b"#),
           named.allSatisfy({ p in
               let found = mentions(p, in: c, context: context)
               return !found.isEmpty && found.allSatisfy { at in
                   has((c as NSString).substring(from: at), #"^[\w.'-]+ (?:(?:for|at|gets?|stays?|shows?(?: for)?|lasts?|held for|:) )?(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber)) ?(?:s|secs?|seconds?)\b"#)
               }
           }) { named = [] }
        let narrowed = narrowedByParts(named, c, context: context)
        named = narrowed.files
        // "photos only, no drone footage", "(just the pics)", "every clip, no stills": one kind of file.
        let kindOnly: ((String) -> Bool)? =
            has(c, #"\b(?:photos|pictures|pics|images|stills) only\b|\b(?:only|just) (?:the |my )?(?:photos|pictures|pics|images|stills)\b|\bno (?:\w+ )?(?:clips|videos|vids|footage|video clips)\b"#) ? EditOperation.looksLikeStill
            : has(c, #"\b(?:clips|videos|vids|footage) only\b|\b(?:only|just) (?:the |my )?(?:clips|videos|vids|footage)\b|\bno (?:stills|photos|pictures|pics|images)\b"#) ? { !EditOperation.looksLikeStill($0) } : nil
        if let kindOnly, visuals.contains(where: kindOnly), !visuals.allSatisfy(kindOnly) {
            visuals = visuals.filter(kindOnly)
            if named.contains(where: kindOnly) { named = named.filter(kindOnly) } else { named = [] }
        }
        // "用儿子的几张照片", "只用女儿的照片": 照片 is never a clip, so a name part said as "…的照片"
        // names that part's pictures, not its clips (儿子_跑步.mp4).
        let picturesOnly = named.filter { p in
            !EditOperation.looksLikeStill(p) && mentions(p, in: c, context: context, own: true).isEmpty
                && mentions(p, in: c, context: context).allSatisfy { at in
                    has((c as NSString).substring(from: at), #"^[^，,。、和跟与及视]{2,8}?的(?:几|这|那|些|所有|全部|[两三四五六七八九十\d])*张?(?:照片|图片)"#)
                }
        }
        if !picturesOnly.isEmpty, named.contains(where: EditOperation.looksLikeStill) { named.removeAll { picturesOnly.contains($0) } }
        // "the three product stills (serum, moisturizer, toner)": pictures asked for, and no clip word
        // anywhere, so serum_texture.mp4 (named only by the part it shares with serum_hero.jpg) is not meant.
        if named.contains(where: EditOperation.looksLikeStill), has(c, stillGroup),
           !has(c, #"\bclips?\b|\bvids?\b|\bfootage\b|\bvideos\b|\bmp4s?\b|\bmovs?\b|\brecordings?\b|视频|片段"#) {
            let sharedOnly = named.filter { p in
                guard !EditOperation.looksLikeStill(p), mentions(p, in: c, context: context, own: true).isEmpty else { return false }
                let others = Set(named.filter { $0 != p }.flatMap { mentions($0, in: c, context: context) })
                return mentions(p, in: c, context: context).allSatisfy(others.contains)
            }
            if sharedOnly.count < named.count { named.removeAll { sharedOnly.contains($0) } }
        }
        let stills = visuals.filter(EditOperation.looksLikeStill)
        let clips = visuals.filter { !stills.contains($0) }
        // "the three office photos", "the two gameplay clips", "then the rooms" (office_lobby.jpg, team_standup.jpg, …):
        // a word of one file's name said as a group of its kind is every file of that kind, in the order they came
        // (a count said must be theirs); "the office photo", "the beach photos" (beach1, beach2), "the wheel and glaze photos"
        // (another file of that kind named) keep their files.
        var groupPlace: [String: Int] = [:]
        for p in named where mentions(p, in: c, context: context, own: true).isEmpty {
            let pool = EditOperation.looksLikeStill(p) ? stills : clips
            let found = mentions(p, in: c, context: context)
            guard pool.count >= 2, let at = found.first,
                  let group = groupWordAt(at, c, parts: namePart(((((p as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension)), still: pool == stills),
                  !named.contains(where: { $0 != p && pool.contains($0) }),
                  group.count.map({ $0 == pool.count }) ?? true else { continue }
            for q in pool where groupPlace[q] == nil && (q == p || !named.contains(q)) { groupPlace[q] = at }
        }
        named += visuals.filter { groupPlace[$0] != nil && !named.contains($0) }
        // "Photos in this order: mug_front, mug_side, glaze_closeup": the list is the video, whatever
        // else the words named ("my new mugs"); "Order: lifestyle, front." the same, as a heading.
        if let m = Numbers.allMatches(#"(?:\bin (?:this|that|the following|the same) order(?: (?:please|pls|plz|plis))?|(?:^|[.;\n]\s*)(?:the )?(?:order|sequence)(?: (?:is|should be|will be))?)\s*[:：]\s*([^.\n;]+)"#, in: c).first {
            let from = m.location + (m.groups[0] as NSString).length - (m.groups[1] as NSString).length
            let end = m.location + (m.groups[0] as NSString).length
            var listed = visuals.compactMap { p in
                mentions(p, in: c, context: context).filter { $0 >= from && $0 < end }.min().map { ($0, p) }
            }.sorted { $0.0 < $1.0 }.map(\.1)
            if listed.count >= 2 {
                let rest = has(m.groups[1], #"\b(?:the rest|everything else|the others)\b"#) ? visuals.filter { !listed.contains($0) } : []
                // (Every picture and clip listed, "in this order: the entrance, …, and finally the amphora detail": the one
                // song uploaded with them is the music, as for a video made of all the uploads.)
                // ("in this order: y bwthyn first, then the sheep on the mountain, …": the places described take the files not named.)
                if rest.isEmpty, let filled = filledOrderSlots(listed, c, visuals: visuals, context: context) { listed = filled }
                let everyVisual = Set(listed + rest) == Set(visuals) && sounds.count == 1
                let chosenSounds = namedSounds.isEmpty ? (musicWords || everyVisual ? sounds : []) : namedSounds
                return listed + rest + chosenSounds.filter { !voiceSounds.contains($0) }
            }
        }
        // "model photographs 1 to 4", "slides 2-3": the files of that kind numbered so.
        if let m = Numbers.firstMatch(#"\b(photos|pictures|pics|images|slides|clips|videos|shots|figures|files|stills)(?: #| no\.?)? ?(\d+) ?(?:to|through|thru|until|-|–) ?#?(\d+)\b(?! ?(?:s|secs?|seconds?|%)\b)"#, in: c),
           let a = Int(m[2]), let b = Int(m[3]), b > a {
            let pool = has(m[1], "clip|video") ? clips : has(m[1], "file") ? visuals : stills
            let picked = pool.filter { p in
                let stem = (((p as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
                return Numbers.firstMatch(#"(\d+)$"#, in: stem).flatMap { Int($0[1]) }.map { (a...b).contains($0) } ?? false
            }
            if picked.count >= 2, picked.count < visuals.count {
                return picked + (musicWords || !namedSounds.isEmpty ? (namedSounds.isEmpty ? sounds : namedSounds) : [])
            }
        }
        // "the first three photos", "the last 2 clips"
        if let found = Numbers.allMatches(#"\b(first|last) (two|three|four|five|six|seven|eight|nine|ten|\d+) (photos|pictures|pics|images|clips|videos)\b"#, in: c).first,
           let n = Numbers.english(found.groups[2]).map(Int.init), n > 0 {
            let m = found.groups
            let pool = has(m[3], "photo|picture|pic|image") ? stills : clips
            var picked = m[1] == "first" ? Array(pool.prefix(n)) : Array(pool.suffix(n))
            // "… and the clip": the one clip there is.
            if has(c, #"\bthe (?:clip|video)\b"#), clips.count == 1, !picked.contains(clips[0]) { picked.append(clips[0]) }
            // "only the first three clips + the group photo at the end": a file named beside them, where it is said
            // (or placed).
            let extra = named.filter { !picked.contains($0) && !mentions($0, in: c, context: context).isEmpty }
            let before = extra.filter { p in mentions(p, in: c, context: context).allSatisfy { $0 < found.location } }
            picked = placedAtEnds(before + picked + extra.filter { !before.contains($0) }, c, clips: clips, context: context)
            if !picked.isEmpty { return picked + (musicWords || !namedSounds.isEmpty ? (namedSounds.isEmpty ? sounds : namedSounds) : []) }
        }
        // "the second video and the three photos", "第二个视频和三张照片": files by their place among their kind.
        var byPlace: [(Int, String)] = []
        // "第一张和第三张照片": ordinals sharing the noun said after the last of them ("只用第一张和第三张": pictures).
        // Not "first image 6 seconds": a place given a length picks nothing out.
        // "the 2nd and 4th pictures", "the second and the third photo": ordinals sharing the noun said after the last.
        let ordinal = #"first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th"#
        for m in Numbers.allMatches(#"(?<![\w-])(?<!\d )(?<!\d-)(?:the )?(first|second|third|fourth|fifth|sixth|last|1st|2nd|3rd|4th|5th|6th) (clip|video|vid|photo|picture|pic|image)s?\b(?! (?:is |for |at |gets )?\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)\b)|第([一二三四五六七八九\d])(?:个|段|张)(?=(?:(?:和|、|跟|与|及|还有)第[一二三四五六七八九\d](?:个|段|张))*(视频|照片|图片|(?<=张)))|(?<![\w-])(\#(ordinal))(?=(?:,? (?:and|&|or) (?:the )?(?:\#(ordinal))|, (?:the )?(?:\#(ordinal)))+ (clip|video|vid|photo|picture|pic|image)s?\b)"#, in: c) {
            // ("只用第一张和第三张": 张 counts pictures, the noun left unsaid.)
            let isStillWord = has(m.groups[2] + m.groups[4] + m.groups[6], #"photo|picture|pic|image|照片|图片"#) || (!m.groups[3].isEmpty && m.groups[4].isEmpty)
            let pool = isStillWord ? stills : clips
            let word = m.groups[1].isEmpty ? m.groups[5] : m.groups[1]
            let n = !word.isEmpty ? ordinalValue(word) : Numbers.chinese(m.groups[3]).map { Int($0) - 1 }
            guard let n, !pool.isEmpty else { continue }
            let i = n < 0 ? pool.count - 1 : n
            if pool.indices.contains(i) { byPlace.append((m.location, pool[i])) }
        }
        // "use photo 1 and 3 only", "pics 2, 3 and 5", "clip 2 and photo 1": files by their number among their kind
        // (never a length, "photo 1 5 seconds").
        for m in Numbers.allMatches(#"(?<![\w-])(clip|video|vid|photo|picture|pic|image)s?(?: #?| ?#)([1-9])\b((?:\s*(?:,|and|&|\+)\s*(?:(?:the )?(?:clip|video|vid|photo|picture|pic|image)s?(?: #?| ?#))?#?[1-9]\b)*)\#(numberNotLength)"#, in: c) {
            let numbers = Numbers.allMatches(#"(?:(clip|video|vid|photo|picture|pic|image)s? ?)?#?([1-9])\b"#, in: m.groups[0])
            var kind = m.groups[1]
            for (k, n) in numbers.enumerated() {
                if !n.groups[1].isEmpty { kind = n.groups[1] }
                let pool = has(kind, #"photo|picture|pic|image"#) ? stills : clips
                guard let i = Int(n.groups[2]).map({ $0 - 1 }), pool.indices.contains(i) else { continue }
                byPlace.append((m.location + k, pool[i]))
            }
        }
        if !byPlace.isEmpty, named.isEmpty {
            var placed = byPlace
            // Not the noun the ordinals share ("the 2nd and 4th pictures").
            func afterOrdinal(_ at: Int) -> Bool {
                has((c as NSString).substring(to: at), #"\b(?:\#(ordinal)) $"#)
            }
            if let m = Numbers.allMatches(#"\b(?:the |all (?:the )?|these )?(?:\d+ |two |three |four |five )?(?:photos|pictures|pics|images|stills)\b|(?<!第)[两三四五六\d]张(?:照片|图片)|所有(?:照片|图片)"#, in: c).first,
               !byPlace.contains(where: { $0.0 == m.location }), !afterOrdinal(m.location) { placed += stills.map { (m.location, $0) } }
            if let m = Numbers.allMatches(#"\b(?:the |all (?:the )?|these )?(?:clips|videos|vids)\b|所有视频"#, in: c).first,
               !byPlace.contains(where: { $0.0 == m.location }), !afterOrdinal(m.location) { placed += clips.map { (m.location, $0) } }
            var ordered: [String] = []
            for (_, p) in placed.sorted(by: { $0.0 < $1.0 }) where !ordered.contains(p) { ordered.append(p) }
            // "只用第1张和第4张照片，先放第4张": the one said to go first leads.
            if let m = Numbers.firstMatch(#"先放第([一二三四五六七八九\d])张"#, in: c), let n = Numbers.chinese(m[1]).map({ Int($0) - 1 }),
               stills.indices.contains(n), let k = ordered.firstIndex(of: stills[n]) {
                ordered.insert(ordered.remove(at: k), at: 0)
            }
            return ordered + (musicWords || !namedSounds.isEmpty ? (namedSounds.isEmpty ? sounds : namedSounds) : [])
        }
        // "photos first, then the videos", "先放照片，再放视频": groups in the order said.
        // ("first the two photos, then the video at the end": the one clip, said as "the video".)
        // ("first the two photos, then the video at the end", "the photos, the video last": the one clip, said as "the video".)
        let loneClip = clips.count == 1 ? Numbers.allMatches(loneClipInOrder, in: c).first?.location : nil
        if named.isEmpty, let s = Numbers.allMatches(stillGroup, in: c).first?.location, let v = Numbers.allMatches(clipGroup, in: c).first?.location ?? loneClip,
           !stills.isEmpty, !clips.isEmpty, loneClip != nil || has(c, #"\b(first|then|followed by|after|before)\b|先|再|然后"#) {
            let chosenSounds = namedSounds.isEmpty ? sounds : namedSounds
            return placedAtEnds(s < v ? stills + clips : clips + stills, c, clips: clips, context: context) + chosenSounds.filter { !voiceSounds.contains($0) }
        }
        guard !named.isEmpty else {
            let chosenSounds = namedSounds.isEmpty ? sounds : namedSounds
            // "all the dish photos", "the food pics" (margherita.jpg, tacos.jpg beside interior.jpg, logo.png): the
            // pictures of food, by what their names say.
            if has(c, #"\b(?:dish|dishes|food|foods|meal|meals|menu item|plate|plates)s? (?:photos|pictures|pics|images|shots|stills)\b|\b(?:photos|pictures|pics|images|shots) of (?:the |our |my )?(?:food|dishes|meals)\b"#) {
                let food = stills.filter { p in
                    (((p as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
                        .split(whereSeparator: { !$0.isLetter }).contains { foodWords.contains(String($0)) || foodWords.contains(String($0.dropLast())) }
                }
                if food.count >= 2, food.count < stills.count { return food + chosenSounds.filter { !voiceSounds.contains($0) } }
            }
            // "only the photo", "just the clip": the one picture (or clip) there is (all four files went in).
            if only, stills.count == 1, has(c, #"\b(?:only|just) (?:the |my |that |this )?(?:one )?(?:photo|picture|pic|image|still)\b(?!s)|\b(?:the |that |this )(?:photo|picture|pic|image|still) only\b"#) { return stills + chosenSounds }
            if only, clips.count == 1, has(c, #"\b(?:only|just) (?:the |my |that |this )?(?:one )?(?:clip|video clip|footage)\b(?!s)|\b(?:the |that |this )(?:clip|video clip) only\b"#) { return clips + chosenSounds }
            // "only the photos"
            if only, has(c, stillGroup), !stills.isEmpty { return stills + chosenSounds }
            if only, has(c, clipGroup), !clips.isEmpty { return clips + chosenSounds }
            // "every file, the photos first": all of them, that group leading.
            if everything, let m = Numbers.firstMatch(#"\b(?:the )?(photos|pictures|pics|images|stills|clips|videos|vids|footage)(?: \w+)? first\b"#, in: c) {
                let lead = has(m[1], #"clip|vid|footage"#) ? clips : stills
                return lead + visuals.filter { !lead.contains($0) } + chosenSounds.filter { !voiceSounds.contains($0) }
            }
            // "with all the photos", "the photos of the breads": pictures asked for, and no clip
            // word anywhere, is the pictures alone ("a video" is what is made, not a clip; "做一个20秒的视频，
            // 所有照片都用上": "…的视频", "一个视频", "做成视频" is what is made).
            // ("all the photos and the campfire video": a clip named by its own word is asked for too.)
            if !everything, has(c, stillGroup), !has(c, #"\bclips?\b|\bvids\b|\bfootage\b|\bvideos\b|\bmp4s?\b|(?<!的|个|成)视频"#), !stills.isEmpty, !clips.isEmpty,
               !clips.contains(where: { p in mentions(p, in: c, context: context).contains { at in has((c as NSString).substring(from: at), #"^[\w'-]+ (?:video|vid|movie|film|recording)\b"#) } }) {
                return stills + chosenSounds.filter { !voiceSounds.contains($0) }
            }
            // "Video clip first, after that 2 pictures": the one clip placed by the words.
            return placedAtEnds(visuals, c, clips: clips, context: context) + chosenSounds.filter { !voiceSounds.contains($0) }
        }
        // Where each file is said: by its own name, before a word it shares ("only the portraits
        // (portrait_01 to portrait_04)"); else by a part of its name the other named files don't
        // share ("the three grandpa photos (young, then wedding, then now)").
        // Where a file is said as a thing or by name comes before a word of its name said in passing
        // ("tour announcement vid: crowd.mp4 then the poster" puts tour_poster.png second).
        // (A mention as what another edit changes places a file only when nothing else does.)
        func placing(_ found: [Int]) -> [Int] {
            let kept = found.filter { !changedByAnotherEdit($0, c) && !namesAnotherThing($0, c) }
            return kept.isEmpty ? found : kept
        }
        let allMentions = Dictionary(named.map { p in
            let strong = placing(mentions(p, in: c, context: context, loose: false))
            return (p, strong.isEmpty ? placing(mentions(p, in: c, context: context)) : strong)
        }, uniquingKeysWith: { a, _ in a })
        var placed: [(Int, String)] = named.compactMap { p in
            let others = Set(named.filter { $0 != p }.flatMap { allMentions[$0] ?? [] })
            let distinct = (allMentions[p] ?? []).filter { !others.contains($0) }.min()
            let own = mentions(p, in: c, context: context, own: true)
            let ownPlace = own.isEmpty || own.contains(where: { !changedByAnotherEdit($0, c) }) || allMentions[p] == own ? own.min() : nil
            return (groupPlace[p] ?? ownPlace ?? narrowed.place[p] ?? distinct ?? allMentions[p]?.min()).map { ($0, p) }
        }
        let everyMention = named.flatMap { mentions($0, in: c, context: context) }
        // Groups ("the photos") take their place in the order only beside a named file.
        // A group word right after a named file describes it ("the croissant and shopfront pics",
        // "the bday pics"), it does not add the rest.
        func describesNamed(_ at: Int) -> Bool {
            guard let nearest = everyMention.filter({ $0 < at }).max(), at - nearest <= 24 else { return false }
            let between = (c as NSString).substring(with: NSRange(location: nearest, length: at - nearest))
            // "运动会的视频和照片": the name's videos and its photos, not all the photos.
            if has(between, #"^[^，,、。]+的(?:视频|照片|图片)(?:和|跟|与|及)$"#) { return true }
            return !has(between, #"\b(?:and|then|with|plus|the|after|before)\b|,|&|\+|，|、|然后|再|和|最后"#)
        }
        // "just 3 pics: backyard, then kitchen…": a group word that introduces the named files.
        func introducesNamed(_ m: (groups: [String], location: Int), _ pool: [String]) -> Bool {
            let ns = c as NSString
            let after = ns.substring(from: min(ns.length, m.location + (m.groups[0] as NSString).length))
            // "photos in this order: crowd.jpg, …", "the food pics (pasteis.jpg, bifana.jpg)"
            if has(after, #"^\s*(?:in (?:this|that|the following) order\s*)?[:：(]"#) { return true }
            // "just the dog pictures dog one and dog two": the named files right after the group word;
            // "the photos from the baptism, baptism_1.jpg through baptism_3.jpg".
            var end = m.location + (m.groups[0] as NSString).length
            if let f = Numbers.firstMatch(#"^\s+(?:from|of|at) (?:the |my |our |this |that )?"#, in: after) { end += (f[0] as NSString).length - 1 }
            if everyMention.contains(where: { $0 > end && $0 <= end + 2 }) { return true }
            let before = ns.substring(to: m.location)
            if let n = Numbers.firstMatch(#"\b(\d+|two|three|four|five|six|seven|eight|nine|ten) $"#, in: before).flatMap({ Numbers.english($0[1]) }),
               Int(n) == named.filter(pool.contains).count { return true }
            return false
        }
        // "no zooming on the photos", "show the photos in full": the object of another edit, not more files.
        // ("put the photos in order by event, with the food drive pictures first": what is ordered, by the files named after.)
        func objectOfEdit(_ at: Int) -> Bool {
            has((c as NSString).substring(to: at), #"\b(?:on|to|in|onto|over|across) (?:all )?(?:the |my |these |those )?$"#)
                || has((c as NSString).substring(from: at), #"^\w+ (?:in order |sorted |grouped |ordered )?by (?:event|occasion|day|date|place|location|subject|topic|theme|kind|type|category)\b"#)
        }
        // "saree1, saree2, saree3 only", "only clip1 and photo2": "only" beside the names; the photos
        // said elsewhere ("PFA the photos") are those files.
        let onlyNamed = only && named.contains { p in mentions(p, in: c, context: context).contains { at in
            let ns = c as NSString
            return has(ns.substring(to: at), #"\b(?:only|just)(?: use| the| my| with)? $"#)
                || has(ns.substring(from: at), #"^[\w.'-]+(?: (?:pics?|photos?|pictures?|images?|clips?|videos?|ones?))? (?:only|alone)\b"#)
        } }
        // "i scanned the old pictures please put them in a video, the wedding one first then the baby then the house": a group
        // word whose every file is named after it, one by one, places none of them (the names do).
        func eachNamedAfter(_ m: (groups: [String], location: Int), _ pool: [String]) -> Bool {
            pool.count >= 2 && pool.allSatisfy { p in named.contains(p) && mentions(p, in: c, context: context).contains { $0 > m.location } }
        }
        // "arrange the photographs …, beginning with the portrait, followed by the remaining photographs": the group
        // said as the others is where they go.
        func groupAt(_ group: String) -> (groups: [String], location: Int)? {
            let all = Numbers.allMatches(group, in: c)
            return all.first { has((c as NSString).substring(to: $0.location), #"\b(?:the )?(?:remaining|other|rest of (?:the|my|our))\s+(?:\w+\s+)?$"#) } ?? all.first
        }
        if !onlyNamed, let m = groupAt(stillGroup), !describesNamed(m.location), !introducesNamed(m, stills), !objectOfEdit(m.location), !eachNamedAfter(m, stills) { placed += stills.map { (m.location, $0) } }
        if !onlyNamed, let m = groupAt(clipGroup), !describesNamed(m.location), !introducesNamed(m, clips), !objectOfEdit(m.location), !eachNamedAfter(m, clips) { placed += clips.map { (m.location, $0) } }
        // "each ingredient photo 2 seconds, then the finished cookies for 5 seconds": the other pictures, said as each one
        // before the file named, come before it.
        if !onlyNamed, let first = everyMention.min(), let m = Numbers.allMatches(#"\b(?:each|every) (?:[a-z]+ )?(?:photo|picture|pic|image|still)\b"#, in: c).first,
           m.location < first, has(c, #"\bthen\b"#) {
            placed += stills.filter { !named.contains($0) }.map { (m.location, $0) }
        }
        // "start with the logo, then the photos, and end with the clip": the one clip, as a list item.
        // ("before pic first then the vid then the after pic", "the photos in order, then the running video": the clip
        // said as the video, there.)
        if !onlyNamed, clips.count == 1, !named.contains(clips[0]),
           let m = Numbers.allMatches(#"(?:\b(?:with|then|and|plus|by)|,) (?:the )?(?:video clip|clip|footage|(?:[a-z]+ )?(?:vid|video)(?! of\b))\b(?!s)"#, in: c).first {
            placed.append((m.location, clips[0]))
        }
        var ordered: [String] = []
        for (_, p) in placed.sorted(by: { $0.0 < $1.0 }) where !ordered.contains(p) { ordered.append(p) }
        // "going from newborn to now": that one first, the others after it.
        let ordering = has(c, #"\b(first|then|followed by|after that|start with|open with|begin with|end with|end on|finish with|finish on|close with|close on|starting with|beginning with|opening with|leading with|kicking off with|ending with|ending on|finishing with|closing with|last|at the end|at the start|the rest)\b|\bfrom [\w' ]{3,20}? (?:to|till|until|up to) (?:now|today|the present|present day|this year)\b|\bin the (?:middle|center|centre)\b(?! of the (?:screen|frame))|先|然后|最后|开头|结尾"#)
        // The rest follow when the words place one file ("photo3 first") or say so ("then the rest").
        // "open with the drone shot and close with the group photo": the others between them.
        let bookends = named.count == 2 && placed.count == 2
            && has(c, #"\b(?:open|start|begin|kick off)(?: it| the video| things)? (?:with|on)\b|\b(?:is |goes |comes )?first\b"#) && has(c, #"\b(?:close|end|finish|wrap up)(?: it| the video| things)? (?:with|on)\b|\b(?:is |goes |comes )?last\b"#)
            && !has(c, #"\bnothing else\b|\b(?:just|only) (?:those|these|them|the two)\b"#)
        // ("the kayak clip first, then the sheep on the hill, then the bedroom, and the cottage last": the places described.)
        let filled = onlyNamed ? nil : filledOrderSlots(ordered, c, visuals: visuals, context: context)
        if let filled { ordered = filled }
        if filled == nil, !only, everything || has(c, #"(?<!skip )(?<!drop )(?<!ignore )(?<!leave out )(?<!not )(?<!no )(?<!without )(?:\bthe rest\b|(?:^|[,;:]\s*|\band\s+)rest (?:in (?:order|between|the middle)|after|between|in any order|as (?:they are|is))\b|\beverything else\b|\ball the others\b|\bthe others\b)|其他|其余"#) || (ordering && named.count == 1 && placed.count == 1) || bookends {
            ordered += visuals.filter { !ordered.contains($0) }
        }
        // "use all the photos and the truck clip": every file, with no order said, in the order they came.
        if !ordering, named.count == 1, ordered.count == visuals.count, Set(ordered) == Set(visuals) { ordered = visuals }
        ordered = placedAtEnds(ordered, c, clips: clips, context: context)
        let chosenSounds = !namedSounds.isEmpty ? namedSounds : musicWords || ordered.count == visuals.count ? sounds.filter { !voiceSounds.contains($0) } : []
        return ordered + chosenSounds
    }

    /// The name word said at `at` as a group of files of a kind: followed by a plural kind word ("office photos",
    /// "gameplay clips") or said in the plural itself ("the rooms" of living_room); `count`: a number said before it.
    static func groupWordAt(_ at: Int, _ c: String, parts: [String], still: Bool) -> (word: String, count: Int?)? {
        let ns = c as NSString
        let kinds = still ? #"photos|pictures|pics|images|stills|shots"# : #"clips|videos|vids|shots|recordings"#
        guard let m = Numbers.firstMatch(#"^([\w'-]+)(?:( (?:\#(kinds)))\b|(?=[\s,.;:!?)]|$))"#, in: ns.substring(from: at)) else { return nil }
        let word = m[1].lowercased()
        guard !m[2].isEmpty || (!parts.contains(word) && parts.contains { word == $0 + "s" || word == $0 + "es" }) else { return nil }
        let count = Numbers.firstMatch(#"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|both) (?:of (?:the |my |our )?)?$"#, in: ns.substring(to: at))
            .map { $0[1] == "both" ? 2 : Int(Numbers.english($0[1]) ?? 0) }
        return (word, count)
    }

    /// "speed up step2_saute", "slow down the cooldown", "mute surf.mp4": a file said at `at` as what an edit of
    /// its own changes (not as a part of the new video).
    static func changedByAnotherEdit(_ at: Int, _ c: String) -> Bool {
        let ns = c as NSString
        return has(ns.substring(to: at), #"\b(?:speed up|slow down|speed|slow|mute|unmute|trim|shorten|loop|reverse|crop|zoom in on|zoom on|brighten|darken)(?: (?:the|my|that|this))? $"#)
            // "cut kickflip_ledge so it starts at 0:04 and ends at 0:09": cut to a span, a trim (never "cut the drone clip").
            || (has(ns.substring(to: at), #"\bcut(?: (?:the|my|that|this))? $"#)
                && has(ns.substring(from: at), #"^[\w.'-]+(?: (?:clip|video|shot))? (?:so (?:that )?it (?:starts|begins|ends|runs)|to (?:start|begin|end|run)|from \d|down to \d|to (?:just )?(?:the )?\d)"#))
    }

    /// "all the camp photos", "a summer camp video", "a recap of summer camp from all these pics", "a camp recap with
    /// the title Camp Wildfire" (camp_arrival.jpg among six others): a word only one file's name has, said of many
    /// pictures or as the kind of video, is what the video is about (it made a video of that one photo);
    /// "the camp photo", "the camp arrival" still name it.
    static func namesTheVideo(_ path: String, _ c: String, context: PlannerContext) -> Bool {
        guard mentions(path, in: c, context: context, own: true).isEmpty else { return false }
        let found = mentions(path, in: c, context: context), ns = c as NSString
        let allOfThem = has(c, #"\ball (?:of )?(?:these|those|my|our|the) (?:pics|photos|pictures|images|shots|files|stuff)\b"#)
        return !found.isEmpty && found.allSatisfy { at in
            let after = ns.substring(from: at), before = ns.substring(to: at)
            // ("the beach video first" for beach.mp4 is that clip.)
            return has(after, #"^[\w'-]+(?: [\w'-]+)? (?:photos|pics|pictures|images|shots|stills|recap|reel|montage|slideshow|highlights|promo|teaser|compilation|memories)\b"#)
                || (EditOperation.looksLikeStill(path) && !has(before, #"\b(?:the|this|that)\s+(?:[\w'-]+\s+)?$"#) && has(after, #"^[\w'-]+(?: [\w'-]+)? (?:video|vid|movie|film)\b"#))
                || (allOfThem && !has(after, #"^[\w'-]+ (?:photo|pic|picture|image|shot|one)\b"#))
                // (The words of a title: "… with the title Camp Wildfire 2024".)
                || has(before, #"\b(?:title|caption|saying|says|called|text|heading)\s+(?:[\w'&+-]+\s+){0,3}$"#)
        }
    }

    /// "arrange the photographs in date order", "oldest to newest", "chronologically" (gettysburg_1863.jpg,
    /// fort_sumter_1861.jpg, …): the pictures and clips by the year (or date) in their names, when every one has one;
    /// sound files stay where they were.
    static func inDateOrder(_ sources: [String], _ c: String) -> [String] {
        guard has(c, #"\b(?:in |by )?(?:date|chronological|time|year) order\b|\bchronologically\b|\bin (?:the )?order (?:they|it) (?:happened|were taken)\b|\boldest (?:first|(?:one )?to (?:the )?(?:newest|latest|most recent))\b|\b(?:newest|latest|most recent) (?:first|(?:one )?to (?:the )?oldest)\b|\bby (?:date|year)\b|\bin order of (?:date|year|time)\b"#) else { return sources }
        let visuals = sources.filter { !isAudio($0) }
        let key = { (p: String) -> Int? in
            let stem = ((p as NSString).lastPathComponent as NSString).deletingPathExtension
            guard let m = Numbers.firstMatch(#"(?<!\d)(1[5-9]\d\d|20\d\d)(?:[-_.]?(0[1-9]|1[0-2])(?:[-_.]?([0-2]\d|3[01]))?)?(?!\d)"#, in: stem),
                  let y = Int(m[1]) else { return nil }
            return y * 10_000 + (Int(m[2]) ?? 0) * 100 + (Int(m[3]) ?? 0)
        }
        let keys = visuals.map(key)
        guard visuals.count > 1, keys.allSatisfy({ $0 != nil }) else { return sources }
        let newestFirst = has(c, #"\b(?:newest|latest|most recent) (?:first|(?:one )?to (?:the )?oldest)\b|\breverse (?:chronological|date) order\b"#)
        let sorted = zip(visuals, keys.map { $0! }).enumerated()
            .sorted { a, b in a.element.1 != b.element.1 ? (a.element.1 < b.element.1) != newestFirst : a.offset < b.offset }
            .map(\.element.0)
        var next = sorted.makeIterator()
        return sources.map { isAudio($0) ? $0 : next.next()! }
    }

    /// "audiogram for ep 42 - guest headshot then the square logo" (ep42_cam_a.mp4, ep42_wide.mp4, …): a word of
    /// some files' names said as what the video is for names none of them.
    static func namesWhatItIsFor(_ path: String, _ c: String, context: PlannerContext) -> Bool {
        // ("a promo for our 6am HIIT class" with hiit_class.mp4: its name said in words, still what the video is for; words
        // before it too, "for our new 6am HIIT class".)
        let file = (path as NSString).lastPathComponent.lowercased()
        guard mentions(path, in: c, context: context, own: true).isEmpty
                || (!has(c, #"(?<![\w.-])\#(NSRegularExpression.escapedPattern(for: (file as NSString).deletingPathExtension))(?![\w-])"#) && !c.contains(file)) else { return false }
        let found = mentions(path, in: c, context: context), ns = c as NSString
        let visuals = context.media.filter { !isAudio($0) }.map { (($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension }
        return !found.isEmpty && found.allSatisfy { at in
            // (Not a word every picture's name has: "a video for emma's 5th birthday" names none in particular.)
            let word = String(ns.substring(from: at).prefix { $0.isLetter || $0.isNumber })
            return !visuals.allSatisfy { $0.contains(word) } && has(ns.substring(to: at), #"\b(?:audiogram|video|vid|reel|promo|teaser|trailer|recap|highlights?|montage|slideshow|post|short|story|ad) for (?:the |our |my |this |episode |ep\.? )?(?:(?!(?:with|and|then|of|showing|featuring|using|plus)\b)\w[\w'-]* ){0,3}$|\bfor (?:my|our|his|her|their|the) [\w-]+(?:'s|’s|s') $"#)
        }
    }

    /// "make a video of these healed pieces", "healed work post for the grid" (healed_sleeve_01.jpg,
    /// healed_sleeve_02.jpg, fineline_rose.jpg): a word of some files' names said of the uploads ("these …") or of
    /// the post being made describes them all; it picks no files ("the healed pieces", "the beach photos" still do).
    /// "a slideshow of the poses" (warrior_pose, tree_pose, child_pose and half_moon), "a video from all the pages" (page01…05,
    /// cover, the_end): a plural word most of the uploads' names share is what the person calls the whole set, never the
    /// most of them ("only the pages", "just the beach photos" and a word half the names or fewer have still pick).
    static func namesMostUploads(_ named: [String], visuals: [String], _ c: String) -> Bool {
        guard named.count >= 3, named.count < visuals.count, named.count * 2 > visuals.count,
              !has(c, #"\b(?:only|just|except|but not|without|excluding|leave out|skip|not the)\b"#) else { return false }
        // (Only when the others are of the same kind and few: "all the dishes" beside intro.mp4 and a desk photo, "the three
        // book covers" with a count, stay those.)
        let rest = visuals.filter { !named.contains($0) }
        guard rest.count <= 2, named.allSatisfy(EditOperation.looksLikeStill), rest.allSatisfy(EditOperation.looksLikeStill) else { return false }
        let parts = named.map { Set(namePart((($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension)) }
        let common = parts.dropFirst().reduce(parts[0]) { $0.intersection($1) }
        return common.contains { part in
            let word = NSRegularExpression.escapedPattern(for: part)
            // ("the pages" is the book's own reading: cover to end with a cover, else the page files, isBookPageWord.)
            return part.count >= 3 && part != "page" && has(c, #"\b\#(word)(?:s|es)\b"#)
                && !has(c, #"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ )?\#(word)(?:s|es)\b"#)
        }
    }

    static func describesTheUploads(_ path: String, _ c: String, context: PlannerContext) -> Bool {
        guard mentions(path, in: c, context: context, own: true).isEmpty else { return false }
        let found = mentions(path, in: c, context: context)
        let ns = c as NSString
        // "… using these", "… from all of these": the uploads said as the thing the video is made of.
        let ofThese = has(c, #"\b(?:using|with|from|of|use) (?:all )?(?:of )?these\b"#)
        // (Every one of them: never "using only these two", "… except the blurry one".)
        let allOfThese = ofThese && has(c, #"\b(?:using|with|from|of|use) (?:all )?(?:of )?these\b(?! (?:two|three|four|\d))(?!.*\b(?:only|just|except|without|but not|skip|leave out)\b)"#)
        return !found.isEmpty && found.allSatisfy { at in
            has(ns.substring(to: at), #"(?:^|\b(?:of|from|with|use|using|all|make|edit|post|share) )(?:all )?(?:of )?(?:these|those) $"#)
                || (has(ns.substring(to: at), #"^(?:(?:a|an|my|our) )?$"#)
                    && has(ns.substring(from: at), #"^[\w'-]+ (?:work |art |content |tattoo |pieces? )?(?:post|reel|carousel|slideshow|montage|compilation|dump)\b"#))
                // "put together the lake trip" (lake1.jpg, lake2.jpg, canoe.jpg): the trip is every upload.
                // ("a recap video of our science class field trip using these": words before it too.)
                || (has(ns.substring(to: at), #"(?:^|\b(?:the|our|my|a|an|this|that)(?: [\w'-]+){0,3} )$"#)
                    && has(ns.substring(from: at), #"^[\w'-]+ (?:trip|holiday|vacation|weekend|getaway|day out|outing)\b(?! (?:photo|picture|pic|image|clip|video|vid|shot)s?\b)"#))
                // "a 1 minute recap of our field trip using these": the uploads, all of them (never "using only these two").
                || (allOfThese
                    && has(ns.substring(to: at), #"\b(?:video|vid|recap|slideshow|montage|reel|movie|film|compilation|highlights?) (?:of|about|from|for) (?:our|my|the|his|her|their)(?: [\w'-]+){0,3} $"#)
                    && !has(ns.substring(from: at), #"^[\w'-]+(?: [\w'-]+)? (?:photo|pic|picture|image|shot|clip|video|vid|one|file)s?\b"#))
                // (The same words in the title, "… with the title Period 3 Field Trip Recap", pick nothing either.)
                || (ofThese && has(ns.substring(to: at), #"\b(?:title|caption|saying|says|called|text|heading)\s+(?:[\w'&+-]+\s+){0,3}$"#))
        }
    }

    /// "a 20 second video of my mothers day bouquets" (peony_bouquet.jpg among roses and tulips), "a
    /// thank-you video for our volunteers" (smiling_volunteers.jpg): a word of one file's name, said only
    /// loosely, as whom the video is for or as many of a thing one file is, is what the video is about,
    /// not that file alone ("a video of just the beach", "the beach photo" still name it).
    static func isTheme(_ path: String, _ c: String, context: PlannerContext) -> Bool {
        guard mentions(path, in: c, context: context, own: true).isEmpty else { return false }
        let stem = (((path as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
        let parts = namePart(stem)
        // "a video of all the dishes" (dish_pasta, dish_salad): a part several files share names them all.
        let shared = parts.filter { part in
            c.contains(part) && context.media.contains { $0 != path && !isAudio($0) && namePart((($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension).contains(part) }
        }
        guard shared.isEmpty else { return false }
        let found = mentions(path, in: c, context: context)
        return !found.isEmpty && found.allSatisfy { found in
            let ns = c as NSString
            // A mention that starts at "our" in "about our bakery" is read from the name.
            let lead = Numbers.firstMatch(#"^(?:the|this|that|my|our|his|her|their) "#, in: ns.substring(from: found))?[0] ?? ""
            let at = found + (lead as NSString).length
            guard let m = Numbers.firstMatch(#"\b(?:video|vid|slideshow|montage|reel|movie|film|recap|compilation|tribute|edit)s? (for|of|about|celebrating|honou?ring|thanking)(?: (?:all )?(my|our|the|his|her|their|these|those))?(?: (?!(?:only|just|with|from|using|and|of|in|on|to|at|then|plus|the)\b)\w[\w'’-]*){0,3} $"#, in: ns.substring(to: at)),
                  let word = Numbers.firstMatch(#"^([a-z]+)"#, in: ns.substring(from: at))?[1] else { return false }
            // "The first one should be the video of my guide dog": "the video of" a clip's subject is that clip.
            if !EditOperation.looksLikeStill(path), has(ns.substring(to: at), #"\bthe (?:video|vid|clip|footage|film|recording) of (?:my |our |his |her |their |the )?$"#) { return false }
            // "a video about our bakery", "of my dog": whose it is, the theme; "a video of the sunset" is that one.
            // "a video of my cat photo": that file, said as a thing.
            if has(ns.substring(from: at), #"^[\w'’-]+ (?:photo|pic|picture|image|shot|clip|video|one|file)s?\b"#) { return false }
            let owner = m[2].isEmpty ? lead.trimmingCharacters(in: .whitespaces) : m[2]
            return m[1] != "of" && m[1] != "about" || ["my", "our", "his", "her", "their"].contains(owner) || (word.hasSuffix("s") && !parts.contains(word))
        }
    }

    /// Words of everyday English that a file's name may have but the words seldom mean it by:
    /// a part like these names its file only as a thing ("the final clip" is not final_cut.mp4).
    static let commonWords: Set<String> = [
        "final", "save", "test", "edit", "copy", "main", "part", "full", "short", "long", "intro", "outro", "start", "end",
        "open", "close", "fast", "slow", "good", "best", "nice", "cool", "more", "less", "over", "after", "before", "then",
        "next", "back", "front", "side", "left", "right", "make", "made", "this", "that", "with", "from", "into", "your",
        "their", "have", "take", "take", "keep", "show", "play", "time", "new", "old", "version", "draft", "export", "render",
        "logo", "loud", "soft", "quiet", "frame", "fade", "black", "white", "color", "colour", "music", "track", "beat",
        "each", "every", "only", "just", "also", "some", "other", "look", "like", "want", "need", "please", "thanks",
        "square", "vertical", "landscape", "portrait", "story", "stories", "reel", "reels", "post", "feed", "clip",
    ]

    /// Dishes and foods a picture's name may say ("the dish photos", "all the food pics" are those pictures).
    static let foodWords: Set<String> = [
        "pizza", "margherita", "marinara", "pepperoni", "calzone", "pasta", "carbonara", "lasagna", "lasagne", "spaghetti", "penne",
        "ravioli", "gnocchi", "risotto", "tiramisu", "gelato", "panna", "cotta", "caprese", "bruschetta", "salad", "soup", "stew",
        "burger", "cheeseburger", "fries", "hotdog", "sandwich", "wrap", "taco", "tacos", "burrito", "quesadilla", "nachos", "churro",
        "churros", "enchilada", "tamale", "tamales", "sushi", "sashimi", "ramen", "udon", "noodle", "noodles", "dumpling", "dumplings",
        "curry", "rice", "biryani", "naan", "kebab", "falafel", "hummus", "shawarma", "gyro", "steak", "chicken", "wings", "ribs",
        "brisket", "bbq", "salmon", "shrimp", "lobster", "oyster", "oysters", "fish", "paella", "tapas", "croissant", "bagel", "bread",
        "baguette", "toast", "pancake", "pancakes", "waffle", "waffles", "omelette", "omelet", "eggs", "brunch", "breakfast", "cake",
        "cupcake", "cupcakes", "cookie", "cookies", "brownie", "brownies", "muffin", "muffins", "donut", "donuts", "doughnut", "pie",
        "tart", "cheesecake", "pastry", "pastries", "macaron", "macarons", "dessert", "desserts", "icecream", "sundae", "crepe",
        "crepes", "pho", "bibimbap", "kimchi", "poke", "bowl", "smoothie", "latte", "cappuccino", "espresso", "coffee", "tea",
        "boba", "milkshake", "cocktail", "mojito", "dish", "entree", "appetizer", "gyoza", "bao",
    ]

    /// Short names in file names and the words people say for them.
    /// The fuller or singular forms a part of a file name is said in: "bathroom" for bath, "ambience" for ambient,
    /// "onion" for onions (a plural part of five letters or more, not "-ss").
    static func spokenNameForms(_ part: String) -> [String] {
        let singular = part.count >= 5 && part.hasSuffix("s") && !part.hasSuffix("ss") ? [String(part.dropLast())] : []
        return (nameWordForms[part] ?? []) + singular
    }

    static let nameWordForms: [String: [String]] = [
        "bath": ["bathroom"], "bed": ["bedroom"], "ambient": ["ambience", "ambiance"], "ambience": ["ambient"],
    ]

    /// Short parts of names and how they are said: "the QR code" for donate_qr.png.
    static let partPhrases: [String: String] = ["qr": #"qr[ -]?codes?"#]

    static let nameSynonyms: [String: [String]] = [
        "bday": ["birthday", "b-day"], "xmas": ["christmas", "x-mas"], "hbd": ["birthday"], "grad": ["graduation"],
        "vacay": ["vacation"], "anniv": ["anniversary"], "grandma": ["granny", "nana"],
    ]

    /// Words of file names in the languages people upload in (Polish, Spanish, German, French, Italian,
    /// Portuguese), as they are said in English. Not what a video is ("wedding", "party"): only what a picture shows.
    static let translatedNameWords: [String: [String]] = [
        "taniec": ["dance"], "tort": ["cake"], "babcia": ["grandma", "grandmother", "granny", "grandparents"],
        "dziadek": ["grandpa", "grandfather", "grandparents"], "dziadkowie": ["grandparents"], "pies": ["dog"], "piesek": ["dog"],
        "kot": ["cat"], "plaza": ["beach"], "morze": ["sea"], "gory": ["mountains"], "kosciol": ["church"],
        "pocalunek": ["kiss"], "prezenty": ["gifts", "presents"], "obraczki": ["rings"], "mama": ["mom", "mum", "mother"],
        "tata": ["dad", "father"], "dzieci": ["kids", "children"], "choinka": ["christmas tree", "tree"], "ogrod": ["garden"],
        "baile": ["dance"], "pastel": ["cake"], "tarta": ["cake"], "abuela": ["grandma", "grandmother", "grandparents"],
        "abuelo": ["grandpa", "grandfather", "grandparents"], "abuelos": ["grandparents"], "perro": ["dog"], "gato": ["cat"],
        "playa": ["beach"], "iglesia": ["church"], "beso": ["kiss"], "anillos": ["rings"], "novia": ["bride"], "novio": ["groom"],
        "tanz": ["dance"], "torte": ["cake"], "kuchen": ["cake"], "oma": ["grandma", "grandmother", "grandparents"],
        "opa": ["grandpa", "grandfather", "grandparents"], "hund": ["dog"], "katze": ["cat"], "strand": ["beach"],
        "kirche": ["church"], "kuss": ["kiss"], "ringe": ["rings"], "braut": ["bride"], "garten": ["garden"],
        "danse": ["dance"], "gateau": ["cake"], "mamie": ["grandma", "granny"], "papi": ["grandpa"], "chien": ["dog"],
        "plage": ["beach"], "eglise": ["church"], "bisou": ["kiss"], "baiser": ["kiss"], "mariee": ["bride"],
        "ballo": ["dance"], "torta": ["cake"], "nonna": ["grandma", "grandmother", "granny"], "nonno": ["grandpa", "grandfather"],
        "cane": ["dog"], "spiaggia": ["beach"], "chiesa": ["church"], "bacio": ["kiss"], "sposa": ["bride"],
        "danca": ["dance"], "bolo": ["cake"], "avo": ["grandma", "grandpa"], "cachorro": ["dog"], "praia": ["beach"], "beijo": ["kiss"],
    ]

    /// "milo before and after", "Bella's before pic then after pic", "the christmas morning photos":
    /// files named through a part they share ("milo", "bella", "xmas") and another part of their own
    /// name are the ones meant; a file that has only one of the parts said is dropped, unless that
    /// part was said as a group ("the beach photos"). `place`: where each kept file's own part is said.
    static func narrowedByParts(_ named: [String], _ c: String, context: PlannerContext) -> (files: [String], place: [String: Int]) {
        guard named.count >= 2 else { return (named, [:]) }
        let lowered = c.lowercased()
        func stem(_ p: String) -> String { (((p as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension }
        func spoken(_ part: String) -> [String] { [part] + (nameSynonyms[part] ?? []) }
        // Each file's parts said in the words, and where first.
        var hits: [String: [String: Int]] = [:]
        for p in named {
            for part in namePart(stem(p)) {
                let at = spoken(part).compactMap { w in
                    Numbers.allMatches(#"(?<![a-z0-9])\#(NSRegularExpression.escapedPattern(for: w))(?:s|es|'s)?(?![a-z0-9])"#, in: lowered).first?.location
                }.min()
                if let at { hits[p, default: [:]][part] = at }
            }
        }
        // Parts said that only one named file has ("tree", "savasana" of pose_tree, pose_savasana).
        let ownPartsSaid = Set(hits.values.flatMap(\.keys).filter { part in hits.values.filter { $0[part] != nil }.count == 1 })
        // A part said as a group keeps its files: "the beach photos", "the sunsets", "all the sunset";
        // not "the tree and savasana poses", where the group word closes a list of their own parts.
        func saidAsGroup(_ p: String) -> Bool {
            hits[p, default: [:]].keys.contains { part in spoken(part).contains { w in
                let e = NSRegularExpression.escapedPattern(for: w)
                return Numbers.allMatches(#"(?<![a-z0-9])\#(e)(?:s|es)?(?: (?:pics|photos|pictures|images|clips|videos|vids|ones|shots|files)\b)|(?<![a-z0-9])\#(e)(?:s|es)(?![a-z0-9'])|\b(?:all|both) (?:the |my )?\#(e)"#, in: lowered).contains { m in
                    let before = (lowered as NSString).substring(to: m.location)
                    guard let last = Numbers.firstMatch(#"([a-z0-9]+) $"#, in: before)?[1] else { return true }
                    return !ownPartsSaid.contains(last)
                }
            } }
        }
        // "sunset edit: sunset1 sunset2 then waves": a shared part said in passing, beside files of
        // that name said in full, is not the others.
        let ownNamed = named.filter { !mentions($0, in: c, context: context, own: true).isEmpty }
        let passing = named.filter { p in
            !ownNamed.contains(p) && !saidAsGroup(p) && !(hits[p]?.isEmpty ?? true)
                && hits[p]!.keys.allSatisfy { part in ownNamed.contains { namePart(stem($0)).contains(part) } }
        }
        if !passing.isEmpty, passing.count < named.count { return (named.filter { !passing.contains($0) }, [:]) }
        let best = hits.values.map(\.count).max() ?? 0
        let top = named.filter { hits[$0]?.count == best }
        // "the studio photo and the warrior pose": one file named by two of its parts is enough.
        guard best >= 2, !top.isEmpty, top.count < named.count else { return (named, [:]) }
        var common = Set(hits[top[0]]!.keys)
        for p in top { common.formIntersection(hits[p]!.keys) }
        guard let q = common.sorted().first else { return (named, [:]) }
        // One file alone only when its two parts are said together ("the warrior pose"); not "the serum
        // photo, then the texture video" (serum_hero, serum_texture: each by a part of its own).
        if top.count == 1 {
            let others = hits[top[0]]!.keys.filter { $0 != q }.flatMap(spoken).map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
            let shared = spoken(q).map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
            guard !others.isEmpty, has(lowered, #"(?<![a-z0-9])(?:\#(shared))(?:s|es)? (?:\#(others))(?![a-z0-9])|(?<![a-z0-9])(?:\#(others)) (?:\#(shared))(?:s|es)?(?![a-z0-9])"#) else { return (named, [:]) }
        }
        // Only files named through the same parts are in question ("the kitchen" beside "the living room shots" is not).
        let topParts = Set(top.flatMap { hits[$0]!.keys })
        let kept = named.filter { p in
            !mentions(p, in: c, context: context, own: true).isEmpty
                || (hits[p]?[q] != nil && (hits[p]?.count ?? 0) >= 2) || saidAsGroup(p)
                || !Set(hits[p, default: [:]].keys).isSubset(of: topParts)
        }
        guard !kept.isEmpty, kept.count < named.count else { return (named, [:]) }
        var place: [String: Int] = [:]
        for p in kept { place[p] = hits[p]?.filter { $0.key != q }.map(\.value).min() }
        return (kept, place)
    }

    /// Files the words put first or last, whatever order they were named in: "end with beach.jpg",
    /// "clip1 last", "the logo in the final", "open on the map", "pink_dress first", "cover放最前面",
    /// "clip1放最后", "the clip at first" (the one clip); "karina.jpg at the start and the end" and
    /// "最后再放一次 vlog.mp4" put a second copy last.
    static func placedAtEnds(_ files: [String], _ c: String, clips: [String], context: PlannerContext) -> [String] {
        var ordered = files
        let kind = #"(?: (?:pics?|photos?|pictures?|images?|shots?|clips?|videos?|vids?|ones?|art|image|file))?"#
        // Chinese puts no space between the name and the place: "cover放最前面" reads "cover 放最前面".
        let first = #"(?:(?:first|at first|at the (?:very )?(?:start|beginning)|in the (?:very )?beginning|up front|to open|in front)\b|\s*(?:放|排)?在?(?:最前面?|开头|第一个?))"#
        let last = #"(?:(?:last|at the (?:very )?end|in the final|at the final|in the (?:very )?end)\b|\s*(?:放|排)?在?(?:最后面?|结尾|末尾))"#
        // The file's name as written (Chinese runs on without spaces: never past the name).
        // A name said in several words ("es teh first" for es_teh_manis.jpg): the rest of its words with it.
        let stemWords = { (p: String) in Numbers.allMatches(#"[a-z0-9]+"#, in: ((p as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension).map { NSRegularExpression.escapedPattern(for: $0.groups[0]) } }
        var atStart: [String] = [], atEnd: [String] = [], atMiddle: [String] = [], copies: [String] = []
        for p in files {
            let words = stemWords(p)
            let token = #"(?:the |this |that )?[A-Za-z0-9_.'-]+"# + (words.count > 1 ? #"(?: (?:\#(words.joined(separator: "|"))))*"# : "")
            let ns = c as NSString
            for at in mentions(p, in: c, context: context) {
                let before = ns.substring(to: at), after = ns.substring(from: at)
                if has(after, #"^\#(token)\#(kind),? (?:both )?(?:(?:at|to|in) (?:the )?(?:very )?(?:start|beginning)|first),? (?:and|&|\+) (?:again |also |then |once more )?(?:(?:at|in) )?(?:the )?(?:very )?(?:end|last)\b"#)
                    || has(before, #"最后(?:再)?(?:放|加)?(?:一次|一遍)\s*$"#) {
                    copies.append(p)
                    if !has(before, #"最后"#) { atStart.append(p) }
                } else if has(before, #"\b(?:end|ending|finish|finishing|close|closing) (?:it |the video )?(?:with|on) (?:the )?$"#)
                    || has(after, #"^\#(token)\#(kind)\s?(?:(?:is|goes|comes|should be|will be|must be|be) (?:the )?)?\#(last)"#)
                    || has(after, #"^\#(token)(?: (?:image|photo|picture|pic|clip|video|shot|file|one))? (?:as|at|for) (?:the )?(?:very )?(?:last|final|closing|end)\b"#) {
                    atEnd.append(p)
                } else if has(before, #"\b(?:start|starting|open|opening|begin|beginning|lead|leading|kick off|kicking off)(?: it| the video| things)? (?:with|on) (?:the )?$"#)
                    || has(after, #"^\#(token)\#(kind)\s?(?:(?:is|goes|comes|should be|will be|must be|be) (?:the )?)?\#(first)"#) {
                    atStart.append(p)
                } else if has(after, #"^\#(token)\#(kind) (?:(?:should )?(?:go|goes|be|sits?) )?(?:in the (?:middle|center|centre)|halfway through)\b"#) {
                    // "pool clip in the middle"
                    atMiddle.append(p)
                }
            }
        }
        // "the clip at first", "the video last": the one clip there is.
        // ("the video in the middle": between the pictures.)
        if clips.count == 1, ordered.contains(clips[0]), let m = Numbers.firstMatch(#"\b(?:the )?(?:video )?(?:clip|video)( \#(first)| \#(last)| (?:goes |should go |sits )?in the (?:middle|center|centre))"#, in: c) {
            if has(m[1], #"middle|cent"#) { atMiddle.append(clips[0]) } else if has(m[1], last) { atEnd.append(clips[0]) } else { atStart.append(clips[0]) }
        }
        // "going from newborn to now", "from puppy to today": that one first.
        for p in files where mentions(p, in: c, context: context).contains(where: { at in
            has((c as NSString).substring(to: at), #"\bfrom (?:the |my |our )?$"#)
                && has((c as NSString).substring(from: at), #"^[\w'.-]+(?: (?:pics?|photos?|one|days?|stage))? (?:to|till|until|up to) (?:now|today|the present|present day|this year)\b"#)
        }) { atStart.append(p) }
        for p in atEnd where !atStart.contains(p) { ordered.removeAll { $0 == p }; ordered.append(p) }
        for p in atStart.reversed() where !atEnd.contains(p) { ordered.removeAll { $0 == p }; ordered.insert(p, at: 0) }
        for p in atMiddle where !atStart.contains(p) && !atEnd.contains(p) && ordered.count >= 3 {
            ordered.removeAll { $0 == p }
            ordered.insert(p, at: (ordered.count + 1) / 2)
        }
        for p in copies where ordered.contains(p) && ordered.last != p { ordered.append(p) }
        return ordered
    }

    /// "the mountain photo do not use", "leave clip3 out": files left out by the words after them.
    static func leftOutAfter(_ c: String, context: PlannerContext) -> [String] {
        guard has(c, #"\bnot\b|n'?t\b|\bout\b|不要|不用|别用|去掉|除外|不放"#) else { return [] }
        return context.media.filter { p in !isAudio(p) && mentions(p, in: c, context: context).contains { at in
            let after = (c as NSString).substring(from: at), before = (c as NSString).substring(to: at)
            // "促销海报不要", "包装那张就不用了": the name, then a refusal that ends the clause.
            if has(after, #"^[^，,。；;！!、\s]{1,16}?(?:那张|那个|那段)?(?:就)?(?:不要|不用|别用|去掉|除外|不放)了?(?=$|[，,。；;！!\s])"#) { return true }
            if has(after, #"^\S*[^\s.,;:!?](?: (?:photo|picture|pic|image|clip|video|one|shot|file)s?)? (?:(?:do|does|should|must|will) not|don'?t|doesn'?t|shouldn'?t|not to) (?:use|include|show|put|add|need|want)\b|^\S*[^\s.,;:!?](?: (?:photo|picture|pic|image|clip|video|one|shot|file)s?)? (?:(?:should|must|will|can|need) not|shouldn'?t|mustn'?t|won'?t|can'?t) be (?:included|used|shown|in (?:it|the video))\b"#) { return true }
            return has(after, #"^\S*[^\s.,;:!?](?: (?:photo|picture|pic|image|clip|video|one|shot|file)s?)? out\b"#) && has(before, #"\b(?:leave|leaving|keep|take|cut)(?: the| my)? $"#)
        } }
    }

    /// The files Reel takes, by their extension: SPEC's video (mp4, mov, avi, webm, mkv), pictures (jpg, png, gif, webp)
    /// and sound (mp3, wav, m4a, aac), and "jpeg" (the same as jpg). These are the extensions the server stores uploads
    /// under; a name with no extension is left to what the media's facts say.
    static let acceptedExtensions: Set<String> = ["mp4", "mov", "avi", "webm", "mkv", "jpg", "jpeg", "png", "gif", "webp", "mp3", "wav", "m4a", "aac"]

    static func isAcceptedMedia(_ name: String) -> Bool {
        let ext = (name as NSString).pathExtension.lowercased()
        return ext.isEmpty || acceptedExtensions.contains(ext)
    }

    /// "IMG_7730.heic", "in_the_mood.wma" among the files of a new video: left out, and said so with the formats Reel takes
    /// (the song was put on the picture track; the iPhone photo would fail at the render).
    static func formatsRefused(_ refused: [String], context: PlannerContext) -> String {
        let names = refused.map { context.names[$0] ?? ($0 as NSString).lastPathComponent }
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
        return "I left out \(list): Reel takes video (mp4, mov, avi, webm, mkv), pictures (jpg, png, gif, webp) and sound (mp3, wav, m4a, aac). Convert \(names.count == 1 ? "it" : "them") to one of these (an iPhone photo to jpg, a song to mp3) and add \(names.count == 1 ? "it" : "them") again."
    }

    static func describeCompose(_ sources: [String], context: PlannerContext, _ plan: inout Plan) {
        let visuals = sources.filter { !isAudio($0) }
        let sounds = sources.filter(isAudio)
        func name(_ p: String) -> String { context.names[p] ?? (p as NSString).lastPathComponent }
        let all = context.media.filter { !isAudio($0) }
        plan.understood.append(visuals == all ? "put the \(visuals.count) pictures and clips on the timeline in order"
                               : "put \(visuals.map(name).joined(separator: ", ")) on the timeline in that order")
        if !sounds.isEmpty { plan.understood.append("use \(sounds.map(name).joined(separator: ", ")) as background music at 35%") }
    }

    /// The words without the parts of the session's file names ("summary" of ai_summary_demo.mp4).
    static func withoutNameParts(_ c: String, context: PlannerContext) -> String {
        let parts = Set(context.media.flatMap { namePart((($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension) }).filter { $0.count >= 4 }
        guard !parts.isEmpty else { return c }
        return replacing(c, #"\b(?:\#(parts.sorted().map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")))\b"#, " ")
    }

    /// A clause that names a session file, a group of them ("the photos"), one by its place ("第一张和第三张") or "the rest".
    static func mentionsMedia(_ c: String, context: PlannerContext) -> Bool {
        context.media.contains { mention($0, in: c, context: context) != nil }
            || has(c, stillGroup + "|" + clipGroup + #"|\bthe (?:clip|video|photo|picture|pic|image|still)\b|\bthe (?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) (?:photo|picture|pic|image|clip|video|one)\b|\#(numberedItem)|\b(?:newest|latest|oldest|most recent) (?:ones? )?(?:first|last)\b|\bthe rest\b|\bthe others\b|\beverything else\b|\bthese\b|\bthem\b|这些|其他|其余|这[两三四五六七八九十几\d]*[张个段](?:图|照片|图片|视频)?|第[一二三四五六七八九十\d]+[张个段]"#)
    }

    /// A clause that is only file names and joining words ("photo3", "then the photos").
    static func onlyNamesMedia(_ c: String, context: PlannerContext) -> Bool {
        var rest = c
        for p in context.media {
            for pattern in namePatterns(p, context: context) { rest = Self.replacing(rest, pattern, " ") }
        }
        // ("only the photo": the one picture.)
        rest = Self.replacing(rest, stillGroup + "|" + clipGroup + #"|\b(?:every|each) (?:single )?(?:clip|video|vid|photo|picture|pic|image|still|file)\b|\bthe (?:one )?(?:photo|picture|pic|image|still)\b|^(?:the )?(?:video )?clip (?=first|last)|^先放第[一二三四五六七八九\d]张$"#, " ")
        // "skip clip2", "leave clip3 out": files left out were read with the others.
        rest = Self.replacing(rest, #"\b(?:the|all|these|those|my|of|and|then|first|last|next|after|that|followed|by|with|from|only|just|plus|at|end|all|them|song|music|too|also|skip|skipping|except|minus|leave|out|exclude|but)\b|[+&,.]"#, " ")
        return rest.trimmingCharacters(in: .whitespaces).isEmpty && rest != c
    }
}

/// Where each file was found in the last words looked at (cleared when the words or the files change).
final class MentionsKept: @unchecked Sendable {
    static let shared = MentionsKept()
    private var words = ""
    private var files = 0
    private var kept: [String: [Int]] = [:]
    private let lock = NSLock()

    func get(_ said: String, _ files: Int, _ key: String) -> [Int]? {
        lock.withLock { words == said && self.files == files ? kept[key] : nil }
    }

    func set(_ said: String, _ files: Int, _ key: String, _ found: [Int]) {
        lock.withLock {
            if words != said || self.files != files || kept.count > 4096 {
                words = said
                self.files = files
                kept.removeAll(keepingCapacity: true)
            }
            kept[key] = found
        }
    }
}
