using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Cli;

/// <summary>
/// Usage errors exit with 2 (exit code 1 means "some file failed"), with the reason and the usage on standard error
/// and nothing on standard output, before any data directory is opened.
/// </summary>
public sealed class CliUsageTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private string Data => Path.Combine(_data.Path, "db");

    [Theory]
    [InlineData(new[] { "bogus" }, "bogus")]
    [InlineData(new string[0], "lệnh")]
    [InlineData(new[] { "search" }, "QUERY")]
    [InlineData(new[] { "search", "y tế", "--bogus" }, "--bogus")]
    [InlineData(new[] { "search", "y tế", "--top", "abc" }, "--top")]
    [InlineData(new[] { "search", "y tế", "--mode", "fuzzy" }, "--mode")]
    [InlineData(new[] { "search", "y tế", "--year", "20x" }, "--year")]
    [InlineData(new[] { "documents", "extra" }, "extra")]
    [InlineData(new[] { "similar", "x", "--top" }, "--top")]
    public void A_usage_error_exits_2_with_the_reason_and_usage_on_stderr(string[] args, string mentioned)
    {
        var result = CliRunner.Run([.. args, "--data", Data]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains(mentioned, result.Error, StringComparison.Ordinal);
        Assert.Contains("policykb", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Data), "a usage error must not create the data directory");
    }

    [Theory]
    [InlineData("search", "0", "1 đến 100")]
    [InlineData("search", "-1", "1 đến 100")]
    [InlineData("search", "101", "1 đến 100")]
    [InlineData("similar", "0", "1 đến 50")]
    [InlineData("similar", "51", "1 đến 50")]
    public void A_top_out_of_range_is_a_usage_error_naming_the_range(string command, string top, string range)
    {
        var result = CliRunner.Run(command, "y tế", "--top", top, "--data", Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("--top", result.Error, StringComparison.Ordinal);
        Assert.Contains(range, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Data), "a usage error must not create the data directory");
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error_naming_the_allowed_kinds()
    {
        var result = CliRunner.Run("search", "y tế", "--kind", "bogus", "--data", Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bullet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_still_exits_0_on_standard_output()
    {
        var result = CliRunner.Run("search", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--top", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
