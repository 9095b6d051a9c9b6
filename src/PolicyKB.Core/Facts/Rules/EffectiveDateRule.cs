using System.Text.RegularExpressions;
using PolicyKB.Documents;
using PolicyKB.Metadata;

namespace PolicyKB.Facts.Rules;

/// <summary>
/// The effective date (Nghị định 34/2016/NĐ-CP Điều 62: a document states its own effect, "Quyết định này có hiệu lực
/// (thi hành) kể từ ngày …"): a printed date, or on signing ("kể từ ngày ký", "kể từ ngày ban hành"). Only a sentence
/// about the document itself counts ("… này có hiệu lực"), not a contract's or another act's effect.
/// </summary>
internal sealed partial class EffectiveDateRule : IFactRule
{
    public string Name => "effective";

    public void Apply(FactContext context)
    {
        foreach (var clause in context.Clauses)
        {
            if (clause.Kind == ClauseKind.Preamble || !clause.Text.Contains("hiệu", StringComparison.OrdinalIgnoreCase)) continue;
            var text = VietnameseText.Squash(clause.Text);
            var m = Effective().Match(text);
            if (!m.Success) continue;
            var rest = m.Groups["rest"].Value;
            if (Signing().IsMatch(rest)) context.Facts.EffectiveOnSigning = true;
            else if (FactDates.Find(rest) is { Date.IsComplete: true } found) context.Facts.EffectiveOn = found.Date.ToString();
            else continue;
            context.Facts.EffectiveClauseId = clause.Id;
            return;
        }
    }

    [GeneratedRegex(@"\b(?:Quyết định|Nghị định|Thông tư|Nghị quyết|Chỉ thị|Kế hoạch|Luật|Pháp lệnh|Quy định|Quy chế|Văn bản)\s+này\s+có\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ\s+(?<rest>.{0,60})", RegexOptions.IgnoreCase)]
    private static partial Regex Effective();

    [GeneratedRegex(@"^(?:ngày\s+)?(?:ký|ban hành)", RegexOptions.IgnoreCase)]
    private static partial Regex Signing();
}
