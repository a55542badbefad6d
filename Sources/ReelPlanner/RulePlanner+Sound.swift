import Foundation
import ReelTimeline

extension RulePlanner {
    // MARK: Sound

    /// After "no" or "without", words that refuse no music: "make no changes to the music", "no rush".
    static let noneOfOther = #"(?! (?:other |more |further )?(?:changes?|edits?|modifications?|need|rush|problem|problems|worries|hurry|pressure|doubt|idea|matter|longer|more than|less than|way|thanks)\b)"#

    static func music(_ said: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        // "Do not add separate music fades.", "don't change the music": what must not be done.
        if has(said.lowercased(), #"^(?:but |and |please )?(?:do not|don'?t|dont|never) (?:add|apply|put|use|change|touch|modify|alter)\b(?!.*\b(?:any |the )?(?:music|song|soundtrack)\s*$)"#),
           has(said.lowercased(), #"\b(?:separate|extra|additional|any other|other|own)\b|\b(?:change|touch|modify|alter)\b"#) { return }
        let c = musicWords(said, afterMusic: plan.operations.last.map(Self.changesMusic) ?? false)
        // "phonk LOUD", "phonk on top": a sound file called by its name is the music.
        let soundStems = context.media.filter(Self.isAudio).map { (($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension }
            .filter { $0.count >= 3 && !Self.vocabularyWords.contains($0) }
        // "add the organ prelude beneath it": the words of a sound file's name, said with spaces.
        let spokenStem = context.media.filter(Self.isAudio).first { p in
            let stem = (((p as NSString).lastPathComponent.lowercased()) as NSString).deletingPathExtension
                .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
            return stem.contains(" ") && stem.count >= 6 && c.contains(stem) && has(c, #"(?<![\w.-])\#(NSRegularExpression.escapedPattern(for: stem))(?![\w-])"#)
        }
        // A voiceover file (vo_promo.wav, narration_01.wav) added as the voiceover in this turn is never the music.
        let voices = Set(plan.operations.compactMap { op -> String? in
            if case .addVoiceover(let source, _) = op { (source as NSString).lastPathComponent.lowercased() } else { nil }
        })
        let musicSeg = draft.tracks.first { $0.type == .audio && $0.role == .music }?.segments.first
            .flatMap { seg in seg.src.map { voices.contains(($0 as NSString).lastPathComponent.lowercased()) } == true ? nil : seg }
        let musicFile = musicSeg?.src.map { ($0 as NSString).lastPathComponent.lowercased() }
        // "the organ should likewise fade away": a word of the music's own file name is the music.
        let musicNameWords = { musicFile.map { f in
            (f as NSString).deletingPathExtension.split(whereSeparator: { !$0.isLetter }).map(String.init)
                .filter { $0.count >= 4 && !Self.vocabularyWords.contains($0) && !["music", "song", "track", "audio", "sound"].contains($0) }
        } ?? [] }
        let aboutMusic = has(c, #"music|\bsongs?\b|\bbgm\b|soundtrack|\btrack\b|\btunes?\b|背景音乐|音乐|配乐|歌"#)
            || soundStems.contains { c.contains($0) && has(c, #"(?<![\w.-])\#(NSRegularExpression.escapedPattern(for: $0))(?![\w-])"#) }
            || spokenStem != nil
            // "jingle at 25%": a sound file by a word of its name.
            || context.media.contains { Self.isAudio($0) && !mentions($0, in: c, context: context).isEmpty }
            // "use the acoustic version instead": one song among several, by its own word.
            || (has(c, #"\b(?:version|mix|remix|edit|take|recording|cut)\b"#) && soundByItsOwnWords(c, context: context) != nil)
            // "the bowls", "the singing bowls" (tibetan_bowls.mp3): a word of the music's name, one word said before it.
            || musicNameWords().contains { c.contains($0) && has(c, #"\bthe (?:[a-z]+ )?\#(NSRegularExpression.escapedPattern(for: $0))\b"#) }
        let current = musicSeg?.volume ?? 0.35
        // ("replace song.mp3 with guitar.mp3", "Ersetze song.mp3 durch …": the music playing, named beside another sound
        // file, is the one replaced; the other is meant.)
        let namedFiles = Numbers.allMatches(#"([\w\-.]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus))\b"#, in: c).map { $0.groups[1] }
        let named = namedFiles.first(where: { $0 != musicFile }).flatMap { other in namedFiles.first == musicFile ? other : nil } ?? namedFiles.first
        let namedSource = named.flatMap { n in context.media.first { ($0 as NSString).lastPathComponent.lowercased() == n } ?? n } ?? spokenStem
            ?? context.media.first { Self.isAudio($0) && !mentions($0, in: c, context: context).isEmpty }
            ?? soundByItsOwnWords(c, context: context)
        // "actually take the voiceover out again", "remove the narration": the voice track off (it was added once more).
        // (Not "duck the music under the voiceover", "no music under the narration".)
        if has(c, #"\b(?:remove|delete|drop|lose|ditch|kill|scrap|get rid of|take (?:out|off|away)|cut out|without|mute)\b[^.;,]{0,20}?\b(?:voice ?-?overs?|narrations?|vo)\b|\b(?:take|get|pull) (?:the |that |my )?(?:voice ?-?over|narration|vo) (?:out|off|away)\b|\bno (?:more )?(?:voice ?-?overs?|narration|vo)\b|\b(?:voice ?-?over|narration)s? (?:off|out|gone)\b"#),
           !has(c, #"\bduck|\b(?:music|song|bgm)\b[^.;,]{0,20}\b(?:under|over|below|beneath)\b|\b(?:add|put|use|record)\b"#) {
            if draft.tracks.contains(where: { $0.type == .audio && $0.role == .voice }) || plan.operations.contains(where: { if case .addVoiceover = $0 { true } else { false } }) {
                plan.operations.append(.removeVoiceover)
                plan.understood.append("remove the voiceover")
            } else {
                plan.understood.append("no voiceover")
            }
            return
        }
        // "add grandma's voice message over it": a voice recording, by a word of its file's name (grandma_message.m4a).
        // "with ep17_clip.m4a as the voice track", "use interview.m4a as the speech": the voice, not the music.
        // (Not "lower the music automatically while the narration plays": the music ducks under it.)
        if has(c, #"voice ?-?over|narration|旁白|配音|\bvoice (?:message|memo|note|recording|msg)s?\b|\bvoicemail\b|\bvoice ?-?(?:track|audio)\b|\bas (?:the |a |my |our )?(?:voice|speech|spoken audio|commentary|talk)\b|\.(?:wav|mp3|m4a|aac) (?:is )?for (?:the |a |my |our )?(?:voice|speech|talking|spoken part|narrator|vo)\b(?! (?:memo|message|note)s?\b)|\#(Self.fileIsTheVoice)"#), !has(c, #"duck|under|dip"#), !has(c, Self.duckWords) {
            let others = context.media.filter { Self.isAudio($0) && ($0 as NSString).lastPathComponent.lowercased() != musicFile }
            let saidByPart = others.first { p in
                namePart(((p as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension)
                    .contains { has(c, #"\b\#(NSRegularExpression.escapedPattern(for: $0))(?:'?s)?\b"#) }
            }
            // "the wav is the voice": the one sound file of that kind.
            let byKind = Numbers.firstMatch(Self.fileIsTheVoice, in: c).flatMap { m in
                m[1].isEmpty ? nil : Optional(context.media.filter { Self.isAudio($0) && $0.lowercased().hasSuffix("." + m[1]) }).flatMap { $0.count == 1 ? $0[0] : nil }
            }
            // "with my narration as voiceover", "the recording is the voice": the one sound file that is a voice (by its name,
            // or the one that is no song), even when the new video took it as its music.
            let saidAsVoice = has(c, #"\b(?:my|our|the) (?:own )?(?:narration|recording|voice(?: recording| track)?|talk|speech|commentary|audio(?: file)?)\b"#) || has(c, Self.fileIsTheVoice)
            let source = namedSource ?? byKind ?? saidByPart ?? (saidAsVoice ? Self.voiceByKind(context) : nil) ?? others.last
            guard let source else { return }
            // "… at 2 seconds", `add_voiceover(src="vo.wav", start_ms=1000)`: where it starts.
            let start = Numbers.firstMatch(#"\b(?:at|from|after|start(?:s|ing)?(?: at)?)\s*[=:]?\s*(\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))\b"#, in: c).flatMap { Numbers.duration(in: $0[1]) } ?? 0
            plan.operations.append(.addVoiceover(source: source, startMs: start))
            plan.understood.append("add the voiceover \((source as NSString).lastPathComponent)")
            notMusic(source, &plan)
            return
        }
        // "swap the music for gym_beat.mp3 starting at the 2 second mark, fading in over 1 second": the new song
        // first, at the level the music had, then its timing and fades (read below) are the new song's.
        if let source = namedSource, (source as NSString).lastPathComponent.lowercased() != musicFile, musicSeg != nil,
           !voices.contains((source as NSString).lastPathComponent.lowercased()), !plan.operations.contains(where: Self.addsMusic),
           has(c, #"\b(?:swap|replace|change|switch)\b.*\b(?:for|with|to)\b|\b(?:use|play|put on)\b.*\binstead\b"#),
           has(c, #"\b(?:start|starting|starts|kick|kicks|come|comes|coming|begin|begins|beginning|fade|fading|fades|stop|stops|stopping|end|ends|ending|loop|looping)\b"#),
           !has(c, #"%|\bpercent\b|\bvolume\b|\blevel\b"#) {
            plan.operations.append(.addMusic(source: source, volume: current))
            plan.understood.append("use \((source as NSString).lastPathComponent) as background music at \(Int((current * 100).rounded()))%")
        }
        // "start the music 2 seconds later", "bring it in 2 seconds later than that": its start moved by that much.
        // ("shift the music 250 ms later": in milliseconds; it was not understood.)
        if aboutMusic, let seg = musicSeg,
           let m = Numbers.firstMatch(#"\b(?:start|starts|bring|move|shift|push|pull|have|let|make|nudge|slide|delay)\b.*?\b(\d+(?:\.\d+)?|a|one|half a) ?(ms|milliseconds?|s|secs?|seconds?) (later|earlier|sooner)\b"#, in: c),
           let said = m[1] == "half a" ? 0.5 : m[1] == "a" || m[1] == "one" ? 1 : Double(m[1]) {
            let v = has(m[2], "^m") ? said / 1000 : said
            let start = max(0, (seg.start ?? 0) + Int((v * 1000).rounded()) * (m[3] == "later" ? 1 : -1))
            plan.operations.append(.setMusicTiming(startMs: start, endMs: nil))
            plan.understood.append("start the music at \(seconds(start)) s")
            return
        }
        // One clip's own sound: its own volume, never the music's.
        var clipTargets = aboutMusic ? [] : targets(c, draft: draft).filter { $0 != .all }
        // "mute the clip audio" with one clip among pictures: every clip's sound (the only one), said of no clip in
        // particular, as "mute the clips" reads below.
        if !clipTargets.isEmpty, has(c, #"\b(?:the )?(?:clips?|videos?|footage)(?:'s|s')? (?:audio|sound)\b"#),
           !has(c, #"\d|\.(?:mp4|mov|m4v|webm)\b|\b(?:first|second|third|last|middle|other|that|this)\b"#),
           Set(clipTargets.flatMap { (try? draft.indexes($0)) ?? [] }) == Set(draft.visualSegments.indices.filter { !draft.visualSegments[$0].isPicture }) {
            clipTargets = []
        }
        // "b.mp4 is too loud", "make b.mp4 silent": a complaint about one clip is about its own sound.
        let complaint = #"\b(?:too|so|way too|a bit|kinda|really) (loud|quiet|soft)\b"#
        // "the original sound on the clips is too loud", "turn the clips' audio down a bit": every clip's own sound (it
        // lowered the music). Muting them is read below.
        let clips = draft.visualSegments.indices.filter { !draft.visualSegments[$0].isPicture }
        if clipTargets.isEmpty, !clips.isEmpty, !has(c, #"\b(?:music|song|track|bgm|soundtrack|voice ?-?over|narration)\b"#),
           has(c, #"\b(?:original|natural|camera|clips?'?|videos?'?|footage|vids?'?) (?:sound|audio)s?\b|\b(?:sound|audio)s? (?:on|of|from|in) (?:the |my |all the )?(?:clips|videos|vids|footage)\b"#),
           !has(c, #"\b(?:mute|unmute|silence|silent|remove|no|without|drop|kill|off|keep|leave|only|just)\b|%|\bpercent\b|\d"#) {
            let loud = has(c, #"\btoo loud\b|quieter|softer|\blower\b|turn (?:\w+ ){0,3}down|\bdown\b|\breduce|decrease"#)
            let soft = !loud && has(c, #"\btoo (?:quiet|soft)\b|louder|turn (?:\w+ ){0,3}up|\bup\b|raise|boost|increase|can'?t hear|barely hear"#)
            if loud || soft {
                for i in clips {
                    let current = draft.visualSegments[i].mute ? 0 : draft.visualSegments[i].volume
                    let volume = loud ? current * 0.6 : min(4, max(current, 0.5) * 1.5)
                    plan.operations.append(.setClipVolume(.index(i), (volume * 100).rounded() / 100))
                    plan.understood.append("set the sound of \(describe(.index(i))) to \(Int((volume * 100).rounded()))%")
                }
                return
            }
        }
        // ("去掉b.mp4的原声": that clip's own sound, off.)
        if !clipTargets.isEmpty, has(c, #"\b(mute|unmute|silence|silent|sound|audio|louder|quieter|volume|softer)\b|静音|声音|原声|音量"#) || has(c, complaint) {
            let segs = draft.visualSegments
            for t in clipTargets {
                let current = (try? draft.indexes(t)).flatMap { $0.first }.map { segs[$0].mute ? 0 : segs[$0].volume } ?? 1
                let volume: Double
                // "keep the sizzle sound from the clip": on as it is, or back on.
                if has(c, #"\b(keep|leave|restore|unmute|bring back|turn on)\b|\b(?:turn|switch|put)\b.*\bback on\b|保留|恢复"#) {
                    if current > 0 {
                        plan.understood.append("keep the sound of \(describe(t)) (it is on)")
                        continue
                    }
                    volume = 1
                } else if let m = Numbers.firstMatch(complaint, in: c), !has(c, #"\b(?:mute|silence|silent)\b|%|\bpercent\b"#) {
                    volume = m[1] == "loud" ? current * 0.6 : min(4, max(current, 0.5) * 1.5)
                } else if has(c, #"\b(mute|silence|silent|remove|no|without|drop|kill|off|take (?:\w+ ){0,3}away|take away|get rid of)\b|静音|去掉|关掉|关闭|不要"#) { volume = 0 }
                else if has(c, #"louder|turn (it )?up|raise|boost|大声|调高"#) { volume = min(4, max(current, 0.5) * 1.5) }
                else if has(c, #"quieter|softer|lower|turn (it )?down|小声|调低"#) { volume = current * 0.6 }
                else if let f = Numbers.fraction(in: c) { volume = f }
                else { continue }
                plan.operations.append(.setClipVolume(t, (volume * 100).rounded() / 100))
                plan.understood.append(volume == 0 ? "mute \(describe(t))" : "set the sound of \(describe(t)) to \(Int((volume * 100).rounded()))%")
            }
            return
        }
        // "Replace the music with upbeat_v2.mp3, keep volume.": the new song takes the level the music had; said, done.
        if has(c, #"^(?:and |but |please |just )?(?:keep|leave|retain|preserve|maintain) (?:the |its |their |the same |current |the current |existing |the existing )?(?:music |song |track )?(?:volume|level|loudness)(?: (?:the same|as (?:it is|is|before)|unchanged|where it (?:is|was)))?[.!]*$"#)
            // ("Keep background music at its current level.": said beside a change to a clip's own sound.)
            || has(c, #"^(?:and |but |please |just )?(?:keep|leave|retain|preserve|maintain) (?:the )?(?:background )?(?:music|song|track|bgm|soundtrack)(?:'s)? (?:at |on )?(?:its |the )?(?:current|same|existing|present|usual) (?:volume|level|loudness)(?: (?:as it is|please|for now))?[.!]*$|^(?:and |but |please |just )?(?:keep|leave) (?:the )?(?:background )?(?:music|song|track|bgm|soundtrack) (?:volume|level) (?:as it is|as is|unchanged|the same|where it is)[.!]*$"#),
           plan.operations.contains(where: Self.addsMusic) || musicSeg != nil {
            plan.understood.append("keep the music's level")
            return
        }
        // "keep the music", "but keep the crowd noise on the clip": what stays is already there.
        // "…, music on", "turn the music on" when there is music: it plays already.
        if has(c, #"^(?:but |and |please )?(?:keep|leave) (?:the )?(?:music|song|bgm|soundtrack)(?: as it is| on| playing| going)?[.!]?$|^(?:and |with |please )?(?:turn |switch )?(?:the )?(?:music|song|bgm|soundtrack)(?: ?: ?| )(?:on|yes)(?: please| pls)?[.!]?$|^(?:turn|switch) on (?:the )?(?:music|song|bgm|soundtrack)[.!]?$|^(?:and |please )?(?:have|has|having|with|want|need) (?:the |a |some |my )?(?:background )?(?:music|song|bgm|soundtrack)(?: too| also| please| pls| in it| in the background| on it)?[.!]?$"#), musicSeg != nil || plan.operations.contains(where: Self.addsMusic) {
            plan.understood.append("keep the music")
            return
        }
        // "Keep the doctor's voice", "keep her talking audible": the voice in the clips is their own sound, kept.
        if has(c, #"^(?:but |and |please )?(?:keep|leave|preserve)\b.*\b(?:noise|sound|audio)\b.*\b(?:clips?|videos?|footage|recordings?)\b|^(?:but |and |so |please |just )*(?:keep|leave|preserve) (?:the |my |our |his |her |their |everyone'?s )?(?:[\w'-]+ ){0,2}?(?:voices?|talking|speaking|speech|dialogue|words)(?: (?:on|in|audible|clear|loud and clear|as it is|as is|intact))?[.!]?$"#),
           !has(c, #"\b(?:voice ?-?over|narration|vo)\b"#) {
            if draft.visualSegments.contains(where: \.mute) { plan.operations.append(.muteClips(false)) }
            plan.understood.append("keep the clips' own sound")
            return
        }
        // "(without the music,) only the original sound": the clips' own sound kept.
        if has(c, #"^(?:and |but )?(?:just|only) (?:the )?(?:original|clips?'?|videos?'?|camera|natural|real) (?:sound|audio)s?[.!]?$|^(?:the )?(?:original|natural) (?:sound|audio) only[.!]?$"#) {
            if draft.visualSegments.contains(where: \.mute) { plan.operations.append(.muteClips(false)) }
            plan.understood.append("keep the clips' own sound")
            return
        }
        if has(c, #"^(?:just|only) (?:the )?(?:music|song|bgm)(?: track)?[.!]?$|^music only$|^只要(?:背景)?音乐$|^只留(?:背景)?音乐$"#) {
            // "b.mp4 的原声关掉，只要背景音乐" (mute b.mp4, only the music): when the clips muted just before are every clip
            // with a sound of its own, that is why, said (it muted the photos too).
            let silenced = Set(plan.operations.flatMap { op -> [Int] in
                if case .setClipVolume(let t, let v) = op, v == 0 { return (try? draft.indexes(t)) ?? [] }
                return []
            })
            let sounding = draft.visualSegments.indices.filter { !draft.visualSegments[$0].mute && !draft.visualSegments[$0].isPicture && !silenced.contains($0) }
            if !silenced.isEmpty, sounding.isEmpty {
                plan.understood.append("only the music: the clip's own sound is off")
                return
            }
            // (A picture has no sound of its own to mute: `muteClips` leaves it.)
            if draft.clipsWithSound.contains(where: { !draft.visualSegments[$0].mute }) { plan.operations.append(.muteClips(true)) }
            plan.understood.append("only the music: mute the clips' own sound")
            return
        }
        // ("unmute the clips" muted them: it holds "mute the clips"; "unmute them", "turn their sound back on": on again.)
        let unmuting = has(c, #"\bun-?mut(?:e|ed|ing)\b|\b(?:sound|audio|volume) back on\b|\bback on\b.*\b(?:sound|audio)\b"#)
        if unmuting, has(c, #"^(?:and |also |then |please |just |wait,? |no,? |actually,? )*un-?mute (?:them|those|these|them all|all of them|both|everything|it all|all|the (?:clips|videos|footage))(?: (?:again|please|pls|too))?[.!]?$|\b(?:turn|switch|put) (?:the |their |its |the clips'? |the videos'? )?(?:own |original )?(?:sound|audio) back on\b|\b(?:turn|switch|put) (?:the )?(?:clips?'?|videos?'?)(?:'s)? (?:own |original )?(?:sound|audio) back on\b"#) {
            plan.operations.append(.muteClips(false))
            plan.understood.append("keep the clips' own sound")
            return
        }
        if !unmuting, has(c, #"^(?:and |also |then |please |just )*(?:mute|silence) (?:them|those|these|them all|all of them|both|both of them)(?: (?:all|too|as well|completely|entirely))?[.!]?$|(mute|silence|turn off|remove|delete|no|kill|drop|without)\b.*\b(clips?|original|video|camera|videos)'?s?'? (own )?(sound|audio)|mute the (clips|videos|original)|\b(?:mute|silence) (?:all|both|every|each)(?: of)?(?: the)? (?:clips?|videos?)\b|\b(?:turn|switch|shut) (?:the |all )?(?:original|clips?'?|videos?'?) (?:sound|audio) off\b|\b(?:mute|silence|turn off|switch off|kill|remove|cut|lose|take away|take off|take out|get rid of) (?:the |all )?(?:sound|audio) (?:on|of|in|from) (?:the |all |all the |both |both the |the two |each of the |my |our )?(?:video )?(?:clips|videos|footage)\b|\b(?:turn|switch|take) (?:the |all )?(?:sound|audio) (?:off|away|out) (?:on|of|in|for|from) (?:the |all |all the |both |both the |the two |my |our )?(?:video )?(?:clips|videos|footage)\b|\bno (original|clip) (sound|audio)|静音原声|去掉原声|关闭原声|原声静音"#)
            // "mute the game audio", "turn the game sound off", "no sound from the recordings", "原声全部静音"
            // "mute the gym noise", "kill the crowd noise": the clips' own sound, by what it is.
            || has(c, #"\b(?:mute|silence|kill) (?:the |all the |all )?(?!music\b|song\b|bgm\b|track\b|soundtrack\b|background\b)[a-z-]{2,15} noises?\b"#)
            || has(c, #"\b(?:mute|silence|turn off|switch off|kill|lose|remove|drop|cut|no|without)\b(?: (?:the|all|all the|any|their|its|my))? (?:game|in-?game|clip|clips'?|video|videos'?|camera|cam|recording|recordings'?|footage|source|ambient|natural|phone)(?: own)? (?:sound|audio|noise)s?\b|\b(?:turn|switch) (?:the |all the )?(?:game|clip|clips'?|video|videos'?|camera|recording|footage)(?: own)? (?:sound|audio)s? off\b|\b(?:no|without|mute(?: the)?) (?:sound|audio) (?:from|of|on|in) (?:the |my |all the )?(?:recordings?|clips?|videos?|footage|screen recordings?)\b|原声.{0,4}(?:静音|关掉|关闭|去掉)|(?:静音|关掉|关闭|去掉).{0,4}原声"#) {
            plan.operations.append(.muteClips(true))
            plan.understood.append("mute the clips' own sound")
            return
        }
        // "keep the sizzle sound from the clip", "keep the crowd noise on the clip": the clips' own sound, named by what is heard.
        if has(c, #"\b(keep|restore|unmute|bring back|turn on)\b.*\b(original|clips?'?|video'?s?|camera|real|natural|live) (sound|audio)|unmute the (clips|videos)|\b(?:keep|leave|restore|bring back)\b (?:the |that |my )?(?:[\w-]+ )?(?:sound|sounds|audio|noise)s? (?:from|of|in|on) (?:the |my |each |every )?(?:clips?|videos?|footage)\b|\b(?:keep|leave)\b.*\b(?:noise|sound|audio|cheers?|cheering)\b.*\b(?:on|of|in|from) (?:the |all the )?(?:clips?|videos?|footage)\b|保留原声|恢复原声"#) {
            plan.operations.append(.muteClips(false))
            plan.understood.append("keep the clips' own sound")
            return
        }
        // "normalize the audio for YouTube", "loudness -16 LUFS", "master it for TikTok", "响度标准化"
        if has(c, #"normali[sz]|\bloudness\b|\bloud enough\b|\beven out the (?:audio|sound|volume|levels)\b|\blufs\b|\bmaster(?:ing)? (?:it|the (?:audio|sound|mix))|响度"#) {
            if has(c, #"\b(no|don't|do not|stop|without|turn off|remove)\b|不要|取消"#) {
                plan.operations.append(.setLoudness(nil))
                plan.understood.append("no loudness normalisation")
                return
            }
            var target = "youtube"
            if let m = Numbers.firstMatch(#"(-\d{1,2}(?:\.\d)?)\s*lufs"#, in: c)?[1] { target = m }
            else if let p = LoudnessTarget.platforms.first(where: { has(c, "\\b\($0.name)\\b") }) { target = p.name }
            else if has(c, #"\bbroadcast|\btv\b|\br128\b|电视"#) { target = "broadcast" }
            else if has(c, #"\bpodcast|apple"#) { target = "podcast" }
            else if has(c, #"instagram|\bins\b|抖音|tiktok"#) { target = "tiktok" }
            plan.operations.append(.setLoudness(target))
            plan.understood.append("normalise the loudness for \(target)")
            return
        }
        // "play just once, don't loop it", "disable looping", "the song shouldn't loop", "loop: off"
        if has(c, #"\b(?:play|plays|run|runs)\b.*\b(?:just |only )?once\b|\b(?:no|don'?t|do not|without) loop|\bnot (?:in )?(?:a )?loop|\bonly one time\b|\bonly once\b|\b(?:should|must|would|will|does|do)(?:n'?t| not) (?:loop|repeat)|\bloop(?:ing)?\s*(?:[:=]\s*|(?:to|as|is|at) )?(?:off|false|disabled|no|none|0)\b|\b(?:disable|turn off|switch off|stop) (?:the )?(?:music )?loop(?:ing)?\b|\bturn (?:the )?(?:music )?loop(?:ing)? off\b"#) || refused(c, #"loop(?:s|ing|ed)?\b|repeat(?:s|ing|ed)?\b"#),
           aboutMusic || has(c, #"\bloop"#) {
            plan.operations.append(.setMusicLoop(false))
            plan.understood.append("play the music once")
            return
        }
        // "music to 20 percent, it's way too loud": the reason, not a second change.
        if has(c, #"^(?:it'?s|its|it is|that'?s|thats|the music(?: is|'s)?)? ?(?:way |much |a bit |far )?too (?:loud|quiet|soft)$"#), plan.operations.contains(where: { switch $0 { case .setMusicVolume, .removeMusic: true; default: false } }) {
            plan.understood.append("(the music level is set)")
            return
        }
        // "Mute the clip audio, the fume hood fan is way too loud": the noise is the reason for the clip's sound just
        // changed, never the music's (it lowered the music too).
        if !aboutMusic, has(c, #"\b(?:too|to|so|2) (?:loud|noisy)\b"#), plan.operations.contains(where: { switch $0 { case .setClipVolume, .muteClips: true; default: false } }) {
            plan.understood.append("(the clip's sound is set)")
            return
        }
        // "have the music dip whenever I'm speaking"
        if has(c, Self.duckWords) {
            // "Disable ducking", "turn off the ducking": off.
            let duck = !has(c, #"\b(no|don't|do not|stop|without|disable|disabled|turn off|switch off|remove|cancel|false|off)\b|不要|关闭|取消"#)
            // "vo_intro.wav over the host photo, … ducked under the VO": the voice file the new video took as its music is the voiceover.
            var voices = voices
            if duck, voices.isEmpty, has(c, #"voice ?-?over|narration|\bvoice\b"#),
               let voice = plan.operations.lazy.compactMap({ op -> String? in
                   if case .compose(let sources, _) = op { sources.first { Self.isAudio($0) && Self.isVoiceFile($0) } } else { nil }
               }).first {
                plan.operations.append(.addVoiceover(source: voice, startMs: 0))
                plan.understood.append("add the voiceover \((voice as NSString).lastPathComponent)")
                notMusic(voice, &plan)
                voices.insert((voice as NSString).lastPathComponent.lowercased())
            }
            // "bed at 25% ducked under the VO": the level said with it (the song in place before it ducks).
            if let f = Numbers.fraction(in: c), aboutMusic {
                if musicSeg.map({ seg in seg.src.map { !voices.contains(($0 as NSString).lastPathComponent.lowercased()) } ?? true }) ?? false
                    || plan.operations.contains(where: Self.addsMusic) {
                    plan.operations.append(.setMusicVolume(min(2, f)))
                    plan.understood.append("set the music to \(Int((f * 100).rounded()))%")
                } else if let song = loneSong(context, voices: voices) {
                    plan.operations.append(.addMusic(source: song, volume: min(2, f)))
                    plan.understood.append("use \((song as NSString).lastPathComponent) as background music at \(Int((f * 100).rounded()))%")
                }
            }
            plan.operations.append(.setDucking(duck))
            plan.understood.append("duck the music under the voice")
            return
        }
        guard aboutMusic || named != nil || has(c, #"quieter|louder|softer|volume|\blower the sound|\bloud\b|\bquiet\b|barely hear|can'?t hear|cannot hear|hardly hear|音量|小声|大声"#) || has(c, Self.voiceUnheard) else { return }
        // "set the music volume to 900%": a level past what Reel plays (it was set to 200%); asked, nothing changed.
        // (Not "10% louder", "up by 300%": a step, read below.)
        if aboutMusic, let m = Numbers.firstMatch(#"\b(?:to|at|=|:|volume|level)\s*(\d+(?:\.\d+)?)\s*(?:%|percent\b|per ?cent\b)"#, in: c), let v = Double(m[1]), v > 200,
           !has(c, #"\b(?:louder|quieter|softer|higher|lower|up|down|by|more|less)\b"#) {
            plan.questions.append("The music plays at 0% to 200% of its own level, so \(fmt(v))% is out of reach. Nothing was changed. Say, for example, \"set the music to 100%\".")
            plan.understood.append("ask about a music level of \(fmt(v))%")
            return
        }
        // "could the transitions be softer and slower?": another thing's softness, not the music's.
        if !aboutMusic, named == nil, has(c, #"\b(?:transitions?|crossfades?|dissolves?|cuts?|titles?|captions?|texts?|colou?rs?|look|light|lighting|edges?|zoom)\b"#), !has(c, #"\bvolume\b|\bsound\b|\baudio\b"#) { return }
        // "pull the music down 6dB", "music -3 dB", "raise it 4 db": decibels are a factor of the level (-6 dB ≈ half).
        // "music 10% louder", "the song up 20 percent": that many points from where it is (35% → 45%), never the level itself.
        // "pull the music down a touch, like 5 points", "up by 10 percentage points": points the same way.
        if let m = Numbers.firstMatch(#"(\d+(?:\.\d+)?)\s*\#(Self.pointUnit)\s*(louder|quieter|softer|lower|higher)\b|\b(up|down)(?:\s+(?:a (?:bit|touch|tad|little)|just|like|about|around|roughly|maybe|say|by|only))*\s+(\d+(?:\.\d+)?)\s*\#(Self.pointUnit)|\b(lower|reduce|decrease|drop|cut|dip|raise|increase|boost|bump|lift)\b[^\d]{0,40}?\s(?:by\s+)?(\d+(?:\.\d+)?)\s*(?:percentage points?|points?|pts?)\b"#, in: c),
           let n = Double([m[1], m[4], m[6]].first { !$0.isEmpty } ?? ""), n > 0, n < 100, musicSeg != nil {
            let up = has(m[2] + m[3] + m[5], #"louder|higher|up|raise|increase|boost|bump|lift"#)
            let v = max(0, min(2, current + (up ? n : -n) / 100))
            plan.operations.append(.setMusicVolume((v * 1000).rounded() / 1000))
            plan.understood.append("make the music \(up ? "louder" : "quieter") (\(Int((current * 100).rounded()))% → \(Int((v * 100).rounded()))%)")
            return
        }
        // "music bed sitting at -12 dB under everything", "set the music to -18 dB": a level below full, not a change.
        if let m = Numbers.firstMatch(#"\b(?:at|to|level of|level|=|:)\s*[-−]\s*(\d+(?:\.\d+)?)\s*(?:db|dbfs|decibels?)\b"#, in: c), let db = Double(m[1]), db > 0, db <= 60,
           musicSeg != nil || plan.operations.contains(where: Self.addsMusic) {
            let v = (pow(10, -db / 20) * 1000).rounded() / 1000
            plan.operations.append(.setMusicVolume(v))
            plan.understood.append("set the music to -\(m[1]) dB (\(Int((v * 100).rounded()))%)")
            return
        }
        if let m = Numbers.firstMatch(#"(?<![\w.])([-+−]?)\s*(\d+(?:\.\d+)?)\s*(?:db|decibels?)\b"#, in: c), let db = Double(m[2]), db > 0, db <= 40,
           musicSeg != nil || plan.operations.contains(where: Self.addsMusic) {
            let down = m[1] == "-" || m[1] == "−" || (m[1].isEmpty && has(c, #"\bdown\b|quieter|softer|\blower|reduce|decrease|\bcut\b|\bdrop|\bdip|\battenuate"#))
            let level = levelAtTurnStart(current, replacing: ["make the music quieter", "make the music louder"], context: context, &plan)
            let v = min(2, level * pow(10, (down ? -db : db) / 20))
            plan.operations.append(.setMusicVolume((v * 1000).rounded() / 1000))
            plan.understood.append("make the music \(down ? "quieter" : "louder") by \(m[2]) dB (\(Int((level * 100).rounded()))% → \(Int((v * 100).rounded()))%)")
            return
        }
        // "the song should start at 5 seconds", "stop the music after 20 seconds", "背景音乐从第5秒开始"
        if aboutMusic, musicSeg != nil || plan.operations.contains(where: Self.addsMusic) {
            // "start the song from 0:30", "skip the first 10 seconds of the song": where in the song it plays from.
            if let inMs = Self.songInPoint(c) {
                plan.operations.append(.trimMusic(inMs: inMs))
                plan.understood.append("play the music from \(clock(inMs)) into the song")
                musicFadesSaid(c, &plan)
                return
            }
            let n = Numbers.amount
            var start: Int?, end: Int?
            if let m = Numbers.firstMatch(#"\b(?:from|between) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)? (?:to|until|till|-|and) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"#, in: c),
               let a = Double(m[1]), let b = Double(m[2]), b > a {
                start = Int(a * 1000)
                end = Int(b * 1000)
            } else if let m = Numbers.firstMatch(#"\b(?:music|song|bgm) start(?:s| time| point)? (?:to|at|=|:)? ?(\#(n)[- ]?(?:ms|s|secs?|seconds?))|\b(?:bring|drop|cue|slot|let)(?: (?:the )?(?:music|song|bgm|track|tune|it))? in (?:at|after|from|right at|exactly at) (\#(n)[- ]?(?:s|secs?|seconds?))\b"#, in: c) {
                start = Numbers.duration(in: m[1].isEmpty ? m[2] : m[1])
            } else if let m = Numbers.firstMatch(#"\b(?:start|starts|begin|begins|come in|comes in|kick in|kicks in|bring in|play|plays)\b(?: (?:the )?(?:music|song|bgm|track|it))? (\#(n)[- ]?(?:s|secs?|seconds?)) before the (?:very )?end\b|\bonly (?:for |during |in |over |on )?the (?:last|final) (\#(n)[- ]?(?:s|secs?|seconds?))\b"#, in: c),
                      let d = Numbers.duration(in: m[1].isEmpty ? m[2] : m[1]), d < draft.duration() {
                // "start the music 4 seconds before the end", "music only for the last 5 seconds": it comes in then.
                start = draft.duration() - d
            // ("start the song after the opening title", "come in after the welcome title": the one title, named by what it is.)
            } else if has(c, #"\bafter the (?:(?:opening|welcome|intro|first|main|big|name) )?title(?: card)?\b"#), !has(c, #"\b(?:at|from) (?:the )?(?:about |around |like )?\d"#),
                      let title = draft.textPositions.map({ draft.tracks[$0.track].segments[$0.segment] }).first(where: { $0.kind == .title }) {
                start = (title.start ?? 0) + (title.duration ?? 3000)
            } else if let m = Numbers.firstMatch(#"\b(?:start|begin|come in|kick in|play|starts|begins|comes in|kicks in)(?:s|ing)?\b(?: (?!(?:and|then|but|stop|stops|end|ends|until|till|to)\b)[\w']+){0,6}? (?:at|from|after) (?:the )?(?:about |around |roughly |approximately |~)?(\#(n)[- ]?(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?))\b|\b(?:wait|delay(?: it)?(?: by)?) (\#(n)[- ]?(?:s|secs?|seconds?))|\b(?:start|begin|come in|kick in|starts|begins|comes in|kicks in)(?:ing)?\b(?: (?!(?:and|then|but|stop|stops|end|ends|until|till|to|volume|level)\b)[\w']+){0,6}? (?:at|from) (?:the )?(\#(n))(?=\s*(?:$|[.,;!?]| mark\b| and\b| then\b| but\b))"#, in: c) {
                // "the song should start at 2 and end at 8": a bare number after start is a second, as after stop.
                start = Numbers.duration(in: m[1].isEmpty ? m[2] : m[1]) ?? Numbers.duration(in: m[3] + " s")
            } else if let m = Numbers.firstMatch(#"\b(?:come|comes|start|starts|begin|begins|kick|kicks)(?: in)? (\#(n)[- ]?(?:s|secs?|seconds?)) (?:after (?:the )?(?:video|film|movie|start|beginning|it)(?: starts| begins)?|into (?:the )?(?:video|film))\b|\b(?:wait|waits|hold off|delay)\b.*?\b(?:until|till) (?:about |around |roughly )?(\#(n)[- ]?(?:s|secs?|seconds?))"#, in: c) {
                // "can the song come in 2 seconds after the video starts", "could the music wait … until about two seconds in"
                start = Numbers.duration(in: m[1].isEmpty ? m[2] : m[1])
            } else if let m = Numbers.firstMatch(#"\b(?:start|starts|begin|begins|come in|comes in|kick in|kicks in|bring in)(?: (?:the )?(?:music|song|bgm|track|it))?\s+(\#(n)[- ]?(?:ms|s|secs?|seconds?)) in\b"#, in: c) {
                // "so it starts 1.5s in", "start the music 2 seconds in"
                start = Numbers.duration(in: m[1])
            } else if let m = Numbers.firstMatch(#"(?:从|在)第?\s*([零〇一二两三四五六七八九十百\d.]+)\s*(?:秒|s)\s*(?:开始|进|响起|出来|播放)"#, in: c), let v = Numbers.chinese(m[1]) {
                start = Int(v * 1000)
            } else if has(c, #"^(?:and |but |then )?(?:(?:have|let|make) (?:the )?(?:music|song|bgm|track) |(?:start|begin) (?:the )?(?:music|song|bgm|track) )?(?:start|begin|come in|kick in|play)(?:s|ing)?(?: (?:playing|again))? (?:right away|immediately|straight away|right at the (?:start|beginning)|(?:from|at) the (?:very )?(?:start|beginning|top)|from 0|at 0)(?: again| instead| please)*[.!]*$|^(?:start|begin) (?:the )?(?:music|song|bgm|track) (?:right away|immediately|straight away|right at the (?:start|beginning)|(?:from|at) the (?:very )?(?:start|beginning|top)|from 0|at 0)(?: again| instead| please)*[.!]*$"#),
                      musicSeg.map({ ($0.start ?? 0) > 0 }) ?? false {
                // "actually start it right away" after the music was made to start at 2 s: from the very start,
                // still stopping where it was made to stop.
                start = 0
                if let s = musicSeg?.start, let d = musicSeg?.duration, s + d < draft.duration() { end = s + d }
            }
            if end != nil {
            } else if let m = Numbers.firstMatch(#"\b(?:stop|end|cut|finish|stops|ends|fade out|fades out)(?:s|ping)?\b.*?\b(\#(n)[- ]?(?:ms|s|secs?|seconds?)) (?:before|from) the (?:end|video ends|video does|video finishes|finish)\b"#, in: c),
                      let d = Numbers.duration(in: m[1]), draft.duration() > d {
                // "stop the music 2 seconds before the end"
                end = draft.duration() - d
            } else if let m = Numbers.firstMatch(#"\b(?:music|song|bgm)(?: start(?:s| time| point)? (?:to |at |= ?|: ?)?\#(n)[- ]?(?:ms|s|secs?|seconds?),?(?: and)?)? (?:end|stop)(?:s| time| point)? (?:to|at|=|:)? ?(\#(n)[- ]?(?:ms|s|secs?|seconds?))"#, in: c) {
                // "music end 8s", "music start 2000ms end 8000ms": where it stops, said after its start.
                end = Numbers.duration(in: m[1])
            } else if let m = Numbers.firstMatch(#"\b(?:stop|end|cut|kill|mute|drop|silence|lose|remove|fade out|no)\b(?: (?:the )?(?:music|song|bgm|track|it))?(?: off| out)? (?:from|after) (?:the )?(\#(n)[- ]?(?:ms|s|secs?|seconds?|minutes?|mins?)) (?:on|onwards?|forward|to the end|till the end|until the end)\b|\b(?:no|without) (?:the )?(?:music|song|bgm) (?:from|after) (?:the )?(\#(n)[- ]?(?:ms|s|secs?|seconds?|minutes?|mins?))\b"#, in: c) {
                // "kill the music from 0:05 on", "no music after 6 seconds": it stops there (never removed).
                end = Numbers.duration(in: m[1].isEmpty ? m[2] : m[1])
            } else if let m = Numbers.firstMatch(#"(?<!the )(?<!a )\b(?:stop|end|cut|kill|fade out|finish|stops|ends|cuts out|fades out|drop|silence)(?:s|ping)?\b(?: (?:the )?(?:music|song|bgm|track|it))?(?: off| out)? (?:at|after|by|around) (?:the )?(?:first )?(\#(n)(?:[- ]?(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)\b|(?=\s*(?:$|[.,;!?]| mark\b))))(?: mark)?|\bonly (?:for |during |in |over )?the first (\#(n)[- ]?(?:s|secs?|seconds?))\b"#, in: c) {
                // "stop it at 9": a bare number after stop is a second.
                let said = m[1].isEmpty ? m[2] : m[1]
                end = Numbers.duration(in: said) ?? Numbers.duration(in: said + " s")
            } else if let m = Numbers.firstMatch(#"(?:在|到)第?\s*([零〇一二两三四五六七八九十百\d.]+)\s*秒(?:停|结束|停止)"#, in: c), let v = Numbers.chinese(m[1]) {
                end = Int(v * 1000)
            } else if start == nil, let seg = musicSeg, let d = seg.duration, (seg.start ?? 0) + d < draft.duration(),
                      !has(c, #"\d|\b(?:fade|fading|fades|loop|looping|repeat|stop|stops|cut|start|starts|begin|begins|quieter|louder|volume)\b"#),
                      has(c, #"\b(?:music|song|bgm|soundtrack|track|it)\b(?: (?:to )?(?:play|plays|playing|go|goes|going|run|runs|running|last|lasts|continue|continues|keep going|stay|on))?(?: all the way)? (?:until|till|til|to|through|thru) the (?:very )?end\b|\b(?:music|song|bgm|soundtrack)\b(?: (?:to )?(?:play|playing|run|running|on))? (?:for|during|over|through|in) the (?:whole|entire|full|complete) (?:video|thing|clip|reel|time)\b"#) {
                // "no sorry, I want the music until the end", "let the song play to the end" after it was made to stop
                // early: it plays on to the video's end (it removed the music).
                end = draft.duration()
            }
            // "only use the song for the first half of the video", "music just in the second half": half the video's length.
            if start == nil, end == nil, !has(c, #"\d"#),
               let m = Numbers.firstMatch(#"\b(?:only|just)\b.*\b(?:for|during|in|over|on) the (first|second|last|latter|final) half\b|\b(?:for|during|in|over|on) the (first|second|last|latter|final) half(?: of (?:the |my |this )?(?:video|vid|thing|film|slideshow|reel))? only\b"#, in: c) {
                let half = draft.duration() / 2
                if has(m[1] + m[2], "first") { end = half } else { start = half }
            }
            // "start the song at 0:45, that's where the chorus hits", "from 1:12 into the track": a point in the song, where it
            // plays from (it came in at 45 s on a 10 s video: none was heard). (A start past the end said of the video is
            // still set: the video may grow to it.)
            if let s = start, s > 0, end == nil, has(c, Self.songPoint) {
                plan.operations.append(.trimMusic(inMs: s))
                plan.understood.append("play the music from \(clock(s)) into the song")
                return
            }
            if start != nil || end != nil {
                plan.operations.append(.setMusicTiming(startMs: start, endMs: end))
                plan.understood.append([start.map { "start the music at \(seconds($0)) s" }, end.map { "stop it at \(seconds($0)) s" }].compactMap { $0 }.joined(separator: " and "))
                // "… stop at 9 s, with a 1 s fade-out": the music's fade, said with its timing.
                musicFadesSaid(c, bareWay: end != nil ? true : start != nil ? false : nil, &plan)
                return
            }
        }
        // "no music fade", "don't fade the song out", "no fade on the music": the music's fades off, the music kept.
        // "fade it in", "fade the piano in" (the music named by its file), "fading in"
        // ("fade the school song in": two words for it.)
        let fadeIn = has(c, #"(?:fade|ease) (?:(?:the |my |our |this )?(?!out\b)[\w-]+ (?:(?!out\b)[\w-]+ )?)?in\b|(?:fades?|fading)[- ]in\b|\bease (?:it )?in\b|淡入"#)
        let fadeOut = has(c, #"fade (?:(?:the |my |our |this )?(?!in\b)[\w-]+ (?:(?!in\b)[\w-]+ )?)?out\b|(?:fades?|fading)[- ]out\b|\bin and out\b|\bfad\w* .*\bin\b.*\bout\b|淡出"#)
        if aboutMusic, has(c, #"\bfad"#) {
            let (noIn, noOut) = refusedFadeEnds(c, inn: fadeIn, out: fadeOut)
            if noIn || noOut {
                let ms = Numbers.duration(in: c) ?? 2000
                plan.operations.append(.setMusicFades(inMs: noIn ? 0 : fadeIn ? ms : nil, outMs: noOut ? 0 : fadeOut ? ms : nil))
                plan.understood.append([noIn ? "no music fade in" : nil, noOut ? "no music fade out" : nil].compactMap { $0 }.joined(separator: " and "))
                return
            }
        }
        // "no" and "without" belong to the thing after them: "no transitions, slap the song on" keeps the song.
        // ("no sorry, I want the music …": a "no" before what is wanted refuses nothing.)
        // Not "no text just music", "no transitions and music at 80%": the "no" is another thing's.
        let refuses = has(c, #"\b(?:no|without)\b\#(Self.noneOfOther)(?: (?!and\b|with\b|but\b|plus\b|then\b|just\b|only\b|add\b|keep\b|i\b|want\b|wanted\b|need\b|prefer\b|like\b)[\w,&-]+){0,3}? (?:music|songs?|bgm|soundtrack|audio|tracks?|tunes?|sound)\b"#) || has(c, refusesMusic)
            // (Not "make no changes to the music", "no rush": a "no" that refuses something else.)
            // ("no, sorry, I want the music until the end": a "no" said as an answer refuses nothing.)
            || (has(c, #"\b(?:no(?!\s*[,.!]|\s+(?:sorry|wait|i|i'd|i'm|actually|please)\b)|without)\b\#(Self.noneOfOther)"#) && !has(c, #"\b(?:no|without)\b(?: [\w-]+){0,2}? (?:transitions?|zoom\w*|text|titles?|captions?|fades?|motion|effects?|filters?|crop\w*|cuts?|pauses?|gaps?)\b"#))
        // "music start at second 3, first 3 second no music": no music before it starts (never removed).
        let quietStart = #"^(?:and |but )?(?:no|without) (?:music|song|bgm)(?: (?:before|until|till) (?:that|then|it starts)| (?:at|in|during) the (?:very )?(?:beginning|start|opening|intro)| at first| for (?:a bit|a moment|a few seconds|the first few seconds))?[.!]*$"#
        if has(c, quietStart), plan.operations.contains(where: { if case .setMusicTiming(let start?, _) = $0 { start > 0 } else { false } }) {
            plan.understood.append("(no music before it starts)")
            return
        }
        // "no music at the beginning" with no time said: when it should come in is asked (never the music removed).
        if has(c, quietStart), !has(c, #"^(?:and |but )?(?:no|without) (?:music|song|bgm)[.!]*$"#), musicSeg != nil {
            plan.understood.append("start the music later")
            plan.questions.append(plan.chinese ? "音乐从第几秒开始？比如说“音乐从第3秒开始”。" : "When should the music come in? Say, for example, \"start the music at 3 seconds\".")
            return
        }
        // "remove the music from the final five seconds", "silence the music for the first 2 seconds", "no music for the
        // duration of the title": the music starts or ends there (never removed). A span elsewhere is not done.
        if aboutMusic, musicSeg != nil,
           let m = Numbers.firstMatch(#"\b(?:remove|delete|drop|mute|silence|cut|take|no|kill|lose)\b.*\b(?:from|for|during|in|over|throughout|while|for the duration of) the (?:(first|opening|last|final|closing) (\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)|(title|caption|end ?card))\b"#, in: c) {
            let total = draft.duration()
            if !m[1].isEmpty, let n = Double(m[2]) {
                let ms = Int(n * 1000)
                if has(m[1], "first|opening") {
                    plan.operations.append(.setMusicTiming(startMs: ms, endMs: nil))
                    plan.understood.append("start the music at \(seconds(ms)) s")
                } else if ms < total {
                    plan.operations.append(.setMusicTiming(startMs: nil, endMs: total - ms))
                    plan.understood.append("end the music at \(seconds(total - ms)) s")
                }
                return
            }
            let kind = TextKind(rawValue: m[3].replacingOccurrences(of: " ", with: ""))
            if let p = draft.textPositions.first(where: { draft.tracks[$0.track].segments[$0.segment].kind == kind }) {
                let seg = draft.tracks[p.track].segments[p.segment]
                if (seg.start ?? 0) == 0, let d = seg.duration, d < total {
                    plan.operations.append(.setMusicTiming(startMs: d, endMs: nil))
                    plan.understood.append("start the music at \(seconds(d)) s, after the \(m[3])")
                }
            }
            return
        }
        // "turn off the music", "the song off please", "music off": no music (never "turn the music down").
        if refuses || has(c, #"\b(?:turn|switch|shut|cut) off (?:the |my |that |this )?(?:background )?(?:music|song|bgm|soundtrack|tune)\b|\b(?:turn|switch|shut) (?:the |my |that |this )?(?:background )?(?:music|song|bgm|soundtrack|tune) off\b|^(?:and |please )?(?:the )?(?:background )?(?:music|song|bgm|soundtrack) off\b"#)
            // (Not "the hoodie drop", "find the drop in the track": a drop that is a thing, never a removal.)
            || has(c, #"\b(remove|delete|(?<!\bthe )(?<!\ba )(?<!\bbeat )(?<!\bbass )(?<!\bproduct )(?<!\bhoodie )(?<!\bnew )drop(?! (?:in|of|comes|hits|kicks|lands|starts|happens)\b)|mute|get rid of|take out|lose|kill|ditch|scrap|omit|eliminate|dispense with)\b|\btake (?:\w+ ){1,3}(?:away|out|off)\b|\btake (?:away|off) (?:the |that |this )?(?:music|song|bgm|track|soundtrack)\b|\bcut (?:out )?(?:the )?(?:music|song|bgm)\b(?! (?:down|by|at|after))|去掉|不要|删除|删掉|静音"#),
           !has(c, #"\b(?:drop) (?:it |the music |the song )?(?:down|by)\b|\bat \d|\b(?:to|down to) (?:about |around |like )?\d"#),
           aboutMusic || (named != nil && named == musicFile) {
            // "i dont have any so no music i guess", said while the video is made: there is none to remove.
            if !draft.tracks.contains(where: { $0.type == .audio && $0.role == .music }), plan.operations.contains(where: \.isCompose) {
                plan.understood.append("no music")
                return
            }
            plan.operations.append(.removeMusic)
            plan.understood.append("remove the music")
            return
        }
        // "set the music to 50", "music volume 0.2", "halve the music"
        if aboutMusic || has(c, #"\bvolume\b"#), Numbers.fraction(in: c) == nil,
           let m = Numbers.firstMatch(#"(?:\bto|\bat|\b(?:volume|level)(?: of| at| to)?|=|:)\s*(\d+(?:\.\d+)?)(?!\s*(?:s|secs?|seconds?|ms|x|db|%|percent)\b)(?!\d)(?!\.\d)"#, in: c),
           let v = Double(m[1]), v > 0, v <= 100, musicSeg != nil || plan.operations.contains(where: Self.addsMusic) || (aboutMusic && loneSong(context, voices: voices) != nil) {
            let volume = v <= 1 && m[1].contains(".") || v < 1 ? v : v / 100
            // "add_music source=bgm.mp3 volume=0.3": a new song, at that level.
            // (`music=jingle.mp3@0.25`, "background music calm.mp3 at 20%": the file said right after the word for music.)
            if let source = namedSource, (source as NSString).lastPathComponent.lowercased() != musicFile,
               has(c, #"\b(add|use|put|with|include|replace|change|swap|switch|play|pick)\b|^(?:and |plus )?the [\w'-]+ (?:music|song|track)\b|^(?:and )?(?:the )?(?:background )?(?:music|song|bgm|soundtrack|audio)\s*[:=]?\s*[\w\-.]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus)\b"#) {
                plan.operations.append(.addMusic(source: source, volume: min(2, volume)))
                plan.understood.append("use \((source as NSString).lastPathComponent) as background music at \(Int((volume * 100).rounded()))%")
                musicFadesSaid(c, &plan)
                return
            }
            if musicSeg == nil, !plan.operations.contains(where: Self.addsMusic), let song = loneSong(context, voices: voices) {
                // "bed at 30%" with no music yet: the one song there is, at that level.
                plan.operations.append(.addMusic(source: song, volume: min(2, volume)))
                plan.understood.append("use \((song as NSString).lastPathComponent) as background music at \(Int((volume * 100).rounded()))%")
                musicFadesSaid(c, &plan)
                return
            }
            plan.operations.append(.setMusicVolume(min(2, volume)))
            plan.understood.append("set the music to \(Int((volume * 100).rounded()))%")
            // (`music volume 0.3 fade in 2000 ms fade out 3000 ms`: its fades said with it, too.)
            musicFadesSaid(c, &plan)
            return
        }
        if aboutMusic || has(c, #"\bvolume\b"#) || has(c, #"\bhalf as loud\b"#), !has(c, #"\b(?:increase|raise|boost|louder|up|more)\b"#), has(c, #"\bhalve\b|(?<!at )\bhalf (?:the )?volume|\bhalf (?:the|its) (?:current |present )?(?:volume|level)(?: (?:it|the music|the song|that) (?:is|has)| it'?s)?(?: now| right now| currently)\b|\bhalf (?:the|its) (?:current|present) (?:volume|level)\b|\b(?:reduce|lower|decrease|drop|cut|bring|turn|take)\b.*\b(?:to|by) (?:the )?half\b|\bby half\b|\bhalf as loud|cut (?:the )?(?:music |volume )?in half|减半"#), musicSeg != nil {
            // "make it softer, perhaps half as loud as it is now": one change, from the level the turn began with.
            let level = levelAtTurnStart(current, replacing: ["make the music quieter"], context: context, &plan)
            plan.operations.append(.setMusicVolume(level / 2))
            plan.understood.append("halve the music (\(Int((level * 100).rounded()))% → \(Int((level * 50).rounded()))%)")
            return
        }
        // "double the music volume", "music twice as loud": twice the level it has (not understood).
        if aboutMusic || has(c, #"\bvolume\b"#), musicSeg != nil, !has(c, #"\b(?:quieter|softer|lower|reduce|decrease|down|less)\b"#),
           has(c, #"\bdouble (?:the |its )?(?:music |song |bgm )?(?:volume|level|loudness)\b|\bdouble the (?:music|song|bgm)\b|\b(?:twice|two times|2x) (?:as loud|louder|the (?:volume|level))\b"#) {
            let level = levelAtTurnStart(current, replacing: ["make the music louder"], context: context, &plan)
            let v = min(2, level * 2)
            plan.operations.append(.setMusicVolume((v * 1000).rounded() / 1000))
            plan.understood.append("double the music (\(Int((level * 100).rounded()))% → \(Int((v * 100).rounded()))%)")
            return
        }
        // "reduce the music to one fifth of its current volume", "30% of the present level": a share of the level now
        // (never of full volume).
        if aboutMusic || has(c, #"\bvolume\b"#), musicSeg != nil,
           let m = Numbers.firstMatch(#"\b(\d+(?:\.\d+)? ?(?:%|percent)|(?:a |one |two |three )(?:third|thirds|quarter|quarters|fifth|fifths|tenth))(?: of)? (?:its|the|their) (?:current|present|existing) (?:volume|level|loudness)\b"#, in: c),
           let f = Numbers.fraction(in: m[1]), f > 0, f < 1 {
            let level = levelAtTurnStart(current, replacing: ["make the music quieter"], context: context, &plan)
            let v = (level * f * 1000).rounded() / 1000
            plan.operations.append(.setMusicVolume(v))
            plan.understood.append("make the music quieter (\(Int((level * 100).rounded()))% → \(Int((v * 100).rounded()))%)")
            return
        }
        // "increase its volume by half", "raise the music by a third": louder by that share of the level the turn began with.
        // "reduce the music by a fifth": quieter by that share (never set to a fifth).
        if aboutMusic || has(c, #"\bvolume\b"#), musicSeg != nil,
           let m = Numbers.firstMatch(#"\b(?:(increase|raise|boost|turn (?:it |the music )?up|bring (?:it |the music )?up|make (?:it|the music) louder)|reduce|lower|decrease|cut|drop|turn (?:it |the music )?down|bring (?:it |the music )?down|make (?:it|the music) quieter)\b.*\bby (?:a |one )?(half|third|quarter|fifth|tenth)\b"#, in: c) {
            let up = !m[1].isEmpty
            let level = levelAtTurnStart(current, replacing: [up ? "make the music louder" : "make the music quieter"], context: context, &plan)
            let share = ["half": 0.5, "third": 1.0 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1][m[2]] ?? 0.5
            let v = min(2, level * (up ? 1 + share : 1 - share))
            plan.operations.append(.setMusicVolume((v * 1000).rounded() / 1000))
            plan.understood.append("make the music \(up ? "louder" : "quieter") (\(Int((level * 100).rounded()))% → \(Int((v * 100).rounded()))%)")
            return
        }
        // "song in the background": where the music goes, said without a verb.
        // (Not "set music fade-in to 1500 ms": "set" with no file named changes the music that is there.)
        if has(c, #"\b(add|use|put|with|include|replace|change|swap|switch|play|pick|under|underneath|beneath|behind)\b|^(?:and |plus )?the [\w'-]+ (?:music|song|track)\b(?=.*\d ?(?:%|percent))|\bin the background\b|加|添加|换成|用|配上|配"#)
            || (namedSource != nil && has(c, #"\bset\b"#))
            // "…; music bgm_01.mp3": the music named, with no verb; "background music theme.mp3 at 20%", "theme.mp3 as
            // background music at 20%": with the level it plays at (only the level of the song there was changed).
            || has(c, #"^(?:and )?(?:(?:the )?(?:background )?(?:music|song|bgm|soundtrack|audio)\s*[:=]?\s*[\w\-.]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus)|[\w\-.]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus) as (?:the |a |my |our )?(?:background )?(?:music|song|bgm|soundtrack))(?:,?\s*(?:at |@\s*)?(?:(?:a |the )?(?:volume|level) (?:of )?)?\d+(?:\.\d+)?\s*(?:%|percent)(?: (?:volume|level))?)?[.!]?$"#)
            // "… with my moon pics and the music for my history project": the music, said as a thing the video has.
            || has(c, #"^(?:and |plus |also )?(?:the|my|our|some) (?:background )?(?:music|song|bgm|soundtrack)(?: (?:for|from|of) (?:my|our|the|this|his|her) [\w' -]{1,40})?[.!?]*$"#),
           aboutMusic || named != nil {
            let source = namedSource ?? context.media.last { Self.isAudio($0) && ($0 as NSString).lastPathComponent.lowercased() != musicFile }
            if plan.operations.contains(where: Self.addsMusic) {
                plan.understood.append("music is already added")
                // "… background track calm_piano.mp3 at 20%" in a new video's request: the song it took, at that level.
                if let level = Self.statedLevel(c), plan.operations.contains(where: \.isCompose),
                   !plan.operations.contains(where: { if case .setMusicVolume = $0 { true } else { false } }) {
                    plan.operations.append(.setMusicVolume(min(2, level)))
                    plan.understood.append("set the music to \(Int((level * 100).rounded()))%")
                }
                if !has(c, Self.saysHowItSounds) { return }
            } else if source != nil || musicSeg != nil, !has(c, #"\d"#),
                      has(c, #"\b(?:in|for|during|over) the middle(?: part| bit| section)?\b(?! of (?:the )?(?:screen|frame|picture))|\bmiddle (?:part|bit|section)\b|\b(?:only|just) (?:for |during |in |over )?(?:part|some|half) of\b|\b(?:in|for|during) the (?:first|second|last) half\b"#) {
                // "put the song in the middle only", "music just for part of it": a part of the video, said without
                // times (never "the music is already there"): asked when, with the times it plays now.
                let at = musicSeg.map { s in " now plays from \(seconds(s.start ?? 0)) to \(seconds((s.start ?? 0) + (s.duration ?? draft.duration()))) s" } ?? " is not on yet"
                plan.questions.append("Which part? The music\(at), and the video is \(seconds(draft.duration())) s long. I can, for example: \"play the music from 3 to 7 seconds\".")
                plan.understood.append("ask which part the music plays in")
                return
            } else if let source = namedSource, let musicSeg, (source as NSString).lastPathComponent.lowercased() != musicFile,
                      has(c, #"\b(?:add|put|play|insert|stick|throw|tack)\b"#), !has(c, #"\b(?:instead|replace|swap|switch|change)\b|\bas (?:the |my |our )?(?:background )?(?:music|song|soundtrack|bgm)\b"#),
                      has(c, #"\b(?:at|in|for|to|near) the (?:very )?(?:end|ending|finish|close|start|beginning)\b|\bat the (?:last|final) (?:second|moment|bit)\b"#) {
                // "add taps_bugle.mp3 at the end" with a song already playing: a second sound at one moment, which the one
                // music track cannot be (it replaced the song for the whole video).
                let name = (source as NSString).lastPathComponent
                let playing = ((musicSeg.src ?? "the music") as NSString).lastPathComponent
                plan.questions.append("The video already has \(playing) as its music, and it plays one sound file at a time, so I cannot add \(name) at one moment on top of it. Nothing was changed. I can, for example: \"use \(name) as the music instead\", or \"start the music at \(seconds(max(0, draft.duration() - 3000))) seconds\".")
                plan.understood.append("ask how to add \(name)")
                return
            } else if let source, (source as NSString).lastPathComponent.lowercased() != musicFile, !voices.contains((source as NSString).lastPathComponent.lowercased()),
                      namedSource != nil || !Self.isVoiceFile(source) {
                // "Add bgm_01.mp3 at volume 0.25", "add the organ prelude … a quarter of full volume": at the level said.
                let level = Self.statedLevel(c)
                plan.operations.append(.addMusic(source: source, volume: level ?? (musicSeg == nil ? 0.35 : current)))
                plan.understood.append("use \((source as NSString).lastPathComponent) as background music" + (level.map { " at \(Int(($0 * 100).rounded()))%" } ?? ""))
                if level != nil || !has(c, Self.saysHowItSounds) { return }
            } else if source == nil, let musicSeg, has(c, #"\b(?:replace|replaced|swap|switch|change|different|something else|anything else|another|other|new)\b"#),
                      !has(c, #"quiet|loud|volume|fade|loop|%|percent|softer|lower|louder|\b(?:start|end|stop)s?\b|小声|大声"#) {
                // "replace the music with something else", "Ersetz die Musik durch was anderes" with no other sound file: which
                // song is for the user to give (it answered "the music is already there").
                let playing = ((musicSeg.src ?? "the music") as NSString).lastPathComponent
                plan.questions.append("Which song should replace \(playing)? Add the sound file (mp3, wav, m4a or aac), then say, for example, \"use summer.mp3 as the music\". Nothing was changed.")
                plan.understood.append("ask which song replaces the music")
                return
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
        let softStart = #"\b(?:begin|start|come in|comes in|fade up|begins|starts)(?: playing)? (?:softly|gently|slowly|quietly|soft)\b"#
        if has(c, #"fade|fading|\bease\b|淡入|淡出"#) && aboutMusic || has(c, softStart) && aboutMusic {
            let ms = saidFadeLength(c) ?? 2000
            // "fade it in", "fading in", "summer song fading out the last 3 sec"
            let inn = fadeIn || has(c, softStart)
            let out = fadeOut || !inn
            let (inMs, outMs) = inn && out ? fadeEndLengths(c) : (nil, nil)
            plan.operations.append(.setMusicFades(inMs: inn ? inMs ?? ms : nil, outMs: out ? outMs ?? ms : nil))
            plan.understood.append("fade the music")
            // "music at 30% with a 2s fade in and a 3s fade out": the level said with the fades (it was lost).
            if fadeIn || fadeOut, has(c, #"\d\s*(?:%|percent\b)"#), let f = Numbers.fraction(in: c), f > 0, f <= 1, musicSeg != nil || plan.operations.contains(where: Self.addsMusic),
               !plan.operations.contains(where: { if case .setMusicVolume = $0 { true } else { false } }) {
                plan.operations.append(.setMusicVolume(f))
                plan.understood.append("set the music to \(Int((f * 100).rounded()))%")
            }
            return
        }
        // ("take the music away entirely? My husband prefers it quiet": the reason for the removal, no level.)
        if let f = Self.statedLevel(c, numbers: false), !plan.operations.contains(where: { if case .removeMusic = $0 { true } else { false } }) {
            if musicSeg == nil, !plan.operations.contains(where: Self.addsMusic), aboutMusic, let song = loneSong(context, voices: voices) {
                plan.operations.append(.addMusic(source: song, volume: min(2, f)))
                plan.understood.append("use \((song as NSString).lastPathComponent) as background music at \(Int((f * 100).rounded()))%")
                return
            }
            plan.operations.append(.setMusicVolume(min(2, f)))
            plan.understood.append("set the music to \(Int((f * 100).rounded()))%")
            return
        }
        // "quite a bit", "a good deal": a lot, though "a bit" is in it.
        let much = has(c, #"\b(much|a lot|way|lots|loads|quite a (?:bit|lot)|a (?:good|fair|great) (?:bit|deal)|considerably|significantly|substantially)\b|很多|大幅"#)
        let bit = !much && has(c, #"\b(a bit|bit|a little|little|slightly|a touch|a tad|lil)\b|一点|稍微|一些"#)
        // "I can barely hear the music … would you mind turning it up quite a bit?": one change, as big as
        // the last words ask, from the level the turn began with.
        // "… can barely hear the dryer lol" said alone: a sound of the clips not heard sets no level here (the level set
        // before it was taken back and none made, which ended the turn).
        if has(c, #"\b(?:barely|can'?t|cannot|hardly) (?:even )?hear (?:the|my|our|his|her|their) (?:[a-z'-]+ )?\#(Self.clipSounds)\b"#), !has(c, Self.voiceUnheard),
           !has(c, #"quieter|softer|louder|\blower|\braise|\bturn|\b(?:up|down)\b|too (?:loud|quiet|soft)|volume|%|percent"#) { return }
        // "Is there music on this already? I can't hear very well": the listener's own hearing, no sound named; nothing to change.
        if has(c, #"\b(?:i|we) (?:can'?t|cannot|can not|could ?n'?t|don'?t|do not) hear (?:(?:very|so|too|that|all that|really|super) )?(?:well|good|great)\b"#),
           !has(c, #"quieter|softer|louder|\blower|\braise|\bturn|\b(?:up|down)\b|too (?:loud|quiet|soft)|volume|%|percent|\bboost|\bincrease|\breduce"#) { return }
        let level = has(c, #"quieter|softer|\blower(?:ed)?\b|\battenuated?\b|louder|\bturn(?:ing)? |\b(?:up|down)\b|too (?:loud|quiet|soft)|hear|drown|overpower|bur(?:ies|ying)|听不"#)
            ? levelAtTurnStart(current, replacing: ["make the music quieter", "make the music louder"], context: context, &plan) : current
        // "make the music 20%, it drowns the voice", "背景音乐小声一点，都听不清我说话了": after a change to the music's level,
        // a voice lost under it is the reason for that change, never a second one.
        let quieter = #"quieter|softer|\blower(?:ed)?\b|\battenuated?\b|volume down|\bdown\b|\breduce|decrease|too loud|小声|小一点|降低|调低|轻一点|太吵|太大声"#
        if has(c, Self.voiceUnheard), !has(c, quieter), plan.operations.contains(where: { if case .setMusicVolume = $0 { true } else { false } }) { return }
        // "ugh the music is way too loud, can barely hear the dryer": something else lost under the music, so the music goes
        // down (it went up). Never "I can barely hear the music", "can't hear it", nor a word of the music's own name.
        // ("music LOUDER bro i cant even hear the phonk": the music by its kind, said louder.)
        let otherUnheard = !has(c, #"\b(?:louder|up|raise|boost|increase|crank|pump)\b"#) && has(c, #"\b(?:barely|can'?t|cannot|could ?n'?t|hardly|can not) (?:even )?hear (?!(?:(?:the|my|our|his|her|their|a|any|that|this) )?(?:music|song|songs|track|tune|tunes|beat|beats|bgm|soundtrack|background music|phonk|lofi|lo-fi|bass|drums|melody|instrumental|lyrics|vocals|singer|chorus|it|anything|that|this|thing|much|well)\b)(?:(?:the|my|our|his|her|their|a|any) )?[a-z]"#)
            && !musicNameWords().contains { has(c, #"\bhear (?:the |my |our )?\#(NSRegularExpression.escapedPattern(for: $0))\b"#) }
        // ("The music feels a little too loud …, could you soften it a bit?": "soften" the music is quieter.)
        if has(c, Self.voiceUnheard) || otherUnheard || has(c, #"quieter|softer|\bsoften\b|\blower(?:ed)?\b|\battenuated?\b|volume down|^(?:and )?(?:the )?\S+ (?:(?:a |just a )?(?:bit|little|tad|touch|lot) |way )?down\b|\b(?:pull|bring|take|dial|knock) (?:\w+ ){0,3}down\b|\bdip\b|turn(?:ing)? (?:\w+ ){0,3}down|\breduce|decrease|too loud|小声|小一点|降低|调低|轻一点|太吵|太大声"#) {
            let f = much ? 0.4 : (bit ? 0.8 : 0.6)
            plan.operations.append(.setMusicVolume(level * f))
            plan.understood.append("make the music quieter (\(Int((level * 100).rounded()))% → \(Int((level * f * 100).rounded()))%)")
        // ("the music is wayyy too loud, can barely hear the dryer": a sound of the clips not heard is never a louder
        // song; it made the music louder after making it quieter. "i cant even hear the phonk" is the song.)
        } else if has(c, #"louder|volume up|turn(?:ing)? (?:\w+ ){0,3}up|\b(?:crank|pump|jack|bump|kick|ramp|amp|push)(?:ed|s)? (?:\w+ ){1,3}up\b(?![^.]*\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)|^(?:and )?(?:the )?\S+ (?:(?:a |just a )?(?:bit|little|tad|touch|lot) |way )?up\b|^(?:and )?(?:the )?\S+ (?:(?:really|very|super|extra|nice and) )?loud(?: please)?[.!]*$|\braise|increase|boost|too quiet|too soft|(?:barely|can'?t|cannot|hardly) (?:even )?hear(?! (?:the|my|our|his|her|their) (?!(?:music|songs?|bgm|soundtrack|track|tune|beats?|melody|lyrics|vocals|singer|singing|bass|drums|instrumental|background|audio|sound|volume)\b)(?:[a-z'-]+ )?\#(Self.clipSounds)\b)|大声|大一点|调高|响一点|听不见|听不到"#) {
            let f = much ? 2.0 : (bit ? 1.25 : 1.5)
            let v = min(1.5, level * f)
            plan.operations.append(.setMusicVolume(v))
            plan.understood.append("make the music louder (\(Int((level * 100).rounded()))% → \(Int((v * 100).rounded()))%)")
        }
    }

    /// Sounds in the clips, never the song ("can barely hear the dryer").
    static let clipSounds = #"(?:dryer|dog|dogs|cat|birds?|waves?|ocean|sea|water|rain|wind|crowd|kids?|baby|engine|car|motor|machine|clippers?|blender|whistle|ref|referee|bell|door|voice|talking|speech|people|audience|fans|applause|cheering|laughing|laughter|narration|dialogue|teacher|speaker|host)"#

    /// "I can't hear myself", "the music drowns out my voice", "都听不清我说话了": a voice lost under the music, so the music goes down (never up).
    /// ("i cant hear the waves over the music": a sound of the clips lost under it, the same.)
    static let voiceUnheard = #"\b(?:barely|can'?t|cannot|could ?n'?t|hardly|can not) (?:even )?hear (?:myself|me|my (?:own )?(?:voice|words|talking)|us|him|her|them|what (?:i|he|she|they|we|you)(?:'m| am|'re| are| is|'s)? (?:saying|say|said)|(?:the|our|his|her|their) (?:voice|voices|talking|speech|narration|dialogue|words|speaker|presenter|host|people|kids)|anyone|anybody|(?:\w+ )?(?:talk|talking|speak|speaking))\b|\b(?:drowns?|drowning|overpowers?|overpowering|buries|burying)(?: out)? (?:me|us|my (?:voice|words|talking)|(?:the|his|her|their|our) (?:voice|voices|talking|speech|narration|dialogue|speaker|presenter|host))\b|听不(?:清|见|到)(?:楚)?(?:我|他|她|人|主播|我们)?(?:在)?(?:说话|讲话|说的话|的声音|声音|讲解|说什么)|\b(?:barely|can'?t|cannot|could ?n'?t|hardly|can not) (?:even )?hear (?:the|my|our|his|her|their) [a-z' -]{1,30}? (?:over|under|through|because of|with) the (?:music|song|bgm|soundtrack|track|beat)\b"#

    /// A step in the music's level, in percentage points: "10%", "5 points", "3 percentage points".
    static let pointUnit = #"(?:%|percent\b|per ?cent\b|(?:percentage )?points?\b|pts?\b)"#

    /// The music's level as the turn began, when an earlier clause of this turn already made it
    /// quieter or louder (`replacing` says which): that change is taken back, so the turn makes one
    /// change as big as its last words ask. Otherwise `current`.
    static func levelAtTurnStart(_ current: Double, replacing said: [String], context: PlannerContext, _ plan: inout Plan) -> Double {
        guard let k = plan.operations.lastIndex(where: { if case .setMusicVolume = $0 { true } else { false } }),
              let u = plan.understood.lastIndex(where: { line in said.contains { line.hasPrefix($0) } }) else { return current }
        plan.operations.remove(at: k)
        plan.understood[u] += " (then changed)"
        return context.draft.tracks.first { $0.type == .audio && $0.role == .music }?.segments.first?.volume ?? current
    }

    /// Sound words as people type and say them, as the rules read them: "the music is to loud, make it
    /// more quite", "music start at second 3", "drift in … float away", "first 3 second no music";
    /// right after a music change (`afterMusic`), "make small more" is quieter still.
    static func musicWords(_ c: String, afterMusic: Bool) -> String {
        // Most requests have none of these words: they pay a few substring checks.
        guard afterMusic || ["quite", "to loud", "to quiet", "to soft", "second", "sec ", "window", "timing", "range", "fade", "drift", "float", "creep", "swell", "away", "off", "over the ", "first", "last", "final", " in at ", " in after ", " out at ", " out by ", " out after "]
            .contains(where: { c.contains($0) }) else { return c }
        var t = replacing(c, [
            // "Music in at 0:03", "bgm in after 2 s": when it starts.
            // (Not "fade the music in at the start": a fade in.)
            (#"\b(music|song|bgm|track|soundtrack)\s+in\s+(at|after)\b(?! the (?:very )?(?:start|beginning)\b)"#, "$1 starts $2"),
            // "music out at 9.5 s", "song out by 0:08": when it stops (not understood).
            (#"\b(music|song|bgm|track|soundtrack)\s+out\s+(at|by|after)\b(?= (?:the )?(?:about |around )?\d)"#, "$1 stops $2"),
            (#"\bto (loud|quiet|soft)\b"#, "too $1"), (#"\b(?:more|very|bit|little|lot) quite\b|\b(?<=it |music |song )quite(?=[.!]*$)"#, "quieter"),
            (#"\b(?:at|from) (?:the )?(?:second|sec) (\d+(?:\.\d+)?)\b"#, "at $1 seconds"),
            // "music window: start 1500 ms": the music's start.
            (#"\b(music|song|bgm)(?: window| timing| range)?\s*:?\s*(start|end)\b"#, "$1 $2"),
            // "fade in 0-3", "fade in from 0 to 3 s": the length of the fade.
            (#"\bfade[- ]?(in|out) (?:from )?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\s*(?:-|to) ?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\b"#, "fade $1 over $2-$3 seconds"),
            (#"\b(?:drift|drifts|float|floats|creep|creeps|swell|swells) in\b(?! (?:at|after|from|when)\b)(?: (?:slowly|gently|softly|gradually))?"#, "fade in"),
            (#"\b(?:float|floats|drift|drifts|fade|fades|die|dies|trail|trails|ebb|ebbs) (?:away|off)\b"#, "fade out"),
            (#"\bover the (first|last) (\d+(?:\.\d+)?)(?=\s*[.,!]|\s*$)"#, "over the $1 $2 seconds"),
            // "the music should only play in the first 6 seconds", "put the song only on the last 5 seconds": only then.
            (#"\b(?:should |must |can |will )?only (?:play|be heard|be playing|run|go|come in|sound|be on)s? (for|during|in|over|on) the (first|last|final)\b"#, "only $1 the $2"),
            (#"\b(?:put|have|keep|place|use) (the (?:music|song|bgm|track|soundtrack)|it) only (?:on|in|for|during|over) the (first|last|final)\b"#, "$1 only for the $2"),
            (#"\b(music|song|bgm|track|soundtrack) only (?:in|on) the (first|last|final)\b"#, "$1 only for the $2"),
            (#"^(?:and |with |plus )?(?:the |some )?(?:background )?(music|song|bgm|soundtrack) (?:just )?(?:for|during|over|in) the (first|last|final) (?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)[.!]*$)"#, "$1 only for the $2 "),
        ])
        if let m = Numbers.firstMatch(#"\bover (\d+(?:\.\d+)?)-(\d+(?:\.\d+)?) seconds\b"#, in: t), let a = Double(m[1]), let b = Double(m[2]), b > a {
            t = t.replacingOccurrences(of: m[0], with: "over \(seconds(Int((b - a) * 1000))) seconds")
        }
        // "first 3 second no music", "no music for the first 3 seconds": the music starts then (never removed).
        t = replacing(t, [
            (#"\b(?:for )?(?:the )?first (\d+(?:\.\d+)?) ?(?:s|secs?|seconds?),? (?:no|without) (?:music|song|bgm)\b|\b(?:no|without) (?:music|song|bgm)(?: (?:plays|playing|is played|is heard|sounds))? (?:for|in|during) the first (\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b"#, "start the music at $1$2 seconds"),
            // "the music should not play for the first 4 seconds": it starts then.
            (#"\b(?:the )?(?:music|song|bgm) (?:should|must|shall|will|does|do|can)(?:n'?t| not) (?:play|start|come in|be heard|be playing)(?: (?:for|during|in|within))? the first (\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b"#, "start the music at $1 seconds"),
        ])
        if afterMusic, has(t, #"^(?:and )?(?:make (?:it |the music )?)?(?:small|smaller|low|lower|quiet|quieter|soft|softer)(?: (?:more|still|again|please))*[.!]*$"#) { t = "make the music quieter" }
        return t
    }

    /// "duck the music", "have the music dip whenever I'm speaking", "lower the music automatically while the narration plays".
    /// Someone speaking: what the music ducks under (never "while the title is on screen").
    /// ("Add described_audio.m4a as a voiceover, and lower the music while it plays": the voice just added.)
    static let speechWords = #"\b(?:speak|speaks|speaking|talk|talks|talking|voice|narrat\w*|voiceover|vo|someone|i'?m|presenter|host|dialogue|interview|speech|speaker|commentary|spoken|(?:it|that|the (?:description|recording|audio description|voice track)) (?:plays|is playing|is on|runs))\b"#
    static let duckWords = #"\b(?:narration|narrator|voice ?-?over|voice|speech|speaker|dialogue)\b.{0,30}\b(?:audible|heard|intelligible|clear)\b.{0,15}\b(?:over|above) (?:the )?(?:music|song|soundtrack|bgm)\b|\bduck|under the voice|under the narration|lower the music (?:when|while)(?=.*\#(speechWords))|dips? under|\b(?:dip|dips|dipped|drop|drops|dropped|go down|goes down|get quieter|gets quieter|(?:is |be |gets? )?(?:quieter|softer)|lower|lowers|lowered|reduced?|softened|attenuated?|dimmed|turned down|brought down|recedes?|back off|backs off)\b.{0,40}\b(?:while|when|whenever|as soon as|during)\b.{0,30}\#(speechWords)|闪避|压低音乐|music\b.*\b(?:down|lower|quieter|softer)\b.*\b(?:while|when|during)\b(?=.*\#(speechWords))"#

    /// Words about how the music should sound (its level, fades, loop) beside the song named: the clause goes on past
    /// "use the jingle" to read them ("with the jingle quiet in the background").
    static let saysHowItSounds = #"quiet|loud|volume|fade|loop|%|percent|\bsoft|\blow\b|gentl|subtl|faint|pumping|blasting"#

    /// The music's fades said beside another of its settings ("… stop at 9 s, with a 1 s fade-out", `music source x.mp3
    /// volume 0.3 fade in 2000 ms fade out 3000 ms`), each end with its own length.
    /// ("… end 9s fade out 1s": the length said after "fade out" first, never the time before it.)
    /// `bareWay`: which end a fade said with no "in" or "out" is ("end the music at 0:08 with a two-second fade": its
    /// fade out, as it stops; "start it at 3 s with a 1 s fade": its fade in).
    static func musicFadesSaid(_ c: String, bareWay: Bool? = nil, _ plan: inout Plan) {
        let n = Numbers.amount
        var said = false
        for (way, word) in [(false, "in"), (true, "out")] {
            guard let m = Numbers.firstMatch(#"\bfade[- ]?\#(word) (?:of |over |for )?(\#(n)[- ]?(?:ms|s|secs?|seconds?))"#, in: c)
                    ?? Numbers.firstMatch(#"(\#(n)[- ]?(?:ms|s|secs?|seconds?))[- ](?:long )?fade[- ]?\#(word)\b"#, in: c),
                  let ms = Numbers.duration(in: m[1]) else { continue }
            plan.operations.append(way ? .setMusicFades(inMs: nil, outMs: ms) : .setMusicFades(inMs: ms, outMs: nil))
            plan.understood.append("fade the music \(word) over \(seconds(ms)) s")
            said = true
        }
        if !said, let way = bareWay, !has(c, #"\bfade[- ]?(?:in|out|up|down)\b|\bfades?[- ](?:in|out)\b"#),
           let m = Numbers.firstMatch(#"\b(?:with|and|plus|using|add) (?:a |an )?(?:(?:nice|gentle|soft|slow|quick|short|smooth) )?(\#(n)[- ]?(?:ms|s|secs?|seconds?))[- ](?:long )?fade\b|\b(?:with|and|plus) (?:a |an )?(?:(?:nice|gentle|soft|slow|quick|short|smooth) )?fade (?:of |over |lasting )(\#(n)[- ]?(?:ms|s|secs?|seconds?))|\b(?:fading|fades?) (?:over|across|in|for) (?:about |around )?(\#(n)[- ]?(?:ms|s|secs?|seconds?))"#, in: c),
           let ms = Numbers.duration(in: m[1] + m[2] + m[3]), ms > 0 {
            plan.operations.append(way ? .setMusicFades(inMs: nil, outMs: ms) : .setMusicFades(inMs: ms, outMs: nil))
            plan.understood.append("fade the music \(way ? "out" : "in") over \(seconds(ms)) s")
        }
    }

    /// A level said in words or numbers: "at 25%", "a quarter of full volume", "at full volume", "volume 0.25", "at 40".
    static func statedLevel(_ c: String, numbers: Bool = true) -> Double? {
        if let f = Numbers.fraction(in: c) { return f }
        if has(c, #"\b(?:full|max(?:imum)?|100 ?%) (?:volume|level|blast)\b|\bat full\b"#) { return 1 }
        // "quarter volume perhaps", "at half volume"
        if let m = Numbers.firstMatch(#"\b(quarter|third|half|fifth|tenth) (?:of (?:the |full )?)?(?:volume|level|loudness)\b"#, in: c) {
            return ["quarter": 0.25, "third": 1.0 / 3, "half": 0.5, "fifth": 0.2, "tenth": 0.1][m[1]]
        }
        // "with taps.mp3 at a respectful, low volume", "at a very soft level": the level said in words.
        if let m = Numbers.firstMatch(#"\bat (?:a )?(very |really )?(?:low|soft|quiet|gentle|subtle|discreet) (?:volume|level)\b"#, in: c) {
            return m[1].isEmpty ? 0.2 : 0.12
        }
        // "with the jingle quiet in the background", "low background music", "the song playing softly", "music nice and
        // loud": a level said as a word of how it should sound (never "the music is quiet", a complaint).
        let sound = #"(?:music|song|track|tune|jingle|bgm|soundtrack|beat|beats)"#
        let how = #"(?:(?:playing|kept|running|going|sitting|nice and|pretty|real|kinda|very|really|super|extra|just) )*"#
        // (Not "a little quieter please, clients said its loud": a change said, and a complaint as its reason.)
        if !has(c, #"quieter|louder|softer|\b(?:lower|higher|raise|reduce|increase|decrease|turn (?:it |the \w+ )?(?:up|down)|too|so|is|was|are|'s|its|it'?s)\b"#),
           let m = Numbers.firstMatch(#"\b(?:(very |really |super |extra )?(?:quiet|soft|low|subtle|faint|gentle)(?:ly)? (?:background |bg )?\#(sound)|\#(sound) \#(how)(quiet|quietly|soft|softly|low|gently|subtly|faintly|barely audible|(?<=nice and |good and )loud|pumping|blasting))\b(?! (?:at first|in the beginning|at the start|to begin))|\b(loud) (?:background )?\#(sound)\b"#, in: c) {
            if !m[3].isEmpty || has(m[2], #"^(?:loud|pumping|blasting)$"#) { return 0.7 }
            return !m[1].isEmpty || has(m[0], #"\b(?:very|really|super|extra)\b|barely"#) ? 0.12 : 0.2
        }
        guard numbers, let m = Numbers.firstMatch(#"(?:\bat|\bvolume(?: of| at| to)?|=|:)\s*(\d+(?:\.\d+)?)(?!\s*(?:s|secs?|seconds?|ms|x|db|%|percent)\b)(?!\d)(?!\.\d)"#, in: c),
              let v = Double(m[1]), v > 0, v <= 100 else { return nil }
        return v <= 1 && m[1].contains(".") || v < 1 ? v : v / 100
    }

    /// The one sound file that can be the music (not a voice file, nor one added as the voiceover), when there is only one.
    static func loneSong(_ context: PlannerContext, voices: Set<String>) -> String? {
        let songs = context.media.filter { isAudio($0) && !isVoiceFile($0) && !voices.contains(($0 as NSString).lastPathComponent.lowercased()) }
        return songs.count == 1 ? songs[0] : nil
    }

    /// An operation on the music: its file, level, timing or fades.
    static func changesMusic(_ op: EditOperation) -> Bool {
        switch op {
        case .addMusic, .setMusicVolume, .setMusicFades, .setMusicTiming, .trimMusic: true
        default: false
        }
    }

    /// "vo_promo.wav over the headshot, … ducked under the VO": the voiceover file was taken as the music
    /// when the video was made; it is the voice, so it is no longer the music.
    static func notMusic(_ source: String, _ plan: inout Plan) {
        let name = (source as NSString).lastPathComponent
        for i in plan.operations.indices {
            guard case .compose(let sources, let stillMs) = plan.operations[i], sources.contains(source) else { continue }
            plan.operations[i] = .compose(sources: sources.filter { $0 != source }, stillMs: stillMs)
            for u in plan.understood.indices where plan.understood[u].hasPrefix("use ") && plan.understood[u].contains(" as background music") {
                let files = plan.understood[u].dropFirst(4).components(separatedBy: " as background music")[0]
                    .components(separatedBy: ", ").filter { $0 != name }
                plan.understood[u] = files.isEmpty ? "" : "use \(files.joined(separator: ", ")) as background music at 35%"
            }
            plan.understood.removeAll(where: \.isEmpty)
        }
    }

    /// "the wav is the voice", "the m4a is my voice", "the audio file is the narration": that sound file is the voiceover.
    static let fileIsTheVoice = #"\bthe (?:(wav|m4a|mp3|aac)|audio(?: file)?|sound file|recording) (?:file )?(?:is|=|has) (?:the |my |our |his |her |a )?(?:voice|voices|speech|narration|narrator|talking|spoken part|vo)\b(?! (?:memo|message|note)s?\b)"#

    /// The one sound file that is a voice: named as one (narration.m4a), or else the one sound whose name is no song's
    /// (talk.m4a beside song.mp3); nil when that is not one file.
    static func voiceByKind(_ context: PlannerContext) -> String? {
        let sounds = context.media.filter(isAudio), voices = sounds.filter(isVoiceFile)
        if voices.count == 1 { return voices[0] }
        let unsung = sounds.filter { !has(($0 as NSString).lastPathComponent.lowercased(), #"song|music|track|beat|bgm|tune|theme|instrumental|lofi|upbeat|acoustic|piano|jazz|loop|mix|soundtrack|melody|\.mp3$"#) }
        return voices.isEmpty && unsung.count == 1 ? unsung[0] : nil
    }

    /// A file named as a voice: vo_promo.wav, narration_01.wav, voiceover.m4a.
    static func isVoiceFile(_ path: String) -> Bool {
        has((path as NSString).lastPathComponent.lowercased(), #"(?:^|[_\-. ])(?:vo|vox|voice|voices|voiceover|voice-over|narration|narrator|narrate|speech|dialogue|interview)(?:[_\-. \d]|$)"#)
    }

    /// An operation that gives the video music: adding it, or composing with sound files.
    static func addsMusic(_ op: EditOperation) -> Bool {
        switch op {
        case .addMusic: true
        case .compose(let sources, _): sources.contains(where: isAudio)
        default: false
        }
    }

    /// "swap the song for the radio edit" (neon_heart_radio_edit.mp3 beside neon_heart_acoustic.mp3): the one sound
    /// file whose own words (those the other sound files do not share) are said.
    static func soundByItsOwnWords(_ c: String, context: PlannerContext) -> String? {
        let sounds = context.media.filter(isAudio)
        guard sounds.count > 1 else { return nil }
        func words(_ p: String) -> Set<String> {
            Set((((p as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension).split { !$0.isLetter }.map(String.init)
                .filter { $0.count >= 3 && !["music", "song", "track", "audio", "sound", "the", "and"].contains($0) })
        }
        let said = Set(c.split { !$0.isLetter }.map(String.init))
        let hits = sounds.map { p -> (String, Int) in
            let others = sounds.filter { $0 != p }.reduce(into: Set<String>()) { $0.formUnion(words($1)) }
            return (p, words(p).subtracting(others).intersection(said).count)
        }.filter { $0.1 > 0 }
        return hits.count == 1 ? hits[0].0 : nil
    }

    /// Words that place the music's start inside the song ("1:12 into the track", "where the chorus hits", "from the chorus").
    /// ("start the track at 0:02 so the drop hits on the clip": where on the video, the drop said as why.)
    static let songPoint = #"\binto (?:the |its |my )?(?:track|song|music|tune|file|audio|recording)\b|\bwhere the (?:chorus|drop|hook|verse|beat|bridge|vocals?|singing)\b|\b(?:from|at) the (?:chorus|drop|hook|second verse|bridge)\b(?! (?:hits|kicks in|comes in|lands))"#
}
