using PolicyKB.Ingestion;
using PolicyKB.Search.ReadModel;

namespace PolicyKB.Search.Indexing;

/// <summary>Records a stored document's leading clauses in the search read model, from the clauses at hand.</summary>
public sealed class RememberLeadingStep(SearchReadModel readModel) : IIngestionStep
{
    /// <inheritdoc />
    public string Name => "read-model";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        if (context.Document is not null) readModel.RememberLeading(context.Document, context.Clauses);
        return StepOutcome.Continue;
    }
}
