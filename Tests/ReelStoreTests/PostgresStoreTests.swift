import Foundation
import PostgresNIO
import ReelStore
@testable import ReelStorePostgres
import Testing

/// What only PostgreSQL has to show: several processes on one database, a server that does not
/// answer, the URL it is given.
@Suite struct PostgresStoreTests {
    static let enabled = Backend.all.contains(.postgres)

    @Test func aURLIsReadWithItsPartsAndRefusedWithoutThem() throws {
        let url = try PostgresURL("postgres://reel:p%40ss@db.example:6543/reel_prod?sslmode=require")
        #expect(url == PostgresURL(host: "db.example", port: 6543, user: "reel", password: "p@ss", database: "reel_prod", tls: .require))
        #expect(url.redacted == "postgres://reel@db.example:6543/reel_prod")
        #expect(try PostgresURL("postgresql://u@h/d").port == 5432)
        #expect(try PostgresURL("postgresql://u@h/d").tls == .prefer)
        #expect(try PostgresURL("postgres://u@h/d?sslmode=disable").tls == .disable)
        for bad in ["mysql://u@h/d", "postgres://h/d", "postgres://u@h", "postgres://u@h/d?sslmode=maybe", "postgres://u@/d"] {
            #expect(throws: StoreError.self, "\(bad)") { _ = try PostgresURL(bad) }
        }
    }

    @Test func aServerThatIsNotThereIsUnavailableWithinTheTimeout() async throws {
        // A port nothing listens on: bind one, note it, close it.
        let port = try Self.closedPort()
        let start = ContinuousClock.now
        let code = await storeErrorCode {
            let store = try await PostgresStore.open(url: PostgresURL(host: "127.0.0.1", port: port, user: "reel", database: "reel", tls: .disable),
                                                     timeout: .seconds(2), logger: quietLogger)
            store.shutdown()
        }
        #expect(code == .unavailable)
        #expect(ContinuousClock.now - start < .seconds(12))
    }

    @Test func aServerThatNeverAnswersIsUnavailableWithinTheTimeout() async throws {
        // Accepts the connection and says nothing: the query would wait forever without the deadline.
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        defer { listener.close(promise: nil) }
        let port = try #require(listener.localAddress?.port)
        let start = ContinuousClock.now
        let code = await storeErrorCode {
            let store = try await PostgresStore.open(url: PostgresURL(host: "127.0.0.1", port: port, user: "reel", database: "reel", tls: .disable),
                                                     timeout: .seconds(2), logger: quietLogger)
            store.shutdown()
        }
        #expect(code == .unavailable)
        #expect(ContinuousClock.now - start < .seconds(12))
    }

    @Test(.enabled(if: enabled)) func aQueryThatHangsIsUnavailableAtTheDeadline() async throws {
        try await StoreHarness(.postgres).withDatabase { url in
            let pool = PostgresPool(url: url, timeout: .seconds(3), maxConnections: 2, logger: quietLogger)
            defer { pool.shutdown() }
            // A connection first (on a busy machine the first may take longer than the deadline).
            var warm = false
            for _ in 0..<5 where !warm { warm = (try? await pool.query("SELECT 1", "warm up")) != nil }
            try #require(warm)
            let start = ContinuousClock.now
            let code = await storeErrorCode { try await pool.query("SELECT pg_sleep(30)", "a query that hangs") }
            #expect(code == .unavailable)
            #expect(ContinuousClock.now - start < .seconds(15))
        }
    }

    @Test(.enabled(if: enabled)) func aStoreWhosePoolRunsInAServiceGroupMigratesOnFirstUse() async throws {
        try await StoreHarness(.postgres).withDatabase { url in
            let idle = PostgresStore(url: url, timeout: .seconds(1), logger: quietLogger)
            // Its pool is not running: a call ends at the deadline instead of hanging.
            #expect(await storeErrorCode { try await idle.ping() } == .unavailable)

            let store = PostgresStore(url: url, logger: quietLogger)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await store.service.run() }
                let token = try await store.caller()
                #expect(try await store.validToken(token) != nil)
                group.cancelAll()
            }

