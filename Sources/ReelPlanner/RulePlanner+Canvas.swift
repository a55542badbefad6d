import Foundation
import ReelTimeline

extension RulePlanner {
    // MARK: Canvas

    /// "it's a vertical shot", "the bathroom photo was taken in portrait": words about a picture's own
    /// shape, not a canvas asked for (it turned the video vertical).
    static let describesShape = #"\b(?:it'?s|it is|that'?s|that is|this one'?s|this is|they'?re|they are|(?:was|were|is|are)(?: all)?) (?:a |an |all )?(?:\w+ )?(?:vertical|portrait|upright|horizontal|landscape)(?: (?:shot|photo|picture|pic|image|one|format|orientation))?\b(?! (?:video|vid|clip|reel|version|edit|cut)\b)|\b(?:shot|filmed|taken|recorded|photographed) (?:in |as )?(?:vertical(?:ly)?|portrait|upright|horizontal(?:ly)?|landscape)\b"#

    /// "make it the tall way for my phone", "tall like on a phone", "the up and down way", "phone-shaped": vertical, in plain words
    /// (never "taller", "a tall glass").
    static let tallWords = #"\bthe tall ?ways?\b|\bthe tall (?:kind|sort|type|one|style)\b(?! of\b)|\b(?:tall|standing) (?:format|version|shape|mode|orientation)\b|\b(?:make|turn|set|put|flip|do|have|need|want|needs|wants|get) (?:it|this|that|the (?:video|vid|whole thing|thing|slideshow|reel|movie|edit)) (?:to be |to go )?(?:the |a )?(?:tall|standing|standing up)(?: one)?\s*(?:$|[.!?,]|for\b|like\b|please\b|so\b)|\btall,? (?:for|on|to fit|like(?: on| for| in)?) (?:a |the |my |your |our )?(?:phone|mobile|iphone|cell ?phone|phone screen)s?\b|\b(?:it|this|the video) (?:(?:should|needs? to|has to|must|could|can) )?be tall\b|\bup and down (?:way|format|shape|orientation)\b|\bphone[- ](?:shaped|sized|size|shape|format)\b|\bthe (?:phone|tiktok) way\b|\b(?:fit|for|on) (?:a |the |my |your )?phone screen\b|\b(?:the )?shape of a phone\b|\b(?:the )?right way (?:up|round|around) for (?:a |the |my |your |our )?(?:phones?|mobiles?|iphones?|cell ?phones?|phone screens?)\b|\bthe way (?:you|i|we|people) hold (?:a|the|my|your|our) phones?\b"#

    /// "the wide way for the TV", "wide format": landscape, in plain words (never "a wide shot").
    static let wideWords = #"\bthe wide ?ways?\b|\b(?:wide|lying) (?:format|version|shape|mode|orientation)\b|\b(?:make|turn|set|put|flip|do|have|need|want|needs|wants|get) (?:it|this|that|the (?:video|vid|whole thing|thing|slideshow|reel|movie|edit)) (?:to be |to go )?(?:the |a )?(?:wide|lying|lying down)(?: one)?\s*(?:$|[.!?,]|for\b|like\b|please\b|so\b)|\bthe (?:tv|television|computer|laptop) way\b|\bsideways (?:for|like|on) (?:the |a |my )?(?:tv|television|computer|laptop)\b|\b(?:turn|flip|make|put) (?:it|this|the video) sideways\b|\bfor (?:the |a |my |our )?(?:tv|television|big screen)\b"#

    /// "make a 15 sec tiktok", "create a quick reel w these": a TikTok, reel or short as the thing made (never "the tiktok audio").
    static let platformVideoMade = #"\b(?:make|making|create|creating|do|build|edit|cut|need|want|turn (?:it|this|these|them) into)\s+(?:me\s+)?(?:a|an|my|one|another|new)\s+(?:(?:\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?)|quick|short|little|fun|new|cool|vertical)\s+)*(?:tiktok|reel|insta reel|ig reel|yt short|youtube short|short)s?\b(?!\s+(?:audio|sound|song|music|track|loudness|levels?|volume)\b)"#

