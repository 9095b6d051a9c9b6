using PolicyKB.Contracts;
using PolicyKB.Documents;
using PolicyKB.Storage;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>Read models of citations: the cited keys, one key with everything citing it, and the citation graph.</summary>
public sealed class CitationCatalog(IDocumentStore store)
{
    /// <summary>Every cited key (of one document, or of all), most cited first.</summary>
    public IReadOnlyList<CitedKey> Keys(string? documentId = null) =>
        store.FindCitations(documentId).GroupBy(c => c.Key, StringComparer.Ordinal).Select(Summarize)
            .OrderByDescending(k => k.Documents).ThenByDescending(k => k.Clauses).ThenBy(k => k.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>The key's cited document and the citing clauses grouped by document; null when nothing cites the key.</summary>
    public CitationDetail? Detail(string key)
    {
        var citations = store.FindCitations(key: key);
        if (citations.Count == 0) return null;
        var summary = Summarize(citations);
        var target = summary.TargetDocumentId is { } id ? store.GetDocument(id) : null;
        var groups = new List<CitingDocument>();
        foreach (var byDocument in citations.GroupBy(c => c.DocumentId, StringComparer.Ordinal))
        {
            var document = store.GetDocument(byDocument.Key);
            if (document is null) continue;
            var clauses = byDocument.GroupBy(c => c.ClauseId, StringComparer.Ordinal)
                .Select(g => (Citation: g.First(), Clause: store.GetClause(g.Key)))
                .Where(x => x.Clause is not null)
                .Select(x => new CitingClause(x.Clause!.Id, x.Clause.Path, x.Clause.Label, x.Clause.Heading, x.Clause.Text,
                    x.Citation.Raw, x.Citation.Start, x.Citation.Length, x.Citation.Basis))
                .ToList();
            groups.Add(new CitingDocument(DocumentSummary.From(document), clauses));
        }
        groups = groups.OrderByDescending(g => g.Clauses.Count).ThenBy(g => g.Document.Id, StringComparer.Ordinal).ToList();
        return new CitationDetail(summary, target is null ? null : DocumentSummary.From(target), groups);
    }

    /// <summary>
    /// The graph of the whole collection, or around one document (what it cites and who cites it); null when that
    /// document is not stored.
    /// </summary>
    public CitationGraph? Graph(string? documentId) =>
        documentId is not null && store.GetDocument(documentId) is null
            ? null
            : CitationGraphBuilder.Build(store.ListDocuments(), store.FindCitations(), documentId);

    private static CitedKey Summarize(IEnumerable<Citation> group)
    {
        var list = group.ToList();
        return new CitedKey(
            list[0].Key,
            MostCommon(list.Select(c => c.Type)),
            MostCommon(list.Select(c => c.Number)),
            // The longest printed name is usually the full trích yếu rather than an abbreviation.
            list.Select(c => c.Name).Where(v => !string.IsNullOrWhiteSpace(v)).OrderByDescending(v => v!.Length).FirstOrDefault(),
            MostCommon(list.Select(c => c.Issuer)),
            // A full date beats a partial one; among full dates, the one most citations print.
            MostCommon(list.Select(c => c.Date).Where(d => d is not null && d.Length == list.Max(x => x.Date?.Length ?? 0))),
            list.Select(c => c.TargetDocumentId).FirstOrDefault(v => v is not null),
            list.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count(),
            list.Select(c => c.ClauseId).Distinct(StringComparer.Ordinal).Count(),
            list.Any(c => c.Basis));
    }

    /// <summary>The value most citations print (extraction slips in one clause are outvoted), first seen on ties.</summary>
    private static string? MostCommon(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).GroupBy(v => v!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
