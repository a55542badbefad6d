import Foundation
import Logging

/// Server start: credits a crashed process left frozen are given back before any turn runs.
func releaseAbandonedFreezes(_ store: Store, logger: Logger) throws {
    let released = try store.releaseAbandonedFreezes()
    if released > 0 { logger.info("released \(released) credit(s) left frozen by an earlier process") }
}
