using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// Who a letter or a dispatch is addressed to ("Công văn này gửi ai?", "Công điện 228 gửi cho những tỉnh nào?"), read
/// from where Vietnamese official writing states it (Nghị định 30/2020/NĐ-CP, Phụ lục I): the "Kính gửi:" line of a
/// công văn, its lines or the bullets under it when it lists several; or the bullets after a công điện's "… điện:"
/// line ("THỦ TƯỚNG CHÍNH PHỦ điện:" / "- Bộ trưởng các Bộ: …"). Each addressee is quoted as printed.
/// </summary>
internal static partial class AddresseeReader
{
    /// <summary>Most addressee lines quoted.</summary>
    private const int MaxAddressees = 10;

    /// <summary>Most characters of one addressee line: a longer one is body text, not an address.</summary>
    private const int MaxLineLength = 400;

    /// <summary>Most characters after "Kính gửi" read as addressees: beyond them is the body.</summary>
    private const int MaxWindow = 300;

    /// <summary>
    /// States the addressees of the document whose <paramref name="clauses"/> are given; false when it prints none.
    /// </summary>
    public static bool Answer(IReadOnlyList<Clause> clauses, FactAnswerComposer composer)
    {
        var byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            var salutation = Salutation().Match(clause.Text);
            if (salutation.Success)
            {
                var after = clause.Text[(salutation.Index + salutation.Length)..];
                var line = FirstLine(after);
                if (line.Length > 0) return State(composer, [(clause.Id, line)]);
                var lines = after.Split('\n').Select(l => l.Trim()).SkipWhile(l => l.Length == 0).TakeWhile(IsListLine).Select(Item).ToList();
                if (lines.Count > 0) return State(composer, lines.Take(MaxAddressees).Select(l => (clause.Id, l)).ToList());
                return State(composer, Following(clause, byId));
            }
            if (DispatchLead().IsMatch(clause.Text.TrimEnd())) return State(composer, Following(clause, byId));
        }
        return false;
    }

    /// <summary>
    /// The text the document whose <paramref name="clauses"/> are given prints its addressees in, for reading the places it
    /// is sent to: after "Kính gửi" up to the first sentence end (the line may run on into the body, and a crawled page may
    /// break one addressee over lines), or a công điện's addressee lines; empty when it prints none.
    /// </summary>
    public static string Text(IReadOnlyList<Clause> clauses)
    {
        var byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            var salutation = Salutation().Match(clause.Text);
            if (salutation.Success)
            {
                var after = clause.Text[(salutation.Index + salutation.Length)..].Replace('\n', ' ');
                if (after.Length > MaxWindow) after = after[..MaxWindow];
                var end = SentenceEnd().Match(after);
                return end.Success ? after[..end.Index] : after;
            }
            if (DispatchLead().IsMatch(clause.Text.TrimEnd())) return string.Join("; ", Following(clause, byId).Select(f => f.Line));
        }
        return "";
    }

    /// <summary>The first line of each list item that follows <paramref name="lead"/> under the same parent.</summary>
    private static List<(string ClauseId, string Line)> Following(Clause lead, Dictionary<string, Clause> byId)
    {
        var found = new List<(string, string)>();
        for (var id = lead.NextId; id is not null && found.Count < MaxAddressees && byId.TryGetValue(id, out var next); id = next.NextId)
        {
            // Addressees are dashed lines; the numbered items after them are the dispatch's body.
            if (next.ParentId != lead.ParentId || next.Kind != ClauseKind.Bullet) break;
            var line = Item(FirstLine(next.Text));
            if (line.Length > 0) found.Add((next.Id, line));
        }
        return found;
    }

    private static bool State(FactAnswerComposer composer, List<(string ClauseId, string Line)> addressees)
    {
        var lines = new List<string>();
        foreach (var (clauseId, line) in addressees)
        {
            if (line.Length > MaxLineLength || composer.Cite(clauseId, line) is not { } cite) continue;
            lines.Add($"{line} [{cite}]");
        }
        if (lines.Count == 0) return false;
        composer.Line(lines.Count == 1 ? $"{composer.Name} gửi: {lines[0]}." : $"{composer.Name} gửi:\n- " + string.Join("\n- ", lines));
        return true;
    }

    /// <summary>The first line of <paramref name="text"/>, without its closing stop.</summary>
    private static string FirstLine(string text)
    {
        var line = text.TrimStart(' ', ':', '\t');
        var end = line.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? line : line[..end]).Trim().TrimEnd('.', ';', ',').Trim();
    }

    private static bool IsListLine(string line) => line.StartsWith('-') || line.StartsWith('+') || line.StartsWith('•');

    /// <summary>An item's text without its bullet and closing stop.</summary>
    private static string Item(string line) => line.TrimStart('-', '+', '•', ' ').TrimEnd('.', ';', ',', ' ');

    /// <summary>The salutation of a letter: "Kính gửi:" (the colon may be missing).</summary>
    [GeneratedRegex(@"(?i)(?<!\p{L})kính\s+gửi\s*:?")]
    private static partial Regex Salutation();

    /// <summary>A sentence end: a stop followed by a capitalised word ("… Tuyên Quang. Xét báo cáo …").</summary>
    [GeneratedRegex(@"\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    /// <summary>The line a công điện opens with, naming its sender: "THỦ TƯỚNG CHÍNH PHỦ điện:", "BỘ Y TẾ điện:".</summary>
    [GeneratedRegex(@"(?i)(?<!\p{L})điện\s*:$")]
    private static partial Regex DispatchLead();
}
