// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Reel",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reel", targets: ["reel"]),
        .library(name: "ReelTimeline", targets: ["ReelTimeline"]),
        .library(name: "ReelFFmpeg", targets: ["ReelFFmpeg"]),
        .library(name: "ReelRender", targets: ["ReelRender"]),
        .library(name: "ReelPlanner", targets: ["ReelPlanner"]),
        .library(name: "ReelLLM", targets: ["ReelLLM"]),
        .library(name: "ReelAgent", targets: ["ReelAgent"]),
        .library(name: "ReelStore", targets: ["ReelStore"]),
        .library(name: "ReelMetrics", targets: ["ReelMetrics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.100.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // The timeline ("draft"): model, decoding with path-level diagnostics, summary. No I/O.
        .target(name: "ReelTimeline"),
        // FFmpeg as a part: the typed filter graph and its one compiler/escaper, the process
        // runner (progress, cancellation, bounded stderr), and ffprobe-based probing.
        .target(
            name: "ReelFFmpeg",
            dependencies: [.product(name: "Logging", package: "swift-log")]
        ),
        // Picture arithmetic FFmpeg 5.1 cannot do smoothly (a sub-pixel slow zoom), fed to FFmpeg
        // as raw frames. Optimised even in debug builds: unoptimised, it is 20–50× slower.
        .target(name: "ReelResample", swiftSettings: [.unsafeFlags(["-Ounchecked"])]),
        // The engine: draft + probes → resolved timeline → render plan → FFmpeg argv, and running it.
        .target(
            name: "ReelRender",
            dependencies: [
                "ReelTimeline", "ReelFFmpeg", "ReelResample",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Plain-language editing: typed edit operations applied purely to drafts, undo/redo
        // history, and the offline rule-based planner. No I/O.
        .target(name: "ReelPlanner", dependencies: ["ReelTimeline"]),
        // The optional LLM planner: an OpenAI-compatible chat-completions endpoint asked for the
        // same edit operations, validated, with the rule planner as the fallback.
        .target(name: "ReelLLM", dependencies: ["ReelPlanner", "ReelTimeline"]),
        // The agent core: one turn end to end for every face (plan with the LLM or the rules,
        // narrate a script, apply, validate, answer, history), typed operations, undo/redo, and
        // the one way media are composed into a first draft (`reel make`, "make a video").
        .target(
            name: "ReelAgent",
            dependencies: ["ReelPlanner", "ReelLLM", "ReelTimeline", "ReelFFmpeg", "ReelRender"]
        ),
        // The web studio's page (HTML, CSS, JavaScript modules in `Assets/`), embedded at build
        // time by the StudioAssets plugin so the `reel` binary needs no files beside it.
        // The store behind a protocol, with no HTTP in it: tokens, sessions, credits, media
        // records, render jobs and the task queue workers claim. `SQLiteStore` (GRDB) is the
        // embedded default; `PostgresStore` (in ReelStorePostgres) serves many machines.
        .target(
            name: "ReelStore",
            dependencies: ["ReelPlanner", "ReelTimeline", "ReelFFmpeg", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "ReelStudio", exclude: ["Assets"], plugins: ["StudioAssets"]),
        .executableTarget(name: "studio-embed", path: "Plugins/StudioEmbed"),
        .plugin(name: "StudioAssets", capability: .buildTool(), dependencies: ["studio-embed"]),
        // Prometheus instruments for `/metrics` (requests, turns, jobs, queue, chunks, leases) over
        // one registry per process; no HTTP types, so workers use it too.
        .target(name: "ReelMetrics", dependencies: [.product(name: "Prometheus", package: "swift-prometheus")]),
        // The HTTP server behind `reel serve`: Hummingbird routes over the store (tokens,
        // sessions, credits), and the seed-compatible JSON envelopes and SSE events. Turns are
        // planned by the LLM planner when one is configured. Outgoing requests (URL import, render
        // webhooks) go through AsyncHTTPClient pinned to checked addresses. The MCP tools are
        // mounted at `/mcp` (streamable HTTP) over the caller's sessions.
        .target(
            name: "ReelServer",
            dependencies: [
                "ReelAgent", "ReelPlanner", "ReelLLM", "ReelTimeline", "ReelFFmpeg", "ReelRender", "ReelMCP", "ReelStudio", "ReelStore",
                "ReelStorePostgres", "ReelMetrics",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // The store on PostgreSQL, for many API nodes and workers on many machines: a client run for
        // the process's lifetime, a deadline on every call, append-only migrations taken under an
        // advisory lock.
        .target(
            name: "ReelStorePostgres",
            dependencies: [
                "ReelStore",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The MCP face: Reel's tools for AI agents (projects, media, words or typed operations,
        // preview, export jobs), one implementation whatever the transport.
        .target(
            name: "ReelMCP",
            dependencies: [
                "ReelAgent", "ReelPlanner", "ReelLLM", "ReelTimeline", "ReelFFmpeg", "ReelRender",
                .product(name: "MCP", package: "swift-sdk"),
            ]
        ),
        .executableTarget(
            name: "reel",
            dependencies: [
                "ReelMCP", "ReelAgent", "ReelRender", "ReelTimeline", "ReelFFmpeg", "ReelPlanner", "ReelLLM", "ReelServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Test helpers: synthetic media from FFmpeg's generators, frame and sound measurements.
        .target(name: "ReelTestSupport", dependencies: ["ReelFFmpeg", "ReelTimeline"], path: "Tests/ReelTestSupport"),
        .testTarget(name: "ReelTimelineTests", dependencies: ["ReelTimeline"]),
        .testTarget(name: "ReelFFmpegTests", dependencies: ["ReelFFmpeg", "ReelTestSupport"]),
        .testTarget(name: "ReelRenderTests", dependencies: ["ReelRender", "ReelResample", "ReelTimeline", "ReelFFmpeg", "ReelTestSupport"]),
        .testTarget(name: "ReelCLITests", dependencies: ["ReelTestSupport", "ReelFFmpeg"]),
        .testTarget(name: "ReelPlannerTests", dependencies: ["ReelPlanner", "ReelTimeline", "ReelTestSupport"], exclude: ["Corpus"]),
        .testTarget(
            name: "ReelAgentTests",
            dependencies: [
                "ReelAgent", "ReelPlanner", "ReelRender", "ReelTimeline", "ReelFFmpeg", "ReelTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "ReelLLMTests", dependencies: ["ReelLLM", "ReelPlanner", "ReelTimeline", "ReelTestSupport"]),
        // One contract suite for every store: each test runs on SQLite and, when
        // REEL_TEST_POSTGRES_URL is set, on PostgreSQL in a database of its own.
        .testTarget(
            name: "ReelStoreTests",
            dependencies: [
                "ReelStore", "ReelStorePostgres", "ReelPlanner", "ReelTimeline", "ReelFFmpeg",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "ReelServerTests",
            dependencies: [
                "ReelServer", "ReelStore", "ReelPlanner", "ReelLLM", "ReelTimeline", "ReelTestSupport", "ReelMCP", "ReelMetrics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
