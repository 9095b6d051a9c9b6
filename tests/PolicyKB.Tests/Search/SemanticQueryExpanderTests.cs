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
    public void The_related_expressions_of_a_query_are_found()
    {
        Assert.Equal("người cao tuổi", Expander.Related("thăm hỏi người già"));
    }

    [Fact]
    public void The_longest_expression_wins_and_each_word_is_expanded_once()
    {
        Assert.Equal("bảo vệ sức khỏe; người cao tuổi", Expander.Related("chăm sóc sức khỏe người già"));
    }

    [Fact]
    public void Abbreviations_expand_too_and_matching_ignores_case_and_diacritics()
    {
        Assert.Equal("bảo hiểm y tế; trạm y tế", Expander.Related("the bhyt o tram xa"));
    }

    [Theory]
    [InlineData("kế hoạch phòng chống dịch")]
    [InlineData("")]
    [InlineData("\"\"\" ((( ")]
    public void A_query_with_nothing_related_has_no_related_wording(string query)
    {
        Assert.Null(Expander.Related(query));
    }

    [Fact]
    public void A_long_paragraph_gets_at_most_the_maximum_number_of_expansions()
    {
        var paragraph = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"từ{i}"));
        var table = new SynonymTable(Enumerable.Range(0, 30).Select(i => (IReadOnlyList<string>)[$"từ{i}", $"nghĩa{i}"]));

        var related = new SemanticQueryExpander(table).Related(paragraph);

        Assert.Equal(SemanticQueryExpander.MaxExpansions, related!.Split("; ").Length);
    }
}
