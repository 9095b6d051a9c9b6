using PolicyKB.Search;

namespace PolicyKB.Tests.Storage;

/// <summary>
/// The keyword index and the clause vectors are derived from the store: damaged, they are set aside and rebuilt
/// when the knowledge base opens, completely, and the repair is reported for the log.
/// </summary>
public sealed class DerivedDataRecoveryTests
{
    [Fact]
    public async Task A_truncated_keyword_index_segment_is_rebuilt_from_the_store_on_open()
    {
        using var folder = new DataFolderFixture();
        DataFolderFixture.TruncateToHalf(folder.LargestIndexFile());

        using var kb = folder.Open();

        Assert.Equal(folder.Clauses, kb.Keyword.ClauseCount);
        Assert.Equal(folder.Documents, kb.Keyword.IndexedDocuments().Count);
        var hits = await kb.Search.SearchAsync(new SearchRequest("tiêm chủng mở rộng") { Mode = SearchMode.Keyword, Top = 5 });
        Assert.NotEmpty(hits.Hits);
        var repair = Assert.Single(kb.Health.Repairs);
        Assert.Contains(folder.IndexFolder, repair);
        Assert.Empty(kb.Health.Problems);
    }

    [Fact]
    public void A_missing_keyword_index_segment_file_is_rebuilt_from_the_store_on_open()
    {
        using var folder = new DataFolderFixture();
        File.Delete(folder.LargestIndexFile());

        using var kb = folder.Open();

        Assert.Equal(folder.Clauses, kb.Keyword.ClauseCount);
        Assert.Contains(folder.IndexFolder, Assert.Single(kb.Health.Repairs));
    }

    [Fact]
    public void The_damaged_index_is_kept_aside_and_a_second_open_finds_nothing_to_repair()
    {
        using var folder = new DataFolderFixture();
        DataFolderFixture.TruncateToHalf(folder.LargestIndexFile());
        using (folder.Open()) { }

        using var kb = folder.Open();

        Assert.True(Directory.Exists(folder.IndexFolder + ".damaged"));
        Assert.Empty(kb.Health.Repairs);
        Assert.Equal(folder.Clauses, kb.Keyword.ClauseCount);
    }

    [Fact]
    public async Task A_truncated_vectors_file_is_deleted_and_recomputed_on_open()
    {
        using var folder = new DataFolderFixture(withVectors: true);
        DataFolderFixture.TruncateToHalf(folder.VectorsFile);

        using var kb = folder.Open();

        Assert.Equal(folder.Vectors, kb.Semantic!.Count);
        var hits = await kb.Search.SearchAsync(new SearchRequest("tiêm chủng mở rộng") { Mode = SearchMode.Semantic, Top = 5 });
        Assert.NotEmpty(hits.Hits);
        Assert.Contains(folder.VectorsFile, Assert.Single(kb.Health.Repairs));
        Assert.Empty(kb.Health.Problems);
    }

    [Fact]
    public void A_vectors_file_overwritten_at_its_start_is_deleted_and_recomputed_on_open()
    {
        using var folder = new DataFolderFixture(withVectors: true);
        DataFolderFixture.WriteRandomBytes(folder.VectorsFile, 0, 4096);

        using var kb = folder.Open();

        Assert.Equal(folder.Vectors, kb.Semantic!.Count);
        Assert.Contains(folder.VectorsFile, Assert.Single(kb.Health.Repairs));
    }
}
