import Foundation
import Synchronization

/// CPU-heavy request work (parsing and validating a large draft) runs here: on threads of its
/// own, at most `limit` at once. Neither NIO's event loops nor Swift's cooperative pool (one
/// thread per core) are held by one big body, so a few junk bodies in parallel cannot stall
/// `/healthz` or anyone else's request; more than `limit` of them wait their turn.
final class BoundedWork: Sendable {
    private struct State {
        var free: Int
        var waiting: [CheckedContinuation<Void, Never>] = []
    }
    private let state: Mutex<State>

    init(limit: Int) { state = Mutex(State(free: max(1, limit))) }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try work() }) }
            // Room for deeply nested JSON.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Async work (a child process) under the same limit, on the caller's task.
    func run<T: Sendable>(async work: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await work()
    }

    private func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let admitted = state.withLock { s in
                if s.free > 0 { s.free -= 1; return true }
                s.waiting.append(continuation)
                return false
            }
            if admitted { continuation.resume() }
        }
    }

    private func release() {
        let next = state.withLock { s -> CheckedContinuation<Void, Never>? in
            if s.waiting.isEmpty { s.free += 1; return nil }
            return s.waiting.removeFirst()
        }
        next?.resume()
    }
}
