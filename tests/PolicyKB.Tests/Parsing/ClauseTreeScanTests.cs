using PolicyKB.Documents;
using PolicyKB.Parsing;

namespace PolicyKB.Tests.Parsing;

/// <summary>The structural scan names the shapes a right clause tree never has, and nothing in a right one.</summary>
public sealed class ClauseTreeScanTests
{
    [Fact]
    public void A_right_tree_has_no_defects()
    {
        var clauses = Tree(("D1", null, ClauseKind.Article, "Điều 1.", "Điều 1. Phạm vi"), ("D1.1", "D1", ClauseKind.Clause, "1.", "1. Nội dung."),
            ("D2", null, ClauseKind.Article, "Điều 2.", "Điều 2. Đối tượng"));

        Assert.Empty(ClauseTreeScan.Scan(clauses));
    }

    [Fact]
    public void Articles_read_as_items_under_the_article_before_show_as_split_words_repeated_numbers_and_a_gap()
    {
        // The shape of "Điều" / "9. Công bố …" read apart: article 9's title line ends with the next article's word.
        var clauses = Tree(("D1", null, ClauseKind.Article, "Điều 1.", "Điều 1. Phạm vi\nĐiều"), ("D1.1", "D1", ClauseKind.Clause, "1.", "1. Nội dung.\nĐiều"),
            ("D1.1~2", "D1", ClauseKind.Clause, "1.", "1. Đối tượng"), ("D3", null, ClauseKind.Article, "Điều 3.", "Điều 3. Hiệu lực"));

        var classes = ClauseTreeScan.Scan(clauses).Select(d => d.Class).ToList();

        Assert.Equal(["article-word-split", "article-word-split", "repeated-number", "article-sequence"], classes);
    }

    [Fact]
    public void An_article_inside_an_article_and_a_long_body_without_headings_are_defects()
    {
        var nested = Tree(("D1", null, ClauseKind.Article, "Điều 1.", "Điều 1. Phạm vi"), ("D1.D2", "D1", ClauseKind.Article, "Điều 2.", "Điều 2. Đối tượng"));
        var flat = Tree(("preamble", null, ClauseKind.Preamble, "", new string('x', ClauseTreeScan.SingleClauseMinimum + 1)));

        Assert.Contains(ClauseTreeScan.Scan(nested), d => d.Class == "article-in-article" && d.ClauseId == "doc/D1.D2");
        Assert.Contains(ClauseTreeScan.Scan(flat), d => d.Class == "single-clause-body");
    }

    private static List<Clause> Tree(params (string Id, string? Parent, ClauseKind Kind, string Display, string Text)[] rows)
    {
        return rows.Select(r => new Clause
        {
            Id = "doc/" + r.Id,
            DocumentId = "doc",
            ParentId = r.Parent is null ? null : "doc/" + r.Parent,
            Label = r.Id.Split('.')[^1].Split('~')[0],
            DisplayLabel = r.Display,
            Kind = r.Kind,
            Text = r.Text,
        }).ToList();
    }
}
