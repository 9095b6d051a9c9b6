using System.Text.RegularExpressions;
using PolicyKB.Answering.Answers;

namespace PolicyKB.Answering.Conversations;

/// <summary>
/// The section the previous answer quoted. A bare follow-up ("thời gian thực hiện khi nào?" after "… ai chủ trì tập huấn
/// chuyên sâu …?") asks about the same task, item or case, whose heading the answer's source line names ("mục A1.II.2 (Tổ
/// chức tập huấn chuyên sâu …)"): the other sections of the document state the same kind of fact for other tasks.
/// </summary>
public sealed partial class FollowUpRewriter
{
    /// <summary>
    /// The words of the heading of the one section <paramref name="turn"/>'s answer quoted from <paramref name="document"/>,
    /// without numbers (which a question would require of its answer); null for a refusal, for an answer quoting several
    /// sections or another document, and for a section without a heading.
    /// </summary>
    internal static string? AnsweredSection(ChatTurn turn, string document)
    {
        var answer = turn.Answer ?? "";
        var lines = SectionLine().Matches(answer);
        // Every source line must name a section with its heading: a line without one is another section, unknown.
        if (answer.Contains(AnswerResult.NotFound, StringComparison.Ordinal) || lines.Count != SourceLine().Count(answer)) return null;
        string? found = null;
        foreach (Match line in lines)
        {
            if (NamedDocument().Match(line.Groups["name"].Value) is not { Success: true, Index: 0 } named
                || !string.Equals(named.Value.Trim(), document, StringComparison.OrdinalIgnoreCase)) return null;
            var heading = string.Join(' ', HeadingWord().Matches(line.Groups["heading"].Value).Select(m => m.Value));
            if (heading.Length == 0 || (found is not null && !string.Equals(found, heading, StringComparison.Ordinal))) return null;
            found = heading;
        }
        return found;
    }

    /// <summary>A source line naming the section and its heading: "— Nguồn: {document}, mục {label} ({heading})".</summary>
    [GeneratedRegex(@"(?m)^— Nguồn: (?<name>[^\n]+?), mục [^\s(]+ \((?<heading>[^)\n]+)\)\.?\s*$")]
    private static partial Regex SectionLine();

    /// <summary>A word of a heading with no digit in it.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])\p{L}+(?![\p{L}\d])")]
    private static partial Regex HeadingWord();
}
