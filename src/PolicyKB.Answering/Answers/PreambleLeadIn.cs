using PolicyKB.Documents;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// The preamble's sentence leading into the body ("Để khắc phục …, Chính phủ yêu cầu các bộ, cơ quan, địa phương thực
/// hiện các nhiệm vụ, giải pháp sau:"). It names the purpose and everyone the body tasks, so it shares the words of many
/// questions, but it states no task or target of its own: the body's item does, and is the better citation.
/// </summary>
internal static class PreambleLeadIn
{
    /// <summary>True when <paramref name="sentence"/> of <paramref name="clause"/> is the preamble leading into the body.</summary>
    internal static bool LeadsIntoBody(Clause clause, string sentence) =>
        clause.Kind == ClauseKind.Preamble && sentence.TrimEnd().EndsWith(':');
}
