using Lucene.Net.Search;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// Reuses <see cref="TermStates"/> (terms enumerators, postings enumerators, field statistics) from one query to the
/// next on the same reader, so a steady stream of queries stops allocating them. An instance taken out serves one query
/// on one thread; instances of a reader the index has since replaced are dropped when met.
/// </summary>
internal sealed class TermStatesPool
{
    /// <summary>Instances kept at most: enough for the concurrent searches of a busy host, each holding a few hundred KB.</summary>
    private static readonly int Kept = Math.Max(4, Environment.ProcessorCount * 2);

    private readonly Stack<TermStates> _idle = new();
    private readonly System.Threading.Lock _lock = new();

    /// <summary>States for a query on <paramref name="searcher"/>; give them back with <see cref="Return"/>.</summary>
    public TermStates Rent(IndexSearcher searcher)
    {
        lock (_lock)
        {
            while (_idle.TryPop(out var states))
            {
                if (ReferenceEquals(states.TopReaderContext, searcher.TopReaderContext)) return states;
                // A reader the index has moved on from: after a refresh most kept states are stale; drop them all, and
                // a fresh set builds up within a few queries.
                _idle.Clear();
            }
        }
        return new TermStates(searcher.TopReaderContext);
    }

    /// <summary>Takes back states a query is done with (after its last scorer ran).</summary>
    public void Return(TermStates states)
    {
        states.Reset();
        lock (_lock)
        {
            if (_idle.Count < Kept) _idle.Push(states);
        }
    }
}
