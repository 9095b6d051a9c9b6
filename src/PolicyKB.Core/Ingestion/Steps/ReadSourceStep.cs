using System.Security.Cryptography;
using PolicyKB.Storage;

namespace PolicyKB.Ingestion.Steps;

/// <summary>Reads the file within the size limit, hashes it, and stops early when the same bytes are already stored.</summary>
public sealed class ReadSourceStep : IIngestionStep
{
    private readonly IDocumentStore _store;
    private readonly IngestionOptions _options;

    /// <summary>Creates the step.</summary>
    public ReadSourceStep(IDocumentStore store, IngestionOptions options)
    {
        _store = store;
        _options = options;
    }

    /// <inheritdoc />
    public string Name => "read";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        var info = new FileInfo(context.SourcePath);
        if (!info.Exists) throw new IngestionException($"không tìm thấy tệp {context.SourcePath}");
        if (info.Length > _options.MaxFileBytes)
        {
            throw new IngestionException($"tệp {info.Length / 1024 / 1024.0:0.#} MB vượt giới hạn {_options.MaxFileBytes / 1024 / 1024.0:0.#} MB");
        }
        context.Content = File.ReadAllBytes(context.SourcePath);
        context.ContentHash = Convert.ToHexStringLower(SHA256.HashData(context.Content));
        context.DocumentId = DocumentIds.FromFileName(context.FileName);

        // Another file with the same slug (a.txt beside a.md) keeps its own id.
        var existing = _store.GetDocument(context.DocumentId);
        if (existing is not null && !string.Equals(existing.Source, context.FileName, StringComparison.Ordinal))
        {
            context.DocumentId += "-" + Path.GetExtension(context.FileName).TrimStart('.').ToLowerInvariant();
            existing = _store.GetDocument(context.DocumentId);
        }
        if (existing?.ContentHash == context.ContentHash && existing.SchemaVersion == Documents.PolicyDocument.CurrentSchemaVersion)
        {
            context.Unchanged = true;
            return StepOutcome.Stop;
        }
        return StepOutcome.Continue;
    }
}
