namespace PolicyKB.Search.Vectors;

/// <summary>
/// The <c>k</c> highest scores seen, in a binary min-heap over a fixed array: a scan of every vector only touches
/// the heap for scores above the current k-th best (<see cref="Threshold"/>), which is rare once the heap is full.
/// </summary>
internal sealed class TopScores
{
    private readonly (int Index, float Score)[] _heap;
    private int _count;

    /// <summary>Keeps the best <paramref name="capacity"/> scores.</summary>
    public TopScores(int capacity) => _heap = new (int, float)[Math.Max(1, capacity)];

    /// <summary>The score an item must beat to enter: the k-th best so far, or −∞ while fewer than k were added.</summary>
    public float Threshold => _count < _heap.Length ? float.NegativeInfinity : _heap[0].Score;

    /// <summary>Offers an item; kept only when it beats <see cref="Threshold"/>.</summary>
    public void Add(int index, float score)
    {
        if (_count < _heap.Length)
        {
            _heap[_count] = (index, score);
            SiftUp(_count++);
        }
        else if (score > _heap[0].Score)
        {
            _heap[0] = (index, score);
            SiftDown(0);
        }
    }

    /// <summary>The kept items, best first (ties: lower index first).</summary>
    public IEnumerable<(int Index, float Score)> Descending() =>
        _heap.Take(_count).OrderByDescending(p => p.Score).ThenBy(p => p.Index);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (_heap[parent].Score <= _heap[i].Score) return;
            (_heap[parent], _heap[i]) = (_heap[i], _heap[parent]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var left = 2 * i + 1;
            if (left >= _count) return;
            var smallest = left + 1 < _count && _heap[left + 1].Score < _heap[left].Score ? left + 1 : left;
            if (_heap[i].Score <= _heap[smallest].Score) return;
            (_heap[i], _heap[smallest]) = (_heap[smallest], _heap[i]);
            i = smallest;
        }
    }
}
