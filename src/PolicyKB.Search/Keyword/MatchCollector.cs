using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Counts the clauses a query matches and notes which of a set of candidate ids are among them, in one pass without
/// scoring (ids are read from doc values only for matching clauses).
/// </summary>
internal sealed class MatchCollector(IReadOnlySet<string> candidates) : ICollector
{
    // Compared as bytes, so a matching clause that is no candidate costs no string.
    private readonly HashSet<BytesRef> _candidates = candidates.Select(c => new BytesRef(c)).ToHashSet();
    private readonly BytesRef _bytes = new();
    private BinaryDocValues? _ids;

    /// <summary>Clauses matched (document markers never match a word query).</summary>
    public int Total { get; private set; }

    /// <summary>The candidates matched.</summary>
    public HashSet<string> Matching { get; } = new(StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _ids = candidates.Count == 0 ? null : context.AtomicReader.GetBinaryDocValues(ClauseFields.Id);

    public void Collect(int doc)
    {
        Total++;
        if (_ids is null) return;
        _ids.Get(doc, _bytes);
        if (_bytes.Length == 0 || !_candidates.Contains(_bytes)) return;
        Matching.Add(_bytes.Utf8ToString());
    }
}
