/// One problem found in a draft, with the JSON path where it sits (`t[0].sg[2].d`).
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    public var path: String
    public var message: String

    public init(_ severity: Severity, _ path: String, _ message: String) {
        self.severity = severity
        self.path = path
        self.message = message
    }

    public var description: String { "\(severity.rawValue): \(path.isEmpty ? "(draft)" : path): \(message)" }
}

/// Thrown when a draft has at least one error; carries every problem found, not just the first.
public struct DraftValidationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// How many problems `description` lists; the rest are counted.
    public static let shownProblems = 50

    /// The problems, the first `shownProblems` of them listed and the rest counted, so a junk
    /// draft's answer stays small.
    public var description: String {
        let errs = errors
        var text = "the draft has \(errs.count) problem\(errs.count == 1 ? "" : "s"):\n"
            + errs.prefix(Self.shownProblems).map { "  \($0.path.isEmpty ? "(draft)" : $0.path): \($0.message)" }.joined(separator: "\n")
        if errs.count > Self.shownProblems { text += "\n  … and \(errs.count - Self.shownProblems) more" }
        return text
    }
}
