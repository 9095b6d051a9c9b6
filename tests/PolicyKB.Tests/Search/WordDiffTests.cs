using PolicyKB.Search.Precedents;

namespace PolicyKB.Tests.Search;

public sealed class WordDiffTests
{
    [Fact]
    public void Shared_words_are_equal_runs_and_changed_words_are_marked()
    {
        var diff = WordDiff.Compute("Sở Y tế chủ trì, phối hợp với Sở Tài chính", "Sở Y tế chủ trì, phối hợp với Sở Nội vụ");

        Assert.Equal(
            ["equal:Sở Y tế chủ trì, phối hợp với Sở ", "insert:Nội vụ", "delete:Tài chính"],
            diff.Select(d => $"{d.Kind}:{d.Text}").OrderBy(s => s.StartsWith("delete") ? 1 : 0));
    }

    [Fact]
    public void Words_compare_without_case_or_diacritic_spelling()
    {
        var diff = WordDiff.Compute("nâng cao sức khỏe", "Nâng cao sức khoẻ");

        Assert.Equal("equal", Assert.Single(diff).Kind);
        Assert.Equal(1.0, WordDiff.Similarity(diff));
    }

    [Fact]
    public void The_precedent_text_is_rebuilt_from_equal_and_inserted_runs()
    {
        const string precedent = "Tăng cường công tác kiểm tra, giám sát an toàn thực phẩm tại các xã.";
        var diff = WordDiff.Compute("Tăng cường kiểm tra an toàn thực phẩm", precedent);

        Assert.Equal(precedent, string.Concat(diff.Where(d => d.Kind != "delete").Select(d => d.Text)));
        Assert.InRange(WordDiff.Similarity(diff), 0.5, 0.8);
    }

    [Fact]
    public void Empty_texts_have_no_similarity()
    {
        Assert.Empty(WordDiff.Compute("", ""));
        Assert.Equal(0, WordDiff.Similarity([]));
    }
}
