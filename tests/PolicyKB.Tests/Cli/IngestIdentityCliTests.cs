using System.Text.Json;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Cli;

/// <summary>The ingest summary says which files became new documents, which replaced one, and why an id differs from the name.</summary>
public sealed class IngestIdentityCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Same_named_files_from_two_folders_are_both_stored_and_replace_is_reported()
    {
        var data = _dir.File("data");
        var a = Write("a/ke-hoach-36.txt", Uploads.Plan("36-KH/UBND"));
        var b = Write("b/ke-hoach-36.txt", Uploads.Plan("37-KH/UBND"));

        var both = CliRunner.Run("ingest", a, b, "--data", data);
        var replaced = CliRunner.Run("ingest", Write("c/ke-hoach-36.txt", Uploads.Plan("38-KH/UBND")), "--replace", "--json", "--data", data);

        Assert.Equal(0, both.ExitCode);
        Assert.Contains("ke-hoach-36.txt → ke-hoach-36-2", both.Out);
        Assert.Contains("2 đã nạp, 0 đã thay bản cũ", both.Out);
        using var json = JsonDocument.Parse(replaced.Out);
        Assert.Equal(1, json.RootElement.GetProperty("replaced").GetInt32());
        var documents = JsonDocument.Parse(CliRunner.Run("documents", "--json", "--data", data).Out).RootElement;
        Assert.Equal(2, documents.GetArrayLength());
    }

    private string Write(string relative, string text)
    {
        var path = _dir.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _dir.Dispose();
}
