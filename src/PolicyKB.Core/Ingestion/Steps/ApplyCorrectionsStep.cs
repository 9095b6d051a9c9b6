using PolicyKB.Corrections;
using PolicyKB.Storage;

namespace PolicyKB.Ingestion.Steps;

/// <summary>
/// Applies the metadata corrections people made to these same bytes (found by content hash) over what the layout
/// read: a re-ingest, a replace or a re-read after a schema change keeps the corrected type, number, issuer, date,
/// title and signer. Runs right after "layout", so the steps that use the metadata (clause titles, the document's own
/// number in citations) see the corrected values.
/// </summary>
public sealed class ApplyCorrectionsStep : IRunAheadStep
{
    private readonly IDocumentStore _store;

    /// <summary>Creates the step over the store holding the corrections.</summary>
    public ApplyCorrectionsStep(IDocumentStore store) => _store = store;

    /// <inheritdoc />
    public string Name => "corrections";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        var corrections = _store.GetCorrectionsForContent(context.ContentHash);
        if (corrections.Count > 0) MetadataFields.ApplyLatest(context.Metadata, corrections);
        return StepOutcome.Continue;
    }
}
