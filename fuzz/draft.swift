import Foundation
import ReelTimeline

// libFuzzer target: the draft decoder (bytes → JSON → Draft with diagnostics), the summary and
// the draft limits, as an export request reaches them.
// Properties: never traps; a draft that decodes encodes and decodes again to the same draft.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDraft(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    guard let json = try? JSONValue.parse(bytes) else { return 0 }
    _ = DraftLimits().precheck(json)
    let (draft, diagnostics) = Draft.read(json)
    _ = DraftValidationError(diagnostics).description
    guard let draft, !diagnostics.contains(where: { $0.severity == .error }) else { return 0 }
    _ = DraftLimits().check(draft)
    _ = draft.summary()
    let again = try? Draft.decode(draft.json, requireContent: false).draft
    precondition(again == draft, "a decoded draft did not survive encoding: \(draft.json)")
    return 0
}
