import Foundation
import Testing
@testable import ReelLLM
import ReelPlanner
import ReelTimeline

@Suite struct LLMPlannerTests {
    static func context() -> PlannerContext {
        var draft = Draft()
        draft.tracks = [Track(type: .visual, segments: [.visual(src: "a.jpg", duration: 4000), .visual(src: "b.jpg", duration: 4000)])]
        return PlannerContext(draft: draft, media: ["a.jpg", "b.jpg"])
    }

    @Test func usesTheModelsOperationsWhenTheyApply() async throws {
        let server = try StandIn()
        server.answer(#"{"intent":"edit","operations":[{"op":"setCanvas","width":1080,"height":1920},{"op":"setTransition","target":"all","name":"dissolve","durationMs":700}],"understood":["vertical","dissolves"]}"#)
        let planner = LLMPlanner(config: LLMConfig(url: server.baseURL, model: "test-model", apiKey: "sk-test", timeout: 5))
        let (plan, source) = await planner.plan("vertical with soft dissolves please", context: Self.context())
        #expect(source == .model)
        #expect(plan.operations == [.setCanvas(width: 1080, height: 1920), .setTransition(.all, name: "dissolve", durationMs: 700)])
        // The request speaks the chat-completions protocol with a JSON schema for the answer.
        let body = try #require(server.requests.first)
        let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        #expect(json?["model"] as? String == "test-model")
        #expect((json?["response_format"] as? [String: Any])?["type"] as? String == "json_schema")
        // The answer's schema describes every operation: the published operation schema.
        let schema = ((json?["response_format"] as? [String: Any])?["json_schema"] as? [String: Any])?["schema"] as? [String: Any]
        let defs = schema?["$defs"] as? [String: Any] ?? [:]
        #expect(EditOperation.wireNames.allSatisfy { defs[$0] != nil }, "\(defs.keys.sorted())")
        let items = ((schema?["properties"] as? [String: Any])?["operations"] as? [String: Any])?["items"] as? [String: Any]
        #expect(items?["$ref"] as? String == "#/$defs/operation")
        let messages = json?["messages"] as? [[String: Any]]
        #expect((messages?.last?["content"] as? String)?.contains("Instruction: vertical with soft dissolves please") == true)
    }

    @Test func theModelSeesTheNamesMediaWereUploadedAs() {
        var context = Self.context()
        context.media = ["/data/media/s/0b1c.mp4", "/data/media/s/9f2e.png"]
        context.names = ["/data/media/s/0b1c.mp4": "beach"]
        let body = LLMPlanner.body(LLMConfig(url: URL(string: "http://127.0.0.1:1/v1")!, model: "m"), instruction: "x", context: context)
        let user = ((body["messages"] as? [[String: Any]])?.last?["content"] as? String) ?? ""
        #expect(user.contains(#"Media in this session: /data/media/s/0b1c.mp4 ("beach"), /data/media/s/9f2e.png"#), "\(user)")
        #expect(PlannerContext(draft: Draft()).mediaList == "none")
    }

    @Test(arguments: [
        ("not json at all", "not valid edit operations"),
        (#"{"intent":"edit","operations":[{"explode":{}}]}"#, "not valid edit operations"),
        (#"{"intent":"edit","operations":[{"op":"remove","target":{"index":9}}]}"#, "does not apply"),
        // Values the draft format refuses never reach a session (they used to brick it).
        (#"{"intent":"edit","operations":[{"op":"setCanvas","width":1081,"height":1920}]}"#, "odd side"),
        (#"{"intent":"edit","operations":[{"op":"setCanvas","width":4000,"height":3000}]}"#, "beyond the largest canvas"),
        (#"{"intent":"edit","operations":[{"op":"addText","kind":"title","text":"Hi"},{"op":"editText","target":{"kind":"title"},"color":"blurple"}]}"#, "not a colour"),
        // The old synthesized Codable form is not the wire format.
        (#"{"intent":"edit","operations":[{"setCanvas":{"width":1080,"height":1920}}]}"#, "not valid edit operations"),
        (#"{"intent":"edit","operations":[{"op":"setCanvas","width":1080,"height":1920,"depth":3}]}"#, "not valid edit operations"),
    ])
    func fallsBackWhenTheAnswerIsInvalid(reply: String, reason: String) async throws {
        let server = try StandIn()
        server.answer(reply)
        let planner = LLMPlanner(config: LLMConfig(url: server.baseURL, model: "m", timeout: 5))
        let (plan, source) = await planner.plan("make it vertical", context: Self.context())
        guard case .rules(let why) = source else { Issue.record("expected the rules to answer"); return }
        #expect(why.contains(reason), "\(why)")
        #expect(plan.operations == [.setCanvas(width: 1080, height: 1920)])
    }

    @Test func fallsBackWhenSlowUnreachableOrUnset() async throws {
        let slow = try StandIn()
        slow.answer(#"{"intent":"edit","operations":[]}"#)
        slow.delay = 3
        // The server would answer validly after 3 s; the 1 s deadline answers first, with the rules.
        let (_, s1) = await LLMPlanner(config: LLMConfig(url: slow.baseURL, model: "m", timeout: 1)).plan("make it square", context: Self.context())
        #expect(s1 == .rules(reason: "the model took longer than 1 s"))

        let (p2, s2) = await LLMPlanner(config: LLMConfig(url: URL(string: "http://127.0.0.1:9/v1")!, model: "m", timeout: 3))
            .plan("make it square", context: Self.context())
        #expect(s2 != .model)
        #expect(p2.operations == [.setCanvas(width: 1080, height: 1080)])

        let (_, s3) = await LLMPlanner(config: nil).plan("make it square", context: Self.context())
        #expect(s3 == .rules(reason: "no model configured"))

        let broken = try StandIn()
        broken.status = 500
        broken.answer("{}")
        let (_, s4) = await LLMPlanner(config: LLMConfig(url: broken.baseURL, model: "m", timeout: 3)).plan("make it square", context: Self.context())
        #expect(s4 == .rules(reason: "the model answered HTTP 500"))
    }

    @Test func configurationComesFromTheEnvironment() {
        #expect(LLMConfig.fromEnvironment([:]) == nil)
        #expect(LLMConfig.fromEnvironment(["REEL_LLM_URL": "file:///etc/passwd"]) == nil)
        let c = LLMConfig.fromEnvironment(["REEL_LLM_URL": "http://127.0.0.1:8000/v1", "REEL_LLM_MODEL": "qwen", "REEL_LLM_API_KEY": "k", "REEL_LLM_TIMEOUT": "3"])
        #expect(c == LLMConfig(url: URL(string: "http://127.0.0.1:8000/v1")!, model: "qwen", apiKey: "k", timeout: 3))
    }

    @Test func fencedJSONIsAccepted() {
        #expect(LLMPlanner.stripFences("```json\n{\"a\":1}\n```") == "{\"a\":1}\n")
    }
}
