using PolicyKB.Documents;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.ReadModel;
using PolicyKB.Storage;

namespace PolicyKB.Search;

/// <summary>Turning a ranked clause id into a search hit: its text, document and highlights.</summary>
public sealed partial class SearchService
{
    private SearchHit? Hydrate(
        string clauseId, double score, IReadOnlyDictionary<string, IndexedClause> indexed, ReadModelSnapshot snapshot,
        HighlightWords words, IReadOnlyList<string> references, bool citesReference)
    {
        // The index holds what a result shows; the store is only asked for clauses the index does not have (an index
        // written before it stored text), and such a hit is left out while the store cannot be reached.
        var clause = indexed.GetValueOrDefault(clauseId) ?? (StoredClause(clauseId) is { } stored
            ? new IndexedClause(stored.Id, stored.DocumentId, stored.Label, stored.Heading, stored.Path, stored.Kind.ToString().ToLowerInvariant(), stored.Text)
            : null);
        if (clause is null) return null;
        var document = snapshot.Document(clause.DocumentId);
        var highlights = _highlighter.Find(clause.Text, words).ToList();
        if (citesReference)
        {
            foreach (var citation in snapshot.Citations(clause.DocumentId).Where(c => c.ClauseId == clauseId && references.Contains(c.Key)))
            {
                highlights.Add(new HighlightSpan(citation.Start, citation.Length));
            }
            highlights = highlights.OrderBy(h => h.Start).ToList();
        }
        return new SearchHit(clause.ClauseId, clause.DocumentId, document?.Source ?? "", clause.Path, clause.Label, clause.Heading, clause.Text, Math.Round(score, 6), highlights)
        {
            Kind = clause.Kind,
            DocumentType = document?.Metadata.Type,
            DocumentNumber = document?.Metadata.Number,
            DocumentTitle = document?.Metadata.Title,
            Issuer = document?.Metadata.Issuer,
            IssuedOn = document?.Metadata.IssuedOn?.ToString(),
            CitesQueriedDocument = citesReference,
        };
    }

    private Clause? StoredClause(string clauseId)
    {
        try
        {
            return _store.GetClause(clauseId);
        }
        catch (StoreUnavailableException)
        {
            return null;
        }
    }
}
