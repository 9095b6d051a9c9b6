using System.Text.RegularExpressions;
using PolicyKB.Documents;
using PolicyKB.Metadata;

namespace PolicyKB.Facts.Rules;

/// <summary>
/// The effective date (Nghị định 34/2016/NĐ-CP Điều 62: a document states its own effect, "Quyết định này có hiệu lực
/// (thi hành) kể từ ngày …"): a printed date, or on signing ("kể từ ngày ký", "kể từ ngày ban hành"). Only a sentence
/// about the document itself counts, not a contract's or another act's effect. Three forms say so: "… này có hiệu lực";
/// "… này [đã được … thông qua ngày …] và có hiệu lực", where the effect is the second predicate of the document's own
/// sentence (a council's or court's resolution); and a clause opening with the document's own type word alone
/// ("1. Quyết định có hiệu lực kể từ ngày ký") — only its own type, because a letter's "Nghị định có hiệu lực …" speaks
/// of another act.
/// </summary>
internal sealed partial class EffectiveDateRule : IFactRule
{
    public string Name => "effective";

    public void Apply(FactContext context)
    {
        var ownType = context.Metadata.Type;
        foreach (var clause in context.Clauses)
        {
            if (clause.Kind == ClauseKind.Preamble || !clause.Text.Contains("hiệu", StringComparison.OrdinalIgnoreCase)) continue;
            var text = VietnameseText.Squash(clause.Text);
            if (EffectOf(text, ownType) is not { } rest) continue;
            if (Signing().IsMatch(rest)) context.Facts.EffectiveOnSigning = true;
            else if (FactDates.Find(rest) is { Date.IsComplete: true } found) context.Facts.EffectiveOn = found.Date.ToString();
            else continue;
            context.Facts.EffectiveClauseId = clause.Id;
            return;
        }
    }

    /// <summary>The words after "có hiệu lực … từ" in a sentence about the document's own effect; null when none.</summary>
    private static string? EffectOf(string text, string? ownType)
    {
        if (Effective().Match(text) is { Success: true } direct) return direct.Groups["rest"].Value;
        if (SecondPredicate().Match(text) is { Success: true } second) return second.Groups["rest"].Value;
        if (string.IsNullOrEmpty(ownType) || OwnTypeOpening().Match(text) is not { Success: true } opening) return null;
        return string.Equals(opening.Groups["type"].Value, ownType, StringComparison.OrdinalIgnoreCase) ? opening.Groups["rest"].Value : null;
    }

    private const string Types = DocumentTypes.OwnEffectTypes;
    private const string Effect = @"có\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ\s+(?<rest>.{0,60})";

    [GeneratedRegex(@"\b" + Types + @"\s+này\s+" + Effect, RegexOptions.IgnoreCase)]
    private static partial Regex Effective();

    // "Nghị quyết này đã được Hội đồng nhân dân … thông qua ngày … và có hiệu lực từ ngày …": one sentence, no full stop
    // between the subject and its second predicate.
    [GeneratedRegex(@"\b" + Types + @"\s+này\s+[^.;]{1,250}?\svà\s+" + Effect, RegexOptions.IgnoreCase)]
    private static partial Regex SecondPredicate();

    // The clause's first sentence, after an optional printed label ("Điều 3.", "1.", "a)").
    [GeneratedRegex(@"^\W*(?:(?:Điều\s+\d+\w*|\d+|[a-zđ])[.):]\s*)?\W*(?<type>" + Types + @")\s+" + Effect, RegexOptions.IgnoreCase)]
    private static partial Regex OwnTypeOpening();

    [GeneratedRegex(@"^(?:ngày\s+)?(?:ký|ban hành)", RegexOptions.IgnoreCase)]
    private static partial Regex Signing();
}
