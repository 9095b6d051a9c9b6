using PolicyKB.Contracts;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Storage;
using PolicyKB.Storage.Postgres;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>Read models of documents and clauses over the store: filtered lists, the document page, a clause in context.</summary>
public sealed class DocumentCatalog(IDocumentStore store, SearchService search, WriteGate writes, TimeProvider clock)
{
    /// <summary>Largest page of the document list.</summary>
    public const int MaxPageSize = 100;

    // Facets are asked for with every search; they change only when documents do (through WriteGate), and the
    // short expiry covers documents ingested by the CLI into the same data folder.
    private static readonly TimeSpan FacetLifetime = TimeSpan.FromSeconds(30);
    private (long Version, DateTimeOffset At, SearchFacets Facets)? _facets;

    /// <summary>Type, issuer, province and year counts over every stored document.</summary>
    public SearchFacets Facets()
    {
        var cached = _facets;
        var now = clock.GetUtcNow();
        if (cached is { } c && c.Version == writes.Version && now - c.At < FacetLifetime) return c.Facets;
        var version = writes.Version;
        // From the search read model, as search itself: facets keep answering while a shared store is down.
        var facets = FacetCounter.Count(search.ReadModel.Current.Documents.Select(d => d.Metadata));
        _facets = (version, now, facets);
        return facets;
    }

    /// <summary>The filters with the document-level facets resolved to the exact documents they match.</summary>
    public SearchFilters Resolve(SearchFilters filters) => DocumentFilter.Resolve(filters, StoredDocuments());

    /// <summary>
    /// The stored documents as the search read model holds them, taken only when enumerated: a search without facet
    /// filters (the common case) does not even load the read model on its way.
    /// </summary>
    private IEnumerable<PolicyDocument> StoredDocuments()
    {
        foreach (var document in search.ReadModel.Current.Documents) yield return document;
    }

    /// <summary>Documents matching the filters and the search words (title, number, type, issuer: <see cref="ListQueryMatch"/>), newest first.</summary>
    public DocumentPage List(SearchFilters filters, string? titleQuery, int page, int pageSize)
    {
        // On the shared store from the node's read model (kept current by the follower), so the list answers while
        // PostgreSQL is down; LiteDB is read directly (a CLI in the same folder writes where no follower watches).
        var all = store is PostgresDocumentStore ? search.ReadModel.Current.Documents : store.ListDocuments();
        var matching = all
            .Where(d => DocumentFilter.Matches(d, filters))
            .Where(d => string.IsNullOrWhiteSpace(titleQuery)
                || ListQueryMatch.Matches($"{d.Metadata.Title} {d.Metadata.Number} {d.Metadata.Type} {d.Metadata.Issuer}", titleQuery))
            .OrderByDescending(d => d.Metadata.IssuedOn?.Year).ThenByDescending(d => d.Metadata.IssuedOn?.Month)
            .ThenByDescending(d => d.Metadata.IssuedOn?.Day).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        // In long arithmetic: (page - 1) * pageSize overflows int for a page near int.MaxValue and wrapped round to page 1.
        var skip = (page - 1L) * pageSize;
        // The inferred issue date is an extra read from the store: while PostgreSQL is down the list goes without it,
        // and stops asking after the first failure (an unreachable host costs a connect timeout per attempt).
        var storeDown = false;
        DocumentSummary ListSummary(PolicyDocument document)
        {
            if (storeDown) return DocumentSummary.From(document);
            try { return Summary(document); }
            catch (StoreUnavailableException) { storeDown = true; return DocumentSummary.From(document); }
        }
        List<DocumentSummary> items = skip >= matching.Count ? [] : matching.Skip((int)skip).Take(pageSize).Select(ListSummary).ToList();
        return new DocumentPage(items, matching.Count, page, pageSize, Facets());
    }

    /// <summary>The document page's data, or null when the document is not stored.</summary>
    public DocumentDetail? Detail(string documentId)
    {
        var document = store.GetDocument(documentId);
        if (document is null) return null;
        var clauses = store.GetClauses(documentId);
        var citations = store.FindCitations(documentId);
        var basis = citations.Where(c => c.Basis).DistinctBy(c => c.Key).Select(CitationView.From).ToList();
        var related = store.FindRelated(documentId)
            .Select(r => (Related: r, Document: store.GetDocument(r.DocumentId)))
            .Where(r => r.Document is not null)
            .Select(r => new RelatedDocumentView(DocumentSummary.From(r.Document!), r.Related.SharedKeys))
            .ToList();
        var citedBy = document.Metadata.Number is { } number
            ? store.FindCitations(key: number).Where(c => c.TargetDocumentId == documentId).Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count()
            : 0;
        return new DocumentDetail(
            Summary(document), document.Metadata.Recipients, new LegalBasisView(document.Metadata.LegalBasis, basis),
            OutlineBuilder.Build(clauses), clauses.Select(ClauseView.From).ToList(), citations.Select(CitationView.From).ToList(), related, citedBy);
    }

    /// <summary>A clause with its breadcrumb, children, siblings and citations, or null.</summary>
    public ClauseDetail? Clause(string clauseId)
    {
        var clause = store.GetClause(clauseId);
        var document = clause is null ? null : store.GetDocument(clause.DocumentId);
        if (clause is null || document is null) return null;
        var breadcrumb = new List<ClauseRef>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { clause.Id };
        for (var parentId = clause.ParentId; parentId is not null && seen.Add(parentId);)
        {
            var parent = store.GetClause(parentId);
            if (parent is null) break;
            breadcrumb.Insert(0, ClauseRef.From(parent));
            parentId = parent.ParentId;
        }
        return new ClauseDetail(
            ClauseView.From(clause), DocumentSummary.From(document), breadcrumb,
            clause.ChildIds.Select(store.GetClause).OfType<Clause>().Select(ClauseRef.From).ToList(),
            Ref(clause.PreviousId), Ref(clause.NextId),
            store.FindCitations(clause.DocumentId).Where(c => c.ClauseId == clause.Id).Select(CitationView.From).ToList());
    }

    /// <summary>The document's summary with its inferred issue date when it prints none (read from its facts).</summary>
    private DocumentSummary Summary(PolicyDocument document)
    {
        var summary = DocumentSummary.From(document);
        if (document.Metadata.IssuedOn is not null || store.GetFacts(document.Id) is not { IssuedOnInferred: true, IssuedOn: { } inferred }) return summary;
        return summary with { InferredIssuedOn = inferred };
    }

    private ClauseRef? Ref(string? id) => id is null ? null : store.GetClause(id) is { } c ? ClauseRef.From(c) : null;
}
