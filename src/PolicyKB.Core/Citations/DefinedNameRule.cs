using System.Buffers;

namespace PolicyKB.Citations;

/// <summary>
/// Bare type words that a document may have defined as the short name of a document it cites: "Nghị định số
/// 200/2025/NĐ-CP … (sau đây viết tắt là Nghị định)", "(sau đây gọi là Luật)"; later "Điều 7 Nghị định", "theo quy định
/// của Luật" and the heading "NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT …" then mean that document.
/// Trigger: a capitalised type word in the text. Outcome: a <see cref="CitationKind.Defined"/> candidate keyed by the
/// type word, which the scope keeps only where the document has defined it (or where it is the definition itself);
/// without a definition a bare type word is no citation. Lower-case words ("pháp luật", "các nghị định"), plural or
/// generic uses ("các Nghị định", "mỗi Luật"), self references ("Nghị định này") and type words followed by a number or a
/// capitalised name ("Luật Đầu tư", left to the named and numbered rules) are not proposed.
/// </summary>
internal sealed class DefinedNameRule : ICitationRule
{
    // Longest first, so "Bộ luật" is read before "Luật" and "Thông tư liên tịch" before "Thông tư".
    private static readonly string[] Words = DocumentCodes.TypeWords.OrderByDescending(w => w.Length).ToArray();

    // Cased once here, not for every clause scanned.
    private static readonly string[] UpperWords = Words.Select(w => w.ToUpperInvariant()).ToArray();
    private static readonly string[] LowerWords = Words.Select(w => w.ToLowerInvariant()).ToArray();

    // Every printed form the trigger looks for, searched in one pass over the clause: 58 separate scans of each clause
    // (two per type word) cost more than the rule's own work on the few clauses that hold one.
    private static readonly SearchValues<string> PrintedForms = SearchValues.Create(Words.Concat(UpperWords).Distinct().ToArray(), StringComparison.Ordinal);

    private static readonly HashSet<string> GenericBefore = new(StringComparer.Ordinal)
    {
        "các", "những", "mỗi", "từng", "một", "mọi", "hai", "ba", "bộ",
    };

    private static readonly HashSet<string> NotAfter = new(StringComparer.Ordinal)
    {
        "này", "số", "đó", "trên", "khác", "liên", "mới",
    };

    /// <inheritdoc />
    public bool Triggers(CitationContext context) => context.Text.AsSpan().IndexOfAny(PrintedForms) >= 0;

    /// <inheritdoc />
    public void Find(CitationContext context, List<CitationCandidate> output)
    {
        var text = context.Text;
        var taken = new List<(int Start, int End)>();
        for (var w = 0; w < Words.Length; w++)
        {
            var word = Words[w];
            var lower = LowerWords[w];
            for (var at = context.Lower.IndexOf(lower, StringComparison.Ordinal); at >= 0;
                 at = context.Lower.IndexOf(lower, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (!context.WordAt(at, lower) || taken.Any(t => t.Start < end && at < t.End)) continue;
                taken.Add((at, end));
                var printed = text.AsSpan(at, word.Length);
                var allCaps = printed.SequenceEqual(UpperWords[w]);
                // Running text capitalises a document's name; lower case is the common noun ("pháp luật").
                if (!allCaps && !printed.SequenceEqual(word)) continue;
                if (GenericBefore.Contains(PolicyKB.Text.FastCharacters.ToLowerInvariant(PreviousWord(context, at)))) continue;
                if (!IsBareEnd(context, end, allCaps)) continue;
                output.Add(new CitationCandidate { Start = at, Length = word.Length, Kind = CitationKind.Defined, Key = word, Type = word });
            }
        }
    }

    /// <summary>What follows must not make the word part of a longer reference or a self reference.</summary>
    private static bool IsBareEnd(CitationContext ctx, int end, bool allCaps)
    {
        var i = ctx.SkipSpaces(end);
        if (i >= ctx.Text.Length) return true;
        var c = ctx.Text[i];
        if (char.IsDigit(c)) return false;
        var e = i;
        while (e < ctx.Text.Length && char.IsLetter(ctx.Text[e])) e++;
        var next = ctx.Text[i..e];
        if (NotAfter.Contains(PolicyKB.Text.FastCharacters.ToLowerInvariant(next))) return false;
        // "Luật Đầu tư" names another law; in an all-capital heading every word is capitalised, so there it says nothing.
        return allCaps || next.Length == 0 || !char.IsUpper(next[0]);
    }

    private static string PreviousWord(CitationContext ctx, int start)
    {
        var e = start;
        while (e > 0 && char.IsWhiteSpace(ctx.Text[e - 1])) e--;
        var s = e;
        while (s > 0 && char.IsLetter(ctx.Text[s - 1])) s--;
        return ctx.Text[s..e];
    }
}
