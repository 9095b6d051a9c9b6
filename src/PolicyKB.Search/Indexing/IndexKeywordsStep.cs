using PolicyKB.Ingestion;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Search.Indexing;

/// <summary>Puts a stored document's clauses into the keyword index (replacing its previous version).</summary>
public sealed class IndexKeywordsStep(IKeywordIndex index) : IIngestionStep
{
    /// <inheritdoc />
    public string Name => "index";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        if (context.Document is null) throw new IngestionException("chưa lưu văn bản nên không thể lập chỉ mục");
        index.Index(context.Document, context.Clauses, context.Citations, context.Prepared.GetValueOrDefault(typeof(ClauseAnalysis)) as ClauseAnalysis);
        return StepOutcome.Continue;
    }
}
