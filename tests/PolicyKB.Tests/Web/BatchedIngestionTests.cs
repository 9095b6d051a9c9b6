using Microsoft.Extensions.DependencyInjection;
using PolicyKB.Search;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Web;

/// <summary>
/// The web host ingests in batches: the start-up ingestion of the content folder and a multi-file upload each write
/// the vector file once, not once per file (which rewrote every vector of the store for each changed file).
/// </summary>
public sealed class BatchedIngestionTests
{
    [Fact]
    public void The_start_up_ingestion_of_the_content_folder_writes_the_vector_file_once()
    {
        using var host = new DataFolderApplication(settings: new Dictionary<string, string> { ["PolicyKB:IngestSliceSeconds"] = "3600" });
        var kb = host.Services.GetRequiredService<KnowledgeBase>();

        Assert.True(kb.Store.ListDocuments().Count >= 5);
        Assert.Equal(1, kb.VectorFileWrites);
    }

    [Fact]
    public async Task An_upload_of_several_files_writes_the_vector_file_once()
    {
        using var host = new DataFolderApplication();
        var kb = host.Services.GetRequiredService<KnowledgeBase>();
        var before = kb.VectorFileWrites;

        var result = await ApiAssert.Ok(await host.CreateAdminClient().PostAsync("/api/ingest", Uploads.Form(
            ("ke-hoach-15.txt", Uploads.Utf8(Uploads.Plan("15-KH/TU"))), ("ke-hoach-16.txt", Uploads.Utf8(Uploads.Plan("16-KH/TU"))),
            ("ke-hoach-17.txt", Uploads.Utf8(Uploads.Plan("17-KH/TU"))))));

        Assert.Equal(3, result.GetProperty("stored").GetInt32());
        Assert.Equal(before + 1, kb.VectorFileWrites);
    }

    [Fact]
    public async Task Uploads_of_several_files_leave_the_keyword_index_merged_once_the_background_merge_has_run()
    {
        using var host = new DataFolderApplication();
        var kb = host.Services.GetRequiredService<KnowledgeBase>();
        var admin = host.CreateAdminClient();

        for (var round = 0; round < 4; round++)
        {
            var files = Enumerable.Range(0, 3).Select(i => ($"ke-hoach-{round}-{i}.txt", Uploads.Utf8(Uploads.Plan($"{round * 3 + i + 50}-KH/TU")))).ToArray();
            var result = await ApiAssert.Ok(await admin.PostAsync("/api/ingest", Uploads.Form(files)));
            Assert.Equal(3, result.GetProperty("stored").GetInt32());
        }
        await kb.WhenIndexMerged().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.InRange(((PolicyKB.Search.Keyword.LuceneKeywordIndex)kb.Keyword).SegmentCount, 1, 2);
        Assert.Equal(kb.Store.ListDocuments().Count, kb.Keyword.IndexedDocuments().Count);
    }

    [Fact]
    public void A_slice_of_the_start_up_ingestion_ends_after_its_budget_and_the_next_picks_up_where_it_stopped()
    {
        using var dir = new TempDirectory();
        using var kb = KnowledgeBase.Open(dir.Path);
        var files = kb.Pipeline.ExpandPaths([SharedData.ContentDirectory]);

        var first = kb.IngestSlice(files, TimeSpan.Zero);
        var rest = kb.IngestSlice(files.Skip(first.Count), TimeSpan.FromHours(1));

        Assert.Single(first);
        Assert.Equal(files.Count - 1, rest.Count);
        Assert.Equal(files.Count, kb.Store.ListDocuments().Count);
    }
}
