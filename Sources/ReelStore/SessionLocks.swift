/// One lock per key, in this process: work under the same key runs one at a time, in the order
/// it asked; work under different keys runs in parallel. A key's entry exists only while someone
/// holds or waits for it. Editing turns use it per session, so a turn plans against the draft
/// the previous turn saved, without holding the database's write lock while it plans.
public actor SessionLocks {
    /// For each held key, who waits for it, first in line first.
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    public init() {}

    /// Number of keys held or waited for (idle keys leave nothing behind).
    public var activeKeys: Int { waiting.count }

    /// How many wait for `key` (its holder not counted).
    public func waiters(_ key: String) -> Int { waiting[key]?.count ?? 0 }

    /// Runs `body` once every earlier holder of `key` is done. Waiting is not cancellable: a turn
    /// that was started is run (callers run turns in tasks that are never cancelled).
    public func withLock<T: Sendable>(_ key: String, _ body: @Sendable () async throws -> T) async throws -> T {
        await acquire(key)
        do {
            let result = try await body()
            release(key)
            return result
        } catch {
            release(key)
            throw error
        }
    }

    private func acquire(_ key: String) async {
        guard waiting[key] != nil else {
            waiting[key] = []
            return
        }
        await withCheckedContinuation { waiting[key, default: []].append($0) }
    }

    /// Hands the key to the next in line, or forgets it when nobody waits.
    private func release(_ key: String) {
        guard var line = waiting[key] else { return }
        if line.isEmpty {
            waiting[key] = nil
        } else {
            let next = line.removeFirst()
            waiting[key] = line
            next.resume()
        }
    }
}
