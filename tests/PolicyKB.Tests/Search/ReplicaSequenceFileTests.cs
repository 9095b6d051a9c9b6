using PolicyKB.Search.Replication;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>data/replica.seq: the last change applied to a node's replica of the shared store.</summary>
public sealed class ReplicaSequenceFileTests
{
    [Fact]
    public void A_new_replica_has_no_recorded_sequence()
    {
        using var data = new TempDirectory();

        Assert.Null(new ReplicaSequenceFile(data.Path).Read());
    }

    [Fact]
    public void The_last_written_sequence_is_read_back_and_no_temporary_file_is_left()
    {
        using var data = new TempDirectory();
        var file = new ReplicaSequenceFile(data.Path);

        file.Write(41);
        file.Write(1_000_000_000_042);

        Assert.Equal(1_000_000_000_042, new ReplicaSequenceFile(data.Path).Read());
        Assert.Equal([ReplicaSequenceFile.FileName], Directory.GetFiles(data.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_damaged_file_counts_as_no_recorded_sequence()
    {
        using var data = new TempDirectory();
        File.WriteAllText(Path.Combine(data.Path, ReplicaSequenceFile.FileName), "12x");

        Assert.Null(new ReplicaSequenceFile(data.Path).Read());
    }
}
