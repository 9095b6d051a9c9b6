using PolicyKB.Search.Evaluation.Benchmarks;

namespace PolicyKB.Tests.Evaluation;

/// <summary>
/// bench --ingest works out what a batch takes on two idle cores from each file's CPU time on the preparing and the
/// writing thread: the writer takes files in order as they are prepared, and the preparer waits while the queue is full.
/// </summary>
public sealed class TwoCoreModelTests
{
    [Fact]
    public void One_file_takes_its_preparing_its_writing_and_the_finish_one_after_another()
    {
        Assert.Equal(3.5, TwoCoreModel.Seconds([(1, 2, 10)], depth: 1, maxBytes: 100, finish: 0.5));
    }

    [Fact]
    public void With_one_file_waiting_a_slow_write_holds_back_the_preparing_of_a_slow_file_behind_it()
    {
        // A file slow to write, two quick ones, then one slow to prepare: with one place the preparer waits for the slow
        // write before it may begin the slow file; with more places it prepares it meanwhile.
        (double, double, long)[] files = [(1, 5, 10), (1, 1, 10), (1, 1, 10), (5, 1, 10), (1, 1, 10)];

        Assert.Equal(13, TwoCoreModel.Seconds(files, depth: 1, maxBytes: 100, finish: 0));
        Assert.Equal(10, TwoCoreModel.Seconds(files, depth: 8, maxBytes: 100, finish: 0));
    }

    [Fact]
    public void A_writer_slower_than_the_preparer_sets_the_pace_however_deep_the_queue()
    {
        (double, double, long)[] files = [(1, 2, 10), (1, 2, 10), (1, 2, 10)];

        Assert.Equal(7, TwoCoreModel.Seconds(files, depth: 1, maxBytes: 100, finish: 0));
        Assert.Equal(7, TwoCoreModel.Seconds(files, depth: 8, maxBytes: 100, finish: 0));
    }

    [Fact]
    public void Files_whose_bytes_pass_the_budget_wait_one_at_a_time_as_with_a_queue_of_one()
    {
        (double, double, long)[] files = [(1, 5, 60), (1, 1, 60), (1, 1, 60), (5, 1, 60), (1, 1, 60)];

        Assert.Equal(13, TwoCoreModel.Seconds(files, depth: 8, maxBytes: 100, finish: 0));
    }
}
