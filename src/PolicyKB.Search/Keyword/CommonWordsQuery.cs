using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A disjunction of word groups (one per query word, per two-syllable pair, per synonym) that, like Lucene's
/// <c>CommonTermsQuery</c>, scores common groups only where a rare one matched. Vietnamese writes every syllable
/// apart, so a ten-word query holds syllables such as "thực", "hiện", "các" that occur in a third of all clauses;
/// scoring their postings in full made long queries take 100 ms at 150,000 clauses. In a large index each group's
/// key term is looked up (<see cref="Split(IndexReader)"/>): groups in at most <see cref="CommonFraction"/> of the documents are
/// required (any of them), the others are optional and, above <see cref="StopFraction"/>, left out.
/// <see cref="LuceneKeywordIndex"/> runs the required part first and adds the optional part's score to its best
/// candidates only (<see cref="AdditiveRescorer"/>); nested inside another query it rewrites to
/// <c>+(rare…) common…</c>. Below <see cref="MinimumDocuments"/> it is the plain disjunction.
/// </summary>
public sealed class CommonWordsQuery : Query
{
    /// <summary>Below this many documents every group is scored in full: it costs little and keeps small indexes exact.</summary>
    public const int MinimumDocuments = 20_000;

    /// <summary>A group is common when its key term occurs in more than this share of the documents.</summary>
    public const double CommonFraction = 0.02;

    /// <summary>A group in more than this share of the documents is left out, as a stopword: its weight (BM25 idf below 1.5) is noise.</summary>
    public const double StopFraction = 0.2;

    private readonly List<(Query Query, Term Key)> _groups = [];

    /// <summary>Least number of groups a document must match in the plain disjunction (long queries), 0 for none.</summary>
    public int MinimumShouldMatch { get; set; }

    /// <summary>The groups added so far.</summary>
    public int Count => _groups.Count;

    /// <summary>Adds a group whose rarity is judged by <paramref name="key"/> (its main term).</summary>
    public void Add(Query group, Term key) => _groups.Add((group, key));

    /// <summary>
    /// Splits the groups by rarity in <paramref name="reader"/>: the required disjunction of rare groups (with the
    /// minimum-should-match when nothing is common) and the optional disjunction of common ones, null when there are
    /// none. Groups in more than <see cref="StopFraction"/> of the documents are left out, as stopwords are. When
    /// no group is rare, the rarest one is required.
    /// </summary>
    public (Query Required, Query? Optional) Split(IndexReader reader) => Split(reader, reader.DocFreq);

    /// <summary>As <see cref="Split(IndexReader)"/>, with the document frequencies given by <paramref name="docFreq"/>.</summary>
    internal (Query Required, Query? Optional) Split(IndexReader reader, Func<Term, int> docFreq)
    {
        var rare = new BooleanQuery(disableCoord: true) { Boost = Boost };
        if (reader.MaxDoc < MinimumDocuments)
        {
            foreach (var (query, _) in _groups) rare.Add(query, Occur.SHOULD);
            rare.MinimumNumberShouldMatch = MinimumShouldMatch;
            return (rare, null);
        }
        var common = new BooleanQuery(disableCoord: true) { Boost = Boost };
        var rarest = -1;
        var rarestFrequency = int.MaxValue;
        for (var i = 0; i < _groups.Count; i++)
        {
            var frequency = docFreq(_groups[i].Key);
            if (frequency < rarestFrequency) (rarest, rarestFrequency) = (i, frequency);
            if (frequency <= reader.MaxDoc * CommonFraction) rare.Add(_groups[i].Query, Occur.SHOULD);
            else if (frequency <= reader.MaxDoc * StopFraction) common.Add(_groups[i].Query, Occur.SHOULD);
        }
        if (rare.Clauses.Count == 0 && rarest >= 0)
        {
            // Nothing is rare: the rarest group must match, so the others are still only scored on its documents.
            var query = _groups[rarest].Query;
            rare.Add(query, Occur.SHOULD);
            if (common.Clauses.FirstOrDefault(c => ReferenceEquals(c.Query, query)) is { } clause) common.Clauses.Remove(clause);
        }
        if (common.Clauses.Count == 0)
        {
            rare.MinimumNumberShouldMatch = Math.Min(MinimumShouldMatch, rare.Clauses.Count);
            return (rare, null);
        }
        return (rare, common);
    }

    /// <summary>As a plain query (inside another one): the rare groups required, the common ones optional.</summary>
    public override Query Rewrite(IndexReader reader) => Rewrite(reader, reader.DocFreq);

    /// <summary>As <see cref="Rewrite(IndexReader)"/>, with the document frequencies given by <paramref name="docFreq"/>.</summary>
    internal Query Rewrite(IndexReader reader, Func<Term, int> docFreq)
    {
        var (required, optional) = Split(reader, docFreq);
        if (optional is null) return required;
        return new BooleanQuery(disableCoord: true) { { required, Occur.MUST }, { optional, Occur.SHOULD } };
    }

    /// <inheritdoc />
    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var (query, _) in _groups) query.ExtractTerms(terms);
    }

    /// <inheritdoc />
    public override string ToString(string field) =>
        "common(" + string.Join(" ", _groups.Select(g => g.Query.ToString(field))) + (MinimumShouldMatch > 0 ? ")~" + MinimumShouldMatch : ")");

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is CommonWordsQuery other && Boost == other.Boost && MinimumShouldMatch == other.MinimumShouldMatch
        && _groups.Select(g => g.Query).SequenceEqual(other._groups.Select(g => g.Query));

    /// <inheritdoc />
    public override int GetHashCode() => _groups.Aggregate(MinimumShouldMatch ^ Boost.GetHashCode(), (h, g) => h * 31 + g.Query.GetHashCode());
}
