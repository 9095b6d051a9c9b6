namespace PolicyKB.Storage;

/// <summary>
/// The clause sets of the most recently used documents, so search hydration and clause pages do not decode a whole
/// document from the file per clause. Least recently used sets are dropped beyond the capacity.
/// </summary>
internal sealed class ClauseSetCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Id, ClauseSet Set)>> _nodes = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Id, ClauseSet Set)> _order = new();
    private readonly System.Threading.Lock _lock = new();

    public ClauseSet GetOrAdd(string documentId, Func<string, ClauseSet> load)
    {
        lock (_lock)
        {
            if (_nodes.TryGetValue(documentId, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                return node.Value.Set;
            }
        }
        var set = load(documentId);
        lock (_lock)
        {
            if (_nodes.TryGetValue(documentId, out var existing)) return existing.Value.Set;
            _nodes[documentId] = _order.AddFirst((documentId, set));
            while (_nodes.Count > capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _nodes.Remove(last.Value.Id);
            }
        }
        return set;
    }

    public void Remove(string documentId)
    {
        lock (_lock)
        {
            if (!_nodes.Remove(documentId, out var node)) return;
            _order.Remove(node);
        }
    }
}
