import Foundation

/// What went wrong in a store, by a stable code: the store knows nothing of HTTP, and each face
/// (the server's envelopes, the worker's log) maps the code to what its callers understand.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        /// The token is unknown or has expired.
        case badToken = "bad_token"
        /// No such session for this token (another caller's is as absent as a missing one).
        case sessionNotFound = "session_not_found"
        /// The token does not have the credits asked for.
        case noCredits = "no_credits"
        /// A stored row cannot be read (a corrupt session state).
        case unreadable
        /// The database did not answer in time, or the connection is gone.
        case unavailable
        /// A value the store refuses (a negative amount, an unknown token's row).
        case invalid
        /// The database refused a query for a reason of its own: a fault, not an outage.
        case `internal`
    }

    public var code: Code
    public var message: String
    /// For `noCredits`: what the token had and what was asked.
    public var available: Int?
    public var needed: Int?
    /// For `sessionNotFound`: the id asked for.
    public var id: String?

    public init(_ code: Code, _ message: String, available: Int? = nil, needed: Int? = nil, id: String? = nil) {
        self.code = code
        self.message = message
        self.available = available
        self.needed = needed
        self.id = id
    }

    public var description: String { "\(code.rawValue): \(message)" }

    public static func badToken() -> StoreError { StoreError(.badToken, "token missing, invalid or expired") }
    public static func sessionNotFound(_ id: String) -> StoreError { StoreError(.sessionNotFound, "session \(id) not found", id: id) }
    public static func noCredits(available: Int, needed: Int) -> StoreError {
        StoreError(.noCredits, "not enough credits: \(available) available, \(needed) needed", available: available, needed: needed)
    }
    public static func unreadable(_ message: String) -> StoreError { StoreError(.unreadable, message) }
    public static func unavailable(_ message: String) -> StoreError { StoreError(.unavailable, message) }
}
