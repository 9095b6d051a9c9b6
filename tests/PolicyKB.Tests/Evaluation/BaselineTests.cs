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
        var hits = await fts.Retriever(Fts5QueryForm.And).SearchAsync("ty le bao phu bao hiem", 10);
        Assert.Equal(new RankedHit("a.txt", "Tỷ lệ bao phủ bảo hiểm y tế: 100%"), hits[0]);
        Assert.Equal("a.txt", (await fts.Retriever(Fts5QueryForm.And).SearchAsync("281/QĐ-TTg", 10))[0].Source);
        Assert.Empty(await fts.Retriever(Fts5QueryForm.Or).SearchAsync("?!", 10));
    }

    [Fact]
    public void Sqlite_fts5_folds_đ_to_d_at_index_and_query_time_which_its_tokenizer_does_not()
    {
        using var fts = new SqliteFts5Baseline(Clauses);
        Assert.Equal("b.md", Assert.Single(fts.Search("bao dam an toan", 10, Fts5QueryForm.And)).Source);
        Assert.Equal("a.txt", Assert.Single(fts.Search("quyet dinh 281/QD-TTg", 10, Fts5QueryForm.And)).Source);
        Assert.Equal("a.txt", Assert.Single(fts.Search("Quyết định 281/QĐ-TTg", 10, Fts5QueryForm.And)).Source);
    }

    [Fact]
    public void Sqlite_fts5_and_form_needs_every_word_while_the_or_form_takes_any()
    {
        using var fts = new SqliteFts5Baseline(Clauses);
        Assert.Empty(fts.Search("bảo hiểm thực phẩm", 10, Fts5QueryForm.And));
        Assert.Equal(3, fts.Search("bảo hiểm thực phẩm", 10, Fts5QueryForm.Or).Count); // "thực" alone matches "Thực hiện Quyết định…"
    }

    [Fact]
    public async Task Both_baselines_search_the_heading_and_document_title_as_policykb_does()
    {
        BaselineClause[] clauses =
        [
            new("c/1", "c.txt", "Nâng cao nhận thức của cán bộ", "MỤC ĐÍCH, YÊU CẦU", "Kế hoạch 12/KH-UBND Triển khai chuyển đổi số"),
            new("d/1", "d.txt", "Tổ chức hội nghị sơ kết"),
        ];
        using var fts = new SqliteFts5Baseline(clauses);
        Assert.Equal("c.txt", Assert.Single(fts.Search("muc dich chuyen doi so", 10, Fts5QueryForm.And)).Source);
        using var lucene = new LuceneStandardBaseline(clauses);
        Assert.Equal("c.txt", (await lucene.SearchAsync("chuyển đổi số", 10))[0].Source);
    }

    [Theory]
    [InlineData("QĐ 281/QĐ-TTg?", "\"QD\" OR \"281\" OR \"TTg\"")]
    [InlineData("\"x\" AND y*", "\"x\" OR \"AND\" OR \"y\"")]
    [InlineData("  ", "")]
    public void Fts5_queries_quote_each_word_so_user_punctuation_never_reaches_the_query_grammar(string query, string expected) =>
        Assert.Equal(expected, SqliteFts5Baseline.MatchExpression(query, Fts5QueryForm.Or));

    [Fact]
    public void Fts5_and_form_joins_the_quoted_words_with_spaces() =>
        Assert.Equal("\"Chi\" \"thi\" \"25\" \"CT\" \"TW\"", SqliteFts5Baseline.MatchExpression("Chi thi 25-CT/TW", Fts5QueryForm.And));
}
