using System.Text.Json;
using PolicyKB.Tests.Cli;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Facts;

/// <summary>The facts, tasks, targets and status commands read the store and print JSON.</summary>
public sealed class FactsCliTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public FactsCliTests() => Assert.Equal(0, CliRunner.Run("ingest", SharedData.ContentDirectory, "--data", _data.Path).ExitCode);

    [Fact]
    public void Facts_prints_the_document_facts_with_an_inferred_issue_date()
    {
        var result = CliRunner.Run("facts", "ha-tinh-2024-cung-co-y-te-co-so", "--json", "--data", _data.Path);

        Assert.Equal(0, result.ExitCode);
        var facts = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("2024-04-05", facts.GetProperty("issuedOn").GetString());
        Assert.True(facts.GetProperty("issuedOnInferred").GetBoolean());
        Assert.Contains(facts.GetProperty("relations").EnumerateArray(), r => r.GetProperty("targetKey").GetString() == "281/QĐ-TTg");
        Assert.True(facts.GetProperty("tasks").GetArrayLength() > 20);
    }

    [Fact]
    public void Tasks_are_filtered_by_agency_written_in_full_or_abbreviated()
    {
        var full = JsonDocument.Parse(CliRunner.Run("tasks", "--agency", "Sở Y tế", "--json", "--data", _data.Path).Out).RootElement;
        var abbreviated = JsonDocument.Parse(CliRunner.Run("tasks", "--agency", "SYT", "--json", "--data", _data.Path).Out).RootElement;

        Assert.True(full.GetArrayLength() > 5);
        Assert.Equal(full.GetArrayLength(), abbreviated.GetArrayLength());
    }

    [Fact]
    public void Tasks_due_before_a_date_have_a_deadline_on_or_before_it()
    {
        var tasks = JsonDocument.Parse(CliRunner.Run("tasks", "--due-before", "2021-03-31", "--json", "--data", _data.Path).Out).RootElement;

        Assert.Contains(tasks.EnumerateArray(), t => t.GetProperty("task").GetProperty("lead").GetString() == "Các đơn vị");
        Assert.All(tasks.EnumerateArray(), t => Assert.True(string.CompareOrdinal(t.GetProperty("task").GetProperty("deadline").GetProperty("to").GetString(), "2021-03-31") <= 0));
        Assert.NotEqual(0, CliRunner.Run("tasks", "--due-before", "31/3/2021", "--data", _data.Path).ExitCode);
    }

    [Fact]
    public void Targets_are_found_by_indicator()
    {
        var targets = JsonDocument.Parse(CliRunner.Run("targets", "--indicator", "bác sĩ/vạn dân", "--json", "--data", _data.Path).Out).RootElement;

        Assert.Contains(targets.EnumerateArray(), t => t.GetProperty("target").GetProperty("value").GetDecimal() == 11.5m);
    }

    [Fact]
    public void Status_of_a_document_the_store_knows_nothing_about_is_unknown()
    {
        var status = JsonDocument.Parse(CliRunner.Run("status", "281/QĐ-TTg", "--json", "--data", _data.Path).Out).RootElement;

        Assert.Equal("unknown", status.GetProperty("status").GetString());
        Assert.Equal("Chưa rõ", status.GetProperty("label").GetString());
    }

    public void Dispose() => _data.Dispose();
}
