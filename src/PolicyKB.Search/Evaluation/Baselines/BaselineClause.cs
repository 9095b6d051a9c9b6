namespace PolicyKB.Search.Evaluation.Baselines;

/// <summary>A stored clause as the baselines index it: id, the document's file name and the clause text.</summary>
/// <param name="Id">Clause id.</param>
/// <param name="Source">The document's file name.</param>
/// <param name="Text">The clause text.</param>
public sealed record BaselineClause(string Id, string Source, string Text)
{
    /// <summary>Every clause in <paramref name="store"/>, document by document in clause order.</summary>
    public static IReadOnlyList<BaselineClause> ReadAll(PolicyKB.Storage.IDocumentStore store) =>
        store.ListDocuments()
            .SelectMany(d => store.GetClauses(d.Id).Select(c => new BaselineClause(c.Id, d.Source, c.Text)))
            .ToList();
}
