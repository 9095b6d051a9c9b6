using System.Text.RegularExpressions;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;
using PolicyKB.Documents;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// The answer to "bãi bỏ / thay thế văn bản nào" read from a document's own text when its facts hold no such relation.
/// A closing article makes earlier texts lapse in a sentence too long for the relation rule to read ("Thông tư số
/// 09/2022/TT-BLĐTBXH ngày … hướng dẫn …, Thông tư số 02/2023/TT-BLĐTBXH … hết hiệu lực kể từ …"), or in a lead-in
/// announcing them as items ("2. Các Quyết định sau đây hết hiệu lực kể từ ngày …:" / "a) Quyết định số 12/2018/QĐ-UBND
/// …"). Each sentence of the body (not the legal basis) stating that a numbered text lapses or is repealed, and not the
/// document's own effect (<see cref="EffectSentences.OnlyLapses(string)"/>), is quoted with its clause; a lead-in, by its
/// items that number a text. Without this the question went on to the sentence scorer, whose coverage of "bãi bỏ" or
/// "thay thế" in "hết hiệu lực" is too low to answer (issue #11, session 27).
/// </summary>
internal static partial class LapseSentences
{
    /// <summary>Most clauses quoted: a closing article lists its lapsed texts in one clause or a few items.</summary>
    private const int MaxQuoted = 4;

    /// <summary>
    /// Cites, through <paramref name="composer"/>, each clause of <paramref name="clauses"/> making a numbered text lapse;
    /// true when one was cited.
    /// </summary>
    public static bool Answer(IReadOnlyList<Clause> clauses, FactAnswerComposer composer)
    {
        var byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var cited = new List<int>();
        foreach (var clause in clauses.Where(c => c.Label is not ("preamble" or "title")))
        {
            foreach (var sentence in SentenceSplitter.Split(Notes().Replace(clause.Text, " ")).Where(Lapses))
            {
                var sources = Numbered(sentence) is { } number ? [(clause.Id, number)]
                    : sentence.TrimEnd().EndsWith(':') ? Items(clause, byId) : [];
                foreach (var (id, anchor) in sources.Take(MaxQuoted - cited.Count))
                {
                    if (composer.Cite(id, anchor) is { } cite && !cited.Contains(cite)) cited.Add(cite);
                }
                if (sources.Count > 0) break;
            }
            if (cited.Count >= MaxQuoted) break;
        }
        if (cited.Count == 0) return false;
        composer.Line($"Theo {composer.Name}, các văn bản sau hết hiệu lực {string.Join(", ", cited.Select(c => $"[{c}]"))}.");
        return true;
    }

    /// <summary>The items a lapse lead-in announces that number a text, each with its first number.</summary>
    private static List<(string Id, string Number)> Items(Clause clause, Dictionary<string, Clause> byId) =>
        clause.ChildIds.Select(id => byId.GetValueOrDefault(id)).OfType<Clause>()
            .Select(c => (c.Id, Number: Numbered(Notes().Replace(c.Text, " ")))).Where(i => i.Number is not null)
            .Select(i => (i.Id, i.Number!)).ToList();

    /// <summary>
    /// True when <paramref name="sentence"/> makes another text lapse or repeals it ("hết hiệu lực", "bãi bỏ"), not its own
    /// effect; a suspension ("ngưng hiệu lực … đến ngày …") replaces and repeals nothing.
    /// </summary>
    private static bool Lapses(string sentence) => EffectSentences.OnlyLapses(sentence) && Repeal().IsMatch(sentence);

    /// <summary>The first số hiệu <paramref name="text"/> writes ("27/2022/QĐ-UBND"), not "Điều 37".</summary>
    private static string? Numbered(string text) => TypedSpans.DocumentNumberIn(text);

    [GeneratedRegex(@"(?i)\bhết\s+hiệu\s+lực|\bbãi\s+bỏ")]
    private static partial Regex Repeal();

    /// <summary>An editor's note in brackets ("[Điều này được hướng dẫn bởi … (VB hết hiệu lực: 15/08/2025)]"): not the text's own words.</summary>
    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Notes();
}
