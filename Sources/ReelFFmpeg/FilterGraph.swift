/// A filter graph as a value: filters are nodes, streams are labelled edges. Built with
/// `apply`, turned into FFmpeg's text by `compile()`, the only place in Reel that writes
/// filter-graph syntax (and so the only place that escapes).
public struct FilterGraph: Sendable {
    public enum Kind: Sendable, Equatable { case video, audio }

    /// A stream: an input file's stream, or an output pad of a filter in this graph.
    public struct Stream: Hashable, Sendable {
        enum Source: Hashable, Sendable {
            case input(file: Int, kind: Kind)
            case node(index: Int, pad: Int)
        }
        let source: Source
        public let kind: Kind
    }

    struct Node: Sendable {
        var filter: Filter
        var inputs: [Stream]
        var outputKinds: [Kind]
    }

    var nodes: [Node] = []
    var outputs: [(stream: Stream, label: String)] = []

    public init() {}

    /// Stream `kind` of input file number `file` (`0:v`, `1:a`).
    public func input(_ file: Int, _ kind: Kind) -> Stream {
        Stream(source: .input(file: file, kind: kind), kind: kind)
    }

    /// Adds a filter with one output; its kind is the filter's.
    @discardableResult
    public mutating func apply(_ filter: Filter, _ inputs: Stream...) -> Stream {
        apply(filter, inputs: inputs, outputs: 1)[0]
    }

    public mutating func apply(_ filter: Filter, inputs: [Stream], outputs count: Int) -> [Stream] {
        nodes.append(Node(filter: filter, inputs: inputs, outputKinds: Array(repeating: filter.kind, count: count)))
        let index = nodes.count - 1
        return (0..<count).map { Stream(source: .node(index: index, pad: $0), kind: filter.kind) }
    }

    /// Applies filters one after another; an empty list returns the stream unchanged.
    public mutating func chain(_ stream: Stream, _ filters: [Filter]) -> Stream {
        filters.reduce(stream) { apply($1, $0) }
    }

    /// Marks a stream as a graph output, to be picked with `-map [label]`.
    public mutating func output(_ stream: Stream, label: String) {
        outputs.append((stream, label))
    }

    /// FFmpeg's filter-graph text. Streams get deterministic names (`s0`, `s1`, … in creation
    /// order); a stream used by several filters gets a `split`/`asplit` inserted; every
    /// argument is escaped for both of FFmpeg's parsing levels (see `Filter`).
    public func compile() -> String {
        var uses: [Stream: Int] = [:]
        for node in nodes { for s in node.inputs { uses[s, default: 0] += 1 } }
        var wanted: [Stream: [String]] = [:]
        for o in outputs { wanted[o.stream, default: []].append(o.label) }

        var statements: [String] = []
        var counter = 0
        func fresh() -> String { defer { counter += 1 }; return "s\(counter)" }
        // Labels still to be handed to the filters that read each stream.
        var pending: [Stream: [String]] = [:]

        /// Gives `stream`, written under `base`, one label per reader, splitting when several read it.
        func distribute(_ stream: Stream, base: String) {
            let readers = uses[stream, default: 0]
            let outs = wanted[stream] ?? []
            if readers == 1 && outs.isEmpty {
                pending[stream] = [base]
                return
            }
            let readerLabels = (0..<readers).map { _ in fresh() }
            pending[stream] = readerLabels
            let all = readerLabels + outs
            switch all.count {
            case 0:
                statements.append("[\(base)]\(stream.kind == .video ? "nullsink" : "anullsink")")
            case 1:
                statements.append("[\(base)]\(stream.kind == .video ? "null" : "anull")[\(all[0])]")
            default:
                let split = stream.kind == .video ? "split" : "asplit"
                statements.append("[\(base)]\(split)=\(all.count)" + all.map { "[\($0)]" }.joined())
            }
        }

        func take(_ stream: Stream) -> String {
            if pending[stream] == nil, case .input(let file, let kind) = stream.source {
                distribute(stream, base: "\(file):\(kind == .video ? "v" : "a")")
            }
            guard var labels = pending[stream], !labels.isEmpty else {
                preconditionFailure("a stream was read before the filter that makes it was added")
            }
            let label = labels.removeFirst()
            pending[stream] = labels
            return label
        }

        for (index, node) in nodes.enumerated() {
            let ins = node.inputs.map { "[\(take($0))]" }.joined()
            let streams = node.outputKinds.indices.map { Stream(source: .node(index: index, pad: $0), kind: node.outputKinds[$0]) }
            // A stream read by exactly one filter, or only by one output, is written under its
            // final label directly; anything else goes through `distribute`.
            var outs: [String] = []
            var later: [(Stream, String)] = []
            for s in streams {
                let readers = uses[s, default: 0], outsWanted = wanted[s] ?? []
                if readers == 0 && outsWanted.count == 1 {
                    outs.append(outsWanted[0])
                } else {
                    let base = fresh()
                    outs.append(base)
                    if readers == 1 && outsWanted.isEmpty { pending[s] = [base] } else { later.append((s, base)) }
                }
            }
            statements.append(ins + node.filter.compiled + outs.map { "[\($0)]" }.joined())
            for (s, base) in later { distribute(s, base: base) }
        }
        return statements.joined(separator: ";\n")
    }
}
