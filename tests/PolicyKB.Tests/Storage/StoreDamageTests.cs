using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Tests.Cli;

namespace PolicyKB.Tests.Storage;

/// <summary>
/// The store is the source of truth: when it is empty or damaged, opening it refuses with a
/// <see cref="StoreDamagedException"/> that names the file and the remedy, instead of starting empty or serving
/// half the documents. Damage hidden inside a record is found by reading every record once (<see cref="KnowledgeBase.VerifyStore"/>).
/// </summary>
public sealed class StoreDamageTests
{
    [Fact]
    public void An_empty_store_file_is_refused_naming_the_file_and_the_remedy()
    {
        using var folder = new DataFolderFixture();
        File.WriteAllBytes(folder.StoreFile, []);

        var error = Assert.Throws<StoreDamagedException>(folder.Open);

        Assert.Equal(folder.StoreFile, error.FilePath);
        Assert.Contains(folder.StoreFile, error.Message);
        Assert.Contains("0 byte", error.Message);
        Assert.Contains("policykb restore", error.Message);
        Assert.Contains("nạp lại", error.Message);
    }

    [Fact]
    public void Random_bytes_across_page_boundaries_are_refused_on_open()
    {
        using var folder = new DataFolderFixture();
        var page = LiteDbPages.DataPageOfLargestCollection(folder.StoreFile);
        DataFolderFixture.WriteRandomBytes(folder.StoreFile, page - 2000, 12000);

        var error = Assert.Throws<StoreDamagedException>(folder.Open);

        Assert.Contains(folder.StoreFile, error.Message);
    }

    [Fact]
    public void An_overwritten_file_header_is_refused_on_open()
    {
        using var folder = new DataFolderFixture();
        DataFolderFixture.WriteRandomBytes(folder.StoreFile, 0, 100);

        var error = Assert.Throws<StoreDamagedException>(folder.Open);

        Assert.Contains(folder.StoreFile, error.Message);
    }

    [Fact]
    public void Random_bytes_inside_a_record_page_are_found_by_reading_every_record()
    {
        using var folder = new DataFolderFixture();
        var page = LiteDbPages.DataPageOfLargestCollection(folder.StoreFile);
        DataFolderFixture.WriteRandomBytes(folder.StoreFile, page + 64, LiteDbPages.PageSize - 64);
        using var kb = folder.Open();

        var result = kb.VerifyStore();

        Assert.NotNull(result.Damage);
        Assert.Contains(folder.StoreFile, result.Damage.Message);
        Assert.Contains(result.Damage.Message, kb.Health.Problems);
    }

    [Fact]
    public void Rebuilding_the_index_from_a_store_with_damaged_records_stops_naming_the_store()
    {
        using var folder = new DataFolderFixture();
        var page = LiteDbPages.DataPageOfLargestCollection(folder.StoreFile);
        DataFolderFixture.WriteRandomBytes(folder.StoreFile, page + 64, LiteDbPages.PageSize - 64);
        Directory.Delete(folder.IndexFolder, recursive: true);

        var error = Assert.Throws<StoreDamagedException>(folder.Open);

        Assert.Equal(folder.StoreFile, error.FilePath);
    }

    [Fact]
    public void An_intact_store_passes_the_full_read_and_counts_its_records()
    {
        using var folder = new DataFolderFixture();
        using var kb = folder.Open();

        var result = kb.VerifyStore();

        Assert.Null(result.Damage);
        Assert.True(result.Records >= 3 * folder.Documents, $"{result.Records} records");
        Assert.Empty(kb.Health.Problems);
    }

    [Fact]
    public void The_command_line_reports_a_damaged_store_with_exit_code_2_and_the_remedy()
    {
        using var folder = new DataFolderFixture();
        File.WriteAllBytes(folder.StoreFile, []);

        var result = CliRunner.Run("--data", folder.Path, "documents");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(folder.StoreFile, result.Error);
        Assert.Contains("policykb restore", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
