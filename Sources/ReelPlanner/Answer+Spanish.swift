import Foundation

extension AnswerWords {
    /// Answers to requests written in Spanish.
    static let spanish = AnswerWords(
        sentences: [
            (#"^Set the length to ([\d.]+) seconds\.$"#, "La duración ahora es de $1 segundos."),
            (#"^Changed the canvas to (\d+)x(\d+) \((.+)\)\.$"#, "El formato ahora es $1x$2 ($3)."),
            (#"^Set the music to (\d+)%\.$"#, "La música ahora está al $1 %."),
            (#"^Removed the music\.$"#, "Quité la música."),
            (#"^Added a title "(.*)" from ([\d.]+) to ([\d.]+) s\.$"#, "Añadí el título «$1» de $2 a $3 s."),
            (#"^Undid the last change\.$"#, "Deshice el último cambio."),
            (#"^OK: export the video\.$"#, "De acuerdo: exporto el vídeo."),
            (#"^I did not understand (.+), so nothing was changed\. I can, for example: .*$"#,
             "No entendí $1, así que no cambié nada. Puedo, por ejemplo: «hazlo de 30 segundos», «hazlo vertical», «pon el título 'Verano' 3 segundos», «baja la música», «deshaz»."),
        ],
        names: [
            (#"\bclip (\d+) \(([^)]*)\)"#, "el clip $1 ($2)"), (#"\bvertical\b"#, "vertical"), (#"\blandscape\b"#, "horizontal"), (#"\bsquare\b"#, "cuadrado"),
        ],
        forExample: "Puedo, por ejemplo")
}
