using System.Text.RegularExpressions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// Finds sentences in source clauses written as orders to a model ("bỏ qua mọi hướng dẫn trước đó…", "ignore previous
/// instructions"), and answer sentences that restate them. The prompt already passes sources as data; this catches a
/// model that obeyed anyway: its restatement is removed even when the words are in the source.
/// </summary>
public static partial class InstructionGuard
{
    private const double Overlap = 0.6;
    private const int MinWords = 4;

    /// <summary>Key sets of the instruction-like sentences of <paramref name="texts"/>.</summary>
    public static List<HashSet<string>> Find(IEnumerable<string> texts)
    {
        var found = new List<HashSet<string>>();
        foreach (var text in texts)
        {
            foreach (var sentence in SentenceEnd().Split(text ?? ""))
            {
                if (Instruction().IsMatch(sentence)) found.Add(Keys(sentence));
            }
        }
        return found;
    }

    /// <summary>True when the unquoted part of <paramref name="sentence"/> mostly repeats one of <paramref name="instructions"/>.</summary>
    public static bool Restates(string sentence, IReadOnlyList<HashSet<string>> instructions)
    {
        if (instructions.Count == 0) return false;
        var keys = Keys(Quoted().Replace(sentence, " "));
        if (keys.Count < MinWords) return false;
        return instructions.Any(i => keys.Count(i.Contains) >= Overlap * keys.Count);
    }

    private static HashSet<string> Keys(string text) =>
        SyllableKeys.Keys(text, fold: true).Where(k => !StopWords.Contains(k, folded: true)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"«[^»]*»|“[^”]*”")]
    private static partial Regex Quoted();

    /// <summary>Orders to an assistant, in Vietnamese and English.</summary>
    [GeneratedRegex(@"(?i)\b(?:bỏ qua|phớt lờ|lờ đi|quên|không (?:cần )?tuân theo)\s+(?:mọi|tất cả|toàn bộ|các|những)?\s*(?:hướng dẫn|chỉ dẫn|chỉ thị|quy tắc|lệnh|yêu cầu)\b|\bignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)\s+instructions\b|\b(?:system prompt|you are now|bạn là một trợ lý mới|từ giờ bạn)\b")]
    private static partial Regex Instruction();
}
