using System.Text.RegularExpressions;
using PolicyKB.Documents;
using PolicyKB.Metadata;

namespace PolicyKB.Facts.Rules;

/// <summary>
/// Targets under a heading that announces them ("Một số chỉ tiêu cơ bản năm 2021", "Mục tiêu cụ thể đến năm 2030",
/// "Chỉ tiêu"), one per line of the items below it; the period comes from that heading ("đến năm 2030") or from the
/// line itself. General aims ("Mục tiêu chung") are not targets.
/// </summary>
internal sealed partial class TargetRule : IFactRule
{
    public string Name => "targets";

    public void Apply(FactContext context)
    {
        // The nearest target heading above each clause, found once per clause in document order (parents first).
        var owners = new Dictionary<string, Clause?>(StringComparer.Ordinal);
        var headings = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var clause in context.Clauses)
        {
            headings[clause.Id] = IsTargetHeading(clause);
            var inherited = clause.ParentId is { } parentId && context.ById.TryGetValue(parentId, out var parent)
                ? (headings.GetValueOrDefault(parentId) ? parent : owners.GetValueOrDefault(parentId))
                : null;
            owners[clause.Id] = inherited;
            if (clause.Kind is ClauseKind.Preamble or ClauseKind.Appendix or ClauseKind.Attachment) continue;
            if (clause.Kind is not (ClauseKind.Bullet or ClauseKind.Point or ClauseKind.Item or ClauseKind.Paragraph or ClauseKind.Clause)) continue;
            var owner = inherited;
            if (owner is null || !HasDigit(clause.Text)) continue;
            // A yearly plan's targets without a year of their own are the plan's ("… năm 2021" in the title).
            var period = Period(clause.Text) ?? Period(owner.Heading.Length > 0 ? owner.Heading : owner.Text) ?? Period(context.Metadata.Title ?? "");
            var lineNumber = clause.LineStart;
            foreach (var line in TaskSectionRule.Body(clause).Split('\n'))
            {
                foreach (var part in SubItem().Split(line).SelectMany(p => p.Split(';')))
                {
                    foreach (var target in TargetReader.ReadAll(part))
                    {
                        target.Period = Period(part) ?? period;
                        target.Scope = context.Metadata.Place;
                        target.ClauseId = clause.Id;
                        target.Line = lineNumber;
                        context.Facts.Targets.Add(target);
                    }
                }
                lineNumber++;
            }
        }
    }

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    private static bool IsTargetHeading(Clause clause)
    {
        // These words carry no "oa/uy" tone, so a case-insensitive search needs no folding.
        // Read in place: every clause of a plan is asked, and most have no heading of their own.
        var head = clause.Heading.Length > 0 ? clause.Heading.AsSpan() : clause.Text.AsSpan(0, Math.Min(clause.Text.Length, 160));
        if (!head.Contains("tiêu", StringComparison.Ordinal) && !head.Contains("TIÊU", StringComparison.Ordinal) && !head.Contains("Tiêu", StringComparison.Ordinal)) return false;
        if (head.Contains("mục tiêu chung", StringComparison.OrdinalIgnoreCase)) return false;
        return head.Contains("chỉ tiêu", StringComparison.OrdinalIgnoreCase) || head.Contains("mục tiêu cụ thể", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Period(string text)
    {
        var m = Year().Match(text);
        if (!m.Success) return null;
        return m.Groups["b"].Success ? $"{m.Groups["a"].Value}-{m.Groups["b"].Value}" : m.Groups["a"].Value;
    }

    [GeneratedRegex(@"(?:năm|giai đoạn)\s+(?<a>(?:19|20)\d{2})(?:\s*[-–]\s*(?<b>(?:19|20)\d{2}))?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Year();

    [GeneratedRegex(@"\s*Trong đó\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SubItem();
}
