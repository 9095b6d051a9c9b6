namespace PolicyKB.Search.Evaluation.Baselines;

/// <summary>
/// A stored clause as the baselines index it: id, the document's file name, the clause text and the two other
/// fields PolicyKB's keyword index searches (the clause heading, and the document's type, number and title).
/// </summary>
/// <param name="Id">Clause id.</param>
/// <param name="Source">The document's file name.</param>
/// <param name="Text">The clause text.</param>
/// <param name="Heading">The clause heading, or empty.</param>
/// <param name="Title">The document's type, number and title as PolicyKB's title field holds them, or empty.</param>
public sealed record BaselineClause(string Id, string Source, string Text, string Heading = "", string Title = "")
{
    /// <summary>Every clause in <paramref name="store"/>, document by document in clause order.</summary>
    public static IReadOnlyList<BaselineClause> ReadAll(PolicyKB.Storage.IDocumentStore store) =>
        store.ListDocuments()
            .SelectMany(d =>
            {
                var title = string.Join(' ', new[] { d.Metadata.Type, d.Metadata.Number, d.Metadata.Title }.Where(s => !string.IsNullOrEmpty(s)));
                return store.GetClauses(d.Id).Select(c => new BaselineClause(c.Id, d.Source, c.Text, c.Heading, title));
            })
            .ToList();
}
