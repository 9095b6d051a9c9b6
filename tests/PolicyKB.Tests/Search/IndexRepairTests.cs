using Microsoft.Extensions.AI;
using PolicyKB.Ingestion;
using PolicyKB.Search;
using PolicyKB.Search.Providers;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Search;

/// <summary>
/// A document stored while its indexing failed (here the embedding service was down) is indexed again from the store
/// while the host runs, on the next upload or by the background repair, instead of only at the next start.
/// </summary>
public sealed class IndexRepairTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FlakyEmbeddings _embeddings;
    private readonly KnowledgeBase _kb;

    public IndexRepairTests()
    {
        var provider = EmbeddingProviderFactory.Create(new EmbeddingOptions())!;
        _embeddings = new FlakyEmbeddings(provider.Generator);
        _kb = KnowledgeBase.Open(_dir.File("data"), embeddings: provider with { Generator = _embeddings });
    }

    [Fact]
    public void A_document_stored_while_its_embedding_failed_gets_its_vectors_on_the_next_upload()
    {
        Upload(1);
        _embeddings.Down = true;
        var failed = Upload(2);
        Assert.Equal(IngestionStatus.Failed, failed.Status);
        Assert.StartsWith("embed", failed.Error);
        Assert.NotNull(_kb.Store.GetDocument(failed.DocumentId));
        Assert.Equal(1, _kb.CountIndexes().VectorDocuments);
        _embeddings.Down = false;

        Upload(3);

        Assert.Equal(3, _kb.CountIndexes().VectorDocuments);
        Assert.Equal(0, _kb.PendingIndexRepairs);
    }

    [Fact]
    public void A_repair_that_fails_again_keeps_the_document_pending_until_one_succeeds()
    {
        _embeddings.Down = true;
        var failed = Upload(1);

        Assert.Null(_kb.TryRepairIndexes());
        Assert.Equal(1, _kb.PendingIndexRepairs);
        _embeddings.Down = false;
        var repaired = _kb.RepairIndexes();

        Assert.Equal(1, repaired);
        Assert.Equal(0, _kb.PendingIndexRepairs);
        Assert.Equal(1, _kb.CountIndexes().VectorDocuments);
        Assert.Equal(failed.DocumentId, Assert.Single(_kb.Keyword.IndexedDocuments()).Key);
    }

    [Fact]
    public void Nothing_pending_after_uploads_that_succeeded_or_failed_before_the_store_write()
    {
        Upload(1);
        var path = _dir.File("rong.txt");
        File.WriteAllText(path, "");
        var empty = _kb.IngestUploads([(path, "rong.txt")])[0];

        Assert.Equal(IngestionStatus.Failed, empty.Status);
        Assert.Equal(0, _kb.RepairIndexes());
        Assert.Equal(1, _kb.CountIndexes().VectorDocuments);
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
    }

    private IngestionResult Upload(int n)
    {
        var path = _dir.File($"ke-hoach-{n}.txt");
        File.WriteAllText(path, Uploads.Plan($"{n}-KH/UBND") + $"\n3. Nhiệm vụ riêng của kế hoạch số {n} về y tế cơ sở.");
        return _kb.IngestUploads([(path, Path.GetFileName(path))])[0];
    }

    /// <summary>An embedding service that can be taken down and brought back.</summary>
    private sealed class FlakyEmbeddings(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
    {
        public bool Down { get; set; }

        public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Down ? throw new HttpRequestException("dịch vụ nhúng không phản hồi") : base.GenerateAsync(values, options, cancellationToken);
    }
}
