/// Reads typed fields out of a JSON object, recording a diagnostic (with its path) for every
/// field of the wrong type or out of range instead of stopping at the first.
struct FieldReader {
    let object: [String: JSONValue]
    let path: String
    /// Loading a stored draft: a value out of range is clamped into it and a rule broken is
    /// repaired where it is read, each with a warning, so a draft that an older (or newer) Reel
    /// wrote always loads. Drafts handed in to render are read strictly.
    let lenient: Bool
    var diagnostics: [Diagnostic] = []

    init(_ object: [String: JSONValue], path: String, lenient: Bool = false) {
        self.object = object
        self.path = path
        self.lenient = lenient
    }

    /// True when the key is absent or JSON null: both mean "not given".
    func isMissing(_ key: String) -> Bool {
        switch object[key] {
        case nil, .null?: true
        default: false
        }
    }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// A broken rule: an error, or when loading leniently a warning (the caller repairs the value).
    mutating func error(_ key: String?, _ message: String) {
        diagnostics.append(Diagnostic(lenient ? .warning : .error, key.map(childPath) ?? path, lenient ? "\(message) (repaired on load)" : message))
    }

    mutating func warning(_ key: String?, _ message: String) {
        diagnostics.append(Diagnostic(.warning, key.map(childPath) ?? path, message))
    }

    private mutating func value(_ key: String) -> JSONValue? {
        guard let v = object[key] else { return nil }
        if case .null = v { return nil }
        return v
    }

    mutating func string(_ key: String, nonEmpty: Bool = false) -> String? {
        guard let v = value(key) else { return nil }
        guard case .string(let s) = v else { error(key, "must be a string, not \(v.typeName)"); return nil }
        if nonEmpty && s.isEmpty { error(key, "must not be empty"); return nil }
        return s
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let v = value(key) else { return nil }
        guard case .bool(let b) = v else { error(key, "must be true or false, not \(v.typeName)"); return nil }
        return b
    }

    mutating func double(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let v = value(key) else { return nil }
        guard case .number(let n) = v, n.isFinite else { error(key, "must be a number, not \(v.typeName)"); return nil }
        guard range.contains(n) else {
            error(key, "must be between \(fmt(range.lowerBound)) and \(fmt(range.upperBound)), got \(fmt(n))")
            return lenient ? min(max(n, range.lowerBound), range.upperBound) : nil
        }
        return n
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let v = value(key) else { return nil }
        guard case .number(let n) = v, n.isFinite else { error(key, "must be a whole number, not \(v.typeName)"); return nil }
        guard n.rounded() == n else {
            error(key, "must be a whole number, got \(fmt(n))")
            return lenient ? Int(min(max(n.rounded(), Double(range.lowerBound)), Double(range.upperBound))) : nil
        }
        guard n >= Double(range.lowerBound), n <= Double(range.upperBound) else {
            error(key, "must be between \(range.lowerBound) and \(range.upperBound), got \(fmt(n))")
            return lenient ? (n < Double(range.lowerBound) ? range.lowerBound : range.upperBound) : nil
        }
        return Int(n)
    }

    mutating func oneOf<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> E? where E.RawValue == String {
        guard let s = string(key) else { return nil }
        if let e = E(rawValue: s) { return e }
        error(key, "unknown value \"\(s)\"; use one of: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    mutating func object(_ key: String) -> [String: JSONValue]? {
        guard let v = value(key) else { return nil }
        guard case .object(let o) = v else { error(key, "must be an object, not \(v.typeName)"); return nil }
        return o
    }

    mutating func array(_ key: String) -> [JSONValue]? {
        guard let v = value(key) else { return nil }
        guard case .array(let a) = v else { error(key, "must be an array, not \(v.typeName)"); return nil }
        return a
    }

    /// A nested object read with its own reader; its diagnostics join ours.
    @discardableResult
    mutating func nested<T>(_ key: String, _ read: (inout FieldReader) -> T) -> T? {
        guard let o = object(key) else { return nil }
        var r = FieldReader(o, path: childPath(key), lenient: lenient)
        let result = read(&r)
        diagnostics += r.diagnostics
        return result
    }
}

func fmt(_ x: Double) -> String {
    x.rounded() == x && abs(x) < 1e15 ? String(Int64(x)) : String(x)
}

/// Colour names FFmpeg's parser knows (its X11/CSS table), so a typo is caught here rather than
/// failing the render.
let colorNames: Set<String> = Set("""
aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown \
burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan \
darkgoldenrod darkgray darkgreen darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred \
darksalmon darkseagreen darkslateblue darkslategray darkturquoise darkviolet deeppink deepskyblue \
dimgray dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray \
green greenyellow honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen \
lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgreen lightgrey lightpink \
lightsalmon lightseagreen lightskyblue lightslategray lightsteelblue lightyellow lime limegreen linen \
magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue \
mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite \
navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise \
palevioletred papayawhip peachpuff peru pink plum powderblue purple red rosybrown royalblue \
saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray snow \
springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen
""".split(whereSeparator: \.isWhitespace).map(String.init))

extension Draft {
    /// `#rgb`, `#rrggbb`, `#rrggbbaa`, optionally `@alpha`, or a plain colour name FFmpeg knows.
    public static func isValidColor(_ s: String) -> Bool { ReelTimeline.isValidColor(s) }
}

/// `#rgb`, `#rrggbb`, `#rrggbbaa`, optionally `@alpha`, or a plain colour name FFmpeg knows.
func isValidColor(_ s: String) -> Bool {
    let parts = s.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count <= 2, let base = parts.first, !base.isEmpty else { return false }
    if parts.count == 2 {
        let alpha = parts[1]
        guard !alpha.isEmpty, alpha.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let a = Double(alpha), (0...1).contains(a) else { return false }
    }
    if base.hasPrefix("#") {
        let hex = base.dropFirst()
        return [3, 6, 8].contains(hex.count) && hex.allSatisfy { $0.isASCII && $0.isHexDigit }
    }
    return colorNames.contains(base.lowercased())
}
