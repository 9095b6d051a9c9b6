using System.Security.Cryptography;
using PolicyKB.Ingestion.Identity;
using PolicyKB.Storage;

namespace PolicyKB.Ingestion.Steps;

/// <summary>
/// Reads the file within the size limit, hashes it, and decides which document it is
/// (<see cref="DocumentIdentityResolver"/>); stops early when the same bytes are already stored.
/// </summary>
public sealed class ReadSourceStep : IRunAheadStep
{
    private readonly IngestionOptions _options;
    private readonly DocumentIdentityResolver _identities;

    /// <summary>Creates the step.</summary>
    public ReadSourceStep(IDocumentStore store, IngestionOptions options)
    {
        _options = options;
        _identities = new DocumentIdentityResolver(store);
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
        context.Origin = context.Request.IsUpload ? DocumentIdentityResolver.UploadOrigin : Path.GetFullPath(context.SourcePath);
        if (context.Request.Reread is { } original)
        {
            // A kept original read again keeps the identity it was stored under.
            context.DocumentId = original.DocumentId;
            context.Origin = original.Origin;
            return StepOutcome.Continue;
        }

        var identity = Resolve(context);
        context.DocumentId = identity.DocumentId;
        context.IdentityNote = identity.Note;
        context.ReplacesExisting = identity.Kind == IdentityKind.NewVersion;
        if (identity.Kind == IdentityKind.Unchanged)
        {
            context.Unchanged = true;
            return StepOutcome.Stop;
        }
        return StepOutcome.Continue;
    }

    /// <summary>
    /// The identity decided ahead holds when the store, with the files before this one now written, gives the same answer:
    /// it does not when one of them had the same bytes, the same file or took the same id.
    /// </summary>
    public bool StillHolds(IngestionContext context)
    {
        if (context.Request.Reread is not null) return true;
        var identity = Resolve(context);
        return identity.DocumentId == context.DocumentId
            && identity.Note == context.IdentityNote
            && (identity.Kind == IdentityKind.Unchanged) == context.Unchanged
            && (identity.Kind == IdentityKind.NewVersion) == context.ReplacesExisting;
    }

    private DocumentIdentity Resolve(IngestionContext context) => _identities.Resolve(
        context.FileName, context.Request.IsUpload ? null : context.Origin, context.ContentHash, context.Request.Replace);
}
