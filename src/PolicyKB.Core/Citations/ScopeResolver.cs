namespace PolicyKB.Citations;

/// <summary>
/// Turns accepted candidates into matches in text order while reading and writing the document's scope:
/// alias definitions ("(sau đây gọi tắt là Chỉ thị 25)", "(sau đây gọi là Luật Bảo hiểm y tế)") take the key of the
/// reference they follow; short forms take the key of an alias or of the full form with the same type and serial seen
/// earlier; unresolved short forms keep their own key ("Nghị quyết 21"), except year-like serials ("Kế hoạch 2021"),
/// which are dropped because they usually name a period, not a document. A bare type word ("Nghị định") is a
/// citation only as a definition following a reference of its type or once so defined; otherwise it is dropped.
/// </summary>
internal static class ScopeResolver
{
    private static readonly string[] AliasIntroductions = ["gọi tắt là", "gọi chung là", "gọi là", "viết tắt là"];

    /// <summary>Resolves <paramref name="accepted"/> (sorted by start) against <paramref name="scope"/>.</summary>
    public static IReadOnlyList<CitationMatch> Resolve(CitationContext ctx, List<CitationCandidate> accepted, CitationScope scope)
    {
        var results = new List<CitationMatch>(accepted.Count);
        foreach (var c in accepted)
        {
            var raw = ctx.Text.Substring(c.Start, c.Length);
            CitationMatch? match = null;
            if (c.Kind != CitationKind.Numbered && IsAliasDefinition(ctx, c.Start)
                && FindAntecedent(ctx, results, c) is { } antecedent)
            {
                scope.AddAlias(c.Key, antecedent);
                match = Resolved(c, raw, antecedent);
            }
            else if (c.Kind != CitationKind.Numbered)
            {
                var target = scope.FindAlias(c.Key)
                    ?? (c.Kind == CitationKind.Short && c.Type is not null && c.Serial is not null ? scope.FindBySerial(c.Type, c.Serial) : null);
                if (target is not null) match = Resolved(c, raw, target);
                else if (c.Kind == CitationKind.Short && IsYearLike(c.Serial)) continue;
                else if (c.Kind == CitationKind.Defined) continue;
            }
            match ??= new CitationMatch(c.Start, c.Length, raw, c.Key, c.Type, c.Number, c.Date, c.Issuer, c.Name);
            scope.Remember(match);
            results.Add(match);
        }
        return results;
    }

    private static CitationMatch Resolved(CitationCandidate c, string raw, CitationMatch target) =>
        new(c.Start, c.Length, raw, target.Key, target.Type ?? c.Type, target.Number, c.Date, c.Issuer, c.Name);

    private static bool IsAliasDefinition(CitationContext ctx, int start)
    {
        var end = start;
        while (end > 0 && (char.IsWhiteSpace(ctx.Text[end - 1]) || ctx.Text[end - 1] is '"' or '“' or ':')) end--;
        foreach (var intro in AliasIntroductions)
        {
            var s = end - intro.Length;
            if (s >= 0 && string.CompareOrdinal(ctx.Lower, s, intro, 0, intro.Length) == 0 && !ctx.IsWordChar(s - 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// The reference an alias names: for a short form the nearest earlier one with its serial (and type, when one
    /// matches); for a name the first earlier reference of the same type in the sentence ("Luật Bảo hiểm y tế số
    /// 25/2008/QH12 được sửa đổi, bổ sung bởi Luật số … (sau đây gọi là Luật Bảo hiểm y tế)"), else the nearest one.
    /// </summary>
    private static CitationMatch? FindAntecedent(CitationContext ctx, List<CitationMatch> results, CitationCandidate alias)
    {
        if (results.Count == 0) return null;
        if (alias.Kind == CitationKind.Short && alias.Serial is not null)
        {
            var serial = alias.Serial.TrimStart('0');
            var sameSerial = results.Where(r => r.Number is not null && DocumentNumber.Serial(r.Number).TrimStart('0') == serial).ToList();
            return sameSerial.LastOrDefault(r => r.Type == alias.Type) ?? sameSerial.LastOrDefault() ?? results[^1];
        }
        var sentenceStart = ctx.Text.LastIndexOf(';', Math.Max(0, alias.Start - 1)) + 1;
        var sameType = results.FirstOrDefault(r => r.Start >= sentenceStart && r.Type == alias.Type)
            ?? results.LastOrDefault(r => r.Type == alias.Type);
        // A bare type word names only a document of that type: "Phê duyệt Đề án … (sau đây gọi là Đề án)" defines
        // the document's own subject, not the decree cited before it.
        return sameType ?? (alias.Kind == CitationKind.Defined ? null : results[^1]);
    }

    private static bool IsYearLike(string? serial) =>
        serial is { Length: 4 } && int.TryParse(serial, out var year) && year is >= 1945 and <= 2100;
}
