import Hummingbird
import Logging

/// Entry point for `reel serve`: builds the application and runs it until SIGINT/SIGTERM.
public func serve(_ configuration: ServerConfiguration) async throws {
    var logger = Logger(label: "reel.serve")
    logger.logLevel = .info
    let app = try buildApplication(configuration, logger: logger)
    // Anyone on the machine can open the studio at once: where to point a browser.
    let host = ["0.0.0.0", "::", ""].contains(configuration.host) ? "127.0.0.1" : configuration.host
    logger.info("studio: open http://\(host.contains(":") ? "[\(host)]" : host):\(configuration.port)/ in a browser")
    try await app.runService()
}
