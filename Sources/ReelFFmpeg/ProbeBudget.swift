import Foundation
import Synchronization

/// Memory shared by every probe in the process: a probe waits until its estimate fits, so many
/// large pictures probed at once cannot exhaust the machine however they are spread over
/// requests (a count of probes alone let 8 bombs take 3 GB). A probe larger than the whole
/// budget runs alone.
public final class ProbeBudget: Sendable {
    /// What the server's probes share.
    public static let shared = ProbeBudget(bytes: 1 << 30)

    public let bytes: Int
    private struct State {
        var used = 0
        var waiting: [(amount: Int, continuation: CheckedContinuation<Void, Never>)] = []
    }
    private let state = Mutex(State())

    public init(bytes: Int) { self.bytes = max(1, bytes) }

    /// Bytes currently held.
    public var used: Int { state.withLock { $0.used } }

    /// Runs `work` once `amount` bytes (at most the whole budget) are free.
    public func withReservation<T>(_ amount: Int, _ work: () async throws -> T) async rethrows -> T {
        let amount = min(max(0, amount), bytes)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let admitted = state.withLock { s in
                if s.waiting.isEmpty, s.used + amount <= bytes { s.used += amount; return true }
                s.waiting.append((amount, continuation))
                return false
            }
            if admitted { continuation.resume() }
        }
        defer { release(amount) }
        return try await work()
    }

    private func release(_ amount: Int) {
        let ready = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.used -= amount
            var ready: [CheckedContinuation<Void, Never>] = []
            // First come, first served: the head waits until it fits.
            while let head = s.waiting.first, s.used + head.amount <= bytes {
                s.used += head.amount
                ready.append(head.continuation)
                s.waiting.removeFirst()
            }
            return ready
        }
        for continuation in ready { continuation.resume() }
    }
}
