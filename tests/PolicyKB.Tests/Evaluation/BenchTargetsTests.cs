using PolicyKB.Search.Evaluation.Benchmarks;

namespace PolicyKB.Tests.Evaluation;

/// <summary>Which targets a <c>policykb bench</c> report is judged against.</summary>
public sealed class BenchTargetsTests
{
    private const string WholeCorpus = "whole corpus ingested+indexed+embedded";

    [Fact]
    public void A_run_cut_short_by_max_files_is_not_judged_on_the_whole_corpus()
    {
        var report = new BenchReport { Ingestion = new IngestionFigures { Files = 400, Skipped = 618, WallSeconds = 18.7 } };

        var targets = CorpusBenchmark.Targets(report, wholeCorpusAsked: false);

        Assert.DoesNotContain(targets, t => t.Name == WholeCorpus);
    }

    [Fact]
    public void A_whole_corpus_run_stopped_by_its_budget_misses_the_whole_corpus_target()
    {
        var report = new BenchReport { Ingestion = new IngestionFigures { Files = 400, Skipped = 618, WallSeconds = 300 } };

        var target = Assert.Single(CorpusBenchmark.Targets(report, wholeCorpusAsked: true), t => t.Name == WholeCorpus);

        Assert.False(target.Met);
        Assert.Contains("618 files left", target.Measured);
    }
}
