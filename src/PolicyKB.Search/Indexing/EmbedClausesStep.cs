using PolicyKB.Documents;
using PolicyKB.Ingestion;
using PolicyKB.Search.Vectors;

namespace PolicyKB.Search.Indexing;

/// <summary>Embeds a stored document's clauses with the configured model and keeps the vectors (with the model's identity).</summary>
public sealed class EmbedClausesStep(ClauseEmbedder embedder) : IIngestionStep
{
    /// <inheritdoc />
    public string Name => "embed";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        if (context.Document is null) throw new IngestionException("chưa lưu văn bản nên không thể tính vector");
        embedder.Embed(context.Document, context.Clauses);
        return StepOutcome.Continue;
    }
}
