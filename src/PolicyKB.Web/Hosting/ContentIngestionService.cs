using Microsoft.Extensions.Options;
using PolicyKB.Ingestion;
using PolicyKB.Search;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Brings the store up to date with the bundled <c>content/</c> folder in the background, so the host answers at
/// once: searches meanwhile see what is stored so far, and <see cref="ContentIngestionProgress"/> tells the health
/// report how far it has come. Files are ingested in slices of about <see cref="ContentOptions.IngestSliceSeconds"/>, each one batch
/// through the <see cref="WriteGate"/>: a slice writes the vector file once (file by file, every changed file rewrote
/// all of it), and uploads interleave between slices instead of waiting for the whole folder. Unchanged files are
/// skipped by their content hash, so a warm start costs only the hashing, and even that waits for the first answer
/// (<see cref="FirstAnswerGate"/>). A missing folder is a warning, not a failure.
/// </summary>
public sealed class ContentIngestionService(
    KnowledgeBaseOpening opening, FirstAnswerGate firstAnswer, WriteGate gate, ContentIngestionProgress progress, IOptions<ContentOptions> options,
    ILogger<ContentIngestionService> logger) : BackgroundService
{
    private readonly string _directory = PolicyKbPaths.Resolve(options.Value.ContentDirectory);
    private readonly TimeSpan _sliceBudget = TimeSpan.FromSeconds(options.Value.IngestSliceSeconds);

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Decided before the host serves, so the health report never shows "idle" for ingestion about to run.
        if (!options.Value.IngestContentOnStart)
        {
            progress.Finish("idle");
            return Task.CompletedTask;
        }
        if (!Directory.Exists(_directory))
        {
            logger.LogWarning("Content folder {ContentDirectory} not found; nothing ingested", _directory);
            progress.Finish("idle");
            return Task.CompletedTask;
        }
        progress.Start();
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    // A thread of its own: hashing and ingesting block for seconds, and the few pool threads serve the first requests.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => IngestAsync(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    private async Task IngestAsync(CancellationToken stoppingToken)
    {
        var results = new List<IngestionResult>();
        if (await opening.WaitForOpenAsync(stoppingToken).ConfigureAwait(false) is not { } knowledgeBase)
        {
            // The host's start fails on the open's exception (KnowledgeBaseOpening), before this service starts.
            progress.Finish("failed");
            return;
        }
        try
        {
            var files = knowledgeBase.Pipeline.ExpandPaths([_directory]);
            progress.SetTotal(files.Count);
            var next = 0;
            while (next < files.Count)
            {
                // Shown while the slice waits for the gate, too (an upload may hold it).
                progress.Begin(Path.GetRelativePath(_directory, files[next]));
                // Listing the folder is cheap; hashing and ingesting it wait until the first search is answered.
                if (next == 0) await firstAnswer.Released.WaitAsync(stoppingToken).ConfigureAwait(false);
                var slice = await gate.RunAsync(() => knowledgeBase.IngestSlice(files.Skip(next), _sliceBudget, file =>
                {
                    if (file == files[next]) return;
                    progress.Complete();
                    progress.Begin(Path.GetRelativePath(_directory, file));
                }), stoppingToken).ConfigureAwait(false);
                progress.Complete();
                results.AddRange(slice);
                next += slice.Count;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            progress.Finish("failed");
            return;
        }
        catch (Exception ex)
        {
            // The host keeps serving what is stored; the health report shows the failure.
            logger.LogError(ex, "Ingesting the content folder {ContentDirectory} stopped: {Error}", _directory, ex.Message);
            knowledgeBase.Health.AddProblem($"Nạp thư mục {_directory} khi khởi động bị dừng: {ex.Message}");
            progress.Finish("failed");
            return;
        }
        foreach (var failure in results.Where(r => r.Status == IngestionStatus.Failed))
        {
            logger.LogError("Could not ingest {File}: {Error}", failure.FileName, failure.Error);
        }
        logger.LogInformation(
            "Content ingested from {ContentDirectory}: {Stored} stored, {Unchanged} unchanged, {Failed} failed",
            _directory, results.Count(r => r.Status == IngestionStatus.Stored), results.Count(r => r.Status == IngestionStatus.Unchanged),
            results.Count(r => r.Status == IngestionStatus.Failed));
        progress.Finish("done");
    }
}