    static func canvas(_ c: String, draft: Draft, _ plan: inout Plan) {
        if has(c, describesShape), !has(c, #"\b(?:make|turn|set|change|convert|switch|crop|want|need|should be|needs to be|has to be|render|export)\b|\bfor (?:tiktok|reels|stories|instagram|youtube|shorts)\b"#) { return }
        var ratio: (Int, Int)?
        if has(c, #"\b9 ?: ?16\b"#) { ratio = (9, 16) }
        // "IG portrait posts get more reach": Instagram's portrait post is 4:5, not a story's 9:16.
        else if has(c, #"\b4 ?: ?5\b|\b(?:ig|insta|instagram) portrait\b|\bportrait (?:feed )?posts?\b"#) { ratio = (4, 5) }
        else if has(c, #"\b1 ?: ?1\b"#) { ratio = (1, 1) }
        else if has(c, #"\b16 ?: ?9\b"#) { ratio = (16, 9) }
        // Not "the portraits" or "portrait_01" (photos of people), nor "landscapes" (photos of places).
        // "upright", "for the Handy" (German for a phone), "hochkant": held as a phone is held.
        // ("beginning with the 2023 portrait", "my portrait of grandma": a picture of someone, not the shape.)
        else if has(c, #"vertical|(?:(?=portrait)(?<!\b(?:the|my|our|this|that|his|her|their) )(?<!\b(?:the|my|our|this|that|his|her|their) \d{4} )portrait|portrait(?= (?:format|mode|orientation|version|layout|view|way|size|aspect|ratio|video)\b))(?!s\b|_|-?\d)(?! (?:of|photo|pic|picture|shot|image)\b)|\b(?:ig|insta|instagram|fb|facebook|snap(?:chat)?|whatsapp) stor(?:y|ies)\b|\b(?:for|on|to|in|as|into) (?:my |our |the |a |an |your )?(?:ig |insta |instagram )?stor(?:y|ies)\b(?! (?:of|about|time|hour|so far)\b)|(?=stories)(?<!\b(?:the|our|my|their|your|his|her|these|those|bedtime|short|love|war|success|true) )\bstories\b(?! (?:of|about|from|behind|time)\b)|\bupright\b(?! piano)|\bhochkant\b|\bfor (?:the |a |my |your )?(?:handy|cell ?phone|mobile phone|smartphone)\b|竖屏|竖版|竖的"#) || has(c, Self.tallWords) { ratio = (9, 16) }
        // "a square reel of these", "square tiktok": the shape said outright, whatever the platform.
        // (Not "the square photo is cut off, make it a tiktok": a file described as square.)
        else if has(c, #"\bsquare\b(?! (?:photo|pic|picture|image|logo|one|shot|still)s?\b)"#), has(c, #"tiktok|\breels?\b|\bshorts?\b"#), !has(c, #"\b(?:not|n'?t|no longer|instead of)\b[^.,;]{0,20}\bsquare\b"#) { ratio = (1, 1) }
        // "needs to be under 60 for shorts": the platform's length limit, no shape.
        else if has(c, #"\b(?:under|less than|below|shorter than|at most|no (?:more|longer) than|max(?:imum)?(?: of)?)\s+(?:a |one )?(?:\d+(?:\.\d+)?\s*)?(?:minutes?|mins?|s|secs?|seconds?)?\s*(?:long\s+)?(?:for|on) (?:tiktok|reels|shorts|youtube shorts|instagram)\b"#) {}
        // "a YouTube Short" is vertical; "YouTube" alone is 16:9. ("make it as short as you can", "make it short": a length.)
        else if has(c, #"\byoutube shorts?\b|\b(?:as|into|for|make it) (?:a |an )shorts?\b(?![- ]?(?:er|video|clip|one|version|teaser|intro))|\b(?:as|into|for|make it) shorts\b"#) { ratio = (9, 16) }
        // A platform named for the sound ("loudness for TikTok") is not a canvas.
        // ("make a 15 sec tiktok w all these pics + the sped up audio": a TikTok made, whatever its sound.)
        // ("make a highlight reel", "our demo reel": a reel of the best bits, any shape.)
        else if has(c, #"tiktok|douyin|(?<!\b(?:highlights?|demo|sizzle|blooper|gag|show|wedding|recap|year[- ]end|film|news|season) )\breels?\b|\bshorts\b|抖音|快手"#),
                !has(c, #"loud|normali[sz]|\blufs\b|\baudio\b|\bsound\b|\blevels?\b|\bmaster|响度"#)
                    || has(c, Self.platformVideoMade) { ratio = (9, 16) }
        else if has(c, #"\bsquare\b|instagram post|instagram feed|方形|正方形|方屏"#) { ratio = (1, 1) }
        // ("pillarbox the landscape footage": which files, by their shape, not the canvas.)
        else if has(c, #"(?<!\b(?:the|my|our|those|these|your) )landscape(?!s\b|_|-?\d)|widescreen|horizontal|横屏|横版|宽屏"#) || has(c, Self.wideWords) { ratio = (16, 9) }
        else if has(c, #"youtube"#), !has(c, #"loud|normali[sz]|\blufs\b|\baudio\b|\bsound\b|\blevels?\b|\bmaster|响度"#) { ratio = (16, 9) }
        var short: Int?
        if has(c, #"(?<![a-z\d])4k\b|(?<!\d)2160p|\buhd\b"#) { short = 2160 }
        // "bump the canvas to 1440p", "QHD": 2560x1440 wide.
        else if has(c, #"(?<![\d.x×*])1440p\b|\b(?:w?qhd|quad hd)\b"#) { short = 1440 }
        else if has(c, #"(?<![\d.x×*])720p?\b(?! ?[x×*] ?\d)"#) { short = 720 }
        else if has(c, #"(?<![\d.x×*])1080p?\b(?! ?[x×*] ?\d)|full ?hd"#) { short = 1080 }
        // ("1080 by 1350 for the instagram": that size, said in words; it kept the shape and made it 1920x1080.)
        if let m = Numbers.firstMatch(#"(?<![\d.])(\d{3,4})(?: ?[x×*] ?| by )(\d{3,4})(?!\d)(?!\.\d)(?! ?(?:ms|milliseconds?|s|secs?|seconds?|%)\b)"#, in: c), let w = Int(m[1]), let h = Int(m[2]),
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
        // "conform to 24p", "25p": a frame rate (never 720p or 1080p, which are sizes).
        if let m = Numbers.firstMatch(#"(?<![\d.])(24|25|30|48|50|60)p\b"#, in: c), let fps = Int(m[1]) {
            plan.operations.append(.setFPS(fps))
            plan.understood.append("set \(fps) frames per second")
        } else if let m = Numbers.firstMatch(#"(\d+)\s*fps|(\d+)\s*frames? (?:per|a|/) ?sec(?:ond)?|(\d+)\s*帧|(?:fps|frame ?rate|framerate|帧率)\D{0,12}?(\d+)(?!\d|\.\d)"#, in: c),
           let fps = Int([m[1], m[2], m[3], m[4]].first { !$0.isEmpty } ?? "") {
            plan.operations.append(.setFPS(fps))
            plan.understood.append("set \(fps) frames per second")
        }
    }
}
