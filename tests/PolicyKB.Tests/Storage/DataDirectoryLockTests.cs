using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Tests.Cli;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Storage;

/// <summary>Exactly one process owns a data folder; a second one is stopped at once with a message naming the owner.</summary>
public sealed class DataDirectoryLockTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public void A_second_opening_of_an_owned_folder_fails_naming_the_owner_and_succeeds_once_it_is_released()
    {
        using (var owner = KnowledgeBase.Open(_data.Path))
        {
            var refused = Assert.Throws<DataDirectoryInUseException>(() => KnowledgeBase.Open(_data.Path));

            Assert.Equal(Environment.ProcessId, refused.Owner?.ProcessId);
            Assert.Contains($"tiến trình {Environment.ProcessId}", refused.Message);
            Assert.Contains("--data", refused.Message);
            Assert.Empty(owner.Store.ListDocuments()); // the owner is untouched by the refusal
        }

        using var again = KnowledgeBase.Open(_data.Path);
        Assert.False(File.Exists(Path.Combine(_data.Path, DataDirectoryLock.OwnerFileName + ".tmp")));
    }

    [Fact]
    public async Task A_command_in_another_process_stops_with_exit_code_2_and_leaves_the_owners_data_alone()
    {
        using var owner = KnowledgeBase.Open(_data.Path);
        owner.Ingest([Path.Combine(SharedData.ContentDirectory, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md")]);
        var file = Path.Combine(SharedData.ContentDirectory, "ha-tinh-2024-cung-co-y-te-co-so.txt");

        var result = CliProcess.Run(null, "ingest", file, "--data", _data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"tiến trình {Environment.ProcessId}", result.Error);
        Assert.Single(owner.Store.ListDocuments());
        // The second process never touched the owner's Lucene lock: the owner can still write and search.
        owner.Ingest([file]);
        Assert.Equal(2, owner.Store.ListDocuments().Count);
        Assert.NotEmpty((await owner.Search.SearchAsync(new SearchRequest("ngày thầy thuốc") { Mode = SearchMode.Keyword })).Hits);
    }

    [Fact]
    public async Task A_web_host_waits_for_a_command_that_holds_the_folder_for_a_moment()
    {
        var command = DataDirectoryLock.Acquire(_data.Path, "cli");
        var release = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => command.Dispose(), TaskScheduler.Default);

        using var host = DataDirectoryLock.Acquire(_data.Path, "web");

        await release;
        Assert.Equal("web", DataDirectoryLock.ReadOwner(_data.Path)?.Role);
        Assert.Throws<DataDirectoryInUseException>(() => DataDirectoryLock.Acquire(_data.Path, "cli"));
    }

    public void Dispose() => _data.Dispose();
}
