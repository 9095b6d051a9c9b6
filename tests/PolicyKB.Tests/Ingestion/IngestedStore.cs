using PolicyKB.Ingestion;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ingestion;

/// <summary>A store with files ingested by the real default pipeline, shared by a test class.</summary>
public abstract class IngestedStore : IDisposable
{
    private readonly TempDirectory _dir = new();

    protected IngestedStore(IEnumerable<string> paths)
    {
        Store = new LiteDbDocumentStore(_dir.File("kb.db"));
        var pipeline = IngestionPipelineFactory.CreateDefault(Store);
        Results = pipeline.ExpandPaths(paths).Select(p => pipeline.Ingest(p)).ToList();
        Store.LinkCitationTargets();
    }

    public LiteDbDocumentStore Store { get; }

    public IReadOnlyList<IngestionResult> Results { get; }

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The five seed plans from content/.</summary>
public sealed class SeedStore() : IngestedStore([SharedData.ContentDirectory]);

/// <summary>The 25 documents of ../shared/corpus (empty when the folder is absent).</summary>
public sealed class CorpusStore() : IngestedStore(SharedData.CorpusDirectory is { } dir ? Directory.GetFiles(dir, "*.txt") : []);
