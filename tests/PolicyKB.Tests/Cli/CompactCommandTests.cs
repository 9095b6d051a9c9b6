using PolicyKB.Tests.Support;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Cli;

/// <summary><c>policykb compact</c> merges the keyword index's segments and changes no search answer.</summary>
public sealed class CompactCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Three_separate_ingests_leave_several_segments_that_compact_merges_into_one_with_the_same_answers()
    {
        var data = _dir.File("data");
        foreach (var number in new[] { "36-KH/UBND", "37-KH/UBND", "38-KH/UBND" })
        {
            Assert.Equal(0, CliRunner.Run("ingest", Write($"{number[..2]}.txt", Uploads.Plan(number)), "--data", data).ExitCode);
        }
        var before = CliRunner.Run("search", "kế hoạch", "--top", "100", "--json", "--data", data).Out;

        var compact = CliRunner.Run("compact", "--data", data);
        var again = CliRunner.Run("compact", "--data", data);

        Assert.Equal(0, compact.ExitCode);
        Assert.Matches(@"Chỉ mục từ khoá: [2-9]\d* → 1 phân đoạn", compact.Out);
        Assert.Contains("1 → 1 phân đoạn", again.Out);
        // Equal scores may come back in another order once segments are merged (document order changes), so compare sets.
        Assert.Equal(ClauseIds(before), ClauseIds(CliRunner.Run("search", "kế hoạch", "--top", "100", "--json", "--data", data).Out));
    }

    [Fact]
    public void A_bulk_ingest_of_twenty_documents_ends_with_the_index_merged_but_a_small_ingest_does_not()
    {
        var data = _dir.File("data");
        foreach (var number in new[] { "36-KH/UBND", "37-KH/UBND" })
        {
            var small = CliRunner.Run("ingest", Write($"{number[..2]}.txt", Uploads.Plan(number)), "--data", data);
            Assert.DoesNotContain("Đã gộp chỉ mục", small.Error);
        }
        var folder = _dir.File("bulk");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < 20; i++) File.WriteAllText(Path.Combine(folder, $"kh-{100 + i}.txt"), Uploads.Plan($"{100 + i}-KH/UBND"));

        var bulk = CliRunner.Run("ingest", folder, "--data", data);

        Assert.Equal(0, bulk.ExitCode);
        Assert.Matches(@"Đã gộp chỉ mục từ khoá: [2-9]\d* → 1 phân đoạn", bulk.Error);
        Assert.Contains("1 → 1 phân đoạn", CliRunner.Run("compact", "--data", data).Out);
    }

    [Fact]
    public void Fewer_than_one_segment_is_refused_with_a_clear_message()
    {
        var result = CliRunner.Run("compact", "--segments", "0", "--data", _dir.File("data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--segments phải từ 1 trở lên", result.Error);
    }

    private static string ClauseIds(string json) => string.Join(' ',
        System.Text.RegularExpressions.Regex.Matches(json, "\"clauseId\": \"([^\"]+)\"").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));

    private string Write(string name, string text)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _dir.Dispose();
}
