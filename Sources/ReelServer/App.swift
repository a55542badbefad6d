import Hummingbird
import Logging

/// Entry point for `reel serve`: builds the application and runs it until SIGINT/SIGTERM.
public func serve(_ configuration: ServerConfiguration) async throws {
    var logger = Logger(label: "reel.serve")
    logger.logLevel = .info
    let app = try buildApplication(configuration, logger: logger)
    try await app.runService()
}
