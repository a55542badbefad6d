import Foundation
import Logging
import ReelStore
import ReelStorePostgres
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
        // The pool runs as the first service, so it stops last: a worker giving its task back
        // while the process stops still reaches the database.
        let store = PostgresStore(url: try PostgresURL(url), mediaRoot: root, policy: policy, logger: logger, now: configuration.now)
        return OpenedStore(store: store, services: [store.service])
    }
    if let data = configuration.dataDirectory {
        return OpenedStore(store: try SQLiteStore.open(directory: data, mediaRoot: root, policy: policy, now: configuration.now), services: [])
    }
    return OpenedStore(store: try SQLiteStore.inMemory(mediaRoot: root, policy: policy, now: configuration.now), services: [])
}
