import Foundation
import ReelTimeline

/// A small JSON Schema (2020-12) validator for the keywords Reel's schemas use: type, enum,
/// const, properties, required, additionalProperties, items, oneOf, $ref (local), minimum,
/// maximum, minLength, maxLength, pattern, minItems, maxItems. Tests check documents against the
/// published schemas with it; an unknown keyword fails loudly so the schema cannot outgrow it.
public struct SchemaValidator {
    public let root: JSONValue

    public init(schemaJSON: String) throws {
        root = try JSONValue.parse(Data(schemaJSON.utf8))
    }

    static let known: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "enum", "const", "properties", "required",
        "additionalProperties", "items", "oneOf", "minimum", "maximum", "minLength", "maxLength", "pattern", "minItems",
        "maxItems", "default", "example", "examples",
    ]

    /// Every problem found in `text` (a JSON document), with its path; empty when it is valid.
    public func errors(json text: String) throws -> [String] {
        errors(try JSONValue.parse(Data(text.utf8)))
    }

    /// Every problem found, with its path (empty when the value is valid).
    public func errors(_ value: JSONValue, schema: JSONValue? = nil, path: String = "$") -> [String] {
        guard case .object(let schema) = schema ?? root else { return ["\(path): the schema is not an object"] }
        var errors: [String] = []
        for key in schema.keys where !Self.known.contains(key) { errors.append("\(path): the validator does not know \(key)") }
        if case .string(let ref)? = schema["$ref"] {
            guard let target = resolve(ref) else { return ["\(path): unresolved \(ref)"] }
            errors += self.errors(value, schema: target, path: path)
        }
        if case .string(let type)? = schema["type"], !Self.matches(value, type) { return errors + ["\(path): not \(type)"] }
        if case .array(let options)? = schema["enum"], !options.contains(value) { errors.append("\(path): \(value) not in enum") }
        if let c = schema["const"], c != value { errors.append("\(path): not \(c)") }
        if case .number(let n) = value {
            if case .number(let min)? = schema["minimum"], n < min { errors.append("\(path): \(n) < \(min)") }
            if case .number(let max)? = schema["maximum"], n > max { errors.append("\(path): \(n) > \(max)") }
        }
        if case .string(let s) = value {
            if case .number(let min)? = schema["minLength"], Double(s.count) < min { errors.append("\(path): shorter than \(min)") }
            if case .number(let max)? = schema["maxLength"], Double(s.count) > max { errors.append("\(path): longer than \(max)") }
            // (ECMA-262 as JSON Schema says, unanchored; the schemas anchor their own.)
            if case .string(let pattern)? = schema["pattern"] {
                if let re = try? NSRegularExpression(pattern: pattern) {
                    if re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) == nil { errors.append("\(path): does not match \(pattern)") }
                } else {
                    errors.append("\(path): the pattern \(pattern) does not compile")
                }
            }
        }
        if case .array(let a) = value {
            if case .number(let min)? = schema["minItems"], Double(a.count) < min { errors.append("\(path): fewer than \(min) items") }
            if case .number(let max)? = schema["maxItems"], Double(a.count) > max { errors.append("\(path): more than \(max) items") }
            if let items = schema["items"] {
                for (i, item) in a.enumerated() { errors += self.errors(item, schema: items, path: "\(path)[\(i)]") }
            }
        }
        if case .object(let o) = value {
            var properties: [String: JSONValue] = [:]
            if case .object(let p)? = schema["properties"] { properties = p }
            if case .array(let required)? = schema["required"] {
                for case .string(let key) in required where o[key] == nil { errors.append("\(path): missing \(key)") }
            }
            for (key, v) in o {
                if let p = properties[key] {
                    errors += self.errors(v, schema: p, path: "\(path).\(key)")
                } else if schema["additionalProperties"] == .bool(false) {
                    errors.append("\(path): unexpected \(key)")
                }
            }
        }
        if case .array(let options)? = schema["oneOf"] {
            let passing = options.filter { self.errors(value, schema: $0, path: path).isEmpty }.count
            if passing != 1 { errors.append("\(path): matches \(passing) of oneOf's \(options.count), not exactly one") }
        }
        return errors
    }

    func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node = root
        for part in ref.dropFirst(2).split(separator: "/") {
            guard case .object(let o) = node, let next = o[String(part)] else { return nil }
            node = next
        }
        return node
    }

    static func matches(_ v: JSONValue, _ type: String) -> Bool {
        switch (type, v) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .number):
            true
        case ("integer", .number(let n)): n.rounded() == n
        default: false
        }
    }
}
