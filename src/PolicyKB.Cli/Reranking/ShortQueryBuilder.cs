using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PolicyKB.Documents;
using PolicyKB.Search.Analysis;
using PolicyKB.Storage;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// Training queries shaped like what staff type (2–8 words, everyday verbs, sometimes without diacritics) rather
/// than a clause's own heading: from a clause of a training document, its 2–3 most salient words of several
/// syllables (the embedding model's phrase units, so "học phí" and not the fragment "chỉnh luật") by IDF over the
/// training clauses (in text order; never the heading, which heading judgements already use), one
/// formal expression reworded the everyday way for half of them (<see cref="EverydayWording"/>), a short question
/// form for a third ("ai chịu trách nhiệm …", "mức … là bao nhiêu"), and a copy without diacritics for a fifth.
/// The clause is the relevant one. Documents go to validation as heading judgements do (by a hash of the id).
/// </summary>
internal sealed partial class ShortQueryBuilder(EverydayWording wording, IReadOnlySet<string> words)
{
    /// <summary>Source name of these judgements.</summary>
    public const string Source = "short";

    private const int MinBodyWords = 12, MaxBodyWords = 150;

    private const int MaxWordSyllables = 4;

    // A word in more than this share of the clauses is boilerplate ("quy định", "thực hiện"), and one
    // in a single clause is a name or a typo: neither is what a reader would type to find the clause.
    private const double MaxShare = 0.02;
    private const int MinClauses = 2;

    /// <summary>At most <paramref name="perDocument"/> judgements (before the folded copies) from each document not in <paramref name="skip"/>.</summary>
    public IEnumerable<RerankJudgement> From(IDocumentStore store, IReadOnlySet<string> skip, int perDocument) =>
        From(store.ListDocuments().Where(d => !skip.Contains(d.Id)).Select(d => d.Id).Order(StringComparer.Ordinal)
            .ToDictionary(d => d, d => store.GetClauses(d), StringComparer.Ordinal), perDocument);

    /// <summary>At most <paramref name="perDocument"/> judgements (before the folded copies) from each document's clauses, IDF over all of them.</summary>
    public IEnumerable<RerankJudgement> From(IReadOnlyDictionary<string, IReadOnlyList<Clause>> byDocument, int perDocument)
    {
        var documents = byDocument.Keys.Order(StringComparer.Ordinal).ToList();
        var clauses = documents.ToDictionary(d => d, d => byDocument[d].Where(c => c.Kind != ClauseKind.Preamble).ToList(), StringComparer.Ordinal);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var clause in clauses.Values.SelectMany(c => c))
        {
            total++;
            foreach (var word in Words(Syllables(Body(clause))).Select(b => b.Text).Distinct(StringComparer.Ordinal)) frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }
        foreach (var document in documents)
        {
            var eligible = clauses[document].Where(c => Syllables(Body(c)).Count is >= MinBodyWords and <= MaxBodyWords).ToList();
            var step = Math.Max(1, eligible.Count / Math.Max(1, perDocument));
            var validation = JudgementBuilder.InValidation(document);
            foreach (var clause in eligible.Where((_, i) => i % step == 0).Take(perDocument))
            {
                var text = Body(clause);
                var query = Query(Words(Syllables(text)), text, frequency, total);
                if (query is null) continue;
                var hash = Hash(clause.Id);
                if (hash % 2 == 0) query = wording.Reword(query, hash / 2);
                if (hash % 3 == 0) query = AsQuestion(query, text, hash / 3);
                var relevant = new HashSet<string>(StringComparer.Ordinal) { clause.Id };
                yield return new RerankJudgement(query, relevant, Source, validation);
                if (hash % 5 == 1) yield return new RerankJudgement(VietnameseNormalizer.Fold(query), relevant, Source, validation);
            }
        }
    }

    /// <summary>The 2 or 3 highest-IDF words of <paramref name="found"/> (a clause's words), in text order.</summary>
    private static string? Query(List<(string Text, int Start)> found, string text, Dictionary<string, int> frequency, int total)
    {
        var scored = found
            .Where(b => frequency.GetValueOrDefault(b.Text) is var n && n >= MinClauses && n <= Math.Max(MinClauses, MaxShare * total))
            .Select(b => (b.Text, b.Start, Idf: Math.Log((double)total / frequency[b.Text])))
            .GroupBy(b => b.Text).Select(g => g.First())
            .OrderByDescending(b => b.Idf).ThenBy(b => b.Start)
            .ToList();
        var count = 2 + (int)(Hash(text) % 2);
        var chosen = new List<(string Text, int Start, double Idf)>();
        foreach (var word in scored)
        {
            chosen.Add(word);
            if (chosen.Count == count) break;
        }
        return chosen.Count < 2 ? null : string.Join(' ', chosen.OrderBy(c => c.Start).Select(c => c.Text));
    }

    /// <summary>A short question the clause answers, by what it holds: an amount, who is in charge, a deadline.</summary>
    private static string AsQuestion(string query, string text, uint choice)
    {
        var lower = VietnameseNormalizer.Normalize(text);
        string[] forms =
            AmountPattern().IsMatch(lower) ? ["mức {0} là bao nhiêu", "{0} bao nhiêu"]
            : lower.Contains("chủ trì", StringComparison.Ordinal) || lower.Contains("chịu trách nhiệm", StringComparison.Ordinal) ? ["ai chịu trách nhiệm {0}", "cơ quan nào {0}"]
            : lower.Contains("thời hạn", StringComparison.Ordinal) || lower.Contains("trước ngày", StringComparison.Ordinal) ? ["{0} khi nào", "hạn {0} là bao giờ"]
            : ["{0} như thế nào", "quy định về {0}"];
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, forms[choice % (uint)forms.Length], query);
    }

    private static string Body(Clause clause)
    {
        var text = clause.Text.Trim();
        var heading = clause.Heading.Trim();
        return heading.Length > 0 && text.StartsWith(heading, StringComparison.Ordinal) ? text[heading.Length..] : text;
    }

    private static List<string> Syllables(string text) =>
        SyllablePattern().Matches(VietnameseNormalizer.Normalize(text)).Select(m => char.IsLetter(m.Value[0]) ? m.Value : "").ToList();

    // The words of several syllables, longest first from each position (a number or a sign breaks a word).
    private List<(string Text, int Start)> Words(List<string> syllables)
    {
        var found = new List<(string Text, int Start)>();
        for (var i = 0; i < syllables.Count;)
        {
            var length = MaxWordSyllables;
            for (; length >= 2; length--)
            {
                if (i + length > syllables.Count || syllables.Skip(i).Take(length).Any(s => s.Length == 0)) continue;
                var word = string.Join(' ', syllables.Skip(i).Take(length));
                if (!words.Contains(word)) continue;
                found.Add((word, i));
                break;
            }
            i += Math.Max(1, length);
        }
        return found;
    }

    private static uint Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BitConverter.ToUInt32(hash[..4]);
    }

    // A syllable of letters, or an empty match standing for anything else (digits, signs) so pairs do not span it.
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*|[^\p{L}\p{M}\s]+")]
    private static partial Regex SyllablePattern();

    [GeneratedRegex(@"\d\s*(%|đồng|triệu|nghìn|ngàn|tỷ)|\bmức\b")]
    private static partial Regex AmountPattern();
}
