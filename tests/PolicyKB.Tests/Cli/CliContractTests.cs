using System.Text.Json;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Cli;

/// <summary>The JSON contracts of the command line, checked on the bundled plans.</summary>
public sealed class CliContractTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public void Documents_lists_every_ingested_file_with_the_contract_fields()
    {
        Assert.Equal(0, CliRunner.Run("ingest", SharedData.ContentDirectory, "--data", _data.Path).ExitCode);

        var result = CliRunner.Run("documents", "--json", "--data", _data.Path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(5, json.RootElement.GetArrayLength());
        foreach (var doc in json.RootElement.EnumerateArray())
        {
            foreach (var field in new[] { "id", "source", "type", "number", "title", "issuer", "place", "issuedOn", "signer", "clauseCount", "citationCount" })
            {
                Assert.True(doc.TryGetProperty(field, out _), $"missing field {field}");
            }
            Assert.True(doc.GetProperty("clauseCount").GetInt32() > 10, doc.GetProperty("source").GetString());
        }
    }

    [Fact]
    public void The_issuer_filter_of_search_keeps_a_near_namesakes_clauses_out()
    {
        Assert.Equal(0, CliRunner.Run("ingest", SharedData.ContentDirectory, "--data", _data.Path).ExitCode);

        var result = CliRunner.Run("search", "y tế", "--issuer", "Sở Y tế tỉnh Hà Tĩnh", "--mode", "keyword", "--top", "50", "--json", "--data", _data.Path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var documents = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("documentId").GetString()).Distinct().ToList();
        Assert.Equal(["ha-tinh-2021-thi-dua-nganh-y-te"], documents);
    }

    [Fact]
    public void Clauses_come_in_document_order_with_parent_path_and_source_lines()
    {
        CliRunner.Run("ingest", Path.Combine(SharedData.ContentDirectory, "ha-tinh-2024-cung-co-y-te-co-so.txt"), "--data", _data.Path);

        var result = CliRunner.Run("clauses", "ha-tinh-2024-cung-co-y-te-co-so", "--json", "--data", _data.Path);

        using var json = JsonDocument.Parse(result.Out);
        var clauses = json.RootElement.EnumerateArray().ToList();
        var point = clauses.Single(c => c.GetProperty("id").GetString() == "ha-tinh-2024-cung-co-y-te-co-so/III.2.b");
        Assert.Equal("ha-tinh-2024-cung-co-y-te-co-so/III.2", point.GetProperty("parentId").GetString());
        Assert.Equal(["III", "2"], point.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("point", point.GetProperty("kind").GetString());
        Assert.StartsWith("b) Tiếp tục rà soát", point.GetProperty("text").GetString());
        Assert.True(point.GetProperty("lineStart").GetInt32() > 0);
        var lines = clauses.Select(c => c.GetProperty("lineStart").GetInt32()).Where(l => l > 0).ToList();
        Assert.Equal(lines.Order(), lines);
    }

    [Fact]
    public void A_failing_file_gives_exit_code_1_while_the_others_are_stored()
    {
        var folder = Path.Combine(_data.Path, "in");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(SharedData.ContentDirectory, "ha-tinh-2024-cung-co-y-te-co-so.txt"), Path.Combine(folder, "good.txt"));
        File.WriteAllBytes(Path.Combine(folder, "broken.pdf"), [0x00, 0x01, 0x02, 0xFF]);

        var result = CliRunner.Run("ingest", folder, "--data", Path.Combine(_data.Path, "db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.pdf", result.Error);
        var documents = CliRunner.Run("documents", "--json", "--data", Path.Combine(_data.Path, "db"));
        Assert.Contains("\"good\"", documents.Out);
    }

    [Fact]
    public void Asking_for_an_unknown_document_is_a_clear_error()
    {
        CliRunner.Run("ingest", Path.Combine(SharedData.ContentDirectory, "ha-tinh-2024-cung-co-y-te-co-so.txt"), "--data", _data.Path);

        var result = CliRunner.Run("clauses", "khong-co", "--json", "--data", _data.Path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("khong-co", result.Error);
    }

    [Fact]
    public void Reingesting_unchanged_files_changes_nothing()
    {
        CliRunner.Run("ingest", SharedData.ContentDirectory, "--data", _data.Path);

        var again = CliRunner.Run("ingest", SharedData.ContentDirectory, "--json", "--data", _data.Path);

        using var json = JsonDocument.Parse(again.Out);
        Assert.Equal(5, json.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("stored").GetInt32());
    }

    public void Dispose() => _data.Dispose();
}
