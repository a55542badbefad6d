import Foundation

extension RulePlanner {
    /// A time said as a point inside the song, where it should play from (`trimMusic`), in ms: "start the song from 0:30",
    /// "play the song from 45 seconds in", "skip the first 10 seconds of the song", "cut the first 2 seconds of the music",
    /// "use the track from the 1:05 mark", "start the song at 0:45, that's where the chorus hits". Never a time on the
    /// video: "start the music at 5 seconds", "start the music 2 seconds in", "no music for the first 2 seconds".
    static func songInPoint(_ c: String) -> Int? {
        let n = Numbers.amount
        let time = #"(\#(n)[- ]?(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)(?: (?:and )?\#(n)[- ]?(?:s|secs?|seconds?))?|\d+:\d\d(?:\.\d+)?)"#
        let song = #"(?:the |my |our |that |this |your )?(?:song|music|track|tune|audio|bgm|mp3|soundtrack|background music)(?:'s)?"#
        let patterns = [
            // "skip the first 10 seconds of the song", "cut the first 2 seconds off the music", "lose the song's first 8 seconds"
            #"\b(?:skip|skipping|cut|cutting|trim|trimming|chop|chopping|drop|dropping|lose|remove|removing|take off|taking off|cut off|get rid of|skip over|skip past|jump past|jump over)(?: out)? (?:the )?(?:first|opening|initial) \#(time) (?:of|off|from|off of) \#(song)"#,
            #"\b(?:skip|cut|trim|chop|drop|lose|remove|get rid of)(?: out)? \#(song) (?:first|opening) \#(time)"#,
            // "start the song from 0:30", "play the track from 1:05" (a song, a track, a tune: never "the music from 5 s",
            // which may be the video's clock)
            #"\b(?:start|starts|play|plays|begin|begins|use|run|cue|cue up)(?: up)? (?:the |my |our |that |this )?(?:song|track|tune|mp3)(?: \w+)? from (?:the )?(?:about |around )?\#(time)(?: mark)? (?:in|into (?:it|the song|the track|the tune))\b"#,
            #"\b(?:start|starts|play|plays|begin|begins|use|run|cue|cue up)(?: up)? (?:the |my |our |that |this )?(?:song|track|tune|mp3) from (?:the )?(?:about |around )?\#(time)(?: mark)?"#,
            // "from 1:12 into the track", "the music from the 1:05 mark" (never "start the music at 2 seconds in": the video's
            // clock)
            #"\b(?:from|at) (?:the )?(?:about |around )?\#(time) into (?:the |my |that |this )?(?:song|track|tune|music|audio|recording)\b"#,
            #"\b(?:from|at) the \#(time) mark (?:of|in|on) \#(song)|\b\#(song) from the \#(time) mark"#,
            #"\bskip (?:ahead |forward )?to \#(time) (?:in|of|into) \#(song)|\b\#(song) (?:should )?skip (?:ahead |forward )?to \#(time)"#,
        ]
        for p in patterns {
            guard let m = Numbers.firstMatch(p, in: c) else { continue }
            let said = m.dropFirst().first { !$0.isEmpty } ?? ""
            if let ms = clockTime(said) ?? Numbers.duration(in: said) ?? Numbers.duration(in: said + " s") { return ms }
        }
        return nil
    }

    /// "1:05" is 65 s, "0:30.5" 30.5 s.
    static func clockTime(_ text: String) -> Int? {
        guard let m = Numbers.firstMatch(#"^(\d+):(\d\d(?:\.\d+)?)$"#, in: text), let minutes = Int(m[1]), let secs = Double(m[2]), secs < 60 else { return nil }
        return Int(((Double(minutes) * 60 + secs) * 1000).rounded())
    }
}
