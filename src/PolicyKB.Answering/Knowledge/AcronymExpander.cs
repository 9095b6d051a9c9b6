using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;
using PolicyKB.Storage;

namespace PolicyKB.Answering.Knowledge;

/// <summary>
/// Spells out the acronyms a question types that the stored documents never write: "TP.HCM" where a plan says
/// "thành phố Hồ Chí Minh", "BHXH" where a heading says "Bảo hiểm xã hội". Vietnamese acronyms take the first letter
/// of each syllable, so the expansion is a run of syllables of the documents' titles, issuers or headings whose
/// initials spell the acronym, that holds together as a term, in the clauses nearest the question's other words, and
/// that clearly stands above any other such run. Read from the documents themselves, not from a list, so it holds on
/// documents never seen; an acronym the documents write, or one no name or heading spells, is left as typed.
/// </summary>
public sealed partial class AcronymExpander
{
    /// <summary>How far the best spelling must score above the second to be taken.</summary>
    private const double Margin = 1.5;

    private readonly IDocumentStore _store;
    private readonly IReadOnlyCollection<PolicyKB.Documents.PolicyDocument> _documents;
    private readonly ConcurrentDictionary<string, (List<(string Key, string Run, HashSet<string> ClauseKeys)> Runs, Dictionary<string, int> Pairs)> _occurrences = new(StringComparer.Ordinal);

    /// <summary>Creates the expander over the stored <paramref name="documents"/> (their clauses read lazily, once per acronym).</summary>
    public AcronymExpander(IDocumentStore store, IReadOnlyCollection<PolicyKB.Documents.PolicyDocument> documents)
    {
        _store = store;
        _documents = documents;
    }

    /// <summary>
    /// <paramref name="question"/> with every acronym the documents never write (no clause holds it, per
    /// <paramref name="terms"/>) replaced by the syllables it stands for in the documents; unchanged when none.
    /// </summary>
    public string Expand(string question, TermStatistics terms)
    {
        // A question typed all in capitals has no acronyms to tell apart.
        if (question.Count(char.IsLower) < question.Count(char.IsUpper)) return question;
        var context = Text.SyllableKeys.Keys(Acronym().Replace(question, " "), fold: true).ToHashSet(StringComparer.Ordinal);
        // A question typed without diacritics gets the words without them, so it is still read as typed.
        var plain = !VietnameseNormalizer.HasDiacritics(question);
        string? Of(string letters) => ExpansionOf(letters, context, terms) is { } words && plain ? VietnameseNormalizer.Fold(words) : ExpansionOf(letters, context, terms);
        // "Sở GD&ĐT", "Sở NN&MT": a sector pair joined by "&" is one name, spelled out as the project's abbreviation list
        // has it ("giáo dục và đào tạo", content/search/synonyms.tsv, which the search already reads), else part by part
        // from the documents, joined by "và"; never spelled in half ("Giáo dục&ĐT"), which no clause writes.
        question = Paired().Replace(question, m =>
        {
            if (terms.DocumentFrequency(Folded(m.Value), folded: true) > 0) return m.Value;
            var listed = PolicyKB.Facts.AgencyNames.Canonical(m.Value);
            if (listed != m.Value) return plain ? VietnameseNormalizer.Fold(listed) : listed.ToLowerInvariant();
            var parts = m.Value.Split('&');
            if (parts.Any(p => p.Length < 2)) return m.Value;
            var spelled = parts.Select(p => terms.DocumentFrequency(Folded(p), folded: true) > 0 ? null : Of(Folded(p))).ToList();
            return spelled.All(w => w is not null) ? string.Join(" và ", spelled) : m.Value;
        });
        return Acronym().Replace(question, m =>
        {
            var letters = Folded(m.Value.Replace(".", "", StringComparison.Ordinal));
            if (terms.DocumentFrequency(letters, folded: true) > 0) return m.Value;
            // A document's short type before its number ("CV 5528/CT-CS", "KL 213") names that document (DocumentFocus),
            // however the documents' own words would spell the letters out.
            if (Retrieval.DocumentFocus.OpensWithTypedNumber(VietnameseNormalizer.Fold(question[m.Index..]))) return m.Value;
            // "TP.HCM" is two acronyms; either part the documents write stays as typed.
            var parts = m.Value.Split('.');
            if (parts.Length > 1)
            {
                return string.Join(' ', parts.Select(p => terms.DocumentFrequency(Folded(p), folded: true) > 0 ? p : Of(Folded(p)) ?? p));
            }
            return Of(letters) ?? m.Value;
        });
    }

