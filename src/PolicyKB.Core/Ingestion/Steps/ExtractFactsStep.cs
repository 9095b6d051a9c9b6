using PolicyKB.Facts;

namespace PolicyKB.Ingestion.Steps;

/// <summary>
/// Reads the document's facts (signer, dates, relations, tasks, targets) from its metadata, lines, clauses and
/// citations; runs after "cite" because relations are read around citations and the issue date is inferred from them.
/// </summary>
public sealed class ExtractFactsStep : IRunAheadStep
{
    private readonly FactExtractor _extractor;

    /// <summary>Creates the step.</summary>
    public ExtractFactsStep(FactExtractor extractor) => _extractor = extractor;

    /// <inheritdoc />
    public string Name => "facts";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        context.Facts = _extractor.Extract(context.DocumentId, context.Metadata, context.Lines, context.Clauses, context.Citations);
        return StepOutcome.Continue;
    }
}
