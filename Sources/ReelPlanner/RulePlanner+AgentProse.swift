import Foundation

extension RulePlanner {
    // MARK: An agent speaking for its user

    /// An agent relaying its user's wishes in the third person, in long sentences: "The user would like the brightness
    /// of the whole video raised slightly", "On behalf of my user: they would like the title text changed … to 'X'",
    /// "the user … asks that the previous change be reverted". Said in the first person and the active voice, the
    /// rules read it as a person's own request (it asked for a 3 s video, removed the music, duplicated the wrong clip).
    static let agentProse: [(String, String)] = {
        let who = #"(?:the|my|our) (?:user|client|customer|human|principal|requester)"#
        let wish = #"(?:would (?:like|prefer|love)|wants?|prefers?|wishes|asks?|has asked|is asking|needs?|requests?|has requested)"#
        // The past participles a wish is said with, and the request they make ("the music lowered to 20%": lower the music to 20%).
        let verbs: [(String, String)] = [("raised", "raise"), ("lowered", "lower"), ("increased", "increase"), ("decreased", "decrease"),
                                         ("reduced", "reduce"), ("changed", "change"), ("moved", "move"), ("shortened", "shorten"),
                                         ("lengthened", "lengthen"), ("extended", "extend"), ("removed", "remove"), ("muted", "mute"),
                                         ("trimmed", "trim"), ("slowed down", "slow down"), ("sped up", "speed up"), ("brightened", "brighten"),
                                         ("darkened", "darken"), ("replaced", "replace"), ("swapped", "swap"), ("set", "set"), ("made", "make"),
                                         ("cut", "cut"), ("faded out", "fade out"), ("faded in", "fade in")]
        var rules: [(String, String)] = [
            // "Acting for my user:", "On behalf of my user: they would like …", "Relaying for the client -": the wrapper.
            (#"^\s*(?:(?:acting|speaking|writing|working|relaying|asking)(?: here)? (?:for|on behalf of)|on behalf of|for) \#(who)\s*[:,;-]\s*(?:(?:they|he|she) (?=\#(wish)\b))?"#, "I "),
            // "The user has indicated that they find …", "The user now feels that …", "The user has changed their mind again and …".
            (#"\b\#(who) (?:has (?:indicated|said|told me|mentioned|explained|confirmed|decided)|(?:now )?(?:says|feels|thinks|indicates|mentions|explains|confirms|decided)) that (?:they|he|she) "#, "I "),
            // "the user now feels that was too loud": a reason, said as one.
            (#"\b(?:\#(who)|they|he|she) (?:now |also |still )?(?:feels?|thinks?|finds?|says?|believes?)(?: that)? (it|that|this) (?:was|is) "#, "$1 is "),
            // "they would like it to remain on screen for five seconds instead of three": what was just named stays that long.
            (#"\b(?:I|they|he|she) (?:would like|wants?|would prefer) (it|that|this|the (?:title|caption|text|end ?card|picture|photo)) to (?:remain|stay|be|last|show)(?: visible)?(?: on(?: the)? screen)? for\b"#, "make $1 stay on screen for"),
            // "The user changed their mind about the title. Instead of …": the sentence only says what the next words change.
            (#"\b\#(who)(?: now| also| then| still| instead)?(?: has)? changed (?:their|his|her) mind(?: again)? about (?:the |their |his |her )?[\w ]{1,20}?\s*[.;:]\s*"#, ""),
            (#"\b(?:\#(who)|they|he|she)(?: now| also| then| still| instead)? (?:has|have)(?: now| also| then| since)? changed (?:their|his|her) mind(?: again)?(?: and|,)?\s*"#, ""),
            // "The user changed their mind and would like that undone": the wish, said by them.
            (#"\b\#(who)(?: now| also| then| just)? changed (?:their|his|her) mind(?: again)?(?: and|,)\s*(?=\#(wish)\b)"#, "I "),
            // "The user is asking how long the video currently is": the question.
            (#"\b\#(who) (?:is asking|asks|wants to know|would like to know|is wondering|wonders)(?: you)?(?: about)? (?=how|what|which|whether|if|why|when)"#, ""),
            (#"\bhow long the (video|film|clip|reel|slideshow) (?:currently |now |presently |actually )?is\b"#, "how long is the $1"),
            // "The user would like the original sound of the clips muted, keeping the music": what stays.
            (#",\s*(?:while )?keeping (the (?:music|song|soundtrack|background music|title|captions?|transitions))\b"#, ", keep $1"),
            // "They do not want the photos included": the new video without them.
            (#"\b(?:they|he|she|I|we|\#(who)) (?:do not|don'?t|does not|doesn'?t) (?:want|need|wish)(?: to have| to use| to include)? (?:the |any |their |of the )?(photos|pictures|images|stills|videos|clips|video clips)(?: included| in it| in the video| used| at all)?(?=\s*(?:[.,;!]|$|and\b|but\b))"#, "no $1"),
            (#"\bhaving (?:listened to|watched|seen|reviewed|looked at) (?:it|that|the (?:video|result|change|preview))(?: again)?,\s*"#, ""),
            (#"\b(?:on reflection|after (?:some )?(?:thought|consideration)),?\s*(?:(?:they|he|she) )?"#, ""),
            (#"\b(?:\#(who)|(?:they|he|she)) (?:(?:now|also|then|instead|still) )?(?=\#(wish)\b)"#, "I "),
            // (Said of "I" now: "I is asking" reads "I am asking".)
            (#"\bI is\b"#, "I am"), (#"\bI has\b"#, "I have"), (#"\bI (want|ask|need|request|prefer)s\b"#, "I $1"), (#"\bI wishes\b"#, "I wish"), (#"\b(I (?:am asking|ask|want|need|would like|have asked)) me to\b"#, "$1 you to"),
            // "asks that the previous change be reverted", "would prefer to undo that adjustment": undo. "… the adjustment redone": redo.
            (#"\b(?:I )?\#(wish)(?: that| for)? (?:the |that |this )?(?:previous |last |latest |most recent )?(?:change|adjustment|edit|step|modification) (?:(?:to )?be )?(?:reverted|undone|rolled back|taken back|cancelled|canceled)\b"#, "undo"),
            (#"\b(?:I )?\#(wish) to (?:undo|revert|roll back|reverse|cancel) (?:that|the|this) (?:previous |last )?(?:change|adjustment|edit|step)\b"#, "undo"),
            // "would like that undone", "wants it reverted": the last change.
            (#"\b(?:I )?\#(wish)(?: for)? (?:that|it|this) (?:to be )?(?:undone|reverted|rolled back|taken back|cancelled|canceled)\b"#, "undo"),
            (#"\b(?:I )?\#(wish)(?: that| for)? (?:the |that |this )?(?:previous |last )?(?:change|adjustment|edit|step) (?:to be )?(?:redone|reapplied|re-applied|applied again|put back)\b"#, "redo"),
            // "would prefer that it be shortened by three seconds": shorten it by three seconds.
            (#"\b(?:I )?\#(wish) that (it|the (?:whole |overall |entire )?video|the [\w ]{1,30}?) be "#, "I would like $1 "),
            // "the background music to fade in … and to fade out over the final four seconds": the music's both ends.
            (#"\b((?:the )?(?:background )?(?:music|song|soundtrack|track)) to fade in\b([^.;]{0,80}?) and to fade out\b"#, "$1 to fade in$2 and $1 to fade out"),
            // "the title text changed from its current wording to "X"": the title changed to it.
            (#"\b((?:the )?(?:title|caption|end ?card)(?: text| words| wording)?) changed from (?:its|the) (?:current|present|old|existing|original) (?:wording|text|words|title|caption) to\b"#, "$1 changed to"),
            // "each of the five slides", "each of the 4 photos": each one.
            (#"\beach of the (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (slide|photo|picture|image|pic|clip|still|shot)s\b"#, "each $1"),
            // "b.mp4 to be repeated immediately after itself, so that it effectively plays twice in a row before the final picture".
            (#"\b([\w.-]+\.(?:mp4|mov|m4v|webm|jpe?g|png)|clip \d+) (?:to be )?(?:repeated|duplicated|played twice|copied)(?: (?:immediately|right|directly))?(?: after itself| in place| in a row| twice)?\b"#, "duplicate $1"),
            (#",?\s*so that it (?:effectively |just )?plays twice(?: in a row)?[^.;]*"#, ""),
            // "…, leaving the last two seconds without background music": why, never a removal of the music.
            (#",?\s*(?:leaving|so that|so) (?:there is )?(?:the )?(?:last|final|first|remaining) [\w -]{1,30}? (?:without|with no|silent|free of)(?: any)?(?: background)?(?: music| sound| audio)?\b"#, ""),
            // "the second item on the timeline (the video clip) moved so that it plays last": the words in brackets only say
            // what the item is; "moved so that it plays last" is moved to the end.
            (#"\b((?:the )?(?:first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th)) (?:item|clip|segment|one|element|entry)(?: (?:on|in) the (?:timeline|video|sequence))?)\s*\((?:the |a |an |which is (?:the |a |an )?)?[\w.' -]{1,30}\)"#, "$1"),
            (#"\bmoved so (?:that )?it (?:plays|comes|appears|is shown|shows) (?:last|at the end)\b"#, "moved to the end"),
            (#"\bmoved so (?:that )?it (?:plays|comes|appears|is shown|shows) (?:first|at the (?:start|beginning))\b"#, "moved to the start"),
            // "… for TikTok. Please apply the canvas change.", "… at double speed. Please do it if possible.": the agent's
            // closing words after the request, asking nothing more (alone they are still asked about).
            (#"(?<=[.!?])\s+(?:please |kindly |pls )?(?:apply|do|make|carry out|perform|execute|implement|action|go ahead with)(?: (?:it|this|that|them|these|those|(?:the|this|that|these) (?:[a-z]+ )?(?:changes?|edits?|adjustments?|updates?|requests?)))?(?: accordingly| if (?:possible|you can|it'?s possible)| for (?:me|them|the user|her|him)| now| please| thanks?| thank you)*\s*[.!]?\s*$"#, ""),
            // "fade in from silence": in.
            (#"\bfade in from silence\b"#, "fade in"),
            // "ensure that nothing in any of the pictures or clips gets cropped off": each shown whole.
            (#"\b(?:ensure|make sure|see to it|check)(?: that)? nothing (?:in|of) (?:any of )?(?:the )?(?:pictures|photos|images|clips|videos|media|pictures or clips|photos or clips|pictures and clips|photos and videos) (?:gets|is|will be|would be) (?:cropped|cut)(?: off)?\b"#, "show every picture and clip in full"),
        ]
        // "the brightness of the whole video raised slightly", "the music volume lowered to 20 percent": the request itself.
        for (done, doIt) in verbs {
            rules.append((#"\bI \#(wish) (?:for )?(the [\w' -]{1,50}?|it|them|this|that) \#(done)\b"#, "\(doIt) $1"))
            rules.append((#"\bI would like (it|the (?:whole |overall |entire )?video|the [\w ]{1,30}?) \#(done)\b"#, "\(doIt) $1"))
        }
        return rules
    }()
}
