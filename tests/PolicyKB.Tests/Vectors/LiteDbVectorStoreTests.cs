using PolicyKB.Search.Vectors;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Vectors;

public sealed class LiteDbVectorStoreTests
{
    [Fact]
    public void Passage_vectors_round_trip_beside_clauses_whose_ids_look_alike()
    {
        using var dir = new TempDirectory();
        // The ninth passage of clause "d/C5.3" must not collide with clause "d/C5.39".
        var entries = new List<VectorEntry> { new("d/C5.3", "d", "article", [1f, 0f]), new("d/C5.39", "d", "article", [0f, 1f]) };
        entries.AddRange(Enumerable.Range(1, 9).Select(i => new VectorEntry("d/C5.3", "d", "article", [i, 1f]) { IsSegment = true }));
        using (var store = new LiteDbVectorStore(dir.File("vectors.db")))
        {
            store.Replace("d", "hash", "model", entries);
        }

        using var reopened = new LiteDbVectorStore(dir.File("vectors.db"));
        var loaded = reopened.Load("model").ToList();

        Assert.Equal(11, loaded.Count);
        Assert.Equal(9, loaded.Count(e => e.IsSegment && e.ClauseId == "d/C5.3"));
        Assert.Single(loaded, e => !e.IsSegment && e.ClauseId == "d/C5.3");
        Assert.Single(loaded, e => !e.IsSegment && e.ClauseId == "d/C5.39");
        Assert.Equal("hash", reopened.EmbeddedDocuments("model")["d"]);
    }
}
