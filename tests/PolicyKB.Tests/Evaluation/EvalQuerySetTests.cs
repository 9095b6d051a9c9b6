using PolicyKB.Search.Evaluation;

namespace PolicyKB.Tests.Evaluation;

/// <summary>Reading JSONL query sets.</summary>
public sealed class EvalQuerySetTests
{
    [Fact]
    public void Reads_one_query_per_line_skipping_blank_and_comment_lines()
    {
        var queries = EvalQuerySet.Parse(
        [
            "// seed queries",
            """{"query": "QĐ 281", "kind": "document-number", "relevant": [{"source": "a.txt", "snippet": "281/QĐ-TTg"}, {"source": "b.md", "snippet": "x"}]}""",
            "",
            """{"query": "bhyt", "relevant": [{"source": "a.txt", "snippet": "bảo hiểm y tế"}]}""",
        ]);
        Assert.Equal(2, queries.Count);
        Assert.Equal("QĐ 281", queries[0].Query);
        Assert.Equal("document-number", queries[0].Kind);
        Assert.Equal([new RelevantSnippet("a.txt", "281/QĐ-TTg"), new RelevantSnippet("b.md", "x")], queries[0].Relevant);
        Assert.Equal("other", queries[1].Kind);
    }

    [Theory]
    [InlineData("""{"query": "x", "relevant": [}""", "dòng 2")]
    [InlineData("""{"kind": "k", "relevant": [{"source": "a", "snippet": "b"}]}""", "thiếu \"query\"")]
    [InlineData("""{"query": "x", "relevant": []}""", "relevant")]
    [InlineData("""{"query": "x", "relevant": [{"source": "a"}]}""", "relevant")]
    [InlineData("[1, 2]", "dòng 2")]
    public void Rejects_a_line_that_cannot_be_judged_and_names_it(string line, string message)
    {
        var ex = Assert.Throws<FormatException>(() => EvalQuerySet.Parse(["", line]));
        Assert.Contains(message, ex.Message);
        Assert.StartsWith("dòng 2", ex.Message);
    }
}
