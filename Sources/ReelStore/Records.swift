import Foundation
import ReelFFmpeg
import ReelPlanner

/// An anonymous caller: a bearer token with its credits.
public struct TokenRecord: Sendable, Equatable {
    public var token: String
    public var clientID: String
    public var created: Date
    public var expires: Date
    public var available: Int
    public var frozen: Int

    public init(token: String, clientID: String, created: Date, expires: Date, available: Int, frozen: Int) {
        self.token = token
        self.clientID = clientID
        self.created = created
        self.expires = expires
        self.available = available
        self.frozen = frozen
    }
}

/// A conversation's row: who owns it and the `EditSession` (draft + undo history) it edits.
public struct SessionRecord: Sendable {
    public var id: String
    public var taskID: String
    public var language: String
    public var session: EditSession

    public init(id: String, taskID: String, language: String, session: EditSession) {
        self.id = id
        self.taskID = taskID
        self.language = language
        self.session = session
    }
}

/// A session in the caller's list, with when it was made and last changed.
public struct SessionListing: Sendable {
    public var record: SessionRecord
    public var created: Date
    public var updated: Date

    public init(record: SessionRecord, created: Date, updated: Date) {
        self.record = record
        self.created = created
        self.updated = updated
    }
}

/// Credits frozen for one turn: spent (`settle`) or given back (`release`) exactly once.
public struct CreditHold: Sendable, Equatable {
    public var id: String
    public var token: String
    public var session: String?
    public var amount: Int

    public init(id: String, token: String, session: String?, amount: Int) {
        self.id = id
        self.token = token
        self.session = session
        self.amount = amount
    }
}

/// One movement of credits: `grant`, `freeze`, `settle`, `release`, `release_after_restart`.
public struct LedgerEntry: Sendable, Equatable {
    public var kind: String
    public var amount: Int

    public init(kind: String, amount: Int) {
        self.kind = kind
        self.amount = amount
    }
}

/// One uploaded (or imported) file of a session: where it is stored and what probing found.
public struct MediaRecord: Sendable, Equatable {
    public var id: String
    public var sessionID: String
    /// Absolute path of the stored file on this node (stored relative to the media root).
    public var path: String
    /// The client's name for it, for display only.
    public var name: String
    public var info: MediaInfo

    public init(id: String, sessionID: String, path: String, name: String, info: MediaInfo) {
        self.id = id
        self.sessionID = sessionID
        self.path = path
        self.name = name
        self.info = info
    }
}

/// A file the server made for a session (a turn's narration, spoken with espeak-ng). It lives in
/// the session's media folder under a server-chosen name and belongs to the session's caller like
/// an upload: their drafts may name it, so a narrated draft can be exported.
public struct GeneratedMediaRecord: Sendable, Equatable {
    public var id: String
    public var sessionID: String
    /// What it is for: `voiceover`.
    public var kind: String
    /// Absolute path of the file on this node (stored relative to the media root).
    public var path: String
    /// A name to show.
    public var name: String
    /// What it says.
    public var text: String?
    public var info: MediaInfo

    public init(id: String, sessionID: String, kind: String, path: String, name: String, text: String?, info: MediaInfo) {
        self.id = id
        self.sessionID = sessionID
        self.kind = kind
        self.path = path
        self.name = name
        self.text = text
        self.info = info
    }
}

/// What `GET …/{sid}/latest` shows, read at once: the draft as the JSON text it is stored as
/// (the undo history is never decoded), the session's media and the media generated for it.
public struct StateSnapshot: Sendable {
    public var sessionID: String
    /// The draft with the seed's short keys, as JSON text.
    public var draftJSON: String
    public var media: [MediaRecord]
    public var generated: [GeneratedMediaRecord]

    public init(sessionID: String, draftJSON: String, media: [MediaRecord], generated: [GeneratedMediaRecord] = []) {
        self.sessionID = sessionID
        self.draftJSON = draftJSON
        self.media = media
        self.generated = generated
    }
}

/// A token's credits: spendable, reserved by turns and exports still running, and their sum.
public struct CreditBalance: Codable, Sendable, Equatable {
    public var available: Int
    public var frozen: Int
    public var total: Int { available + frozen }

    enum CodingKeys: String, CodingKey { case available, frozen, total }

    public init(available: Int, frozen: Int) {
        self.available = available
        self.frozen = frozen
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        available = try c.decode(Int.self, forKey: .available)
        frozen = try c.decode(Int.self, forKey: .frozen)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(available, forKey: .available)
        try c.encode(frozen, forKey: .frozen)
        try c.encode(total, forKey: .total)
    }
}

/// The `X-Skill-Source`, `X-Skill-Version` and `X-Skill-Platform` values an export was sent
/// with (SPEC §3); nil when absent.
public struct Attribution: Sendable, Equatable {
    public var source: String?
    public var version: String?
    public var platform: String?

    public init(source: String? = nil, version: String? = nil, platform: String? = nil) {
        self.source = source
        self.version = version
        self.platform = platform
    }

    public var isComplete: Bool { source != nil && version != nil && platform != nil }
    public var isEmpty: Bool { source == nil && version == nil && platform == nil }
}

/// What deleting expired callers took away: the rows went with their token; the files are for
/// the caller to remove.
public struct ExpiredCallers: Sendable, Equatable {
    public var tokens = 0
    public var sessionIDs: [String] = []
    /// Stored media and finished renders of those callers (absolute paths on this node).
    public var files: [String] = []

    public init(tokens: Int = 0, sessionIDs: [String] = [], files: [String] = []) {
        self.tokens = tokens
        self.sessionIDs = sessionIDs
        self.files = files
    }
}