    /// <summary>
    /// The syllables <paramref name="letters"/> (folded initials) stand for in the documents where the question's other
    /// words (<paramref name="context"/>, folded keys) are, or null. Each run of syllables spelling the letters scores the
    /// rarity-weighted question words of the best clause it is in: "THPT" asked about teachers' allowances is "trung học phổ
    /// thông" of the allowance clauses, not the more frequent "thực hiện phong trào" of an emulation plan.
    /// </summary>
    public string? ExpansionOf(string letters, IReadOnlySet<string> context, TermStatistics terms)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var printed = new Dictionary<string, string>(StringComparer.Ordinal);
        var (runs, pairs) = _occurrences.GetOrAdd(letters, Occurrences);
        foreach (var (key, run, clauseKeys) in runs)
        {
            var weight = clauseKeys.Where(context.Contains).Sum(k => terms.Idf(k, folded: true)) * Cohesion(run, pairs, terms);
            scores[key] = Math.Max(scores.GetValueOrDefault(key), weight);
            printed.TryAdd(key, run);
        }
        var ranked = scores.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).ToList();
        if (ranked.Count == 0 || ranked[0].Value <= 0) return null;
        // Two spellings as likely as each other leave the acronym undecided.
        if (ranked.Count > 1 && ranked[1].Value * Margin > ranked[0].Value) return null;
        return printed[ranked[0].Key];
    }

    /// <summary>
    /// How much the syllables of <paramref name="run"/> hold together as one term: the weakest of its neighbour pairs, as
    /// the share of the clauses holding the rarer syllable that hold the pair. "trung học phổ thông" is a term;
    /// "thực hiện phong trào" ends one word and starts another ("hiện phong" is rare beside "phong").
    /// </summary>
    private static double Cohesion(string run, Dictionary<string, int> pairs, TermStatistics terms)
    {
        var keys = Text.SyllableKeys.Keys(run);
        var weakest = 1.0;
        for (var i = 0; i + 1 < keys.Count; i++)
        {
            var rarer = Math.Min(terms.DocumentFrequency(keys[i], folded: false), terms.DocumentFrequency(keys[i + 1], folded: false));
            weakest = Math.Min(weakest, rarer <= 0 ? 0 : Math.Min(1, pairs.GetValueOrDefault(keys[i] + " " + keys[i + 1]) / (double)rarer));
        }
        return weakest;
    }

    /// <summary>
    /// Every run of words spelling <paramref name="letters"/> in the stored clauses, with its clause's folded keys; and
    /// how many clauses hold each pair of neighbour syllables that could be part of such a run.
    /// </summary>
    private (List<(string Key, string Run, HashSet<string> ClauseKeys)> Runs, Dictionary<string, int> Pairs) Occurrences(string letters)
    {
        var found = new List<(string, string, HashSet<string>)>();
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in _documents)
        {
            // Names and headings only: they are written in terms ("thành phố Hồ Chí Minh", "Bảo hiểm xã hội Thành phố"),
            // where a run in running text may join the end of one word to the start of the next.
            var name = $"{document.Metadata.Title}\n{document.Metadata.Issuer}";
            CountPairs(name, letters, pairs);
            var nameKeys = Text.SyllableKeys.Keys(name, fold: true).ToHashSet(StringComparer.Ordinal);
            found.AddRange(Runs(name, letters).Select(r => (Folded(r), Space().Replace(r, " "), nameKeys)));
            var clauses = _store.GetClauses(document.Id);
            var byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var clause in clauses)
            {
                CountPairs(clause.Heading + "\n" + clause.Text, letters, pairs);
                var runs = Runs(clause.Heading, letters).ToList();
                if (runs.Count == 0) continue;
                // The heading is read with its clause and frame (the parent's text, the ancestors' headings), as answers are.
                var frame = new System.Text.StringBuilder(clause.Heading + "\n" + clause.Text);
                for (var parent = Parent(clause, byId); parent is not null; parent = Parent(parent, byId))
                {
                    frame.Append('\n').Append(parent.Id == clause.ParentId ? parent.Text : parent.Heading);
                }
                var keys = Text.SyllableKeys.Keys(frame.ToString(), fold: true).ToHashSet(StringComparer.Ordinal);
                found.AddRange(runs.Select(r => (Folded(r), Space().Replace(r, " "), keys)));
            }
        }
        return (found, pairs);
    }

    /// <summary>Counts once per clause each neighbour pair whose initials are two neighbour letters of the acronym.</summary>
    private static void CountPairs(string text, string letters, Dictionary<string, int> pairs)
    {
        var keys = Text.SyllableKeys.Keys(text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < keys.Count; i++)
        {
            if (keys[i].Length == 0 || keys[i + 1].Length == 0) continue;
            var (a, b) = (Folded(keys[i][..1]), Folded(keys[i + 1][..1]));
            var fits = false;
            for (var j = 0; j + 1 < letters.Length && !fits; j++) fits = letters[j].ToString() == a && letters[j + 1].ToString() == b;
            if (fits && seen.Add(keys[i] + " " + keys[i + 1])) pairs[keys[i] + " " + keys[i + 1]] = pairs.GetValueOrDefault(keys[i] + " " + keys[i + 1]) + 1;
        }
    }

    private static PolicyKB.Documents.Clause? Parent(PolicyKB.Documents.Clause clause, Dictionary<string, PolicyKB.Documents.Clause> byId) =>
        clause.ParentId is { } parentId ? byId.GetValueOrDefault(parentId) : null;

    /// <summary>The runs of words in <paramref name="text"/> whose initials spell <paramref name="letters"/>.</summary>
    private static IEnumerable<string> Runs(string text, string letters)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var words = Word().Matches(text);
        for (var start = 0; start + letters.Length <= words.Count; start++)
        {
            if (!Spells(text, words, start, letters)) continue;
            var last = words[start + letters.Length - 1];
            yield return text[words[start].Index..(last.Index + last.Length)];
        }
    }

    /// <summary>True when the words from <paramref name="start"/> begin with the letters in order, parted by spaces only.</summary>
    private static bool Spells(string text, MatchCollection words, int start, string letters)
    {
        for (var i = 0; i < letters.Length; i++)
        {
            var word = words[start + i];
            // A word in capitals is an acronym itself, not a syllable of one.
            if (word.Length > 1 && word.Value.All(char.IsUpper)) return false;
            if (Folded(word.Value[..1]) != letters[i].ToString()) return false;
            if (i > 0)
            {
                var previous = words[start + i - 1];
                var gap = text.AsSpan(previous.Index + previous.Length, word.Index - previous.Index - previous.Length);
                if (!gap.IsWhiteSpace()) return false;
            }
        }
        return true;
    }

    /// <summary>Lowercase without diacritics, "đ" as "d" (acronyms are typed either way: "HĐND", "HDND").</summary>
    private static string Folded(string text) => VietnameseNormalizer.Fold(text).Replace('đ', 'd');

    /// <summary>
    /// An acronym as typed: 2-6 capitals, or capitals joined by dots ("TP.HCM"); not part of a số hiệu ("KH-UBND") nor
    /// one half of a pair joined by "&amp;" (<see cref="Paired"/>): read alone, "NN" is as often "nhà nước" as "nông
    /// nghiệp", and which spelling wins hangs on how unrelated headings happen to be framed.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d/\-&])\p{Lu}{2,6}(?:\.\p{Lu}{2,6})?(?![\p{L}\d/\-&])")]
    private static partial Regex Acronym();

    /// <summary>Acronyms joined by "&amp;" ("GD&amp;ĐT", "KH&amp;CN", "TN&amp;MT"): a sector pair written as one abbreviation.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d/\-&])\p{Lu}{1,6}(?:&\p{Lu}{1,6})+(?![\p{L}\d/\-&])")]
    private static partial Regex Paired();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>A word of letters (digits and punctuation part words).</summary>
    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex Word();
}
