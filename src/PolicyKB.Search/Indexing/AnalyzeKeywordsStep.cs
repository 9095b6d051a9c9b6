using PolicyKB.Ingestion;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Search.Indexing;

/// <summary>
/// Reads the clauses' texts, headings and the title into syllables for the keyword index (<see cref="ClauseAnalysis"/>)
/// while the file before is still being written: reading needs nothing stored, and the writing thread is the busier of
/// the two (save, index, and the batch's final commit).
/// </summary>
public sealed class AnalyzeKeywordsStep : IRunAheadStep
{
    /// <inheritdoc />
    public string Name => "analyze";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        context.Prepared[typeof(ClauseAnalysis)] = ClauseAnalysis.Of(context.Metadata, context.Clauses);
        return StepOutcome.Continue;
    }
}
