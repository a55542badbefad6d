import Foundation

/// How agents write requests, brought to the words the rules read: wire operations pasted as
/// JSON, settings objects (`{"aspect": "1:1", "music_volume": 0.25}`), function calls
/// (`set_speed target=clip[1] speed=1.5`), dotted and unit-suffixed keys (`music.fadeOutMs=1500`),
/// headings (`transition: slideleft, 400ms, all clips`) and numbered lists.
extension RulePlanner {
    /// A message that is one wire operation, or a list of them, exactly as the API takes them.
    static func wireOperations(_ text: String) -> [EditOperation]? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.hasPrefix("{") || t.hasPrefix("["), t.contains("\"op\"") else { return nil }
        let data = Data(t.utf8)
        if let one = try? JSONDecoder().decode(EditOperation.self, from: data) { return [one] }
        if let many = try? JSONDecoder().decode([EditOperation].self, from: data), !many.isEmpty { return many }
        return nil
    }

    /// A settings key as words: `music_volume` "music volume", `fadeOutMs` "fade out ms", `music.start` "music start".
    static func keyWords(_ key: String) -> String {
        var out = ""
        var previous: Character = " "
        for ch in key {
            if ch == "_" || ch == "." || ch == "-" { out.append(" ") }
            else if ch.isUppercase, previous.isLowercase { out += " " + ch.lowercased() }
            else { out += ch.lowercased() }
            previous = ch
        }
        return out
    }

    /// Keys whose value is words for the screen.
    static let textKeys = #"^(?:title|headline|caption|subtitle|text|end card|endcard|lower third|words|label)$"#

    /// A template's fields left unfilled: `TITLE=null`, `CAPTION=`, `Title: "".`, `DURATION_SECONDS=;`,
    /// `TITLE={{title}}` ask for nothing (never a caption that says "null"); `MUSIC=none`, `Music: null.`
    /// ask for no music; `ACTION=create_video;` before the fields is what the fields make.
    static func unfilledFields(_ text: String) -> String {
        guard has(text, #"[=:]"#) else { return text }
        return replacing(text, [
            (#"\b(?:music|audio|song|bgm|soundtrack)\s*[=:]\s*(?:none|null|nil|no|off|false)\s*(?=[;.,]|$)"#, "no music"),
            (#"(?:^|(?<=[;,.]))\s*[A-Za-z][\w.]*\s*(?:=\s*(?:null|nil|none|undefined|""|''|\{\{?\s*[\w.]*\s*\}\}?)?|:\s*(?:null|nil|undefined|""|''|\{\{?\s*[\w.]*\s*\}\}?))\s*(?:[;,]|\.(?=\s|$)|$)"#, " "),
            // "Title: {{title}}", "caption: null" on a line of their own among a new video's fields.
            (#"(?m)^[ \t]*[A-Za-z][\w.]*(?: [A-Za-z][\w.]*)?[ \t]*[:=][ \t]*(?:null|nil|undefined|""|''|\{\{[^}\n]*\}\}|\$\{?[A-Za-z_]\w*\}?)[ \t]*$"#, ""),
            (#"^\s*(?:action|op|task|command)\s*=\s*(?:create|make|compose|build|render|generate)_?(?:video|slideshow|reel|clip)?\s*[;,]"#, " "),
            // "TASK: create_video" on a line of its own (never "action: render", an export).
            (#"^\s*(?:action|op|operation|task|command)\s*[=:]\s*(?:create|make|compose|build|generate)_?(?:video|slideshow|reel|clip|project)?\s*(?:[;,]|\n)"#, " "),
        ])
    }

    /// Fields an agent writes one to a line or between semicolons, as the words for them.
    static func fieldLines(_ text: String) -> String {
        guard has(text, #"[=:]"#) else { return text }
        // `Title: 4417 Maple Ave - Open House Sunday 1-4pm` on a line of its own among other fields: the whole line is
        // the words for the screen (the comma that joined the next field was read as theirs).
        var text = text
        if text.contains("\n") {
            text = replacing(text, #"(?m)^([ \t]*(?:title|headline|caption|subtitle|end ?card|text)[ \t]*:[ \t]*)(?!["'“‘{\[])([^\n"“”]*[^\s"“”,;])[ \t]*$"#, "$1\"$2\";")
        }
        let time = #"(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?)?)"#
        let t = replacing(text, [
            // `op: trim` / `target: b.mp4` / `in: 1.5s`, `operation: add_caption; text: "…"`: the operation's name is the
            // verb, its target what it acts on, `in` where the clip starts playing.
            (#"(?:^|(?<=[;\n]))\s*(?:op|operation|action|command)\s*[=:]\s*((?:add|insert|trim|cut|remove|delete|move)(?:_[a-z]+)*)\s*(?:[;,\n]|$)(?!\s*(?:arguments|args|params|parameters|input)\b)"#, "$1 "),
            (#"(?:^|(?<=[;\n]|\s))\s*target\s*:\s*(?=[\w-]+\.[a-z0-9]{2,4}\b)"#, ""),
            (#"(?<=[;\n])\s*(?:in|in_point|trim_in|start_at)\s*[=:]\s*(?=\d)"#, " in point "),
            // `ken_burns=off`, "Ken Burns: false": the pictures still (it read "ken burns" alone, a slow zoom in).
            (#"\bken[_ -]?burns?(?:[_ ]?(?:effect|zoom|motion))?\s*[=:]\s*(?:off|false|no|none|0|disabled?)\b"#, "turn off the ken burns"),
            (#"\bken[_ -]?burns?(?:[_ ]?(?:effect|zoom|motion))?\s*[=:]\s*(?:on|true|yes|1|enabled?)\b"#, "add the ken burns effect"),
            // `start: 00:00:06` / `end: 00:00:09` after a text: when it shows.
            (#"\s*[;,\n]\s*(?:[-*•]\s*)?start(?:_time|_at)?\s*[=:]\s*\#(time)\s*[;,\n]\s*(?:[-*•]\s*)?end(?:_time|_at)?\s*[=:]\s*\#(time)(?=\s*(?:[;,.\n]|$))"#, " from $1 to $2"),
            // `Start: 6s` / `Duration: 4s` after a text: when it shows, and how long (the length was read as the video's).
            (#"(?<=\b(?:caption|title|text|subtitle|card|third)\b[\s\S]{0,120})\s*[;,\n]\s*(?:[-*•]\s*)?start(?:_time|_at)?\s*[=:]\s*\#(time)\s*[;,\n]\s*(?:[-*•]\s*)?(?:duration|length|dur)\s*[=:]\s*(\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))(?=\s*(?:[;,.\n]|$))"#, " starting at $1 for $2"),
        ])
        return transitionFields(t)
    }

    /// `transition=slideright; transition_duration=700ms`, "- transition: wipeleft\n- transition_duration_ms: 400":
    /// one transition, its name and its length, on one line or two (the length was read as a fade's, or lost).
    /// A bare number is milliseconds when the key says so or it is 100 or more, else seconds.
    static func transitionFields(_ t: String) -> String {
        guard has(t, #"transition"#) else { return t }
        var t = t
        // `action=set_transition target=all name=wipeleft duration_ms=700`: under a transition's action, its name is the
        // transition's (it was lost: a fade).
        if has(t, #"\b(?:action|op|operation|tool|command|cmd|function)\s*[=:]\s*["']?(?:set|apply|add|change|update|use)[_ ]?transitions?\b"#) {
            t = replacing(t, #"\b(?:name|type|kind|style)\s*=\s*(?=["']?[a-z]+\b)"#, "transition=")
        }
        // `transition=wipeleft dur=400ms all`: a scope word after the fields is every transition, as without it.
        t = replacing(t, [
            (#"(\btransitions?\s*[=:]\s*[a-z]+\s+(?:duration|length|dur)(?:_?ms)?\s*[=:]\s*\d+(?:\.\d+)?\s*(?:ms|s)?)\s+(?:all|everywhere|throughout|globally)\s*$"#, "$1"),
            // `transition=wipeleft:400ms`, `transition=fade@0.5s`: the name, then its length (it was read as one name).
            (#"\b(transitions?\s*[=:]\s*[a-z]+)\s*[:@/]\s*(\d+(?:\.\d+)?\s*(?:ms|s))(?=[\s;,]|$)"#, "$1 duration=$2"),
        ])
        return substitute(t, #"\btransitions?(?:[_. ]?(?:type|name|style|kind))?\s*[=:]\s*"?([a-z]+)"?[\s;,]*(?:[-*•]\s*)?(?:transitions?[_. ]?|(?=(?:duration|length|dur)(?:_?ms|Ms)?\s*[=:]\s*\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?)?\s*[.;]?\s*$))(?:duration|length|dur|time)?(_?ms|Ms)?\s*[=:]\s*(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)?\b"#) { g in
            // `transition = circleopen; duration_ms = 600`: a length said last, right after the transition, is its own.
            // (`transition=none; duration=9000ms`: no transition has a length; it is the video's.)
            guard !g[2].isEmpty || has(g[0], #"(?:transitions?[_. ]?|[;,\n]\s*)(?:duration|length|dur|time)"#),
                  !has(g[1], #"^(?:none|off|no|false|cuts?|hard|disabled?)$"#) else { return g[0] }
            let n = Double(g[3]) ?? 0
            let unit = !g[4].isEmpty ? g[4] : (!g[2].isEmpty || n >= 100) ? "ms" : "s"
            // (`transition=fade duration=15s`: a length no transition has is the video's.)
            guard n * (unit == "ms" ? 1 : 1000) <= 5000 || has(g[0], #"transitions?[_. ]?(?:duration|length|dur|time)"#) else { return g[0] }
            // (`transition=dissolve duration_ms=750`: the transition of that name, as a call sets it; in words a dissolve is a
            // crossfade, which it became.)
            if g[1].lowercased() == "dissolve", let n = Double(g[3]) {
                return "transition=dissolve duration=\(Int((n * (unit == "ms" ? 1 : 1000)).rounded()))ms"
            }
            return "transitions \(g[1]) \(g[3]) \(unit)"
        }
    }

    /// Agent forms rewritten before the general key=value reading.
    static func agentKeys(_ text: String) -> String {
        // "Add a caption overlay. {"text": …}", "Add a caption: {…}": the words before the object head it (it was left
        // not understood, or after a colon read "text" as the caption's words).
        var t = replacing(text, #"\b((?:add|insert|create|put) (?:a |an |the |this |that |these |my |our )?(?:caption|title|text|subtitle|lower third)(?: overlay| layer)?)\s*[.:]\s*(?=\{)"#, "$1 ")
        // A settings object: `"key": "value"` and `"key": 12` pairs, in their order. In prose too
        // ("… parameters: {"sources": [...], "duration_ms": 30000}."), nested ones innermost first
        // (`{"transition": {"name": "slideleft", "durationMs": 600}}` → "transition slideleft 600 ms").
        if t.contains("{"), t.contains("\"") {
            // `["a.mp4", "b.jpg"]` inside an object: the names, in their order.
            t = substitute(t, #"\[\s*("[^"\[\]{}]*"(?:\s*,\s*"[^"\[\]{}]*")*)\s*\]"#) { g in
                "\"" + g[1].split(separator: "\"").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "," }.joined(separator: ", ") + "\""
            }
            var rounds = 0
            while rounds < 6, let r = firstRange(#"\{[^{}\[\]]*\}"#, in: t) {
                rounds += 1
                let body = String(t[r])
                let inner = t[..<r.lowerBound].contains("{")
                // `set transitions: {"name": "slideleft", "durationMs": 400}`: the object after "transitions" is one
                // transition's fields (its length was read as the video's).
                // (`{"action": "set_transitions", "type": "wipeleft", "duration_ms": 400}`: the call's own fields, the same; its
                // 400 ms made a video of 0.4 s.)
                let ofTransition = !inner && (has(String(t[..<r.lowerBound]), #"(?:\b|(?<=_))(?:transitions?|crossfades?|dissolves?|wipes?)\s*(?::|=|to|as|with)?\s*$"#)
                    || has(body, #""(?:op|action|tool|function|command|call|task)"\s*:\s*"(?:set|apply|add|change|update|use)?[_ ]?transitions?""#))
                let pairs = objectPairs(body, inner: inner || ofTransition)
                guard !pairs.isEmpty else { break }
                // An operation's fields, or a text's, describe one thing; a settings object's are several.
                // (`{"action": "create_video", "media": […], "music": "bed.wav", "duration_ms": 40000, "aspect": "16:9"}`: a new
                // video's fields are several settings; in one clause the aspect's 9 was read as the music's level.)
                let making = has(body, #""(?:op|action|tool|function|command|call|task)"\s*:\s*"(?:create|make|compose|build|generate|new)(?:[_ ]?(?:video|reel|slideshow|project|movie|montage))?""#)
                let one = inner || ofTransition || (!making && has(body, #""(?:op|action|tool|function|command|call|task|text|caption|subtitle)"\s*:"#))
                // `"music": {"src": "lofi.mp3", "volume": 0.15, "duck_under_voice": true}`: the ducking is a request of its
                // own beside the song and its level (it was read before the song was added: "there is no music yet").
                let ducking = inner ? pairs.filter { has($0, #"^duck"#) } : []
                let fields = [pairs.filter { !ducking.contains($0) }.joined(separator: " ")].filter { !$0.isEmpty } + ducking
                t.replaceSubrange(r, with: inner ? "\"\(fields.joined(separator: ", "))\"" : pairs.joined(separator: one ? " " : ", "))
            }
        }
        t = replacing(t, [
            // `music_fade_in: 2s`, `audio_fade_out=3s`: the music's fade, that end (`music_fade_in` faded the music out).
            (#"\b(music|audio|song|bgm|soundtrack)_fade_?(in|out)(?=\s*[=:])"#, "$1 fade $2"),
            // `video_fade_out=1.5s` (`--video-fade-out 1.5s`): the picture's fade to black (it was not understood).
            (#"\b(?:video|visuals?|picture)_fade_?(in|out)(?=\s*[=:])"#, "fade_$1"),
            // `aspect=1:1 | music=bgm.mp3 vol=0.3`: a pipe before a setting ends a statement (the 1 after "1:" was read as the level).
            (#"\s*\|\s*(?=[A-Za-z][\w.]*\s*[=:])"#, "; "),
            // `compose order=[s3.png,s1.png] still=2500ms transition=none`: each setting after a value is its own
            // request (the transition read the pictures' 2500 ms as its own).
            // (`canvas=9:16 music_volume=0.25`, the key's underscore already a space: "16 music volume" set the music to 16 %.)
            (#"(?<==[^\s=]{1,40}|\])\s+(?=(?:still|image|photo|slide|transitions?|canvas|aspect|fps|look|music|video)(?:[_. ]?[A-Za-z]+)?\s*=)"#, ", "),
            // Function names: `set_speed(…)`, `add_text …`, `get_timeline`.
            (#"\b(set|add|get|remove|delete|trim|move|insert|replace|apply|make|use|change|update|show|list|normali[sz]e|mute|duplicate)_([a-z]+)(?:_([a-z]+))?\b(?!\.\w)"#, "$1 $2 $3"),
            // camelCase calls: `setMusicVolume 0.5`, `removeText`.
            (#"\b(?-i:(set|add|get|remove|delete|trim|move|insert|replace|apply|make|use|change|update|show|list|mute)([A-Z][a-z]+)(?:([A-Z][a-z]+))?(?:([A-Z][a-z]+))?)\b(?!\.\w)"#, "$1 $2 $3 $4"),
            // "width=1080 height=1920"
            (#"\bwidth\s*[=:]?\s*(\d{3,4})[\s,;]+height\s*[=:]?\s*(\d{3,4})\b"#, "$1x$2"),
            // A value in milliseconds named by its key: `start_ms=4000`, `fadeOutMs=1500`.
            (#"\b([A-Za-z][\w.]*?)(?-i:_ms|_MS|Ms)\s*=\s*(\d+(?:\.\d+)?)(?!\d|\.\d|\s*(?:ms|s)\b)"#, "$1=$2ms"),
            // Said in a sentence: "Set the title's startMs to 500 and durationMs to 4500" (the field, then the value in ms).
            (#"\b(?-i:(start|end|duration|length|in|out|fadeIn|fadeOut))(?-i:Ms|_ms)\s+(to|at|of|=|:|becomes?|should be)\s+(\d+(?:\.\d+)?)(?!\d|\.\d|\s*(?:ms|s|secs?|seconds?)\b)"#, "$1 $2 $3 ms"),
            // "Swap the clips at indexes 0 and 2": each index named.
            (#"\b(?:the )?(?:clips|segments|items|shots) at (?:indexes|indices|index) (\d+) and (?:index )?(\d+)\b"#, "index $1 and index $2"),
            // Written without "=": `inMs 1000, durationMs 2000`, `fadeInMs 1500`.
            (#"\b(?-i:([a-z]+(?:[A-Z][a-z]+)*)Ms)\s+(\d+(?:\.\d+)?)(?!\d|\.\d|\s*(?:ms|s)\b)"#, "$1=$2ms"),
            // `stillMs=2500`, `image_duration=3s`, `still_duration: 2.5s`: how long each picture shows (never the video's length).
            // `photo_duration: 2.5`, `seconds_per_photo: 3`: a bare number of seconds (it was left not understood).
            (#"\b(?:still|image|photo|picture|slide)s?[ _]?(?:duration|length|time)\s*[=:]\s*(\d{1,2}(?:\.\d+)?)(?![\d.]|\s*(?:ms|s|secs?|seconds?|m|mins?|minutes?)\b)"#, "each photo $1 s"),
            (#"\b(?:seconds|secs|s)[ _]per[ _](?:still|image|photo|picture|slide)\s*[=:]\s*(\d{1,2}(?:\.\d+)?)(?![\d.])"#, "each photo $1 s"),
            (#"\b(?:still|image|photo|picture|slide)s?(?:[ _]?(?:duration|length|time)\s*[=:]|\s*=)\s*(?=\d)"#, "each photo "),
            // `; still 2500ms;`, `| image 3s`: a statement that is only that key and a length (never "still 2 seconds too long").
            (#"(?:^|(?<=[;|]))\s*(?:still|image|photo|picture|slide)s?(?:[ _]?(?:duration|length|time))?\s+(?=\d+(?:\.\d+)?\s*(?:ms|s|secs?)\s*(?:[;|]|$))"#, " each photo "),
            // `text.title="Build #4821 passed"`: the title's words set, as `title.text=` (it added a second title).
            (#"\b(?:texts?|overlays?)\.(title|caption|subtitle|end ?card)\s*[=:]\s*(?=["'“‘«])"#, "set the $1 text to "),
            // `music.start_at = 2s`, `bgm_end_at: 9s`: when the music starts or stops (not understood).
            (#"\b(music|audio|song|bgm|soundtrack)[._ ](start|end|stop)_?(?:at|time|offset|point)\s*(?=[=:])"#, "$1.$2"),
            // `--music-volume +10%`, `music_volume=-5%`: that much louder or quieter (it set the music to 10 %).
            (#"\b(?:(?:music|bgm|audio|song|soundtrack)[ _.-]?)?(?:volume|vol|level|gain)\s*[=:]?\s*\+\s*(\d+(?:\.\d+)?)\s*%"#, "make the music $1% louder"),
            (#"\b(?:(?:music|bgm|audio|song|soundtrack)[ _.-]?)?(?:volume|vol|level|gain)\s*[=:]?\s*[-−]\s*(\d+(?:\.\d+)?)\s*%"#, "make the music $1% quieter"),
            // `segment=2500ms`, `segment_duration: 3s` (a unit said): how long each picture shows (it was lost; `segment=1`
            // is a clip's number).
            (#"\b(?:segment|seg)(?:[_ ]?(?:duration|length|ms))?\s*[=:]\s*(\d+(?:\.\d+)?)\s*(ms|s)\b"#, "$1 $2 per photo"),
            // `target=c.png, duration=6s`: that file's own length (the video was made 6 s long).
            (#"\b(?:target|clip|segment|file|src|source|item)\s*[=:]\s*["']?([\w-]+\.(?:mp4|mov|m4v|webm|jpe?g|png|heic|webp|gif))["']?\s*[,;]?\s*(?:dur|duration|length|len|seconds|secs)\s*[=:]\s*(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)(?![\w.])"#, "make $1 $2 $3 long"),
            (#"\b(?:target|clip|segment|file|src|source|item)\s*[=:]\s*["']?([\w-]+\.(?:mp4|mov|m4v|webm|jpe?g|png|heic|webp|gif))["']?\s*[,;]?\s*(?:dur|duration|length|len|seconds|secs)\s*[=:]\s*(\d+(?:\.\d+)?)(?![\w.%])"#, "make $1 $2 seconds long"),
            // `title.text='Q3 Results'`: new words for the title there is (one is added when there is none).
            (#"\b(title|caption|subtitle|end ?card)\.text\s*[=:]\s*(?=["'“‘«])"#, "set the $1 text to "),
            // `{"op": "set_title", "text": "Release v2.3.1"}`, `update_caption title="…"`: the same (it added a second title).
            (#"\b(?:set|update|edit|change|rename|replace) (title|caption|subtitle|end ?card) (?:text |words |\1 )(?=["“«])"#, "set the $1 text to "),
            // `{"action": "set_text", "target": "title", "text": "Q3 Launch"}`: the title's words (it added a second title).
            (#"\b(?:set|update|edit|change|replace|modify) (?:text|overlay) (title|caption|subtitle|end ?card) (?:text |words )?(?=["“«])"#, "set the $1 text to "),
            // `fades: video.in=500ms video.out=1500ms`: under fades, the picture's or the music's fade in and out.
            (#"(?<=\bfades?\b.{0,60})\b(video|picture|visuals?|music|audio|song)\.(in|out)\s*[=:]\s*"#, "$1 fade $2 "),
            // Short and underscored keys: `vol=0.3` is the volume; `title_duration=5s` is the title's own length.
            // "b.mp4 dur 1.5s", "intro.jpg duration: 2s": that file's own length (it set the video to 1.5 s); never the last
            // name of a list ("sources=s1.jpg,s2.jpg duration=9s" is the video's).
            (#"(?<![\w,=.-])([\w-]+\.(?:mp4|mov|m4v|webm|jpe?g|png|heic|webp|gif))\s+(?:dur|duration|length|len)\s*[:=]?\s*(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)\b"#, "make $1 $2 $3 long"),
            // `fadeIn: 0, fadeOut: 1200`: milliseconds without a unit; 0 is none.
            (#"\bfade ?(in|out)\s*[:=]\s*0(?![.\d])(?!\s*(?:s|ms|sec|seconds?)\b)"#, "no fade $1"),
            (#"\bfade ?(in|out)\s*[:=]\s*(\d{3,5})(?![.\d])(?!\s*(?:s|ms|sec|seconds?)\b)"#, "fade $1 over $2 ms"),
            // `at t=6000ms, d=3000ms`: how long; `speed: segment 'b' x2`: that clip's speed.
            (#"(?<=[\s,])d\s*=\s*(\d+(?:\.\d+)?\s*(?:ms|s)\b)"#, "for $1"),
            (#"\bspeed\s*[:=]\s*(?:segment|clip)\s*['"‘“]?([\w.-]+?)['"’”]?\s*(?:x\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*x)\b"#, "set the $1 clip to $2$3x speed"),
            // `title="DevLog #42" (durationMs: 2500)`: the title's own length, said after it.
            (#"(\btitle\s*[=:]\s*"[^"]*")\s*\(\s*(?:duration(?:_?ms|Ms)?|dur)\s*[:=]\s*(\d+)\s*(?:ms)?\s*\)"#, "$1 title.duration=$2ms"),
            // "Move title start to 500ms": where it starts.
            (#"\bmove (?:the )?(title|caption|end ?card)(?:'s)? start (?:time )?to (\d+(?:\.\d+)?\s*(?:ms|s|seconds?))\b"#, "start the $1 at $2"),
            // "Plan for video assembly:", "Steps:" on a line of their own before a list: a heading, no request.
            (#"(?m)^\s*(?:here(?:'s| is) (?:the |my )?)?[a-z][\w ,'/-]{0,50}:\s*\n(?=\s*(?:\d{1,2}[.)]|[-*•])\s)"#, ""),
            // "1. Undo is not needed.", "no undo needed": nothing asked (it undid the last change).
            (#"\b(?:an? )?undo (?:is|was) (?:not|n't) (?:needed|necessary|required)\b|\bno need (?:to|for an?) undo\b|\bno undo (?:is )?(?:needed|necessary|required)\b|\b(?:don'?t|do not|no need to) undo(?: anything)?\b"#, " "),
            // "update that text: position=top": that text moved there (it added a caption reading "at the top").
            (#"(?:^|(?<=[.;]\s))\s*(?:update|edit|change|modify|set|adjust)\s+(that|this|the|its|the last|the new)\s+(text|caption|title|subtitle|overlay|label)\s*[,:]?\s*position\s*[=:]\s*["']?((?:top|bottom|upper|lower)(?:[ -](?:left|right|third|center|centre))?|cent(?:er|re)|middle)\b["']?"#, "move $1 $2 to the $3"),
            // "Title position: top.": the title moved there (it added a title reading "top.").
            (#"\b(title|caption|subtitle|end ?card|lower third) position\s*[:=]\s*((?:top|bottom|upper|lower)(?:[ -](?:left|right|third|center|centre))?|cent(?:er|re)|middle)\b"#, "move the $1 to the $2"),
            // `duration=+5s`, `length: -2000ms`: longer or shorter by that much (it set the video to 5 s).
            (#"\b(?:duration|length|runtime)(?:_?ms)?\s*[=:]\s*\+\s*(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)(?![\w=])"#, "make the video $1 $2 longer"),
            (#"\b(?:duration|length|runtime)(?:_?ms)?\s*[=:]\s*-\s*(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)(?![\w=])"#, "make the video $1 $2 shorter"),
            (#"\b(?:duration|length|runtime)_?ms\s*[=:]\s*([+-])\s*(\d+)(?![\w.=])"#, "duration $1$2 ms"),
            (#"\b(?:duration|length|runtime)\s*[=:]\s*\+\s*(\d+(?:\.\d+)?)(?![\w.=])"#, "make the video $1 s longer"),
            (#"\b(?:duration|length|runtime)\s*[=:]\s*-\s*(\d+(?:\.\d+)?)(?![\w.=])"#, "make the video $1 s shorter"),
            // `mute_clips=true`, `clips_muted: yes`: every clip's own sound off (or back on).
            (#"\b(?:mute[_ ]?clips|clips?[_ ]?mute(?:d)?|mute[_ ]?clip[_ ]?audio)\s*[=:]\s*(?:true|yes|on|1)\b"#, "mute all clips"),
            (#"\b(?:mute[_ ]?clips|clips?[_ ]?mute(?:d)?|mute[_ ]?clip[_ ]?audio)\s*[=:]\s*(?:false|no|off|0)\b"#, "unmute all clips"),
            (#"\bvol\s*(?=[=:]\s*\.?\d)"#, "volume"), (#"\bvol\.?\s+(?=\.?\d)"#, "volume "), (#"\b(title|caption|subtitle)_(duration|start|end|position|colou?r|size)\s*(?==)"#, "$1.$2"),
            // `duration: 15000ms` opening a statement: the video's length.
            (#"(?:^|(?<=[|;]))\s*(duration|length|runtime)\s*:\s*(?=\d)"#, " $1="),
            // `music=song.mp3 volume=0.3 fade_in=2s fade_out=3s`: fades among the music's own keys are the music's (they faded the video).
            (musicKeyFade, "$1music fade $2 "), (musicKeyFade, "$1music fade $2 "),
            // Dotted keys: `music.start=3000ms`, `music.volume=0.2`.
            (#"\b(music|audio|song|bgm|video|title|caption|text|transitions?|look|canvas|fades?)\.(\w+)\s*=\s*"#, "$1 $2="),
            (#"\bfades?\s*:\s*(?=(?:in|out)\b)"#, "fade "), (#"\bfade_?(in|out)\s*=\s*"#, "fade $1 "),
            // camelCase fields written as words: `fadeIn 500 ms`, `fadeOut: 1000`.
            (#"\b(?-i:fade(In|Out))\b\s*:?\s*"#, "fade $1 "),
            (#"\btrim_?in\s*=\s*(?=\d)"#, "in point "), (#"\b(?:end|stop)\s*=\s*(?=\d)"#, "end at "),
            (#"\btarget\s*=\s*"#, ""),
            // `speed target=b.mp4 value=1.25`: that clip at that factor.
            (#"\bspeed\s+(?:(?:clip|segment)\s*=?\s*)?([\w-]+\.(?:mp4|mov|m4v|webm|avi|mkv)|\d+)\s*,?\s*(?:value|factor|rate|to)\s*[=:]\s*(\d*\.?\d+)\s*x?\b"#, "set the speed of $1 to $2x"),
            // `position=1`, `stillMs=3000`: an agent's 0-based place, and each picture's length.
            (#"\bposition\s*=\s*(\d+)\b"#, "at index $1"), (#"\bstill(?:_ms|Ms)?\s*=\s*(\d+)\s*ms\b"#, "$1 ms per photo"), (#"\b(ms|milliseconds|seconds|secs)\s*=\s*(\d+(?:\.\d+)?)\b"#, "$2 $1"), (#"\bspeed\s*=\s*(?=\d)"#, "speed to "),
            // `brightness=+10%`, `brightness=-5%`: that much brighter or darker (never a brightness of 10%).
            (#"\bbrightness\s*[=:]\s*\+\s*(\d+(?:\.\d+)?)\s*%"#, "make it $1% brighter"), (#"\bbrightness\s*[=:]\s*[-−]\s*(\d+(?:\.\d+)?)\s*%"#, "make it $1% darker"),
            (#"\bbrightness\s*=\s*\+?(?=-?\d)"#, "brightness to "), (#"\blook\s*=\s*(\w+)"#, "$1 look"),
            // `music=amb.mp3@0.25`: that song, at that level.
            (#"\b(music|audio|song|bgm|soundtrack)\s*[=:]\s*([\w.-]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus))\s*@\s*(\d+(?:\.\d+)?%?)"#, "$1 $2 at volume $3"),
        ])
        // `contrast=+0.2`, `saturation=-0.3`: a change from the neutral 1 (never a contrast of 0.2); unsigned, the level itself.
        t = substitute(t, #"\b(contrast|saturation)\s*=\s*([-+−])\s*(\d*\.?\d+)\b(?!\s*%)"#) { g in
            let v = 1 + (g[2] == "+" ? 1 : -1) * (Double(g[3]) ?? 0)
            return "\(g[1]) to \(max(0, (v * 100).rounded() / 100))"
        }
        t = replacing(t, #"\b(contrast|saturation)\s*=\s*(?=\d|\.\d)"#, "$1 to ")
        // `in=500ms` said of a clip is where it starts playing.
        if has(t, #"\b(?:trim|clip|index|target|segment)\b|\.(?:mp4|mov|webm)\b"#) {
            t = replacing(t, #"(?<!fade )(?<!fades )\bin\s*=\s*(?=\d)"#, "in point ")
            // "in=500ms, out=2500ms": the out point said as where it ends, so as long as between the two.
            // (With no unit, `in=0.5 out=2.5`, a number below 1000 is seconds.)
            t = substitute(t, #"\bin point (\d+(?:\.\d+)?)\s*(ms|s)?\b\s*[,;]?\s*out(?: point)?\s*=\s*(\d+(?:\.\d+)?)\s*(ms|s)?(?!\w|\.\d)"#) { g in
                func ms(_ n: String, _ unit: String) -> Double {
                    let v = Double(n) ?? 0
                    return v * (unit == "s" || (unit.isEmpty && v < 1000) ? 1000 : 1)
                }
                let inMs = ms(g[1], g[2]), outMs = ms(g[3], g[4])
                return outMs > inMs ? "in point \(Int(inMs)) ms for \(Int(outMs - inMs)) ms" : g[0]
            }
        }
        // `speed: b.mp4=2.0`, `speed b.mp4=0.5x`: that file's speed.
        t = replacing(t, #"\bspeed\s*[:=]?\s*([^\s=:,;]+\.(?:mp4|mov|webm|m4v))\s*=\s*(\d*\.?\d+)\s*x?(?![\w.%])"#, "set the speed of $1 to $2x")
        // `clip[b.mp4].in=500ms`: that file's.
        t = replacing(t, #"\b(?:clip|segment|item|visual|shot)s?\s*\[\s*["']?([^\]\s"']+\.[A-Za-z0-9]{2,4})["']?\s*\]\s*\.?\s*"#, "$1 ")
        // `clip[1]`: an array index, 0-based unless the words say otherwise.
        let oneBased = has(t, #"\b1-based\b|\bone-based\b"#)
        t = replacing(t, #"\b(?:clip|segment|item|visual|shot)s?\s*\[\s*(\d+)\s*\]"#, oneBased ? "clip $1" : "index $1")
        // `text[0]: position=bottom`, `texts[1].size=72`: that text, counted as the array counts.
        t = substitute(t, #"\b(?:text|overlay|caption|title)s?\s*\[\s*(\d)\s*\]\s*[:.]?\s*"#) { g in
            let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
            let n = (Int(g[1]) ?? 0) - (oneBased ? 1 : 0)
            let kind = has(g[0], #"^caption"#) ? "caption" : has(g[0], #"^title"#) ? "title" : "text"
            return ordinals.indices.contains(n) ? "the \(ordinals[n]) \(kind) " : g[0]
        }
        return t
    }

    /// "Per the user: 'make the end card say Visit us'", `The user wrote: "make the music quieter"`: an agent quoting its
    /// user's whole request; the quoted words are the request (they were read as words for the screen, or not at all).
    static func quotedRelayedRequest(_ text: String) -> String {
        guard text.count < 400 else { return text }
        let who = #"(?:(?:the|my|our) )?(?:user|client|customer|human|requester)"#
        let intro = #"(?:(?:per|from|quoting|relaying|forwarding(?: from)?|message from|request from|instructions? from) \#(who)(?:'s (?:request|message|words|instructions?))?"#
            + #"|\#(who)(?:'s)? (?:request|message|instructions?|words|prompt|input)(?: (?:is|was|reads))?"#
            + #"|\#(who) (?:wrote|writes|said|says|typed|types|asked|asks|requested|requests|messaged|sent|just said|just wrote)(?: me| us| this| the following)?"#
            // `User: "make it vertical"`, `User feedback (verbatim): "…"`, `user follow-up: 'a bit lower than that'`.
            + #"|\#(who)(?: (?:feedback|follow-?up|reply|comment|note|message))?(?: \((?:verbatim|exact words|quoted?|translated)\))?(?=\s*:))"#
        // After the quote, the agent's own "Please adjust accordingly." / "Please apply it." asks nothing more.
        let after = #"(?:\s*(?:please |kindly |pls )?(?:adjust|apply|do|handle|make|fix|update|change|action)\b[^"“”'‘]{0,60})?"#
        guard let g = Numbers.firstMatch(#"^\s*\#(intro)\s*[:,—-]?\s*["“'‘]([^"“”]{3,300})["”'’]\s*[.!]?\#(after)\s*[.!]?\s*$"#, in: text),
              has(g[1], #"^\s*(?:please |pls |can you |could you |u |you |hey |so |ok |okay |but |and |idk )?[\p{L}]+"#) else { return text }
        return g[1]
    }

    /// A fade key in a run of the music's keys (`music=x.mp3 volume=0.3 fade_in=2s`): $1 the keys before it, $2 its end.
    static let musicKeyFade = #"\b((?:music|song|bgm|soundtrack)\s*[=:]\s*[^\s,;=]+(?:[\s,;]+(?:(?:volume|vol|level|gain|loop|src|source|file|start|end)\s*[=:]\s*[^\s,;=]+|music fade (?:in|out) [^\s,;=]+))*[\s,;]+)fade[_ ]?(in|out)\s*[=:]\s*"#

    /// One object's `"key": value` pairs as words. Inside another object, a name is only its value
    /// (`{"name": "slideleft", "durationMs": 600}` → "slideleft 600 ms"); beside a text, its start
    /// and length are when it shows (`"startMs": 7000` → "starting at 7000 ms").
    static func objectPairs(_ body: String, inner: Bool) -> [String] {
        let re = Regexes.shared.get(#""([\w.]+)"\s*:\s*(?:"([^"]*)"|(-?[\d.]+)|(true|false))"#)
        let ns = body as NSString
        // (`{"caption": "Free shipping", "start": 2, "end": 6}`: a caption's own words, the same.)
        let forText = has(body, #""(?:text|caption|subtitle)"\s*:\s*""#)
        return re.matches(in: body, range: NSRange(location: 0, length: ns.length)).map { m -> String in
            var key = keyWords(ns.substring(with: m.range(at: 1)))
            var value = [2, 3, 4].compactMap { m.range(at: $0).location == NSNotFound ? nil : ns.substring(with: m.range(at: $0)) }.first ?? ""
            let written = value
            // `"start_s": 2.5`, `"end_sec": 6`: seconds named by the key, read as the milliseconds they are.
            // `"in_ms": 500`, `"in_seconds": 0.5`, `"trim_in": 1`: where a clip starts playing (it was read as its length);
            // seconds below 100 without a unit.
            // (Only in a clip's call: `music.fade {"in_ms": 1000, "out_ms": 2500}` is the music's fades.)
            if let g = Numbers.firstMatch(#"^(?:in|in point|trim in|trim start|source in|source start|start offset|offset)(?: (ms|milliseconds|s|secs?|seconds))?$"#, in: key),
               let n = Double(value), n >= 0, !forText, !has(body, #"fade|music|audio|song|"out"#),
               has(body, #""(?:op|action|tool|function|command|call|task)"\s*:\s*"[\w ]*(?:trim|cut|clip|segment)|"(?:file|clip|segment|src|source|target|index)"\s*:"#) {
                let ms = g[1] == "ms" || g[1] == "milliseconds" || (g[1].isEmpty && n >= 100) ? n : n * 1000
                return "to start \(seconds(Int(ms.rounded()))) seconds in"
            }
            // `set_transition {"between": ["a.jpg", "b.mp4"], "name": "slideleft"}`: the transition's name, and where.
            let transitionCall = has(body, #""(?:op|action|tool|function|command|call|task)"\s*:\s*"[\w ]*transition"#)
            if transitionCall || inner, key == "between", value.contains(",") { return "between " + value.replacingOccurrences(of: ", ", with: " and ") }
            // `"volume_percent": 50`: a level in percent (it was not understood).
            if has(key, #"^(?:(?:music |bgm )?(?:volume|level|gain)) (?:percent|pct|percentage)$"#), Double(value) != nil { return "volume \(value)%" }
            // `"music": {"source": "lofi_bed.m4a", "gain": 0.3}`: a gain is the level ("gain 0.3" was not understood).
            if has(key, #"^(?:gain|vol)$"#), Double(value) != nil { return "volume \(value)" }
            // `"look": "black_and_white"`: words, unless a file's or a thing's name.
            if has(value, #"^[a-z]+(?:_[a-z]+)+$"#), !has(key, #"^(?:file|files|src|sources?|path|target|media|name|id)$"#) {
                value = value.replacingOccurrences(of: "_", with: " ")
            }
            // `"value_seconds": 15`, `"value_ms": 1500`: the value, in that unit ("value seconds 15" was not understood).
            if let g = Numbers.firstMatch(#"^value (ms|milliseconds|s|secs?|seconds)$"#, in: key), Double(value) != nil {
                return "to \(value) \(g[1].hasPrefix("m") ? "ms" : "s")"
            }
            // Beside a text, `"start": "0:07"`, `"end": "0:10"`: timecodes, in seconds (the times were lost).
            if forText, has(key, #"^(?:start|end)$"#), let m = Numbers.firstMatch(#"^(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d(?:\.\d+)?)$"#, in: value) {
                let hours: Double = Double(m[1]) ?? 0, minutes: Double = Double(m[2]) ?? 0, secs: Double = Double(m[3]) ?? 0
                let total: Double = hours * 3600 + minutes * 60 + secs
                value = total == total.rounded() ? String(Int(total)) : String(total)
            }
            if let g = Numbers.firstMatch(#"^(start|end|duration|length) (?:s|secs?|seconds)$"#, in: key), let n = Double(value) {
                key = g[1] + " ms"
                value = String(Int((n * 1000).rounded()))
            } else if forText, has(key, #"^(?:start|end|duration|length)$"#), let n = Double(value) {
                // Beside a text, a bare `"start": 6, "end": 9` is seconds below 1000, else milliseconds (it was the default 0–4 s).
                key += " ms"
                value = String(Int((n < 1000 ? n * 1000 : n).rounded()))
            }
            // `"fade_in": 2`, `"fadeOut": 1500`: a fade's length with no unit, seconds below 100 (else milliseconds); 0 is none.
            if let g = Numbers.firstMatch(#"^fade (in|out)$"#, in: key), let n = Double(value), n >= 0 {
                return n == 0 ? "no fade \(g[1])" : "fade \(g[1]) \(value) \(n < 100 ? "s" : "ms")"
            }
            // `{"instruction": "reorder clips", "order": […]}`: the words the agent passed on, then the fields (it read
            // "instruction reorder clips", not understood).
            // (`"request": "remove_background"`: a tool's name, never the words "remove background", which removed the clip.)
            if has(key, #"^(?:instruction|request|prompt|user request|user instruction)$"#), !forText, written.contains(" ") { return value }
            // `duplicate_clip(source=a.jpg, position=end)`: where the copy goes (it stayed beside the original).
            if key == "position", has(value, #"^(?:end|start|beginning|front|back|last|first)$"#), !forText {
                return has(value, #"^(?:end|back|last)$"#) ? "at the end" : "at the start"
            }
            if has(key, textKeys) { return "\(key) \"\(value)\"" }
            if has(key, #"^(?:op|action|tool|function|command|call|task)$"#) { return keyWords(value) }
            // `"target": "music"`: what the operation acts on, as `target=` is read.
            // (`{"action": "set_transition", "target": "all", "name": "none"}`: every transition is what such a call sets
            // anyway; "all none" was read as a fade.)
            if key == "target", transitionCall, has(value, #"^(?:all|everywhere|all clips|all segments)$"#) { return "" }
            if key == "target" { return value }
            if inner, has(key, #"^(?:name|type|kind|style)$"#) { return value }
            // `{"task": "set_speed", "target": "b.mp4", "value": 2}`: a speed's value is a rate.
            if key == "value" { return "to \(value)" + (has(body, #""(?:op|action|tool|function|command|call|task)"\s*:\s*"[\w ]*speed"#) && Double(value) != nil ? "x" : "") }
            if has(key, #"^(?:ms|milliseconds|seconds|secs|s)$"#) { return "\(value) \(key)" }
            let unit = key.hasSuffix(" ms") ? " ms" : ""
            let name = unit.isEmpty ? key : String(key.dropLast(3))
            let number = Double(value) != nil
            if forText, number, name == "start" { return "starting at \(value)\(unit)" }
            if (forText || inner), number, has(name, #"^(?:duration|length)$"#) { return (forText ? "for " : "") + value + unit }
            if !unit.isEmpty, number { return "\(name) \(value) ms" }
            // A time with no unit: seconds below 1000 ("duration": 15, {"start": 1.5, "end": 9}), else milliseconds.
            if number, let n = Double(value), n >= 0, has(name, #"^(?:duration|length|start|end)$"#) {
                let amount = value + (n < 1000 ? " s" : " ms")
                if inner, name == "start" { return "from " + amount }
                if inner, name == "end" { return "to " + amount }
                if !inner, has(name, #"^(?:duration|length)$"#) { return "duration " + amount }
            }
            return "\(key) \(value)"
        }
    }

    /// `Execute: {"action": "trim", "target": "b.mp4", "duration_ms": 2000}`, `transitions to {"type":
    /// "wipeleft", "duration_ms": 700}`: an object that names an action or a kind, as the words for it.
    /// Its length is that thing's (it was read as the video's: a 2 s video, or "at least 1 second").
    static func actionObjectsAsWords(_ text: String) -> String {
        // `"duration_seconds": 15` is a length in milliseconds the other readers know.
        let text = substitute(text, #""(?:duration|length)_?(?:seconds|secs|s)"\s*:\s*(\d+(?:\.\d+)?)"#) { g in
            "\"duration_ms\": \(Int(((Double(g[1]) ?? 0) * 1000).rounded()))"
        }
        guard text.contains("{"), !text.trimmingCharacters(in: .whitespaces).hasPrefix("{"),
              has(text, #"\{[^{}]*"(?:action|op|operation|type)"\s*:"#) else { return text }
        return substitute(text, #"\{[^{}]*\}"#) { g in
            guard let data = g[0].data(using: .utf8),
                  let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return g[0] }
            func string(_ keys: [String]) -> String? {
                for k in keys { if let v = o[k] { return "\(v)" } }
                return nil
            }
            let ms = string(["duration_ms", "durationMs", "duration", "length_ms", "ms"]).flatMap(Double.init)
            let length = ms.map { "\(seconds(Int($0))) seconds" }
            let action = string(["action", "op", "operation"])?.lowercased()
            let target = string(["target", "segment", "clip", "file", "src", "source"])
            switch action {
            case "trim"?, "cut"?:
                guard let target else { return g[0] }
                let start = string(["in_ms", "inMs", "start_ms", "startMs", "in"]).flatMap(Double.init)
                return "trim \(target)" + (start.map { " to start \(seconds(Int($0))) seconds in" } ?? "") + (length.map { " to \($0) long" } ?? "")
            case "remove"?, "delete"?:
                return target.map { "remove \($0)" } ?? g[0]
            case nil:
                // `{"type": "wipeleft", "duration_ms": 700}` beside transitions.
                guard let kind = string(["type", "kind", "name"]) else { return g[0] }
                return kind + (length.map { " of \($0)" } ?? "")
            default:
                return g[0]
            }
        }
    }

    /// `set_segment_duration(segment=1, seconds=6)`, `remove_clip(target="b.mp4")`, `set_look(style="black_and_white")`:
    /// a tool call written as a function, read as the object `{"action": …, "segment": 1, …}` it stands for (its
    /// fields were words apart: "seconds 6" made the video 6 s long, "target" muted every clip). A comment after it
    /// ("— the user wants the first photo to linger") only says why.
    static func functionCallAsObject(_ text: String) -> String {
        // `EditPlugin.SetLook(look: "bw"); EditPlugin.SetMusicVolume(volume: 0.1)`: calls one after another, each its own
        // request, as the list of their objects (only the last was read); beside words ("…; make the music quieter"),
        // each call as it reads, between the words.
        if text.count < 1200, text.contains(";") {
            let parts = split(Substring(text)) { ch, _ in ch == ";" }
            if parts.count > 1, parts.count <= 8 {
                let read = parts.map { functionCallAsObject($0) }
                if zip(parts, read).allSatisfy({ $0 != $1 }), read.allSatisfy({ $0.hasPrefix("{") }) {
                    return "[" + read.joined(separator: ", ") + "]"
                }
                if zip(parts, read).contains(where: { $0 != $1 }) { return read.joined(separator: "; ") }
            }
        }
        guard text.count < 600,
              let m = Numbers.firstMatch(#"^\s*([A-Za-z][\w.]*_[\w.]*|[a-z]+[A-Z][\w.]*)\s*\((.*)\)\s*[;.]?\s*(?:(?:—|–|--|-|#|//)\s*[^()]*)?$"#, in: text) else { return text }
        // `set_speed({"segment": "b.mp4", "speed": 2.0})`: one JSON object as the arguments is its fields, read as
        // `set_speed(segment: "b.mp4", speed: 2.0)` (it was read as words: every clip sped up, or a clip's 6 s the video's).
        if let o = Numbers.firstMatch(#"^\s*\{([^{}]*)\}\s*$"#, in: m[2]), has(o[1], #"^\s*"[A-Za-z_]\w*"\s*:"#) {
            let fields = replacing(o[1], #"(^|,)\s*"([A-Za-z_]\w*)"\s*:"#, "$1 $2:")
            if !has(fields, #"^\s*\{"#) { return functionCallAsObject(m[1] + "(" + fields.trimmingCharacters(in: .whitespaces) + ")") }
        }
        // `reel.edit(canvas="1:1", fps=24)`, `editor.apply(…)`: a call that only says "edit" is its fields, a settings
        // object ("reel edit" was read as Instagram Reels: a 9:16 video). `reel.edit(instruction="…")`: those words.
        // (`EditPlugin.SetMusicVolume(…)`: a plugin's function is its last name.)
        let tool = m[1].split(separator: ".").last.map(String.init) ?? m[1]
        let generic = m[1].contains(".") && has(tool, #"^(?:edit|update|apply|set|configure|change|modify|run|execute|invoke|call|settings)$"#)
        // `EditPlugin.GetTimeline()`, `EditPlugin.Undo()`: a call with nothing in its brackets is its name in words; one that
        // reads the state shows the timeline (it was not understood).
        if m[2].trimmingCharacters(in: .whitespaces).isEmpty {
            guard has(m[1], #"(?-i:[a-z][A-Z])|[._]"#), !generic else { return text }
            let words = keyWords(tool)
            if readsState(words) { return "show the timeline" }
            return unknownTool(m[1].contains(".") ? tool : m[1]) ?? words
        }
        // `generate_voiceover(text="Welcome", voice="female")`, `EditPlugin.BlurFaces(…)`: a tool Reel does not have is its
        // name only (a plugin's by its function's name: `Editor.Reorder` is no tool called "editor").
        if !generic, let named = unknownTool(m[1].contains(".") ? tool : m[1]) { return named }
        // `key=value` pairs (a value quoted, a number with or without a unit, a word, or a list), nothing else.
        let pair = #"\s*([A-Za-z_]\w*)\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|([^,"'()=\[\]]+?)|(\[[^\[\]()]*\]))\s*(?=,|$)"#
        guard has(m[2], #"^(?:\#(pair),)*\#(pair)$"#) else { return text }
        // `["c.png", "a.jpg"]`, `['c.png', 'a.jpg']`: a list, as JSON; nil when it is none.
        func list(_ raw: String) -> String? {
            let json = raw.contains("\"") ? raw : raw.replacingOccurrences(of: "'", with: "\"")
            guard let data = json.data(using: .utf8), (try? JSONSerialization.jsonObject(with: data)) is [Any] else { return nil }
            return json
        }
        // (Each pair: its key and value, a number's key naming its unit read as the readers' own: `startSeconds: 0` is
        // `start_ms=0`, `durationMs: 800` is `duration_ms=800`.)
        let all = Numbers.allMatches(pair, in: m[2]).map { g, _ -> (key: String, value: String, quoted: Bool, list: Bool) in
            let value = [g[2], g[3], g[4], g[5]].first { !$0.isEmpty } ?? ""
            let bare = g[2].isEmpty && g[3].isEmpty
            let field: (key: String, value: String) = bare && g[5].isEmpty ? unitField(g[1], value) : (key: g[1], value: value)
            return (field.key, field.value, !bare, !g[5].isEmpty)
        }
        // A call of Reel's own whose arguments say all it needs (`set_speed(clip="b.mp4", factor=0.5)`, `setVolume(music=0.2)`,
        // `add_caption(txt='Limited seats', at=5, for=3)`): that operation exactly, as a call's JSON arguments are read (it sped
        // up every clip; "set volume music 0.2" was not understood; the caption's times were lost).
        if !generic {
            var fields: [(key: String, raw: String)] = []
            for g in all {
                let raw: String? = g.list ? list(g.value) : !g.quoted && has(g.value, #"^-?\d+(?:\.\d+)?$|^(?:true|false|null)$"#) ? g.value.lowercased() : jsonQuoted(g.value)
                guard let raw else { break }
                fields.append((g.key, raw))
            }
            if fields.count == all.count, let ops = toolOperations(tool, fields) {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let wire = ops.compactMap { (try? encoder.encode($0)).flatMap { String(data: $0, encoding: .utf8) } }
                if wire.count == ops.count { return wire.count == 1 ? wire[0] : "[" + wire.joined(separator: ", ") + "]" }
            }
        }
        if generic {
            if all.count == 1, has(all[0].key, #"^(?:instruction|request|message|prompt|command|query|text|input)$"#) { return all[0].value }
            var fields: [String] = []
            for g in all {
                let literal = !g.quoted && has(g.value, #"^-?\d+(?:\.\d+)?$|^(?:true|false)$"#)
                if g.list {
                    guard let l = list(g.value), let key = jsonQuoted(g.key) else { return text }
                    fields.append(key + ": " + l)
                    continue
                }
                guard let key = jsonQuoted(g.key), let v = literal ? g.value.lowercased() : jsonQuoted(g.value) else { return text }
                fields.append(key + ": " + v)
            }
            return "{" + fields.joined(separator: ", ") + "}"
        }
        // A text's call reads best as its `key=value` fields (`edit_text index=0 text="Opening Night"`, the title
        // edited), which the text rules know; any other as the object. (`EditPlugin.AddCaption(…)`: named by its
        // function, `add_caption`.)
        if has(m[1], #"(?i)text|title|caption|subtitle|overlay|label|card"#) {
            let head = m[1].contains(".") ? keyWords(tool).replacingOccurrences(of: " ", with: "_") : m[1]
            let pairs: [String] = all.map { g in
                let v: String = g.quoted ? "\"" + g.value + "\"" : g.value
                return g.key + "=" + v
            }
            return head + " " + pairs.joined(separator: " ")
        }
        var fields: [String] = []
        // `apply_transition(type=wipeleft, duration_ms=800)`: a setting applied is the setting set (its length was read as
        // the video's: "a video needs at least 1 second"). `EditPlugin.SetTransition(…)`: `set_transition`.
        let snake = m[1].contains(".") || !m[1].contains("_") ? keyWords(tool).replacingOccurrences(of: " ", with: "_") : m[1]
        let name = replacing(snake, #"^(?:apply|add|use|change|update)_(transitions?|look|filter|speed|canvas|fps|fit)$"#, "set_$1")
        guard let action = jsonQuoted(name) else { return text }
        fields.append("\"action\": " + action)
        for g in all {
            if g.list {
                guard let l = list(g.value), let key = jsonQuoted(g.key) else { return text }
                fields.append(key + ": " + l)
                continue
            }
            // (Written by hand, numbers as they were written: `1080`, never `1080.0`.)
            let literal = !g.quoted && has(g.value, #"^-?\d+(?:\.\d+)?$"#)
            // "black_and_white", "fade_in": words, unless a file's name.
            let words = has(g.value, #"^[a-z]+(?:_[a-z]+)+$"#) ? g.value.replacingOccurrences(of: "_", with: " ") : g.value
            guard let key = jsonQuoted(g.key), let v = literal ? g.value : jsonQuoted(words) else { return text }
            fields.append("\(key): \(v)")
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// A string as JSON writes it, quotes and all.
    static func jsonQuoted(_ v: String) -> String? {
        guard let data = try? JSONSerialization.data(withJSONObject: [v]), let a = String(data: data, encoding: .utf8) else { return nil }
        return String(a.dropFirst().dropLast())
    }

    /// `startSeconds: 0`, `duration_s: 30`, `target_duration_s: 40`, `durationMs: 800`, `volumePercent: 60`: a number whose
    /// key names its unit, as the key the readers know, in milliseconds (`start_ms: 0`, `duration_ms: 30000`,
    /// `duration_ms: 40000`, `duration_ms: 800`) or as a level (`volume: 0.6`); anything else as it was.
    static func unitField(_ key: String, _ value: String) -> (key: String, value: String) {
        guard let n = Double(value), n >= 0, n.isFinite else { return (key, value) }
        func snake(_ k: String) -> String {
            replacing(keyWords(k).replacingOccurrences(of: " ", with: "_"), #"^(?:target|total|desired|requested|overall)_(?=duration|length)"#, "")
        }
        func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e12 ? String(Int(x)) : String(x) }
        if let g = Numbers.firstMatch(#"^([A-Za-z][A-Za-z0-9_]*?)(?-i:_?Seconds|_?Secs?|_seconds|_secs?|_s)$"#, in: key) {
            return (snake(g[1]) + "_ms", number(n * 1000))
        }
        if let g = Numbers.firstMatch(#"^([A-Za-z][A-Za-z0-9_]*?)(?-i:Ms|_ms|_MS|Millis|_millis|Milliseconds|_milliseconds)$"#, in: key) {
            return (snake(g[1]) + "_ms", value)
        }
        if let g = Numbers.firstMatch(#"^([A-Za-z][A-Za-z0-9_]*?)(?-i:_?Percent|_percent|_pct|Pct)$"#, in: key), n <= 100 {
            return (snake(g[1]), number(n / 100))
        }
        return (key, value)
    }

    /// An agent's structured settings as words: `{"canvas": "9:16", "duration_ms": 15000}`,
    /// `kind=caption, text="Sale", start=6000ms`, "1. … 2. …".
    /// "Call set_speed id=op_19 segment=2 factor=2. Round trip 61 ms.": an agent logging its calls. The call's id, the
    /// word that calls it and what the call cost are no part of the request (they were not understood, and "15 ms." after
    /// `fade_out_ms=2000` took the fade out away).
    static func agentLogTrimmed(_ written: String) -> String {
        let directed = agentPlanDirective(written) ?? written
        // "Plan: (1) set segment 3 to 2500 ms, (2) lower music to 20%, (3) export. Step 1: set segment 3 to 2500 ms.",
        // "Plan: polish audio. Executing Step 2: …": an agent's plan is its own notes; the step it says it runs is the
        // request (every step of the plan was done at once). A plan written as steps ("Plan: Step 1: …. Step 2: ….") is kept.
        let text = has(directed, #"^\s*(?:(?:my|the|our) )?plan\s*:"#)
            ? replacing(directed, #"^\s*(?:(?:my|the|our) )?plan\s*:(?:(?!\bstep\s*\d).)*?[.;!]\s+(?=(?:(?:now|next|then)[,:]? )?(?:(?:executing|running|performing|doing|starting(?: with)?)\s+)?step\s*\d+\s*(?:[:.)-]|of\b|now\b))"#, "")
            : directed
        guard has(text, #"\bid\s*=\s*[\w:-]|\b(?:took|elapsed|latency|timeout|round[- ]?trip|budget)\b[^.]{0,20}\d\s*ms\b"#) else { return text }
        let call = has(text, #"\b[a-z][a-z0-9]*_[a-z0-9_]+\b"#)
        var t = text
        if call {
            t = replacing(t, #"(?:^|(?<=[.;\n]))(\s*)(?:call|invoke|execute|calling|invoking|run)\s+(?=[a-z][a-z0-9]*_[a-z0-9_]+\b)"#, "$1")
            t = replacing(t, #"\s+\bid\s*=\s*[\w:-]+(?:\.[\w:-]+)*"#, "")
            // ("create_video. Inputs: intro.mp4, logo.png.": the call's name alone, its fields said next, is no request.)
            t = replacing(t, #"^\s*(?:create_video|make_video|compose_video|compose|create)\s*[.:;]\s*(?=(?:inputs?|files|media|sources?|order|clips|items)\s*:)"#, "")
        }
        // ("Previous call took 230 ms.", "Latency budget 850 ms.", "Timeout 1200ms.", and after a call "9 ms.", "Return ms.")
        t = replacing(t, #"(?<=[.;!])\s*(?:(?:the )?(?:previous|last) call |(?:it|this|that|the call) )?(?:took|elapsed|latency(?: budget)?|timeout|budget|round[- ]?trip)\s*:?\s*(?:took\s*)?\d+(?:\.\d+)?\s*ms\s*\.?"#, "")
        if call {
            t = replacing(t, #"(?<=[.;!])\s*\d+(?:\.\d+)?\s*ms\s*\.?\s*$"#, "")
            t = replacing(t, #"(?<=[.;!])\s*return(?: the)?(?: value)?(?: in)? (?:ms|milliseconds|seconds)\s*\.?\s*$"#, "")
        }
        return t
    }

    public static func agentSyntaxAsWords(_ text: String) -> String {
        // Wire operations are read as they are, by the planner.
        if wireOperations(text) != nil { return text }
        // (`move_clip from=3 to=1`: from place 3 to place 1.)
        let moved = replacing(agentLogTrimmed(text), #"\bmove_(?:clip|segment|item)\s+from\s*=\s*(\d+)\s*,?\s*to\s*=\s*(\d+)\b"#, "move clip $1 to position $2")
        var t = agentKeys(agentForms(agentProse(unknownToolsNamedOnly(actionObjectsAsWords(fieldLines(unfilledFields(quotedRelayedRequest(moved))))))))
        // key=value pairs describe one thing: keep them in one clause.
        t = replacing(t, #",\s*(?=(?:kind|text|start|startMs|start_ms|duration|durationMs|duration_ms|position|color|size|style|entrance|target)\s*=)"#, " ")
        // "set canvas=1080x1920 fps=30 duration=15s": a length with no text, music or transition
        // before it in its clause is the video's.
        if let m = firstRange(#"\bduration(?:_ms|Ms)?\s*=\s*\d"#, in: t) {
            let clause = t[..<m.lowerBound].split(whereSeparator: { ",;\n".contains($0) }).last.map(String.init) ?? ""
            // Not "Trim b.mp4: in=500ms, duration=2000ms", "Set b.mp4 speed=2, duration=1500ms": in a sentence
            // that names a clip with its own fields, the fields are that clip's.
            let sentence = String(t[..<m.lowerBound]).components(separatedBy: ". ").last ?? ""
            let clipFields = has(sentence, #"\.(?:mp4|mov|webm|m4v|jpe?g|png|heic|gif|webp)\b\s*(?:[:(]|.*\b(?:in point|trim|speed(?: to)?\s*\d|start\s*=|out\s*=))"#)
            // (`compose sources=p1.jpg,p2.jpg duration=12s`: a list of files before it is what the video is made of.)
            let listed = has(sentence, #"\b(?:sources?|files|media|order|items|inputs)\s*=\s*[^\s=]+\s*$"#)
            if !clipFields, listed || !has(clause, #"kind|text|title|caption|music|audio|song|transition|fade|clip|photo|segment|index|start|\.(?:mp4|mov|webm|m4v|jpe?g|png|heic|gif|webp)\s*(?:\([^)]*)?$|\bin\s*="#) {
                let inMs = has(String(t[m]), #"_ms"#) || t[m].contains("Ms")
                let head = String(t[..<m.lowerBound]), tail = String(t[m.lowerBound...])
                if let whole = firstRange(#"^duration(?:_ms|Ms)?\s*=\s*"#, in: tail) {
                    let number = tail[whole.upperBound...].prefix { $0.isNumber || $0 == "." }
                    let after = tail[whole.upperBound...].drop { $0.isNumber || $0 == "." }
                    // (`create inputs=… duration=20 canvas=…`: a bare number is seconds below 1000, else milliseconds; it was lost.)
                    let unit = inMs ? " ms" : has(String(after), #"^\s*(?:ms|s|secs?|seconds?|m|mins?|minutes?)\b"#) || number.isEmpty ? ""
                        : (Double(number) ?? 0) < 1000 ? " s" : " ms"
                    t = head + "duration " + number + unit + after
                }
            }
        }
        // Other JSON-ish objects: keys and values become "key value" pairs.
        if t.trimmingCharacters(in: .whitespaces).hasPrefix("{") {
            t = replacing(t, [(#"[{}]"#, " "), (#""(\w+)"\s*:\s*"([^"]*)""#, "$1 $2"), (#""(\w+)"\s*:\s*([-\d.]+)"#, "$1 $2")])
        }
        // "Music: start at 1000 ms, end at 9000 ms": a heading applies to each item after it;
        // "transition: slideleft, 400ms, all clips": short values describe one thing.
        // (Never at a comma inside quoted words: "Title: 'Autumn Sale - 12 October, 10:00 CET'" put "title" in the title.)
        if let m = firstRange(#"^\s*(music|audio|title|caption|transitions?|fades?)\s*:\s*"#, in: t),
           !Numbers.allMatches(#""[^"]*"|“[^”]*”|‘[^’]*’|(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])"#, in: String(t[m.upperBound...])).contains(where: { $0.groups[0].contains(",") }) {
            let heading = t[m].trimmingCharacters(in: CharacterSet(charactersIn: ": ")).lowercased()
            let items = t[m.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if items.count > 1, items.allSatisfy({ $0.contains(where: \.isNumber) }) {
                t = items.map { "\(heading) \($0)" }.joined(separator: ", ")
            } else if items.count > 1, !has(heading, "title|caption"), items.allSatisfy({ $0.split(separator: " ").count <= 3 && !$0.contains("\"") && !$0.contains("'") }) {
                t = heading + " " + items.joined(separator: " ")
            }
        }
        t = replacing(t, [
            (#"\bduration_ms\s+(\d+)"#, "duration $1 ms"),
            // `move c.png -> pos 0`: to that 0-based place.
            (#"\s*->\s*(?:pos|position|idx|index)\s*[=:]?\s*(\d+)\b"#, " to index $1"),
            // `music volume -> 0.5`, `duration => 20s`: that setting, to that value.
            (#"\b(volume|duration|length|speed|fps|brightness|contrast|saturation)\s*(?:->|=>|→)\s*(?=[\d.])"#, "$1 to "),
            // `setDuration 30000`: a bare length of four digits or more is in milliseconds.
            (#"\bset duration\s+(\d{4,})(?![\d.]|\s*(?:ms|s|secs?|seconds?|min)\b)"#, "set duration $1 ms"), (#"\b(\w+)_ms\s+(\d+)"#, "$1 $2 ms"),
            (#"\bkind\s*=\s*["']?(\w+)["']?"#, "$1"), (#"\btext\s*=\s*"([^"]*)""#, "'$1'"), (#"\btext\s*=\s*'([^']*)'"#, "'$1'"),
            (#"\bstart(?:_ms|Ms)?\s*=\s*(\d+)(?!\d|:\d)\s*(ms|s)?"#, "starting at $1 $2"), (#"\bduration(?:_ms|Ms)?\s*=\s*(\d+)\s*(ms|s)?"#, "for $1 $2"),
            (#"\b(?:fps|frame_?rate|framerate)\s*[=:]\s*(\d+(?:\.\d+)?)"#, "$1 fps"),
            (#"\bposition\s*=\s*["']?([\w-]+)["']?"#, "at the $1"), (#"\bvolume\s*=\s*([\d.]+)"#, "volume $1"),
            // 'Edit title: text "Launch Day", position top', 'Update text overlay 0: text="…"': new words for that text.
            (#"(?i)(?:^|(?<=[.;,]\s))\s*(?:edit|update|change|modify|set)\s+(?:the\s+)?(title|caption|subtitle|end ?card)\s*:\s*(?:text\s*[:=]?\s*)?(?=["'“‘«])"#, "change the $1 to "),
            (#"(?i)(?:^|(?<=[.;,]\s))\s*(?:edit|update|change|modify|set)\s+(?:the\s+)?(?:text(?: overlay)?|overlay)\s*(?:#|index\s*)?(\d+)\s*:\s*(?:text\s*[:=]?\s*)?(?=["'“‘«])"#, "change text[$1] to "),
            // "Add text: kind …" is a text to add, not a script.
            (#"\badd text\s*:\s*(?=(?:caption|title|endcard|end card)\b)"#, "add a "),
            // Numbered lists in one message: each item its own request.
            // Not a number that ends a sentence: "Set the fps to 25. All other settings …".
            (#"(?:^|(?=\s\d)(?<!\b(?:to|at|by|of|is|be|for|from|in|on|about|around|than|until|till|fps|clip|photo|segment|slide|image|picture|item|number|index|position|volume|level|speed))\s)\d{1,2}[.)]\s+(?=[A-Za-z])"#, ", "),
            // "Step 2: move the title …", "Task 1 - trim …": a numbered step is its own request.
            (#"(?:^|(?<=[\s.;,]))(?:step|task|part|op|operation)\s*#?\d{1,2}\s*[:.)-]\s+"#, ", "),
            // "add a title:\nSummer Sale": the words on the next line are the text's own (a comma led them).
            (#"(?i)\b(title|caption|subtitle|text|end ?card|lower third|heading|overlay|banner)((?:\s+(?:saying|that says|reading|with the words))?\s*:)[ \t]*\n+[ \t]*(?=\S)"#, "$1$2 "),
            (#"\n+\s*[-*•]\s*"#, ", "), (#"\n+"#, ", "),
        ])
        // Any other key=value, outside the words for the screen ('code GLOW20 = 20% off' stays as written).
        // "Workflow: weekly recap. Step 3 of 4. Please …", "(step 2/5)": where a workflow is, no request (never a
        // caption's 'Step 1 of 3').
        return outsideQuotes(t) {
            replacing($0, [
                (#"\b(\w+)\s*=\s*([\w.:%-]+)"#, "$1 $2"),
                (#"(?:^|(?<=[\s.;,(\[]))(?:step|stage|task|phase)\s*#?\d{1,2}\s*(?:of|/)\s*\d{1,2}\b\s*[)\]]?\s*(?:[.:;,-]+\s*|$)"#, " "),
            ])
        }
    }
}
