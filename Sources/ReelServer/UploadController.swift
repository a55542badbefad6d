import Foundation
import Hummingbird
import ReelFFmpeg
import ReelTimeline
import ReelStore

/// `POST /api/upload-video/nemo_agent/me/{sid}`: media for a session, either as multipart field
/// `files` (streamed to disk, never buffered whole) or as `{"urls":[…],"source_type":"url"}`.
/// Every file is judged by its content with ffprobe and stored under a server-chosen name; the
/// client's name is kept for display only. A request stores all of its files or none.
struct UploadController<Context: RequestContext> {
    let store: any Store
    let configuration: ServerConfiguration
    /// `<root>/<session id>/<uuid>.<ext>`.
    let mediaRoot: URL

    static var maxFilesPerRequest: Int { 100 }

    init(store: any Store, configuration: ServerConfiguration, mediaRoot: URL? = nil) {
        self.store = store
        self.configuration = configuration
        self.mediaRoot = mediaRoot ?? configuration.mediaRootOrTemporary()
    }

    /// The stored media and their probed info, as `data.media` here and `data.state.video_infos` in state.
    struct MediaItem: Codable, Sendable, Equatable {
        var id: String
        var name: String
        var kind: String
        var path: String
        var duration: Double?
        var duration_ms: Int?
        var width: Int?
        var height: Int?
        var fps: Double?
        var rotation: Int
        var orientation: Int
        var has_audio: Bool
        var codec: String
        var audio_codec: String?
        var format: String
        var size_bytes: Int64

        /// `path` is the file's name in the session's media folder (never a server path).
        init(_ r: MediaRecord, paths: MediaPaths) {
            id = r.id
            name = r.name
            kind = r.info.kind.rawValue
            path = paths.visible(r.path, session: r.sessionID)
            duration = r.info.duration
            duration_ms = r.info.durationMs
            width = r.info.width
            height = r.info.height
            fps = r.info.fps
            rotation = r.info.rotation
            orientation = r.info.orientation
            has_audio = r.info.hasAudio
            codec = r.info.codec
            audio_codec = r.info.audioCodec
            format = r.info.format
            size_bytes = r.info.sizeBytes
        }

        var json: JSONValue {
            (try? JSONEncoder().encode(self)).flatMap { try? JSONValue.parse($0) } ?? .null
        }
    }

    struct Uploaded: Codable, Sendable {
        var session_id: String
        /// The seed service's shape, which seed clients read.
        var files: [SeedFile]
        /// Reel's own, fuller shape (as in `data.state.video_infos`).
        var media: [MediaItem]
    }

    /// One stored file as the seed service describes it: `file_type` is video, image or audio;
    /// `duration` in seconds (null for pictures); `url` downloads the stored file with the
    /// caller's bearer token (`GET /api/media/{id}`).
    struct SeedFile: Codable, Sendable, Equatable {
        var id: String
        var filename: String
        var file_type: String
        var duration: Double?
        var width: Int?
        var height: Int?
        var fps: Double?
        var size: Int64
        var url: String

        init(_ r: MediaRecord, link: (String) -> String) {
            id = r.id
            filename = r.name
            file_type = r.info.kind.rawValue
            duration = r.info.duration
            width = r.info.width
            height = r.info.height
            fps = r.info.fps
            size = r.info.sizeBytes
            url = link("/api/media/\(r.id)")
        }

        enum CodingKeys: String, CodingKey { case id, filename, file_type, duration, width, height, fps, size, url }

