using PolicyKB.Search.Vectors;

namespace PolicyKB.Tests.Vectors;

public sealed class InMemoryVectorIndexTests
{
    private static float[] Unit(params float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }

    private static InMemoryVectorIndex Index()
    {
        var index = new InMemoryVectorIndex();
        index.Replace("d1", [
            new VectorEntry("d1/1", "d1", "item", Unit(1, 0, 0)),
            new VectorEntry("d1/2", "d1", "item", Unit(0, 1, 0)),
            new VectorEntry("d1/2", "d1", "item", Unit(0.1f, 0, 1)) { IsSegment = true },
        ]);
        index.Replace("d2", [new VectorEntry("d2/1", "d2", "section", Unit(0.7f, 0.7f, 0))]);
        return index;
    }

    [Fact]
    public void Hits_come_best_first_one_per_clause()
    {
        var hits = Index().Search(Unit(1, 0.2f, 0), 10, null);

        Assert.Equal(["d1/1", "d2/1", "d1/2"], hits.Select(h => h.ClauseId));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void A_long_clause_is_found_by_its_best_passage_at_a_discount()
    {
        var hit = Index().Search(Unit(0, 0, 1), 1, null).Single();

        Assert.Equal("d1/2", hit.ClauseId);
        Assert.Equal(Unit(0.1f, 0, 1)[2] * InMemoryVectorIndex.SegmentFactor, hit.Score, 3);
    }

    [Fact]
    public void A_clause_vector_is_the_whole_clause_not_a_passage()
    {
        Assert.Equal(Unit(0, 1, 0), Index().Get("d1/2"));
        Assert.Null(Index().Get("d9/1"));
    }

    [Fact]
    public void Removing_a_document_keeps_the_others_searchable()
    {
        var index = Index();
        index.Remove("d1");

        Assert.Equal(1, index.Count);
        Assert.Equal("d2/1", index.Search(Unit(1, 0, 0), 5, null).Single().ClauseId);
        Assert.Equal(Unit(0.7f, 0.7f, 0), index.Get("d2/1"));
    }

    [Fact]
    public void Filters_and_vectors_of_another_length_are_respected()
    {
        var index = Index();
        index.Replace("d3", [new VectorEntry("d3/1", "d3", "item", [1f, 0f])]);

        Assert.Equal(["d2/1"], index.Search(Unit(1, 0, 0), 5, e => e.Kind == "section").Select(h => h.ClauseId));
        Assert.Empty(index.Search([1f, 0f], 5, null));
        Assert.Empty(index.Search(Unit(1, 0, 0), 0, null));
    }
}
