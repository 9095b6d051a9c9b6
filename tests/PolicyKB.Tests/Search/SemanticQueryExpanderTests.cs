using PolicyKB.Search.Keyword;
using PolicyKB.Search.Vectors;

namespace PolicyKB.Tests.Search;

public sealed class SemanticQueryExpanderTests
{
    private static readonly SynonymTable Related = new([
        ["người già", "người cao tuổi"],
        ["trạm xá", "trạm y tế"],
        ["chăm sóc", "săn sóc"],
        ["chăm sóc sức khỏe", "bảo vệ sức khỏe"],
    ]);

    private static readonly SynonymTable Abbreviations = new([["BHYT", "bảo hiểm y tế"]]);

    private static readonly SemanticQueryExpander Expander = new(Related, Abbreviations);

    [Fact]
    public void Related_expressions_follow_the_query_on_a_new_line()
    {
        Assert.Equal("thăm hỏi người già\nngười cao tuổi", Expander.Expand("thăm hỏi người già"));
    }

    [Fact]
    public void The_longest_expression_wins_and_each_word_is_expanded_once()
    {
        Assert.Equal("chăm sóc sức khỏe người già\nbảo vệ sức khỏe; người cao tuổi", Expander.Expand("chăm sóc sức khỏe người già"));
    }

    [Fact]
    public void Abbreviations_expand_too_and_matching_ignores_case_and_diacritics()
    {
        Assert.Equal("the bhyt o tram xa\nbảo hiểm y tế; trạm y tế", Expander.Expand("the bhyt o tram xa"));
    }

    [Theory]
    [InlineData("kế hoạch phòng chống dịch")]
    [InlineData("")]
    [InlineData("\"\"\" ((( ")]
    public void A_query_with_nothing_related_is_left_as_it_is(string query)
    {
        Assert.Equal(query, Expander.Expand(query));
    }

    [Fact]
    public void A_long_paragraph_gets_at_most_the_maximum_number_of_expansions()
    {
        var paragraph = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"từ{i}"));
        var table = new SynonymTable(Enumerable.Range(0, 30).Select(i => (IReadOnlyList<string>)[$"từ{i}", $"nghĩa{i}"]));

        var expanded = new SemanticQueryExpander(table).Expand(paragraph);

        Assert.Equal(SemanticQueryExpander.MaxExpansions, expanded.Split('\n')[1].Split("; ").Length);
    }
}
