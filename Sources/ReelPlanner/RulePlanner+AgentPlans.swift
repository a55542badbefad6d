import Foundation

extension RulePlanner {
    /// An agent's numbered plan closed by what it asks Reel to do now:
    ///
    ///     Plan:
    ///     1. Read the current timeline.
    ///     2. Reduce background music so narration is audible.
    ///     Instruction: set music volume to 15%.
    ///
    /// The plan is the agent's notes; the closing line is the request ("Reduce background music so narration is
    /// audible" was not understood beside it). A closing line that names steps ("Now do step 2.", "Execute step 1 only;
    /// I will confirm step 2 later.", "apply both steps") asks for those steps' words (every step was done); one that
    /// only says to go ahead ("Instruction: create the video.") asks for the whole plan. Without such a closing line the
    /// message is read as written.
    static func agentPlanDirective(_ text: String) -> String? {
        // (Cheap first: a plan has a step "1." or "1)".)
        guard text.count < 4_000, text.contains("1.") || text.contains("1)"),
              let m = Numbers.firstMatch(#"(?s)^(.*?(?:^|\s)1[.)]\s+\S.*?)(?:\n|(?<=[.!;])\s+|\s+(?=(?:now|next|then) (?:do|execute|run|perform|apply) step))\s*(?:(?:final |actual )?(?:instruction|execute|action|command|directive|request|do now|now)\s*:\s*(.+?)|((?:(?:ok|okay|so|now|next|then)[,:]?\s+)*(?:please\s+)?(?:do|execute|run|perform|apply|carry out|go ahead with|proceed with)\s+(?:only\s+)?(?:with\s+)?(?:the\s+)?(?:steps?\s+\d|both steps|all (?:the )?steps|the steps|the plan|all of (?:it|them)|it all)\b.*?))\s*$"#, in: text)
        else { return nil }
        let steps = numberedSteps(m[1])
        guard !steps.isEmpty else { return nil }
        let directive = (m[2].isEmpty ? m[3] : m[2]).trimmingCharacters(in: .whitespacesAndNewlines)
        // "Now do step 2.", "Execute step 1 only; I will confirm step 2 later.", "do steps 1 and 3": those steps.
        let chosenPart = directive.split(whereSeparator: { ";—".contains($0) }).first.map(String.init) ?? directive
        if let named = Numbers.firstMatch(#"^(?:(?:ok|okay|so|now|next|then)[,:]?\s+)*(?:please\s+)?(?:do|execute|run|perform|apply|carry out|go ahead with|proceed with)\s+(?:only\s+)?(?:with\s+)?steps?\s+(\d{1,2}(?:\s*(?:,|and|&|\+)\s*\d{1,2})*)(?:\s+only|\s+now|\s+first)*[.!]*$"#, in: chosenPart.trimmingCharacters(in: .whitespaces).lowercased()) {
            let numbers = Numbers.allMatches(#"\d{1,2}"#, in: named[1]).compactMap { Int($0.groups[0]) }
            let chosen = numbers.compactMap { n in steps.first { $0.number == n }?.words }
            guard chosen.count == numbers.count else { return nil }
            return chosen.map(sentence).joined(separator: " ")
        }
        // "apply both steps", "Instruction: create the video.", "Execute: go ahead": the whole plan.
        let lower = directive.lowercased()
        if has(lower, #"^(?:(?:ok|okay|so|now|next|then)[,:]?\s+)*(?:please\s+)?(?:(?:do|execute|run|perform|apply|carry out|follow|implement|go ahead(?: with)?|proceed(?: with)?|start|continue)(?:\s+(?:it|this|that|them|the plan|(?:the |both |all (?:the )?)?steps|all of (?:it|them)|it all|(?:the )?(?:plan )?above|as planned|accordingly))?|(?:create|make|build|compose|assemble|produce|generate) (?:the |this |that |a |my )?(?:video|vid|timeline|slideshow|edit|it|project)(?: (?:now|as planned|accordingly|per (?:the )?plan|from (?:the )?plan))?)[.!]*$"#) {
            let plan = steps.map { sentence($0.words) }.joined(separator: " ")
            return has(lower, #"^(?:create|make|build|compose|assemble|produce|generate)\b"#) ? plan + " " + sentence(directive) : plan
        }
        // "Instruction: set music volume to 15%.": that request alone.
        return m[2].isEmpty ? nil : directive
    }

    /// "1. Read the timeline. 2) Lower the music.": each step's number and words (an inline list too).
    private static func numberedSteps(_ text: String) -> [(number: Int, words: String)] {
        let found = Numbers.allMatches(#"(?s)(?:^|\s)(\d{1,2})[.)]\s+(\S.*?)(?=\s+\d{1,2}[.)]\s+\S|\s*$)"#, in: text)
        var steps: [(number: Int, words: String)] = []
        for f in found {
            guard let n = Int(f.groups[1]), n == steps.count + 1 else { continue }
            steps.append((n, f.groups[2].trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return steps
    }

    /// A step's words as one sentence (ending in a full stop unless it has its own end).
    private static func sentence(_ words: String) -> String {
        let w = words.trimmingCharacters(in: .whitespacesAndNewlines)
        return w.last.map { ".!?".contains($0) } == true ? w : w + "."
    }
}
