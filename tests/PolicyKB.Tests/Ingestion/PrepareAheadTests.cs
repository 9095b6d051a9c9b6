using PolicyKB.Ingestion;
using PolicyKB.Search;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ingestion;

/// <summary>
/// The keyword index's reading of a file's clauses needs nothing stored, so it is prepared with the run-ahead steps,
/// on the thread that prepares the next file, and the writing thread only saves and indexes.
/// </summary>
public sealed class PrepareAheadTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public void The_keyword_reading_of_the_clauses_runs_ahead_before_the_save()
    {
        using var kb = KnowledgeBase.Open(_data.Path);
        var steps = kb.Pipeline.StepNames.ToList();

        var analyze = steps.IndexOf("analyze");
        Assert.InRange(analyze, 0, steps.IndexOf("save") - 1);
        Assert.All(kb.Pipeline.Steps.Take(analyze + 1), step => Assert.IsAssignableFrom<IRunAheadStep>(step));
    }

    [Fact]
    public void A_file_ingested_with_its_clauses_read_ahead_is_found_by_keyword_search()
    {
        using var kb = KnowledgeBase.Open(_data.Path);
        var path = Path.Combine(SharedData.ContentDirectory, "ha-tinh-2021-thi-dua-nganh-y-te.txt");

        var result = kb.Ingest([path]).Single();

        Assert.Equal(IngestionStatus.Stored, result.Status);
        Assert.Contains("analyze", result.StepMilliseconds.Keys);
        Assert.Equal(result.Clauses, kb.Keyword.ClauseCount);
    }

    public void Dispose() => _data.Dispose();
}
