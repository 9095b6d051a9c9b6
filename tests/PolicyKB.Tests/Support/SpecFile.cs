using System.Collections.Concurrent;
using System.Text;

namespace PolicyKB.Tests.Support;

/// <summary>
/// Reads behaviour specifications written the Markdig way: a Markdown file whose fenced blocks
/// <c>```example</c> hold an input, a line with a single ".", and the expected output. Each example
/// becomes its own test case named after the nearest heading above it.
/// </summary>
public static class SpecFile
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<SpecExample>> Cache = new();

    /// <summary>Example names of a spec file, as xunit member data (one case per example).</summary>
    public static TheoryData<string> Names(string fileName)
    {
        var data = new TheoryData<string>();
        foreach (var example in Load(fileName)) data.Add(example.Name);
        return data;
    }

    /// <summary>Finds one example by name.</summary>
    public static SpecExample Get(string fileName, string name) =>
        Load(fileName).Single(e => e.Name == name);

    /// <summary>All examples of a spec file under <c>Specs/</c>.</summary>
    public static IReadOnlyList<SpecExample> Load(string fileName) =>
        Cache.GetOrAdd(fileName, static f => Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", f))));

    internal static IReadOnlyList<SpecExample> Parse(IReadOnlyList<string> lines)
    {
        var examples = new List<SpecExample>();
        var heading = "Example";
        var countInSection = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#'))
            {
                heading = line.TrimStart('#').Trim();
                countInSection = 0;
                continue;
            }
            if (!line.StartsWith("```") || line.Trim('`').Trim() != "example") continue;

            var startLine = i + 1;
            var input = new StringBuilder();
            var expected = new StringBuilder();
            var target = input;
            for (i++; i < lines.Count && !lines[i].StartsWith("```"); i++)
            {
                if (lines[i] == "." && ReferenceEquals(target, input)) { target = expected; continue; }
                target.Append(lines[i]).Append('\n');
            }
            countInSection++;
            examples.Add(new SpecExample(
                $"{heading} #{countInSection} (line {startLine})",
                input.ToString().TrimEnd('\n'),
                expected.ToString().TrimEnd('\n')));
        }
        return examples;
    }
}
