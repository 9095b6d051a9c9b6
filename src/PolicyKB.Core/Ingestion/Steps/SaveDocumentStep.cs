using PolicyKB.Documents;
using PolicyKB.Ingestion.Identity;
using PolicyKB.Storage;

namespace PolicyKB.Ingestion.Steps;

/// <summary>Writes the document, its clauses, citations and facts in one transaction: the only step that changes the store.</summary>
public sealed class SaveDocumentStep : IIngestionStep
{
    private readonly IDocumentStore _store;
    private readonly TimeProvider _clock;

    /// <summary>Creates the step.</summary>
    public SaveDocumentStep(IDocumentStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    /// <inheritdoc />
    public string Name => "save";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        var document = new PolicyDocument
        {
            Id = context.DocumentId,
            Source = context.FileName,
            Origin = context.Origin,
            ContentHash = context.ContentHash,
            Format = context.Format,
            Metadata = context.Metadata,
            Ocr = context.Ocr,
            ClauseCount = context.Clauses.Count,
            CitationCount = context.Citations.Count,
            Warnings = [.. context.Warnings],
            IngestedAt = _clock.GetUtcNow(),
        };
        try
        {
            _store.Replace(document, context.Clauses, context.Citations, context.Facts, Original(context));
        }
        catch (ContentAlreadyStoredException)
        {
            // Another node stored these bytes (under another name) after this file's identity was decided: decide it once
            // more, now that the twin is visible, and answer as a repeated upload is answered.
            var identity = new DocumentIdentityResolver(_store).Resolve(
                context.FileName, context.Request.IsUpload ? null : context.Origin, context.ContentHash, context.Request.Replace);
            if (identity.Kind != IdentityKind.Unchanged) throw;
            context.DocumentId = identity.DocumentId;
            context.IdentityNote = identity.Note;
            context.ReplacesExisting = false;
            context.Unchanged = true;
            return StepOutcome.Stop;
        }
        context.Document = document;
        return StepOutcome.Continue;
    }

    /// <summary>The original file kept with the document.</summary>
    internal static OriginalFile Original(IngestionContext context) =>
        new(context.DocumentId, context.FileName, context.Origin, context.ContentHash, context.Content);
}