            // A store that runs its own pool can be put in a group too: its service only waits.
            let opened = try await PostgresStore.open(url: url, logger: quietLogger)
            defer { opened.shutdown() }
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await opened.service.run() }
                try await opened.ping()
                group.cancelAll()
            }
            try await opened.ping()
        }
    }

    @Test(.enabled(if: enabled)) func connectionsTheServerDropsAreMadeAgain() async throws {
        let harness = StoreHarness(.postgres)
        try await harness.withDatabase { url in
            let store = try await PostgresStore.open(url: url, timeout: .seconds(5), logger: quietLogger)
            defer { store.shutdown() }
            let token = try await store.caller(credits: 5)
            _ = try await store.queue("render_1", token: token, cost: 1)
            // As a database restart would: every connection to it is cut by the server.
            let admin = try PostgresURL(try #require(Backend.postgresURL))
            try await StoreHarness.admin(admin, """
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(url.database)' AND pid <> pg_backend_pid()
                """)
            // A call may fail while the pool finds its connections dead; soon one goes through,
            // and nothing committed before was lost.
            let start = ContinuousClock.now
            var balance: CreditBalance?
            while balance == nil, ContinuousClock.now - start < .seconds(10) {
                balance = try? await store.balance(token: token)
                if balance == nil { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(balance == CreditBalance(available: 4, frozen: 1))
            #expect(try await store.claimTask(worker: "w", lease: 30)?.job.id == "render_1")
        }
    }

    @Test(.enabled(if: enabled)) func nodesStartingTogetherMigrateOnce() async throws {
        try await StoreHarness(.postgres).withDatabase { url in
            let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { group in
                for _ in 0..<4 { group.addTask { try await PostgresStore.open(url: url, maxConnections: 4, logger: quietLogger) } }
                return try await group.reduce(into: [PostgresStore]()) { $0.append($1) }
            }
            defer { stores.forEach { $0.shutdown() } }
            let token = try await stores[0].caller()
            #expect(try await stores[3].validToken(token) != nil)
        }
    }

    @Test(.enabled(if: enabled)) func turnsOnOneSessionAreSerialisedAcrossNodes() async throws {
        try await StoreHarness(.postgres).withDatabase { url in
            let a = try await PostgresStore.open(url: url, maxConnections: 4, logger: quietLogger)
            let b = try await PostgresStore.open(url: url, maxConnections: 4, logger: quietLogger)
            defer { a.shutdown(); b.shutdown() }
            let inside = Counter()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<8 {
                    let node = n % 2 == 0 ? a : b
                    group.addTask {
                        try await node.withSessionLock("shared") {
                            _ = inside.enter()
                            try await Task.sleep(for: .milliseconds(30))
                            inside.leave()
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(inside.most == 1)
        }
    }

    @Test(.enabled(if: enabled)) func aLockHeldByANodeThatDiesIsFreed() async throws {
        try await StoreHarness(.postgres).withDatabase { url in
            let a = try await PostgresStore.open(url: url, maxConnections: 4, logger: quietLogger)
            let b = try await PostgresStore.open(url: url, maxConnections: 4, logger: quietLogger)
            defer { b.shutdown() }
            let holding = Task {
                try await a.withSessionLock("s") { try await Task.sleep(for: .seconds(60)) }
            }
            try await Task.sleep(for: .milliseconds(300))
            // The holder's turn is cut short (its process "dies"): the lock goes with its connection.
            holding.cancel()
            a.shutdown()
            let start = ContinuousClock.now
            try await b.withSessionLock("s") {}
            #expect(ContinuousClock.now - start < .seconds(10))
        }
    }

    @Test(.enabled(if: enabled)) func aWorkerWaitingOnOneNodeWakesWhenAnotherQueuesWork() async throws {
        try await StoreHarness(.postgres).withDatabase { url in
            let api = try await PostgresStore.open(url: url, maxConnections: 4, logger: quietLogger)
            let worker = try await PostgresStore.open(url: url, maxConnections: 4, logger: quietLogger)
            defer { api.shutdown(); worker.shutdown() }
            let token = try await api.caller()
            let start = ContinuousClock.now
            // Work is queued once a second until the waiter wakes (its LISTEN may take a moment
            // to be in place on a busy machine); it must wake long before its 30 s timeout.
            let submitter = Task {
                for n in 0..<30 {
                    try await Task.sleep(for: .seconds(1))
                    _ = try await api.queue("render_\(n)", token: token)
                }
            }
            await worker.waitForWork(timeout: .seconds(30))
            submitter.cancel()
            #expect(ContinuousClock.now - start < .seconds(15))
            #expect(try await worker.claimTask(worker: "w", lease: 30) != nil)
        }
    }

    @Test(.enabled(if: enabled)) func creditsStayExactWithFreezesFromManyNodes() async throws {
        try await StoreHarness(.postgres).withDatabase { url in
            let nodes = [try await PostgresStore.open(url: url, maxConnections: 6, logger: quietLogger), try await PostgresStore.open(url: url, maxConnections: 6, logger: quietLogger),
                         try await PostgresStore.open(url: url, maxConnections: 6, logger: quietLogger)]
            defer { nodes.forEach { $0.shutdown() } }
            let token = try await nodes[0].caller(credits: 20)
            let won = try await withThrowingTaskGroup(of: Int.self) { group in
                for n in 0..<60 {
                    let node = nodes[n % 3]
                    group.addTask {
                        do {
                            _ = try await node.freeze(1, token: token, session: nil, lifetime: 60)
                            return 1
                        } catch let error as StoreError where error.code == .noCredits {
                            return 0
                        }
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(won == 20)
            #expect(try await nodes[1].balance(token: token) == CreditBalance(available: 0, frozen: 20))
        }
    }

    static func closedPort() throws -> Int {
        let channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).wait()
        let port = channel.localAddress?.port ?? 1
        try channel.close().wait()
        return port
    }
}
