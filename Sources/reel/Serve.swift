import ArgumentParser
import Foundation
import ReelServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the HTTP API (seed-compatible): tokens, sessions, credits, editing turns over SSE."
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Directory for the database (default: ~/.local/share/reel).")
    var data: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
    }

    func run() async throws {
        let directory = data.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) } ?? ServerConfiguration.defaultDataDirectory
        try await serve(ServerConfiguration(host: host, port: port, dataDirectory: directory))
    }
}
