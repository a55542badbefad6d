/// One FFmpeg filter with its arguments, in order. Values are raw: escaping happens when the
/// graph is compiled, never by the code that builds filters.
public struct Filter: Sendable, Equatable {
    public var name: String
    public var args: [(key: String?, value: String)]
    public var kind: FilterGraph.Kind

    public init(_ name: String, _ args: KeyValuePairs<String, String> = [:], kind: FilterGraph.Kind = .video) {
        self.name = name
        self.args = args.map { (key: Optional($0.key), value: $0.value) }
        self.kind = kind
    }

    public init(_ name: String, ordered args: [(String, String)], kind: FilterGraph.Kind = .video) {
        self.name = name
        self.args = args.map { (key: Optional($0.0), value: $0.1) }
        self.kind = kind
    }

    /// A filter whose output is audio (`volume`, `amix`, …).
    public static func audio(_ name: String, _ args: KeyValuePairs<String, String> = [:]) -> Filter {
        Filter(name, args, kind: .audio)
    }

    public static func audio(_ name: String, ordered args: [(String, String)]) -> Filter {
        Filter(name, ordered: args, kind: .audio)
    }

    public static func == (a: Filter, b: Filter) -> Bool {
        a.name == b.name && a.kind == b.kind && a.args.count == b.args.count
            && zip(a.args, b.args).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    /// `name=key=value:key=value`, escaped for the option parser (level 1) and then for the
    /// graph parser (level 2), as FFmpeg's "Notes on filtergraph escaping" describe.
    var compiled: String {
        if args.isEmpty { return name }
        let options = args.map { arg in
            let value = FilterEscaping.optionValue(arg.value)
            return arg.key.map { "\($0)=\(value)" } ?? value
        }.joined(separator: ":")
        return name + "=" + FilterEscaping.graph(options)
    }
}

public enum FilterEscaping {
    /// Level 1: a value inside `key=value:key=value`.
    public static func optionValue(_ s: String) -> String {
        backslash(s, escaping: ["\\", "'", ":"])
    }

    /// Level 2: a filter's whole argument string inside the graph.
    public static func graph(_ s: String) -> String {
        backslash(s, escaping: ["\\", "'", "[", "]", ",", ";"])
    }

    static func backslash(_ s: String, escaping special: Set<Character>) -> String {
        var out = ""
        let last = s.count - 1
        for (i, c) in s.enumerated() {
            // Leading and trailing blanks would be trimmed by FFmpeg's tokenizer.
            if special.contains(c) || ((i == 0 || i == last) && c == " ") { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

extension Filter {
    /// Filters one after another (`a,b,c`), each escaped as `compiled` does.
    public static func chain(_ filters: [Filter]) -> String {
        filters.map(\.compiled).joined(separator: ",")
    }
}
