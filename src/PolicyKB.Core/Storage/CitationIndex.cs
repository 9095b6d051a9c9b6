using PolicyKB.Documents;

namespace PolicyKB.Storage;

/// <summary>Every stored citation in memory, by citing document and by key, in document and clause order.</summary>
internal sealed class CitationIndex
{
    private readonly Dictionary<string, List<Citation>> _byDocument = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Citation>> _byKey = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim _lock = new();

    public void Replace(string documentId, IEnumerable<Citation> citations)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveUnlocked(documentId);
            var list = citations.ToList();
            _byDocument[documentId] = list;
            foreach (var citation in list)
            {
                if (!_byKey.TryGetValue(citation.Key, out var byKey)) _byKey[citation.Key] = byKey = [];
                byKey.Add(citation);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Remove(string documentId)
    {
        _lock.EnterWriteLock();
        try { RemoveUnlocked(documentId); } finally { _lock.ExitWriteLock(); }
    }

    public IReadOnlyList<Citation> Find(string? documentId, string? key)
    {
        _lock.EnterReadLock();
        try
        {
            IEnumerable<Citation> found = key is not null
                ? _byKey.GetValueOrDefault(key) ?? []
                : documentId is not null ? _byDocument.GetValueOrDefault(documentId) ?? [] : _byDocument.Values.SelectMany(c => c);
            if (key is not null && documentId is not null) found = found.Where(c => c.DocumentId == documentId);
            var ordered = documentId is not null ? found : found.OrderBy(c => c.DocumentId, StringComparer.Ordinal);
            return ordered.ToList();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Sets each citation's target; returns the documents whose citations changed.</summary>
    public IReadOnlyList<string> Link(Func<Citation, string?> target)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        _lock.EnterWriteLock();
        try
        {
            foreach (var citation in _byDocument.Values.SelectMany(c => c))
            {
                var value = target(citation);
                if (value == citation.TargetDocumentId) continue;
                citation.TargetDocumentId = value;
                changed.Add(citation.DocumentId);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
        return changed.Order(StringComparer.Ordinal).ToList();
    }

    private void RemoveUnlocked(string documentId)
    {
        if (!_byDocument.Remove(documentId, out var old)) return;
        foreach (var citation in old)
        {
            if (_byKey.TryGetValue(citation.Key, out var list))
            {
                list.RemoveAll(c => c.DocumentId == documentId);
                if (list.Count == 0) _byKey.Remove(citation.Key);
            }
        }
    }
}
