using PolicyKB.Search;
using PolicyKB.Search.Vectors;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Vectors;

/// <summary>Clause vectors live in one int8 flat file, rewritten atomically, read back exactly, and migrated from the LiteDB file of earlier versions.</summary>
public sealed class FlatVectorStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static float[] Random(Random random, int dimensions)
    {
        var v = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        VectorMath.Normalize(v);
        return v;
    }

    [Fact]
    public void The_int8_dot_product_matches_the_float_one_within_a_hundredth_of_a_cosine()
    {
        var random = new Random(7);
        foreach (var dimensions in (int[])[3, 64, 128, 200])
        {
            for (var trial = 0; trial < 50; trial++)
            {
                var (a, b) = (Random(random, dimensions), Random(random, dimensions));
                var row = new sbyte[dimensions];
                var scale = Int8Vectors.Quantize(b, row);
                var exact = a.Zip(b, (x, y) => x * y).Sum();
                Assert.InRange(Int8Vectors.Dot(a, row) * scale, exact - 0.01f, exact + 0.01f);
            }
        }
    }

    [Fact]
    public void A_scan_of_the_saved_int8_rows_rescored_from_the_file_finds_the_float_nearest_neighbours()
    {
        var random = new Random(11);
        var vectors = Enumerable.Range(0, 2000).Select(_ => Random(random, 128)).ToList();
        var path = _dir.File(QuantizedVectorFile.FileName);
        using (var saved = new FlatVectorStore(path, "m")) saved.Replace("d", "h", vectors.Select((v, i) => new VectorEntry($"d/{i}", "d", "item", v)).ToList());
        using var store = new FlatVectorStore(path, "m");
        store.Load(QuantizedVectorFile.Read(path), path);
        var index = store.Index;
        var agreed = 0;
        for (var q = 0; q < 50; q++)
        {
            var query = Random(random, 128);
            var exact = vectors.Select((v, i) => (Id: $"d/{i}", Score: v.Zip(query, (x, y) => x * y).Sum())).OrderByDescending(p => p.Score).Take(10).Select(p => p.Id);
            agreed += index.Search(query, 10, null).Select(h => h.ClauseId).Intersect(exact).Count();
        }
        Assert.True(agreed >= 495, $"{agreed} of 500 top-10 neighbours agree");
    }

    [Fact]
    public void A_saved_store_reads_back_every_row_document_hash_and_passage_flag()
    {
        var path = _dir.File(QuantizedVectorFile.FileName);
        using var store = new FlatVectorStore(path, "model+seg2");
        var entries = new List<VectorEntry> { new("d/C5.3", "d", "article", [0.6f, 0.8f]), new("d/C5.39", "d", "point", [0f, 1f]) };
        entries.Add(new VectorEntry("d/C5.3", "d", "article", [1f, 0f]) { IsSegment = true });
        store.Replace("d", "hash-d", entries);
        store.Replace("e", "hash-e", [new VectorEntry("e/1", "e", "item", [-1f, 0f])]);
        store.Remove("e");

        var read = QuantizedVectorFile.Read(path);

        Assert.Equal(("model+seg2", 2), (read.ModelId, read.Dimensions));
        Assert.Equal(new Dictionary<string, string> { ["d"] = "hash-d" }, read.Documents);
        Assert.Equal([("d/C5.3", "article", false), ("d/C5.39", "point", false), ("d/C5.3", "article", true)], read.Entries.Select(e => (e.ClauseId, e.Kind, e.IsSegment)));
        using var reopened = new FlatVectorStore(path, "model+seg2");
        reopened.Load(read, path);
        Assert.Equal("d/C5.3", reopened.Index.Search([0.6f, 0.8f], 1, null)[0].ClauseId);
        Assert.Equal([0.6f, 0.8f], reopened.Index.Get("d/C5.3")!.Select(x => MathF.Round(x, 2)));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void A_batch_writes_the_file_once_at_its_end()
    {
        var path = _dir.File(QuantizedVectorFile.FileName);
        using var store = new FlatVectorStore(path, "m");
        using (store.BeginBatch())
        {
            store.Replace("d", "h", [new VectorEntry("d/1", "d", "item", [1f, 0f])]);
            Assert.False(File.Exists(path));
        }
        Assert.Single(QuantizedVectorFile.Read(path).Entries);
    }

    [Fact]
    public void A_long_batch_writes_the_file_once_its_unsaved_rows_reach_the_limit_so_float_vectors_do_not_pile_up()
    {
        var path = _dir.File(QuantizedVectorFile.FileName);
        using var store = new FlatVectorStore(path, "m");
        using (store.BeginBatch())
        {
            store.Replace("a", "h", Enumerable.Range(0, FlatVectorStore.MaxUnsavedRows - 1).Select(i => new VectorEntry($"a/{i}", "a", "item", [1f, 0f])).ToList());
            Assert.False(File.Exists(path));
            store.Replace("b", "h", [new VectorEntry("b/1", "b", "item", [0f, 1f])]);
            Assert.Equal(FlatVectorStore.MaxUnsavedRows, QuantizedVectorFile.Read(path).Entries.Count);
            store.Replace("c", "h", [new VectorEntry("c/1", "c", "item", [0f, 1f])]);
        }
        Assert.Equal(FlatVectorStore.MaxUnsavedRows + 1, QuantizedVectorFile.Read(path).Entries.Count);
        Assert.Equal("b/1", store.Index.Search([0f, 1f], 1, null)[0].ClauseId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_file_cut_short_or_overwritten_at_its_start_is_reported_as_damaged(int damage)
    {
        var path = _dir.File(QuantizedVectorFile.FileName);
        using (var store = new FlatVectorStore(path, "m")) store.Replace("d", "h", [new VectorEntry("d/1", "d", "item", [1f, 0f])]);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            if (damage == 0) stream.SetLength(stream.Length - 3);
            else stream.Write("garbage!"u8);
        }
        Assert.Throws<InvalidDataException>(() => QuantizedVectorFile.Read(path));
    }

    [Fact]
    public void A_data_folder_with_the_old_liteDb_vectors_is_migrated_on_open_and_keeps_its_vectors()
    {
        var data = _dir.File("data");
        using (var kb = KnowledgeBase.Open(data, embeddings: PolicyKB.Search.Providers.EmbeddingProviderFactory.Create(new PolicyKB.Search.Providers.EmbeddingOptions())))
        {
            kb.Ingest([Path.Combine(SharedData.ContentDirectory, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md")]);
        }
        // Rewrite the folder as an earlier version left it: float vectors in vectors.db, no flat file.
        var read = QuantizedVectorFile.Read(Path.Combine(data, QuantizedVectorFile.FileName));
        using (var legacy = new LiteDbVectorStore(Path.Combine(data, VectorStoreRecovery.LegacyFileName)))
        {
            foreach (var group in read.Entries.Select((e, i) => (e, i)).GroupBy(p => p.e.DocumentId))
            {
                legacy.Replace(group.Key, read.Documents[group.Key], read.ModelId,
                    group.Select(p => p.e with { Vector = Int8Vectors.Dequantize(read.Rows.AsSpan(p.i * read.Dimensions, read.Dimensions), read.Scales[p.i]) }).ToList());
            }
        }
        File.Delete(Path.Combine(data, QuantizedVectorFile.FileName));

        var health = new DataHealth();
        using var migrated = VectorStoreRecovery.Open(data, read.ModelId, health);

        Assert.Equal(read.Entries.Count, migrated.Index.Count);
        Assert.Equal(read.Documents, migrated.EmbeddedDocuments());
        Assert.False(File.Exists(Path.Combine(data, VectorStoreRecovery.LegacyFileName)));
        Assert.Equal(read.Entries.Count, QuantizedVectorFile.Read(Path.Combine(data, QuantizedVectorFile.FileName)).Entries.Count);
        Assert.Empty(health.Problems);
    }

    public void Dispose() => _dir.Dispose();
}
