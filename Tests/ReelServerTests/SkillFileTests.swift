import Foundation
import Testing
@testable import ReelServer
import ReelTimeline

/// `skills/reel/SKILL.md` follows the agent-skill format (frontmatter `name` and `description`
/// within their limits, ClawHub metadata as one line of JSON, a body under 500 lines, references
/// one level deep), and every endpoint and error code it names is in the OpenAPI document.
@Suite struct SkillFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theSkillFileIsWellFormed() throws {
        let text = try Self.read("skills/reel/SKILL.md")
        let parts = text.components(separatedBy: "---\n")
        try #require(parts.count >= 3 && parts[0].isEmpty, "frontmatter between --- lines first")
        var fields: [String: String] = [:]
        for line in parts[1].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        let name = try #require(fields["name"])
        #expect(name == "reel" && name.count <= 64 && name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
        let description = try #require(fields["description"])
        #expect(!description.isEmpty && description.count <= 1024)
        #expect(description.contains("video") && description.contains("vertical"), "trigger words")
        let metadata = try JSONValue.parse(Data(try #require(fields["metadata"]).utf8))
        let env = metadata["openclaw"]?["requires"]?["env"]?.array?.compactMap(\.string)
        #expect(env == ["REEL_URL", "REEL_TOKEN"])
        #expect(metadata["openclaw"]?["requires"]?["bins"]?.array?.compactMap(\.string) == ["reel"])
        let body = parts.dropFirst(2).joined(separator: "---\n")
        #expect(body.split(separator: "\n", omittingEmptySubsequences: false).count < 500)
        // References are one level deep and exist.
        for match in body.matches(of: /references\/[A-Za-z0-9_.-]+/) {
            #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("skills/reel/" + match.output).path), "\(match.output)")
        }
    }

    @Test func everyEndpointAndCodeItNamesExists() throws {
        let openapi = try JSONValue.parse(Data(try Self.read("openapi/reel.json").utf8))
        guard case .object(let paths)? = openapi["paths"] else { Issue.record("no paths"); return }
        let documented = Set(paths.flatMap { path, item -> [String] in
            guard case .object(let methods) = item else { return [] }
            return methods.keys.map { "\($0.uppercased()) \(path)" }
        })
        func normalized(_ path: String) -> String {
            path.replacingOccurrences(of: "/me/", with: "/{user}/").replacingOccurrences(of: "{session_id}", with: "{sid}")
        }
        for file in ["skills/reel/SKILL.md", "skills/reel/references/api.md"] {
            let text = try Self.read(file)
            var named = 0
            for match in text.matches(of: /(GET|POST|PUT|DELETE) (\/[A-Za-z0-9_\/{}.-]+)/) {
                let method = String(match.output.1), path = String(match.output.2)
                let found = documented.contains("\(method) \(path)") || documented.contains("\(method) \(normalized(path))")
                    || documented.contains("\(method) \(path.replacingOccurrences(of: "{session_id}", with: "{sid}"))")
                    || documented.contains("\(method) \(path.replacingOccurrences(of: "nemo_agent", with: "{app}"))")
                    || documented.contains("\(method) \(normalized(path.replacingOccurrences(of: "nemo_agent", with: "{app}")))")
                #expect(found, "\(file) names \(method) \(path), which openapi/reel.json does not document")
                named += 1
            }
            #expect(named >= 5, "\(file) names the endpoints")
        }
        // Error codes in the skill's table are the API's documented codes (4004 is the MCP
        // add_media code for a path that does not exist, outside the HTTP API).
        let openapiText = try Self.read("openapi/reel.json")
        let skill = try Self.read("skills/reel/SKILL.md")
        for match in skill.matches(of: /^\| (\d{3,4}) \|/.anchorsMatchLineEndings()) {
            let code = String(match.output.1)
            if code == "4004" { continue }
            #expect(openapiText.contains(code), "code \(code) is not in openapi/reel.json")
        }
    }
}
