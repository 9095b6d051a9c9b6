using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Cli;

/// <summary>Read commands pointed at a folder without a store say so instead of creating an empty store there.</summary>
public sealed class MissingStoreTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Theory]
    [InlineData("documents", "--json")]
    [InlineData("search", "bảo hiểm y tế")]
    [InlineData("show", "ha-tinh-2024-cung-co-y-te-co-so")]
    [InlineData("citations", "--json")]
    public void A_read_command_on_a_missing_store_explains_how_to_fill_it_and_creates_nothing(params string[] command)
    {
        var folder = Path.Combine(_data.Path, "chua-co");

        var result = CliRunner.Run([.. command, "--data", folder]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Kho dữ liệu trống tại {folder}", result.Error);
        Assert.Contains("policykb ingest", result.Error);
        Assert.Equal("", result.Out);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Ingest_creates_the_store_the_read_commands_then_use()
    {
        var folder = Path.Combine(_data.Path, "moi");

        var ingest = CliRunner.Run("ingest", Path.Combine(SharedData.ContentDirectory, "ha-tinh-2024-cung-co-y-te-co-so.txt"), "--data", folder);
        var documents = CliRunner.Run("documents", "--data", folder);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(0, documents.ExitCode);
        Assert.Contains("ha-tinh-2024-cung-co-y-te-co-so", documents.Out);
    }

    public void Dispose() => _data.Dispose();
}
