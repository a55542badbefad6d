import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReelServer
import ReelTestSupport
import ReelTimeline

/// `GET /openapi.json` serves `openapi/reel.json` byte for byte, and it documents every route the
/// router registers (a new route without documentation fails here).
@Suite struct OpenAPITests {
    static var repoFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("openapi/reel.json")
    }

    @Test func servedDocumentIsTheRepositoryFile() async throws {
        let file = try Data(contentsOf: Self.repoFile)
        #expect(Data(OpenAPIDocument.json.utf8) == file, "Sources/ReelServer/OpenAPIDocument.swift is stale: run python3 openapi/embed.py")
        let server = try TestServer()
        try await server.test { api in
            let response = try await api.client.execute(uri: "/openapi.json", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(Data(buffer: response.body) == file)
        }
    }

    @Test func everyRegisteredRouteIsDocumented() async throws {
        let render = try RenderServer()
        let router = buildRouter(store: render.store, configuration: render.configuration, renders: render.worker)
        let registered = Set(router.routes.map { "\($0.method.rawValue.uppercased()) \($0.path.description)" })
        #expect(registered.count >= 12)

        let doc = try JSONValue.parse(Data(OpenAPIDocument.json.utf8))
        #expect(doc["openapi"]?.string == "3.1.0")
        guard case .object(let paths) = doc["paths"] else { throw TestFailure("no paths") }
        var documented: Set<String> = []
        for (path, item) in paths {
            guard case .object(let operations) = item else { continue }
            for method in operations.keys where ["get", "post", "put", "patch", "delete", "head", "options"].contains(method) {
                documented.insert("\(method.uppercased()) \(path)")
            }
        }
        #expect(registered.subtracting(documented).sorted() == [], "routes missing from openapi/reel.json")
        #expect(documented.subtracting(registered).sorted() == [], "documented routes the router does not have")
    }
}
