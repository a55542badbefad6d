import Foundation

/// A request sent as an e-mail (or pasted from one): "Hi there,\n\nMusci is too loud, drop it to 15%.\n\nThanks,\nDave
/// Kowalski\nOwner, Kowalski Landscaping LLC\nLic. #48213 | (614) 555-0187\nwww.kowalskilandscaping.com\n\nSent from my
/// iPhone". Its body is the request; the greeting, the sign-off and signature (name, job, licence, phone, web address),
/// "Sent from my iPhone", the earlier message quoted under "On … wrote:" and a confidentiality notice ("please notify the
/// sender and delete it") are not (a signature's number was not understood; the notice's "delete it" was; a quoted reply
/// of Reel's own answer renamed the title and made the video 552 s long).
extension RulePlanner {
    /// Lines that only sign a message off: a closing word, a name, a job, a phone, an address on the web.
    private static let signOff = #"^(?:thanks?(?: (?:so much|a lot|again|in advance))?|thank you(?: (?:so much|again|in advance))?|thx|ty|cheers|best(?: wishes| regards)?|regards|kind regards|warm regards|many thanks|sincerely|yours(?: truly| sincerely)?|respectfully|talk soon|appreciate it)[,.!]*$"#
    private static let contactLine = #"^(?:(?:(?:tel|ph|phone|cell|mobile|mob|office|fax|m|t|o|e|w|email|e-mail|web|lic(?:ense|ence)?\.?)\s*[:.#]?\s*)?(?:\+?\(?\d[\d ().-]{6,}\d|#?\s*\d{3,}|[\w.+-]+@[\w-]+\.[\w.]+|(?:https?://)?(?:www\.)?[\w-]+\.(?:com|net|org|co|io|biz|us|uk|ca|au|de|info|local)(?:/\S*)?)(?:\s*[|•·,/]\s*)?)+$"#

    static func emailBody(_ text: String) -> String {
        guard text.contains("\n"), text.count < 8_000 else { return text }
        var lines = text.components(separatedBy: "\n")
        let trimmed = { (s: String) in s.trimmingCharacters(in: .whitespaces) }
        var marked = false
        // The earlier message, quoted under its header or as "> " lines, and anything after a "-----Original Message-----".
        if let i = lines.firstIndex(where: { has(trimmed($0), #"^(?:on .{4,200} wrote:|-{2,}\s*(?:original message|forwarded message)\s*-{2,}|from:\s.+@.+)$"#) }), i > 0 {
            lines.removeSubrange(i...)
            marked = true
        }
        if lines.contains(where: { trimmed($0).hasPrefix(">") }), lines.contains(where: { !trimmed($0).isEmpty && !trimmed($0).hasPrefix(">") }) {
            lines.removeAll { trimmed($0).hasPrefix(">") }
            marked = true
        }
        // "Sent from my iPhone", a "-- " signature line, a confidentiality notice: they and all after them.
        if let i = lines.firstIndex(where: { has(trimmed($0), #"^(?:sent from my \w[\w ]{0,30}|sent from (?:outlook|mail|yahoo mail|gmail)(?: for \w+)?|get outlook for \w+|--|__+|(?:confidentiality|privacy) (?:notice|note|warning)\b.*|disclaimer:.*|this e-?mail (?:and any (?:attachments|files) )?(?:is|are|may contain|contains) (?:confidential|intended|privileged)\b.*)$"#) }), i > 0 {
            lines.removeSubrange(i...)
            marked = true
        }
        // The signature: from a closing line ("Thanks,"), or else from the trailing name and contact lines, to the end.
        var end = lines.count
        while end > 0, trimmed(lines[end - 1]).isEmpty { end -= 1 }
        var cut = end
        while cut > 0 {
            let l = trimmed(lines[cut - 1])
            let contact = has(l, contactLine)
            // (A name, a job and a firm: short lines of capitalised words with no request in them.)
            let name = !contact && l.count <= 60 && has(l, #"^(?-i:[A-Z][\w.'’&-]*)(?:,?\s+(?-i:[A-Z&][\w.'’&-]*|of|and|the|at|LLC|Inc\.?)){0,6}[.,]?$"#) && !startsWithRequest(l.lowercased())
                && !has(l, #"^(?:hi|hello|hey|dear|ok|okay|thanks?|yes|no|undo|redo|export|render)\b"#)
            guard contact || name || l.isEmpty else { break }
            if contact { marked = true }
            cut -= 1
        }
        if cut > 0, has(trimmed(lines[cut - 1]), signOff) {
            cut -= 1
            marked = true
        }
        var body = Array(lines[..<cut])
        // The greeting on its own line: "Hi there,", "Hello Reel,", "Dear team,".
        let greeting = body.firstIndex(where: { !trimmed($0).isEmpty }).flatMap { first in
            body.count > first + 1 && has(trimmed(body[first]), #"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?: [\w.'’ -]{1,30})?[,!:]?$"#) ? first : nil
        }
        // (Nothing signs it off: a message of a few short lines keeps them; a greeting and a name closing it, apart after an
        // empty line, sign it: "Hi,\nadd a title:\nSummer Sale" keeps its last line.)
        guard marked || (greeting != nil && cut < end && trimmed(lines[cut]).isEmpty), cut > 0 else { return text }
        if let greeting { body.remove(at: greeting) }
        let said = body.map(trimmed).filter { !$0.isEmpty }.joined(separator: "\n")
        return said.isEmpty ? text : said
    }
}
