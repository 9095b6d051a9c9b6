using PolicyKB.Documents;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// Copies a stored document under a new id (<c>{id}~{copy}</c>), rewriting every clause and citation id, so a
/// benchmark can grow a real corpus to a target size without inventing text.
/// </summary>
public static class DocumentCopier
{
    /// <summary>The copy number <paramref name="copy"/> of a document with its clauses and citations.</summary>
    public static (PolicyDocument Document, IReadOnlyList<Clause> Clauses, IReadOnlyList<Citation> Citations) Copy(
        PolicyDocument document, IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations, int copy)
    {
        var id = $"{document.Id}~{copy}";
        string Rename(string clauseId) => clauseId.StartsWith(document.Id, StringComparison.Ordinal) ? id + clauseId[document.Id.Length..] : $"{id}/{clauseId}";
        string? RenameOptional(string? clauseId) => clauseId is null ? null : Rename(clauseId);
        var copiedDocument = new PolicyDocument
        {
            Id = id,
            Source = $"{copy}~{document.Source}",
            ContentHash = document.ContentHash,
            Format = document.Format,
            Metadata = document.Metadata,
            ClauseCount = document.ClauseCount,
            CitationCount = document.CitationCount,
            Warnings = [.. document.Warnings],
            IngestedAt = document.IngestedAt,
        };
        var copiedClauses = clauses.Select(c => new Clause
        {
            Id = Rename(c.Id),
            DocumentId = id,
            ParentId = RenameOptional(c.ParentId),
            Label = c.Label,
            DisplayLabel = c.DisplayLabel,
            Heading = c.Heading,
            Text = c.Text,
            Kind = c.Kind,
            Path = [.. c.Path],
            ChildIds = c.ChildIds.Select(Rename).ToList(),
            PreviousId = RenameOptional(c.PreviousId),
            NextId = RenameOptional(c.NextId),
            LineStart = c.LineStart,
            LineEnd = c.LineEnd,
            Order = c.Order,
        }).ToList();
        var copiedCitations = citations.Select(c => new Citation
        {
            DocumentId = id,
            ClauseId = Rename(c.ClauseId),
            Raw = c.Raw,
            Start = c.Start,
            Length = c.Length,
            Key = c.Key,
            Type = c.Type,
            Number = c.Number,
            Date = c.Date,
            Issuer = c.Issuer,
            Name = c.Name,
            Basis = c.Basis,
            LineStart = c.LineStart,
            LineEnd = c.LineEnd,
        }).ToList();
        return (copiedDocument, copiedClauses, copiedCitations);
    }
}
