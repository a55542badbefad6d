import NIOConcurrencyHelpers
import ReelStore

/// Runs `operation` and returns its result, or throws `.unavailable` once `timeout` has passed,
/// whichever comes first. A query sent to a server that stopped answering never returns and
/// ignores cancellation, so a task group (which waits for every child, cancelled or not) cannot
/// bound it: the operation runs in a task of its own, cancelled and left behind at the deadline,
/// and the caller is answered through a continuation resumed exactly once.
func withDeadline<T: Sendable>(_ timeout: Duration, _ what: @autoclosure () -> String,
                               _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    let message = "the database did not answer within \(timeout) (\(what()))"
    let work = Task { try await operation() }
    let answer = Answer<T>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { continuation in
            answer.set(continuation)
            let timer = Task {
                try? await Task.sleep(for: timeout)
                guard !Task.isCancelled else { return }
                if answer.resume(with: .failure(StoreError.unavailable(message))) { work.cancel() }
            }
            Task {
                let result = await work.result
                timer.cancel()
                answer.resume(with: result)
            }
        }
    } onCancel: {
        work.cancel()
    }
}

/// A continuation resumed by whichever of the work and the timer gets there first.
private final class Answer<T: Sendable>: Sendable {
    private let continuation = NIOLockedValueBox<CheckedContinuation<T, any Error>?>(nil)

    func set(_ continuation: CheckedContinuation<T, any Error>) {
        self.continuation.withLockedValue { $0 = continuation }
    }

    /// True when this call resumed the caller.
    @discardableResult
    func resume(with result: Result<T, any Error>) -> Bool {
        guard let continuation = self.continuation.withLockedValue({ value in defer { value = nil }; return value }) else { return false }
        continuation.resume(with: result)
        return true
    }
}
