using System.Text.RegularExpressions;
using PolicyKB.Documents;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Answering.Retrieval;

/// <summary>
/// The words of a document's scope articles ("Phạm vi điều chỉnh", "Phạm vi áp dụng", "Đối tượng áp dụng"): they say
/// whom and what every later clause is about ("người lao động … làm việc trong khu công nghiệp"), so a clause that does
/// not repeat them ("1. Mức hỗ trợ: 500.000 đồng/người/tháng.") is still about them, like the words of the title.
/// </summary>
public static partial class DocumentScope
{
    /// <summary>Most characters of scope text read: a long scope article lists more than it frames.</summary>
    private const int MaxLength = 1500;

    /// <summary>The keys of the scope articles of <paramref name="clauses"/> (one document's), empty when it has none.</summary>
    public static HashSet<string> Keys(IReadOnlyList<Clause> clauses, bool fold)
    {
        var scopes = clauses.Where(c => c.Heading.Length is > 0 and < 80 && Scope().IsMatch(VietnameseNormalizer.Fold(c.Heading))).ToList();
        if (scopes.Count == 0) return [];
        var text = new System.Text.StringBuilder();
        foreach (var clause in clauses)
        {
            if (text.Length >= MaxLength) break;
            if (scopes.Any(s => clause.Id == s.Id || clause.Id.StartsWith(s.Id + ".", StringComparison.Ordinal))) text.Append(clause.Text).Append(' ');
        }
        var scoped = text.Length > MaxLength ? text.ToString(0, MaxLength) : text.ToString();
        return Text.SyllableKeys.Keys(scoped, fold).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\bpham vi (?:dieu chinh|ap dung)|\bdoi tuong ap dung")]
    private static partial Regex Scope();
}
