import Foundation

/// Requests in Finnish, or Finnish mixed with English ("Poista toinen klippi", "Musiikki hiljemmalle, vaikka 15 prosenttiin",
/// "Siirtymät wipe left, sekunnin mittaiset"), as the English the rules read. Finnish bends its words by case ("kuva",
/// "kuvan", "kuvasta", "kuvaa"), so a word is matched by its stem and every ending it takes. Words in quotes and file names
/// are never translated; the answer stays in English.
extension RulePlanner {
    /// Words only a Finnish request has (never an English one, nor a Norwegian or Estonian one alone).
    static let finnishMarker = word(#"sekunnin|sekuntia|sekuntiin|sekunnista|sekunnissa|sekunti|musiikki\p{L}*|musiikin|prosentti\p{L}*|prosenttia|kuva\p{L}*|kuvi\p{L}*|klippi\p{L}*|klipin|klipit|otsikk\p{L}*|otsikoksi|poista|siirrä|lisää|vaihda|mykistä|hidasta|nopeuta|kumoa|kuinka pitkä|pituus|siirtymä\p{L}*|feidaa|neliö\p{L}*|pysty\p{L}*|vaaka\p{L}*|järjestyksessä|näistä|kaikista|julkaise|värit|kylmemm\p{L}*|lämpimäm\p{L}*|ei sittenkään|loppuun|alkuun|videoklip(?:pi|in|piä|it)"#)
        + #"|(?:^|[.!?]\s*)tee (?=video|siitä|\d)"#

    static let finnishAsEnglish: [(String, String)] = [
        // Courtesy and a correction: "kiitos", "voisitko …", "Ei sittenkään, 25 prosenttia riittää".
        (#",?\s*"# + word(#"kiitos|kiitti|ole hyvä"#) + #"\s*[.!]*"#, ""),
        (#"^\s*"# + word(#"voisitko|voitko|voisitteko"#) + #"\s+"#, "please "),
        (word(#"ei sittenkään|eikun|ei kun"#), "no wait"), (word(#"riittää|on parempi|oli parempi"#), "was better"),
        // A question, undo, redo.
        (word(#"kuinka pitkä (?:video|videon pituus) on(?: nyt)?|kuinka pitkä on video(?: nyt)?|mikä on videon pituus(?: nyt)?"#) + #"\s*\??"#, "how long is the video?"),
        (#"^\s*"# + word(#"kumoa(?: se| viimeisin| muutos)?|peru(?: se)?"#) + #"\s*[.!]*\s*$"#, "undo"),
        (#"^\s*"# + word(#"tee uudelleen|palauta(?: se)?"#) + #"\s*[.!]*\s*$"#, "redo"),
        // A new video: "Tee video kaikista näistä järjestyksessä", "Tee 30 sekunnin diashow näistä kolmesta kuvasta".
        (word(#"tee video kaikista (?:näistä|tiedostoista)(?: järjestyksessä)?"#), "make a video of all of these in order"),
        (word(#"tee (\d+(?:[.,]\d+)?) sekunnin (video|diashow|diaesitys|kuvaesitys)"#), "make a $1 second $2"),
        (word(#"diashow|diaesitys|kuvaesitys"#), "slideshow"), (word(#"järjestyksessä"#), "in order"),
        (word(#"näistä (kahdesta|kolmesta|neljästä|viidestä) kuvasta"#), "of these $1 photos"), (word(#"kaikista kuvista"#), "of all the photos"),
        (word(#"kahdesta"#), "two"), (word(#"kolmesta"#), "three"), (word(#"neljästä"#), "four"), (word(#"viidestä"#), "five"),
        (word(#"([\w.-]+\.(?:mp3|wav|m4a|aac|ogg|flac)) taustamusiikiksi"#), "with $1 as the music"),
        (word(#"ja musiikki mukaan|musiikin kanssa|musiikilla"#), "with music"), (word(#"ilman musiikkia|ei musiikkia"#), "no music"),
        // Lengths and times: "5 sekunnista 9 sekuntiin", "30 sekunnin", "sekunnin mittaiset", "sekunti kumpaankin".
        (#"(\d+),(\d+)(?=\s*sekun)"#, "$1.$2"),
        (#"(\d+(?:\.\d+)?)\s*sekunnista\s+(\d+(?:\.\d+)?)\s*sekuntiin"#, "from $1 to $2 seconds"),
        (#"(\d+(?:\.\d+)?)\s*sekunnin(?![\p{L}])"#, "$1 second"), (#"(\d+(?:\.\d+)?)\s*(?:sekuntia|sekuntiin|sekunnissa|sekunti|sek)(?![\p{L}])"#, "$1 seconds"),
        (word(#"sekunnin mittaiset|sekunnin mittainen|sekunnin pituiset|sekunnin"#), "1 second long"),
        (word(#"puoli sekuntia|puolen sekunnin"#), "0.5 seconds"), (word(#"sekunti kumpaankin|sekunnin kumpaankin"#), "1 second each"),
        (#"(\d+(?:\.\d+)?)\s*(?:prosenttiin|prosenttia|prosentti|prosentin)(?![\p{L}])"#, "$1%"),
        // The whole video's length: "Koko videon pituus 20 sekuntia".
        (word(#"koko videon pituus|videon pituus|koko video"#), "make the whole video"),
        // The music: "Musiikki hiljemmalle, vaikka 15 prosenttiin", "Musiikki 50 prosenttiin", "Musiikkiin 3 sekunnin fade out loppuun".
        (word(#"musiikki hiljemmalle|hiljennä musiikkia|musiikkia hiljemmalle|hiljemmalle musiikki"#) + #"(?:\s*,?\s*(?:vaikka|esim(?:erkiksi)?|noin)?\s*(?=\d+(?:\.\d+)?%))?"#, "turn the music down to "),
        (word(#"musiikki kovemmalle|musiikkia kovemmalle|voimista musiikkia"#), "make the music louder"),
        (word(#"musiikki"#) + #"\s+(?=\d+(?:\.\d+)?%)"#, "set the music to "),
        (word(#"musiikkiin|musiikille"#) + #"\s+(\d+(?:\.\d+)?) second (fade in|fade out)(?: loppuun| alkuun)?"#, "$2 the music over $1 seconds"),
        // A clip's own sound: "Mykistä videoklipin oma ääni" (the dogs barking only say why).
        (word(#"mykistä (?:videoklipin|videon|klipin) (?:oma )?ääni|mykistä (?:videoklippi|video|klippi)"#), "mute the sound of the video clip"),
        (word(#"mykistä"#), "mute"), (#",\s*[^,.;!?]*\bliikaa\b[^,.;!?]*"#, ""),
        // Speed: "Hidasta videoklippi puoleen nopeuteen", "nopeuta kaksinkertaiseksi".
        (word(#"hidasta (videoklippi|videoklippiä|video|klippi)(?: puoleen nopeuteen)?"#), "slow the video clip to half speed"),
        (word(#"puoleen nopeuteen|puolella nopeudella"#), "to half speed"), (word(#"nopeuta"#), "speed up"), (word(#"hidasta"#), "slow down"),
        (word(#"kaksinkertaiseksi|tuplanopeudella|tuplanopeuteen"#), "to double speed"),
        // Looks and the canvas.
        (word(#"kylmemmät värit|kylmemmiksi|viileämmät värit"#), "cooler colors"), (word(#"lämpimämmät värit|lämpimämmiksi"#), "warmer colors"),
        (#",?\s*"# + word(#"more arctic feel|arktisempi tunnelma|tunnelmallisempi"#), ""),
        (word(#"mustavalkoinen|mustavalkoiseksi"#), "black and white"), (word(#"kirkkaammaksi|vaaleammaksi"#), "brighter"), (word(#"tummemmaksi"#), "darker"),
        (word(#"tee siitä neliön muotoinen|neliön muotoinen|neliöksi|neliö"#), "make it square"),
        (word(#"tee siitä pystyvideo|pystyvideo|pystymuodossa|pystyyn|pystysuuntainen"#), "make it vertical"),
        (word(#"vaakavideo|vaakamuodossa|vaakaan"#), "make it horizontal"),
        (word(#"instagram reelsiin"#), "for Instagram Reels"), (word(#"tiktokiin"#), "for TikTok"),
        // Fades: "Feidaa video mustasta alussa ja mustaan lopussa".
        (word(#"feidaa (?:video )?mustasta alussa ja mustaan lopussa"#), "fade in from black and fade out to black"),
        (word(#"feidaa (?:video )?mustasta(?: alussa)?"#), "fade in from black"), (word(#"feidaa (?:video )?mustaan(?: lopussa)?"#), "fade out to black"),
        // Transitions: "Siirtymät wipe left, sekunnin mittaiset".
        (word(#"siirtymät|siirtymiksi|siirtymä|siirtymiä"#) + #"\s+(\p{L}+(?: \p{L}+)?)(?=\s*,)"#, "use $1 transitions"),
        (word(#"siirtymät|siirtymiksi|siirtymiä"#), "transitions"), (word(#"siirtymä"#), "transition"),
        // Text: "Vaihda otsikoksi "…"", "Lisää teksti yläreunaan: "…"", "Poista otsikko kokonaan".
        (word(#"vaihda otsikoksi|muuta otsikoksi|otsikoksi"#), "change the title to"),
        (word(#"yläreunaan|ylös"#), "at the top"), (word(#"alareunaan|alas"#), "at the bottom"),
        (word(#"otsikko|otsikon|otsikkoa|otsikkoteksti"#), "the title"), (word(#"teksti|tekstin|tekstiä"#), "a text"),
        (word(#"kokonaan"#), ""),
        // Places and which one: "ihan alkuun", "loppuun", "toisen klipin jälkeen", "viimeinen kuva".
        (word(#"(?:ihan |aivan )?alkuun"#), "to the start"), (word(#"videon loppuun|(?:ihan |aivan )?loppuun"#), "at the end"),
        (word(#"(toisen|ensimmäisen|kolmannen|viimeisen) (?:klipin|kuvan) jälkeen"#), "after the $1 clip"),
        (word(#"(toisen|ensimmäisen|kolmannen|viimeisen) (?:klipin|kuvan) (?:eteen|edelle)"#), "before the $1 clip"),
        (word(#"ensimmäi\p{L}*"#), "first"), (word(#"toinen|toisen|toista"#), "second"), (word(#"kolma\p{L}*"#), "third"), (word(#"neljä\p{L}*"#), "fourth"), (word(#"viimei\p{L}*"#), "last"),
        (word(#"(first|second|third|fourth|last) (klippi|klipin|klippiä|kuva|kuvan|kuvaa|video|videon)"#), "the $1 $2"),
        (word(#"revontulikuva\p{L}*"#), "aurora photo"),
        (word(#"videoklip\p{L}*"#), "the video clip"), (word(#"klippi|klipin|klippiä"#), "clip"), (word(#"klipit|klippejä"#), "clips"),
        (word(#"kuvat|kuvia|kuvista"#), "photos"), (word(#"kuva|kuvan|kuvaa"#), "photo"), (word(#"videon|videota|video"#), "video"),
        (word(#"musiikki|musiikin|musiikkia"#), "the music"),
        // Verbs.
        (word(#"poista"#), "remove"), (word(#"siirrä"#), "move"), (word(#"lisää"#), "add"), (word(#"vaihda"#), "change"), (word(#"julkaise"#), "publish"),
        (word(#"tee siitä"#), "make it"), (word(#"tee"#), "make"), (word(#"käytä"#), "use"), (word(#"näytä"#), "show"),
        (word(#"suoraan"#), "directly"), (word(#"meidän|minun"#), "our"), (#"(?<![\p{L}])([\p{L}]+)-sivulle(?![\p{L}])"#, "to the $1 page"),
        (word(#"tämä|tämän|sen|se"#), "it"), (word(#"ja"#), "and"), (word(#"nyt|vaikka"#), ""),
        (#"\bthe the\b"#, "the"), (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
