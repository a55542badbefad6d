import Foundation
import Testing
@testable import ReelPlanner
import ReelTimeline

/// A request is answered in the language it is written in: every sentence Reel says has its form in each
/// language with a table, the language is read from the request's own words (never from its quotes or
/// file names), and an English request is still answered in English.
@Suite struct AnswerLanguageTests {
    static let tabled: [AnswerLanguage] = [.spanish, .french, .german, .japanese, .korean, .portuguese, .italian, .russian]

    @Test(arguments: tabled)
    func everyChangeTheChineseTableSaysHasAForm(language: AnswerLanguage) throws {
        let words = try #require(AnswerWords.of(language))
        for (pattern, _) in EditSession.chineseChanges {
            let form = AnswerForm(rawValue: pattern)
            #expect(form != nil, "no form for \(pattern)")
            if let form { #expect(words.sentences[form] != nil, "\(language): no words for \(pattern)") }
        }
    }

    @Test(arguments: tabled)
    func everyFormAndNameIsSaid(language: AnswerLanguage) throws {
        let words = try #require(AnswerWords.of(language))
        for form in AnswerForm.allCases { #expect(words.sentences[form] != nil, "\(language): no words for \(form)") }
        for name in AnswerName.allCases where !AnswerName.onlySome.contains(name) { #expect(words.names[name] != nil, "\(language): no words for \(name)") }
    }

    /// The changes the edits make, each said in the language with no English sentence left.
    @Test(arguments: tabled)
    func everyChangeMadeIsSaidInTheLanguage(language: AnswerLanguage) throws {
        let words = try #require(AnswerWords.of(language))
        let media = ["a.jpg", "b.jpg", "c.mp4", "song.mp3", "vo.mp3"]
        var session = EditSession(draft: Draft())
        var changes = session.turn("make a video", media: media).changes
        for request in ["make it 15 seconds", "make it vertical", "add a title 'Hi' for 3 seconds", "add dissolve transitions", "make the music quieter",
                        "black and white", "warm look on clip 2", "fade in 1 second and fade out 2 seconds", "move clip 1 to the end", "slow clip 3 down",
                        "add a caption 'Go' from 2 to 4 seconds", "use vo.mp3 as a voiceover", "mute clip 3", "loop the music", "remove the title",
                        "duplicate clip 2", "add a slow zoom in to clip 1", "start the music at 2 seconds", "remove the music", "undo", "redo"] {
            let turn = session.turn(request, media: media)
            #expect(!turn.changes.isEmpty, "\(request): \(turn.answer)")
            changes += turn.changes
        }
        for change in changes {
            let said = words.say(change)
            let bare = RulePlanner.replacing(said, #"[«„“「"][^»“”」"]*[»“”」"]|\b[\w.-]+\.(?:jpg|mp4|mp3)\b|\([a-z\d]\)|（[a-z\d]）"#, "")
            #expect(RulePlanner.firstRange(#"\b(?:the|Added|Set|Removed|Changed|Put|Trimmed|Applied|Muted|Moved|Undid|Redid|to|and)\b"#, in: bare) == nil,
                    "\(language): English left in \(said)")
        }
    }

    @Test(arguments: [
        ("make it 30 seconds", AnswerLanguage.english), ("ponle music más quiet", .spanish), ("hazlo más short please", .spanish),
        ("add the title Feliz cumpleaños para la abuela", .english), ("add a title saying Die Schöne und das Biest", .english),
        ("add a caption \"C'est la vie et le bonheur\"", .english), ("title: Joyeux anniversaire et bonne année, 3 seconds", .english),
        ("put fotos_de_la_playa.jpg at the end", .english), ("use musique_du_film.mp3 as the music", .english),
        ("merci", .french), ("Merci !", .french), ("danke", .german), ("gracias", .spanish), ("exportalo", .spanish), ("¿cuánto dura?", .spanish),
        ("c'est trop long", .french), ("c’est trop long", .french), ("coupe l'intro", .french), ("mets la musique plus bas", .french),
        ("Video kürzer machen", .german), ("mach die Musik leiser", .german), ("Kannst du die Musik leiser machen?", .german),
        // Malay's "tu" and "je" and Tamil-English are answered in English (a Malay request was answered in French).
        ("Nak versi TikTok: gambar je, tak nak video dapur tu. Vertical, 20 saat.", .english), ("Kadaisi photo va first la podunga", .english),
        ("maak de video korter", .english), ("このclipをslowにして", .japanese), ("音楽を小さくして", .japanese), ("음악 줄여 줘", .korean),
        ("把音乐调小一点", .chinese), ("hola, can you make it shorter?", .english), ("thanks", .english),
        ("deixa a música mais baixa", .portuguese), ("tira a música", .portuguese), ("preto e branco please", .portuguese), ("não, desfaz isso", .portuguese),
        ("coloca a legenda 'Vista do Pão de Açúcar' de 0:04 até 0:08", .portuguese), ("make it 5 segundos mais longo", .portuguese),
        ("pon la música más baja", .spanish), ("quita la música", .spanish), ("haz el video de 20 segundos", .spanish), ("coloca el título arriba", .spanish),
        ("togli la musica", .italian), ("metti la musica più bassa", .italian), ("rendilo verticale per TikTok", .italian), ("annulla", .italian),
        ("aggiungi un titolo 'Buon compleanno'", .italian), ("elimina l'ultima foto", .italian), ("cosa c'è nel video?", .italian),
        ("quita la foto de la playa", .spanish), ("elimina la última foto", .spanish), ("alza la música", .spanish), ("tira a foto da praia", .portuguese),
        ("the musica è troppo alta, put it at 20%", .english), ("make it 15 secondi please", .english), ("coupe la fin", .french),
        ("add a caption saying Obrigado pela visita", .english), ("put a legenda in the final saying Obrigado", .english), ("add a map legend to the photo", .english),
    ])
    func theLanguageIsTheRequestsOwn(text: String, language: AnswerLanguage) {
        #expect(AnswerLanguage.of(text) == language, "\(text)")
    }

    /// Real turns: the answer is in the request's language, without the English sentence.
    @Test(arguments: [
        ("hazlo de 20 segundos", ["La duración ahora es de 20 segundos."], ["Set the length"]),
        ("quita el ruido de fondo", ["No puedo limpiar", "No cambié nada", "Puedo, por ejemplo"], ["I cannot", "Nothing was changed"]),
        ("enlève la musique", ["J’ai retiré la musique."], ["Removed the music"]),
        ("supprime le clip 9", ["Je n’ai pas pu le faire", "il n’y a pas de clip 9"], ["I could not", "there is no clip"]),
        ("rückgängig", ["Das ging nicht: es gibt nichts rückgängig zu machen."], ["I could not", "nothing to undo"]),
        ("mach die Musik leiser", ["Die Musik ist jetzt auf"], ["Set the music"]),
        ("ほげほげ", ["意味がわからなかったので", "例えば次のようなことができます", "「30秒にして」"], ["I did not understand", "I can, for example"]),
        ("20秒にして", ["動画の長さを20秒にしました。"], ["Set the length"]),
        ("배경 소음 없애 줘", ["잡음은 없앨 수 없어요", "아무것도 바꾸지 않았어요"], ["I cannot", "Nothing was changed"]),
        ("음악 빼 줘", ["배경 음악을 뺐어요."], ["Removed the music"]),
        ("make it 20 seconds", ["Set the length to 20 seconds."], ["La duración"]),
        ("tira a música", ["Tirei a música."], ["Removed the music", "Quité"]),
        ("remove o barulho do vento do b.mp4", ["Não consigo limpar", "Não mudei nada", "Posso, por exemplo"], ["I cannot", "No puedo"]),
        ("deixa o clipe 2 mais rápido", ["Coloquei o clipe 2 (b) na velocidade"], ["Set clip", "Puse"]),
        ("coloca o título no topo", ["Alterei o título “Hello”."], ["Changed", "Cambié"]),
        ("remove the background noise", ["I cannot clean up", "I can, for example"], ["No puedo"]),
        ("togli la musica", ["Ho tolto la musica."], ["Removed the music", "Quité"]),
        ("il video deve durare 20 secondi", ["La durata ora è di 20 secondi."], ["Set the length", "La duración"]),
        ("togli il rumore di fondo", ["Non riesco a pulire", "Non ho cambiato niente", "Posso per esempio"], ["I cannot", "No puedo"]),
    ])
    func aTurnIsAnsweredInTheRequestsLanguage(request: String, contains: [String], lacks: [String]) throws {
        let fixture = try CorpusTests.corpusFixture()
        var session = EditSession(draft: fixture)
        let answer = session.turn(request).answer
        for words in contains { #expect(answer.contains(words), "\(request): \(answer)") }
        for words in lacks { #expect(!answer.contains(words), "\(request): \(answer)") }
    }
}

extension AnswerLanguageTests {
    /// The corpus's check that a turn went wrong reads every language's words for it.
    @Test func troubleIsReadInEveryLanguage() {
        for words in ["No entendí", "No pude hacerlo", "Je n’ai pas compris", "Ich habe", "意味がわからなかったので", "부분을 이해하지 못해서"] {
            #expect(AnswerWords.troubleWords.contains { words.contains($0) || $0.contains(words) }, "\(words)")
        }
    }
}
