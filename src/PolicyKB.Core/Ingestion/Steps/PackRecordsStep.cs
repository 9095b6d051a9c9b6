using PolicyKB.Storage;

namespace PolicyKB.Ingestion.Steps;

/// <summary>
/// Has the store serialise and compress the document's records ahead of the save (<see cref="IDocumentStore.PrepareReplace"/>):
/// in a batch this runs while the file before is being written, so the save step, which writes one file at a time, only writes.
/// </summary>
public sealed class PackRecordsStep : IRunAheadStep
{
    private readonly IDocumentStore _store;

    /// <summary>Creates the step over the store the save step writes to.</summary>
    public PackRecordsStep(IDocumentStore store) => _store = store;

    /// <inheritdoc />
    public string Name => "pack";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        _store.PrepareReplace(context.DocumentId, context.Clauses, context.Citations, context.Facts, SaveDocumentStep.Original(context));
        return StepOutcome.Continue;
    }
}
