using PolicyKB.Cli.Reranking;
using PolicyKB.Documents;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Tests.Rerank;

/// <summary>The short, staff-like training queries train-reranker generates from a training document's clauses.</summary>
public sealed class ShortQueryBuilderTests
{
    // Topic words, each used by exactly two clauses (rare, yet real vocabulary), and boilerplate every clause holds.
    private static readonly string[] _topics =
    [
        "tiền ăn", "học phí", "nhà ở", "cây xăng", "đê điều", "rừng phòng", "thuế thu", "bảo hiểm",
        "khám bệnh", "tiêm chủng", "người nghèo", "trẻ mồ", "điện lực", "nước sạch", "giao thông", "chợ đầu",
    ];

    private const string Boilerplate = "các đơn vị triển khai đúng tiến độ";

    [Fact]
    public void A_short_query_is_the_rare_known_words_of_the_clause_body_never_boilerplate_nor_the_heading()
    {
        var judgements = new ShortQueryBuilder(EverydayWording.Create("không-có-tệp.tsv", []), _topics.Concat(["đơn vị", "triển khai", "tiến độ", "mục tiêu"]).ToHashSet(StringComparer.Ordinal)).From(Corpus(), 20).ToList();

        Assert.NotEmpty(judgements);
        foreach (var judgement in judgements)
        {
            var clause = Corpus().Values.SelectMany(c => c).Single(c => judgement.Relevant.Contains(c.Id));
            var query = VietnameseNormalizer.Fold(judgement.Query);
            var used = _topics.Where(t => query.Contains(VietnameseNormalizer.Fold(t), StringComparison.Ordinal)).ToList();
            Assert.Equal(2, used.Count);
            Assert.All(used, t => Assert.Contains(t, clause.Text, StringComparison.Ordinal));
            Assert.DoesNotContain("trien khai", query, StringComparison.Ordinal);
            Assert.DoesNotContain("muc tieu chung", query, StringComparison.Ordinal);
            Assert.Equal(ShortQueryBuilder.Source, judgement.Source);
        }
        // About a fifth also come without diacritics, as staff sometimes type.
        Assert.Contains(judgements, j => !VietnameseNormalizer.HasDiacritics(j.Query));
    }

    // Clause k of 16 uses topics k and k+1 (mod 16): each topic sits in two clauses.
    private static Dictionary<string, IReadOnlyList<Clause>> Corpus()
    {
        var clauses = Enumerable.Range(0, _topics.Length).Select(k => new Clause
        {
            Id = $"van-ban-{k % 4}/{k}",
            DocumentId = $"van-ban-{k % 4}",
            Label = $"{k + 1}.",
            Heading = "Mục tiêu chung",
            Text = $"Mục tiêu chung {Boilerplate} về {_topics[k]} và {_topics[(k + 1) % _topics.Length]} {Boilerplate}.",
            Kind = ClauseKind.Clause,
        }).ToList();
        return clauses.GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => (IReadOnlyList<Clause>)g.ToList(), StringComparer.Ordinal);
    }
}
