using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Facts.Rules;

/// <summary>
/// "3. Bãi bỏ các điều 5 và 6." inside an amending article names no document: it repeals parts of the document the
/// article amends ("Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 08/2020/TT-BLĐTBXH như sau:"). The target is
/// taken from the nearest enclosing clause that cites the amended document, and only when that is unambiguous.
/// </summary>
internal sealed partial class ImplicitPartRepealRule : IFactRule
{
    /// <inheritdoc />
    public string Name => "implicit-part-repeals";

    /// <inheritdoc />
    public void Apply(FactContext context)
    {
        var amended = context.Facts.Relations.Where(r => r.Relation == RelationKinds.Amends).Select(r => r.TargetKey).ToHashSet(StringComparer.Ordinal);
        if (amended.Count == 0) return;
        var cited = context.Citations.GroupBy(c => c.ClauseId).ToDictionary(g => g.Key, g => g.Select(c => c.Key).ToList(), StringComparer.Ordinal);
        foreach (var clause in context.Clauses)
        {
            if (cited.ContainsKey(clause.Id)) continue; // a clause naming its document is the relation reader's
            var match = PartRepeal().Match(clause.Text);
            if (!match.Success) continue;
            if (TargetOf(clause, context, cited, amended) is not { } target) continue;
            if (context.Facts.Relations.Any(r => r.Relation == RelationKinds.Repeals && r.TargetKey == target && r.Scope == RelationScopes.Whole)) continue;
            context.Facts.Relations.Add(new RelationFact
            {
                Relation = RelationKinds.Repeals, TargetKey = target, Scope = RelationScopes.Part,
                Part = Metadata.VietnameseText.Squash(match.Groups["part"].Value).Trim(' ', '.', ';', ','),
                EffectiveOn = context.Facts.EffectiveOn, EffectiveOnSigning = context.Facts.EffectiveOnSigning,
                ClauseId = clause.Id, Line = clause.LineStart, Source = "body",
            });
        }
    }

    // The amended document an enclosing clause names; with none named on the way up, the document's only amended one.
    private static string? TargetOf(Clause clause, FactContext context, Dictionary<string, List<string>> cited, HashSet<string> amended)
    {
        for (var id = clause.ParentId; id is not null && context.ById.TryGetValue(id, out var parent); id = parent.ParentId)
        {
            if (!cited.TryGetValue(id, out var keys)) continue;
            var named = keys.Where(amended.Contains).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count == 1) return named[0];
            if (named.Count > 1) return null;
        }
        return amended.Count == 1 ? amended.First() : null;
    }

    // "Bãi bỏ các điều 5 và 6.", "b) Bãi bỏ khoản 3 Điều 7;", "Bãi bỏ điểm c khoản 2 Điều 4 và Phụ lục II."
    [GeneratedRegex(@"^\s*(?:\d+[.)]|[a-zđ]\))?\s*Bãi\s+bỏ\s+(?<part>(?:(?:các|một\s+số)\s+)?(?:điều|khoản|điểm|chương|mục|phụ\s+lục|cụm\s+từ)\b[^\n]{0,200})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartRepeal();
}
