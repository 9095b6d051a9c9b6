using PolicyKB.Answering.Text;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>The examples of Specs/TableRows.md: rows of tables flattened one cell per line, read with their column titles.</summary>
public sealed class TableRowSpecTests
{
    public static TheoryData<string> Rows => SpecFile.Names("TableRows.md");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Flattened_table_rows(string name)
    {
        var example = SpecFile.Get("TableRows.md", name);
        Assert.Equal(example.Expected, Dump(example.Input));
    }

    private static string Dump(string input)
    {
        var parts = input.Split("\n----\n");
        var (above, text) = parts.Length == 2 ? ([parts[0]], parts[1]) : (Array.Empty<string>(), input);
        if (TableRows.Read(text, above) is not { } table) return "(none)";
        var lines = table.Before.Select(b => "before: " + b).ToList();
        foreach (var row in table.Rows)
        {
            lines.Add(row.Reading);
            lines.Add($"  «{row.Verbatim}»");
        }
        return string.Join('\n', lines);
    }
}
