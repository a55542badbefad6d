import Foundation
import PostgresNIO
import ReelStore

/// Where a PostgreSQL store lives, from `postgres://user:password@host:port/database?sslmode=…`
/// (also `postgresql://`). User and password are percent-decoded; the port defaults to 5432;
/// `sslmode` is `disable`, `prefer` (the default, as for libpq) or `require` (`verify-ca` and
/// `verify-full` also require TLS, with the certificate checked).
public struct PostgresURL: Sendable, Equatable {
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String, tls: TLSMode = .prefer) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Reads a URL; `.invalid` saying what is wrong with it (the password is never repeated).
    public init(_ string: String) throws {
        guard let components = URLComponents(string: string), let scheme = components.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql" else {
            throw StoreError(.invalid, "a database URL looks like postgres://user:password@host:5432/database")
        }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError(.invalid, "the database URL names no host (postgres://user@HOST:5432/database)")
        }
        guard let user = components.percentEncodedUser?.removingPercentEncoding, !user.isEmpty else {
            throw StoreError(.invalid, "the database URL names no user (postgres://USER@\(host)/database)")
        }
        let database = String(components.path.drop(while: { $0 == "/" })).removingPercentEncoding ?? ""
        guard !database.isEmpty, !database.contains("/") else {
            throw StoreError(.invalid, "the database URL names no database (postgres://\(user)@\(host)/DATABASE)")
        }
        var tls = TLSMode.prefer
        if let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value {
            switch mode {
            case "disable", "allow": tls = .disable
            case "prefer": tls = .prefer
            case "require", "verify-ca", "verify-full": tls = .require
            default: throw StoreError(.invalid, "sslmode=\(mode) is not one of disable, prefer, require, verify-ca, verify-full")
            }
        }
        self.init(host: host, port: components.port ?? 5432, user: user,
                  password: components.percentEncodedPassword?.removingPercentEncoding, database: database, tls: tls)
    }

    /// The same server, another database (tests make one per test).
    public func database(_ name: String) -> PostgresURL {
        var url = self
        url.database = name
        return url
    }

    /// The URL without its password, for logs and messages.
    public var redacted: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS
        switch self.tls {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(.makeClientConfiguration())
        case .require: tls = .require(.makeClientConfiguration())
        }
        return PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
    }
}