        /// Every key is present (`null` when it does not apply), as seed clients read them blindly.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(filename, forKey: .filename)
            try c.encode(file_type, forKey: .file_type)
            try c.encode(duration, forKey: .duration)
            try c.encode(width, forKey: .width)
            try c.encode(height, forKey: .height)
            try c.encode(fps, forKey: .fps)
            try c.encode(size, forKey: .size)
            try c.encode(url, forKey: .url)
        }
    }

    struct ImportBody: Decodable {
        var urls: [String]
        var source_type: String?
    }

    /// A received file, not yet judged.
    struct Pending {
        var url: URL
        var name: String
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post(":app/:user/:sid", use: upload)
        return routes
    }

    @Sendable func upload(_ request: Request, context: Context) async throws -> Envelope<Uploaded> {
        let (caller, sid) = try await request.callerAndSession(context, in: store)
        let directory = mediaRoot.appendingPathComponent(sid, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw APIError.internalError("cannot create the media folder: \(error.localizedDescription)")
        }

        let contentType = request.headers[.contentType] ?? ""
        var pending: [Pending] = []
        do {
            if let boundary = MultipartParser.boundary(contentType: contentType) {
                try await receiveMultipart(request.body, boundary: boundary, into: directory, pending: &pending)
            } else if contentType.lowercased().hasPrefix("application/json") {
                let body = try await request.decodeJSON(ImportBody.self, context: context)
                if let type = body.source_type, type != "url" {
                    throw APIError.badRequest("source_type must be \"url\"")
                }
                try await download(body.urls, into: directory, pending: &pending)
            } else {
                throw APIError.badRequest("send multipart/form-data with field \"files\", or JSON {\"urls\":[…],\"source_type\":\"url\"}")
            }
            guard !pending.isEmpty else { throw APIError.badRequest("no files in multipart field \"files\"") }
            let records = try await judge(pending, session: sid)
            pending = records.map { Pending(url: URL(fileURLWithPath: $0.path), name: $0.name) }
            try await store.addMedia(records, token: caller.token)
            let paths = MediaPaths(root: mediaRoot)
            return Envelope(data: Uploaded(session_id: sid,
                                           files: records.map { SeedFile($0, link: { RenderController<Context>.absolute($0, request: request) }) },
                                           media: records.map { MediaItem($0, paths: paths) }))
        } catch {
            for file in pending { try? FileManager.default.removeItem(at: file.url) }
            throw error
        }
    }

    /// Fetches `urls` through the safe URL import into `<uuid>.upload` files, appending each to
    /// `pending` before it is fetched so a failure can delete it.
    func download(_ urls: [String], into directory: URL, pending: inout [Pending]) async throws {
        guard !urls.isEmpty else { throw APIError.badRequest("urls is empty") }
        guard urls.count <= Self.maxFilesPerRequest else {
            throw APIError.badRequest("at most \(Self.maxFilesPerRequest) urls per request")
        }
        let importer = URLImporter(sizeLimit: configuration.uploadSizeLimit,
                                   allowPrivate: configuration.allowPrivateURLImports,
                                   timeout: configuration.urlImportTimeout)
        for url in urls {
            let target = directory.appendingPathComponent(UUID().uuidString.lowercased() + ".upload")
            pending.append(Pending(url: target, name: URLImporter.displayName(url)))
            try await importer.download(url, to: target)
        }
    }

    /// Imports `urls` into a session the caller owns (the MCP tools' add_media): fetched, judged
    /// by content and stored like an upload; all of them or none.
    func importURLs(_ urls: [String], session sid: String, token: String) async throws -> [MediaRecord] {
        try await store.requireSession(sid, token: token)
        let directory = mediaRoot.appendingPathComponent(sid, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw APIError.internalError("cannot create the media folder: \(error.localizedDescription)")
        }
        var pending: [Pending] = []
        do {
            try await download(urls, into: directory, pending: &pending)
            let records = try await judge(pending, session: sid)
            pending = records.map { Pending(url: URL(fileURLWithPath: $0.path), name: $0.name) }
            try await store.addMedia(records, token: token)
            return records
        } catch {
            for file in pending { try? FileManager.default.removeItem(at: file.url) }
            throw error
        }
    }

    /// Streams the parts of field `files` to `<uuid>.upload` files, appending each to `pending`
    /// as soon as it is created so a failure can delete it; 4002 as soon as one passes the limit.
    func receiveMultipart(_ body: RequestBody, boundary: String, into directory: URL, pending: inout [Pending]) async throws {
        var parser = MultipartParser(boundary: boundary)
        var handle: FileHandle?
        var written: Int64 = 0
        var currentName = ""
        let limit = configuration.uploadSizeLimit
        defer { try? handle?.close() }
        do {
            for try await chunk in body {
                for event in try parser.feed(chunk.readableBytesView) {
                    switch event {
                    case .part(let headers):
                        try handle?.close()
                        handle = nil
                        let (name, filename) = MultipartParser.disposition(headers["content-disposition"] ?? "")
                        guard name == "files" || name == "file" else { continue }
                        guard pending.count < Self.maxFilesPerRequest else {
                            throw APIError.badRequest("at most \(Self.maxFilesPerRequest) files per request")
                        }
                        let url = directory.appendingPathComponent(UUID().uuidString.lowercased() + ".upload")
                        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                            throw APIError.internalError("cannot write to the media folder")
                        }
                        currentName = mediaDisplayName(filename, index: pending.count)
                        pending.append(Pending(url: url, name: currentName))
                        handle = try FileHandle(forWritingTo: url)
                        written = 0
                    case .body(let bytes):
                        guard let h = handle else { continue }
                        written += Int64(bytes.count)
                        if written > limit {
                            throw APIError.mediaTooLarge(
                                "\(currentName) is over the upload limit of \(limit / 1_000_000) MB (\(limit) bytes). Trim or compress it first.")
                        }
                        try h.write(contentsOf: Data(bytes))
                    case .end:
                        try handle?.close()
                        handle = nil
                    }
                }
                if parser.isFinished { break }
            }
        } catch MultipartParser.Failure.malformed(let why) {
            throw APIError.badRequest("malformed multipart body: \(why)")
        } catch {
            // The body itself could not be read (broken chunks, a connection closed early): 400.
            throw APIError.unreadableBody(error) ?? error
        }
        guard parser.isFinished else { throw APIError.badRequest("malformed multipart body: it ends before its closing boundary") }
    }

    /// Probes every file by content; each must be media of an accepted kind (4001 otherwise),
    /// then gets its final name `<uuid>.<ext-from-probe>`.
    func judge(_ files: [Pending], session: String) async throws -> [MediaRecord] {
        let tools: FFmpegTools
        do { tools = try FFmpegTools.locate() } catch {
            throw APIError.internalError("\(error)")
        }
        let prober = Prober(tools: tools, sizeLimit: configuration.uploadSizeLimit, maxPixels: configuration.maxImagePixels,
                            checksCompleteness: true)
        // A few probes at a time (each is an ffprobe process); the answer keeps the upload order.
        let outcomes = await withTaskGroup(of: Outcome.self, returning: [Outcome].self) { group in
            var outcomes: [Outcome] = []
            outcomes.reserveCapacity(files.count)
            var started = 0
            while started < files.count {
                if started >= Self.concurrentProbes, let done = await group.next() { outcomes.append(done) }
                let index = started, file = files[index]
                group.addTask {
                    do { return Outcome(index: index, record: try await self.judge(file, prober: prober, session: session), error: nil) } catch {
                        return Outcome(index: index, record: nil, error: error)
                    }
                }
                started += 1
            }
            for await done in group { outcomes.append(done) }
            return outcomes.sorted { $0.index < $1.index }
        }
        let records = outcomes.compactMap(\.record)
        // One bad file refuses the request: the first failure in upload order is the answer,
        // and none of the files is kept.
        if let failure = outcomes.lazy.compactMap(\.error).first {
            for r in records { try? FileManager.default.removeItem(atPath: r.path) }
            throw failure
        }
        return records
    }

    /// How judging one file of a request ended.
    struct Outcome: Sendable {
        var index: Int
        var record: MediaRecord?
        var error: (any Error)?
    }

    static var concurrentProbes: Int { 4 }

    func judge(_ file: Pending, prober: Prober, session: String) async throws -> MediaRecord {
        let info: MediaInfo
        do {
            info = try await prober.probe(file.url.path)
        } catch let error as MediaError {
            switch error {
            case .tooLarge:
                throw APIError.mediaTooLarge("\(file.name) is over the upload limit of \(configuration.uploadSizeLimit / 1_000_000) MB. Trim or compress it first.")
            case .unsupported(_, let reason):
                throw APIError.unsupportedMedia("\(file.name) is not a media file Reel can use (\(reason)). Accepted: \(MediaError.acceptedFormats)")
            default:
                throw APIError.unsupportedMedia("\(file.name) is not a media file Reel can use. Accepted: \(MediaError.acceptedFormats)")
            }
        }
        guard let ext = Self.fileExtension(for: info) else {
            throw APIError.unsupportedMedia("\(file.name) is \(info.kind.rawValue) in a format Reel does not accept (\(info.format), \(info.codec)). Accepted: \(MediaError.acceptedFormats)")
        }
        let id = file.url.deletingPathExtension().lastPathComponent
        let final = file.url.deletingLastPathComponent().appendingPathComponent("\(id).\(ext)")
        do { try FileManager.default.moveItem(at: file.url, to: final) } catch {
            throw APIError.internalError("cannot store \(file.name): \(error.localizedDescription)")
        }
        return MediaRecord(id: id, sessionID: session, path: final.path, name: file.name, info: info)
    }

    /// The extension that names what the content is; nil for media of a kind Reel does not accept.
    static func fileExtension(for info: MediaInfo) -> String? {
        let formats = Set(info.format.split(separator: ",").map(String.init))
        switch info.kind {
        case .image:
            return ["png": "png", "mjpeg": "jpg", "webp": "webp", "gif": "gif"][info.codec]
        case .video:
            if formats.contains("gif") { return "gif" }
            if formats.contains("mp4") || formats.contains("mov") { return "mp4" }
            if formats.contains("webm") || formats.contains("matroska") {
                return ["vp8", "vp9", "av1"].contains(info.codec) ? "webm" : "mkv"
            }
            if formats.contains("avi") { return "avi" }
            return nil
        case .audio:
            if formats.contains("mp3") { return "mp3" }
            if formats.contains("wav") { return "wav" }
            if formats.contains("aac") { return "aac" }
            if formats.contains("mp4") || formats.contains("mov") { return "m4a" }
            return nil
        }
    }
}

/// A client's file name made fit to show: its last component, no control characters, bounded.
/// It is only ever displayed, never part of a path.
func mediaDisplayName(_ filename: String?, index: Int) -> String {
    let raw = (filename ?? "").replacingOccurrences(of: "\\", with: "/")
    let last = raw.split(separator: "/").last.map(String.init) ?? ""
    let clean = String(String.UnicodeScalarView(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }))
        .trimmingCharacters(in: .whitespaces)
    let name = clean == "." || clean == ".." ? "" : clean
    return name.isEmpty ? "file \(index + 1)" : String(name.prefix(200))
}
