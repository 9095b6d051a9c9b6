using System.Text.Json;
using PolicyKB.Search;
using PolicyKB.Tests.Cli;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Storage;

/// <summary>Readers share: commands that only read work beside the process that owns the folder, and write nothing to it.</summary>
public sealed class ReadersBesideOwnerTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public void Listing_and_searching_in_another_process_work_while_the_owner_holds_the_folder()
    {
        using var owner = KnowledgeBase.Open(_data.Path);
        owner.Ingest([SharedData.ContentDirectory]);
        var before = Snapshot();

        var documents = CliProcess.Run(null, "documents", "--json", "--data", _data.Path);
        var search = CliProcess.Run(null, "search", "bảo hiểm y tế", "--mode", "keyword", "--json", "--data", _data.Path);
        var ingest = CliProcess.Run(null, "ingest", SharedData.ContentDirectory, "--data", _data.Path);

        Assert.True(documents.ExitCode == 0, documents.Error);
        Assert.Equal(5, JsonDocument.Parse(documents.Out).RootElement.GetArrayLength());
        Assert.True(search.ExitCode == 0, search.Error);
        Assert.NotEmpty(JsonDocument.Parse(search.Out).RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal(2, ingest.ExitCode); // writing is still the owner's alone
        Assert.Equal(before, Snapshot()); // the readers wrote nothing into the folder
        owner.Ingest([Path.Combine(SharedData.ContentDirectory, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md")]);
    }

    [Fact]
    public void A_read_only_knowledge_base_refuses_writes_with_a_clear_reason()
    {
        using (var kb = KnowledgeBase.Open(_data.Path)) kb.Ingest([Path.Combine(SharedData.ContentDirectory, "ha-giang-2021-ky-niem-ngay-thay-thuoc.md")]);
        using var owner = KnowledgeBase.Open(_data.Path);

        using var reader = KnowledgeBase.OpenReadOnly(_data.Path);

        Assert.True(reader.IsReadOnly);
        Assert.Single(reader.Store.ListDocuments());
        var refused = Assert.Throws<InvalidOperationException>(() => reader.Remove(reader.Store.ListDocuments()[0].Id));
        Assert.Contains("chỉ để đọc", refused.Message);
        Assert.Single(owner.Store.ListDocuments());
    }

    private string Snapshot() => string.Join("\n", Directory.EnumerateFiles(_data.Path, "*", SearchOption.AllDirectories)
        .Where(f => !f.EndsWith(".lock", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(_data.Path, f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}"));

    public void Dispose() => _data.Dispose();
}
