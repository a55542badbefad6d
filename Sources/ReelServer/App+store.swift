import Foundation
import Logging
import ReelStore
import ServiceLifecycle

/// The store a process works over, and the services it needs running (a PostgreSQL client's
/// connection pool): the shared PostgreSQL database when `databaseURL` is set, else the embedded
/// SQLite file in the data directory, or memory (tests). Paths under the media folder are stored
/// relative to it.
struct OpenedStore {
    var store: any Store
    var services: [any Service]
}

func openStore(_ configuration: ServerConfiguration, logger: Logger) throws -> OpenedStore {
    let policy = QueuePolicy(maxAttempts: configuration.renderInterruptionLimit)
    let root = configuration.resolvedMediaDirectory
    if let url = configuration.databaseURL {
        _ = url
        throw StoreError.unavailable("this build has no PostgreSQL store yet")
    }
    if let data = configuration.dataDirectory {
        return OpenedStore(store: try SQLiteStore.open(directory: data, mediaRoot: root, policy: policy, now: configuration.now), services: [])
    }
    return OpenedStore(store: try SQLiteStore.inMemory(mediaRoot: root, policy: policy, now: configuration.now), services: [])
}
