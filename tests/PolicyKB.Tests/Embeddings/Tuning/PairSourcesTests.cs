using PolicyKB.Documents;
using PolicyKB.Search.Embeddings.Tuning;
using PolicyKB.Search.Evaluation.Pairs;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Embeddings.Tuning;

/// <summary>Where the supervised stage's pairs come from.</summary>
public sealed class PairSourcesTests
{
    [Fact]
    public void A_heading_is_paired_with_the_clause_text_under_it()
    {
        using var dir = new TempDirectory();
        var file = dir.File("nd.txt");
        File.WriteAllText(file, """
            NGHỊ ĐỊNH
            Quy định mức thu học phí

            Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
            Nghị định này quy định mức thu học phí đối với cơ sở giáo dục mầm non và giáo dục phổ thông công lập.
            Điều 2. Mức thu học phí năm học 2025
            Mức thu học phí đối với học sinh tiểu học là 0 đồng một tháng, học sinh trung học cơ sở đóng 100.000 đồng.
            """);

        var pairs = HeadingPairMiner.Mine([file], perDocument: 10).ToList();

        Assert.Contains(pairs, p => p.Query == "Phạm vi điều chỉnh và đối tượng áp dụng" && p.Passage.StartsWith("Nghị định này quy định mức thu học phí", StringComparison.Ordinal));
        Assert.Contains(pairs, p => p.Query == "Mức thu học phí năm học 2025" && p.Passage.Contains("học sinh tiểu học", StringComparison.Ordinal));
        Assert.All(pairs, p => Assert.Equal(HeadingPairMiner.Source, p.Source));
    }

    [Fact]
    public void At_most_the_given_number_of_pairs_is_taken_from_one_document()
    {
        using var dir = new TempDirectory();
        var file = dir.File("luat.txt");
        File.WriteAllLines(file, Enumerable.Range(1, 30).SelectMany(i => new[]
        {
            $"Điều {i}. Quy định về nội dung thứ {i} của luật",
            $"Cơ quan có thẩm quyền thực hiện nội dung thứ {i} theo đúng quy định của pháp luật hiện hành về việc này.",
        }));

        Assert.Equal(30, HeadingPairMiner.Mine([file], perDocument: 100).Count());
        Assert.Equal(8, HeadingPairMiner.Mine([file], perDocument: 8).Count());
    }

    [Fact]
    public void A_heading_without_body_text_takes_its_first_children()
    {
        var clauses = new List<Clause>
        {
            new() { Id = "a", DocumentId = "d", Label = "Điều 3", Kind = ClauseKind.Article, Heading = "Trách nhiệm của các sở ngành", Text = "Điều 3. Trách nhiệm của các sở ngành", ChildIds = ["b"] },
            new() { Id = "b", DocumentId = "d", Label = "1", Kind = ClauseKind.Clause, Text = "1. Sở Y tế chủ trì tổ chức tiêm chủng cho trẻ em trong độ tuổi trên địa bàn tỉnh." },
        };

        var pair = Assert.Single(HeadingPairMiner.FromClauses(clauses));

        Assert.StartsWith("1. Sở Y tế chủ trì", pair.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_without_heading_pairs_its_first_sentence_with_the_rest()
    {
        var clauses = new List<Clause>
        {
            new() { Id = "a", DocumentId = "d", Label = "1", Kind = ClauseKind.Item, Text = "Học sinh tiểu học được miễn học phí hoàn toàn. Nhà nước cấp bù học phí cho cơ sở giáo dục công lập theo số học sinh thực tế." },
            new() { Id = "b", DocumentId = "d", Label = "2", Kind = ClauseKind.Item, Heading = "Mức hỗ trợ chi phí học tập", Text = "2. Mức hỗ trợ chi phí học tập. Mỗi học sinh được hỗ trợ 150.000 đồng một tháng trong chín tháng." },
        };

        var pair = Assert.Single(HeadingPairMiner.FromSentences(clauses));

        Assert.Equal("Học sinh tiểu học được miễn học phí hoàn toàn", pair.Query);
        Assert.StartsWith("Nhà nước cấp bù học phí", pair.Passage, StringComparison.Ordinal);
        Assert.Equal(HeadingPairMiner.SentenceSource, pair.Source);
    }

    [Fact]
    public void Only_the_train_part_of_everyday_formal_pairs_is_used()
    {
        var pairs = Enumerable.Range(0, 60).Select(i => new QueryPair($"hỏi {i}", $"câu chuẩn {i}", PairSplit.Of($"câu chuẩn {i}"))).ToList();

        var used = SupervisedPairs.FromPairs(pairs).ToList();

        Assert.Equal(pairs.Count(p => p.Split == PairSplit.Train), used.Count);
        Assert.All(used, u => Assert.Equal(PairSplit.Train, PairSplit.Of(u.Passage)));
        Assert.Contains(pairs, p => p.Split == PairSplit.Dev);
        Assert.Contains(pairs, p => p.Split == PairSplit.Test);
    }

    [Fact]
    public void Each_thesaurus_expression_is_paired_with_the_next_of_its_group()
    {
        var pairs = SupervisedPairs.FromThesaurus(["# chú thích", "", "người già\tngười cao tuổi\tngười lớn tuổi", "một mình"]).ToList();

        Assert.Equal(
            [("người già", "người cao tuổi"), ("người cao tuổi", "người lớn tuổi"), ("người lớn tuổi", "người già")],
            pairs.Select(p => (p.Query, p.Passage)).ToList());
    }
}
