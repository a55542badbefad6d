import Foundation
import ReelPlanner
import ReelTimeline

// libFuzzer target: the edit-operation decoder (what an LLM answer or an operations request
// carries), each decoded operation then applied to a small draft.
// Properties: never traps.

let base: Draft = {
    let json = #"{"m":{"w":1920,"h":1080,"fps":30},"t":[{"tt":0,"sg":[{"d":3000,"m":{"src":"a.png"}},{"d":2000,"m":{"color":"red"}}]},{"tt":1,"sg":[{"m":{"src":"song.mp3"}}]},{"tt":7,"sg":[{"st":0,"d":1000,"m":{"text":"Hi","kind":"title"}}]}]}"#
    return try! Draft.decode(Data(json.utf8)).draft
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOperations(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    guard let operations = try? JSONDecoder().decode([EditOperation].self, from: bytes) else { return 0 }
    for operation in operations.prefix(20) {
        _ = try? operation.apply(to: base)
    }
    return 0
}
