import Foundation

/// Render progress on stderr: a bar with percentage and ETA on a terminal, plain lines (every
/// 10 %) when stderr is a file or pipe.
final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let started = Date()
    private var lastPercent = -1
    private let label: String

    init(label: String) { self.label = label }

    func update(_ fraction: Double) {
        lock.lock()
        defer { lock.unlock() }
        let percent = Int((fraction * 100).rounded(.down))
        if isTerminal {
            guard percent != lastPercent else { return }
            lastPercent = percent
            let width = 30
            let filled = Int(Double(width) * fraction)
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            write("\r\(label) \(bar) \(String(format: "%3d", percent))%  ETA \(eta(fraction))   ")
        } else {
            let step = percent / 10 * 10
            guard step > lastPercent else { return }
            lastPercent = step
            write("\(label) \(step)%\(step < 100 ? " (ETA \(eta(fraction)))" : "")\n")
        }
    }

    func finish() {
        update(1)
        if isTerminal { write("\n") }
    }

    private func eta(_ fraction: Double) -> String {
        let elapsed = Date().timeIntervalSince(started)
        guard fraction > 0.01 else { return "--:--" }
        let left = Int((elapsed / fraction - elapsed).rounded())
        return String(format: "%d:%02d", left / 60, left % 60)
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}
