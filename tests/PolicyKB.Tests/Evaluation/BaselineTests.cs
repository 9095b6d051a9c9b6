using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Evaluation.Baselines;

namespace PolicyKB.Tests.Evaluation;

/// <summary>The two comparison systems index the clauses they are given and answer plain-text queries.</summary>
public sealed class BaselineTests
{
    private static readonly BaselineClause[] Clauses =
    [
        new("a/1", "a.txt", "Tỷ lệ bao phủ bảo hiểm y tế: 100%"),
        new("a/2", "a.txt", "Thực hiện Quyết định số 281/QĐ-TTg ngày 05/4/2024 của Thủ tướng Chính phủ"),
        new("b/1", "b.md", "Bảo đảm an toàn thực phẩm, vệ sinh môi trường"),
    ];

    [Fact]
    public async Task Lucene_standard_analyzer_finds_accented_words_but_not_their_unaccented_form()
    {
        using var lucene = new LuceneStandardBaseline(Clauses);
        var hits = await lucene.SearchAsync("an toàn thực phẩm", 10);
        Assert.Equal("Bảo đảm an toàn thực phẩm, vệ sinh môi trường", hits[0].Text);
        // Every syllable of "thuc pham moi truong" differs from its accented form, so nothing matches.
        Assert.Empty(await lucene.SearchAsync("thuc pham moi truong", 10));
    }

    [Fact]
    public async Task Sqlite_fts5_with_remove_diacritics_finds_unaccented_queries()
    {
        using var fts = new SqliteFts5Baseline(Clauses);
        Assert.Matches(@"^\d+\.\d+", fts.SqliteVersion);
        var hits = await fts.SearchAsync("ty le bao phu bao hiem", 10);
        Assert.Equal(new RankedHit("a.txt", "Tỷ lệ bao phủ bảo hiểm y tế: 100%"), hits[0]);
        Assert.Equal("a.txt", (await fts.SearchAsync("281/QĐ-TTg", 10))[0].Source);
        Assert.Empty(await fts.SearchAsync("?!", 10));
    }

    [Theory]
    [InlineData("QĐ 281/QĐ-TTg?", "\"QĐ\" OR \"281\" OR \"TTg\"")]
    [InlineData("\"x\" AND y*", "\"x\" OR \"AND\" OR \"y\"")]
    [InlineData("  ", "")]
    public void Fts5_queries_quote_each_word_so_user_punctuation_never_reaches_the_query_grammar(string query, string expected) =>
        Assert.Equal(expected, SqliteFts5Baseline.MatchExpression(query));
}
