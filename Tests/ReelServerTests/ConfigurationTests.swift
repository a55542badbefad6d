import Foundation
import ReelLLM
import Testing
@testable import ReelServer

/// `REEL_…` variables map onto `ServerConfiguration`; unset ones keep the defaults.
@Suite struct ConfigurationTests {
    @Test func environmentMapsOntoConfiguration() throws {
        let c = try ServerConfiguration(environment: [
            "REEL_UPLOAD_SIZE_LIMIT": "1234",
            "REEL_STARTING_CREDITS": "7",
            "REEL_TURN_COST": "3",
            "REEL_TOKEN_LIFETIME": "60",
            "REEL_RENDER_CONCURRENCY": "4",
            "REEL_ALLOW_PRIVATE_URL_IMPORTS": "true",
            "REEL_REQUIRE_ATTRIBUTION": "1",
            "REEL_DELETE_EXPIRED_AFTER_DAYS": "30",
            "REEL_RATE_LIMIT": "5000",
            "REEL_HEARTBEAT_INTERVAL": "0.25",
            "REEL_LLM_URL": "http://127.0.0.1:11434/v1",
            "REEL_LLM_MODEL": "qwen",
            "REEL_LLM_TIMEOUT": "3",
        ], dataDirectory: nil)
        #expect(c.rateLimit == 5000)
        #expect(c.expiredDataRetention == TimeInterval(30 * 86400))
        #expect(c.uploadSizeLimit == 1234)
        #expect(c.startingCredits == 7)
        #expect(c.turnCost == 3)
        #expect(c.tokenLifetime == 60)
        #expect(c.renderConcurrency == 4)
        #expect(c.allowPrivateURLImports)
        #expect(c.requireAttributionOnExport)
        #expect(c.heartbeatInterval == 0.25)
        #expect(c.llm == LLMConfig(url: URL(string: "http://127.0.0.1:11434/v1")!, model: "qwen", timeout: 3))
    }

    @Test func emptyEnvironmentKeepsDefaults() throws {
        let c = try ServerConfiguration(environment: ["REEL_TURN_COST": "", "HOME": "/root"], dataDirectory: nil)
        let d = ServerConfiguration(dataDirectory: nil)
        #expect(c.uploadSizeLimit == d.uploadSizeLimit)
        #expect(c.startingCredits == d.startingCredits)
        #expect(c.turnCost == d.turnCost)
        #expect(c.tokenLifetime == d.tokenLifetime)
        #expect(c.renderConcurrency == d.renderConcurrency)
        #expect(c.allowPrivateURLImports == false)
        #expect(c.requireAttributionOnExport == false)
        #expect(c.expiredDataRetention == nil)
        #expect(c.heartbeatInterval == 5)
        #expect(c.llm == nil)
    }

    @Test func applyOverridesOnlyWhatIsSet() throws {
        var c = ServerConfiguration(dataDirectory: nil, startingCredits: 50)
        try c.apply(environment: ["REEL_ALLOW_PRIVATE_URL_IMPORTS": "off", "REEL_RENDER_CONCURRENCY": " 2 "])
        #expect(c.startingCredits == 50)
        #expect(c.renderConcurrency == 2)
        #expect(c.allowPrivateURLImports == false)
    }

    @Test(arguments: [
        ("REEL_UPLOAD_SIZE_LIMIT", "0"), ("REEL_STARTING_CREDITS", "-1"), ("REEL_TURN_COST", "one"),
        ("REEL_TOKEN_LIFETIME", "1.5"), ("REEL_RENDER_CONCURRENCY", "0"), ("REEL_REQUIRE_ATTRIBUTION", "maybe"),
        ("REEL_DELETE_EXPIRED_AFTER_DAYS", "-1"), ("REEL_RATE_LIMIT", "0"),
        ("REEL_HEARTBEAT_INTERVAL", "0"), ("REEL_HEARTBEAT_INTERVAL", "soon"), ("REEL_LLM_URL", "file:///etc/passwd"),
        ("REEL_LLM_TIMEOUT", "-2"),
    ])
    func badValuesAreNamed(key: String, value: String) throws {
        let error = #expect(throws: ServerConfiguration.EnvironmentError.self) {
            try ServerConfiguration(environment: [key: value], dataDirectory: nil)
        }
        #expect(error?.description.hasPrefix("\(key)=\(value)") == true)
    }
}
