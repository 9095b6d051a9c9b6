using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Documents;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The focused answerer shows a sibling sentence the evidence cannot tell from its best one (issue #11, chat31a: the
/// wrong pick and the right sentence were items a) / b) with the same coverage and nearly the same score).
/// </summary>
public sealed class NearTiesTests
{
    private static readonly DocumentProfile Profile = new()
    {
        Document = new PolicyDocument { Id = "doc", Source = "doc.txt", ContentHash = "h" },
        Places = new HashSet<string>(),
        Years = new HashSet<int>(),
        NameKeys = new HashSet<string>(),
    };

    private static SentenceCandidate Candidate(string id, double coverage, double score, bool answers = true, string quote = "câu") =>
        new(new RetrievedClause
        {
            Clause = new Clause { Id = "doc/" + id, DocumentId = "doc", Label = id, Heading = "", Text = quote },
            Document = Profile, Ancestors = [], ContextKeys = new HashSet<string>(), FrameText = "", ContextYears = new HashSet<int>(),
        }, quote, coverage, score, answers);

    [Fact]
    public void A_sibling_with_the_same_coverage_and_a_score_within_the_ratio_is_shown_beside_the_best()
    {
        var best = Candidate("1.a", 0.8, 1.00);
        var sibling = Candidate("1.b", 0.8, 0.98);
        var ties = NearTies.Of([best, sibling, Candidate("1.c", 0.8, 0.90)], best, [best]);
        Assert.Equal(["doc/1.b"], ties.Select(t => t.Clause.Id));
    }

    [Fact]
    public void A_sentence_scoring_below_the_ratio_or_covering_less_is_not_a_tie()
    {
        var best = Candidate("1.a", 0.8, 1.00);
        Assert.Empty(NearTies.Of([best, Candidate("1.b", 0.7, 0.99), Candidate("1.c", 0.8, 0.90)], best, [best]));
    }

    [Fact]
    public void A_sentence_that_does_not_answer_or_shares_the_best_clause_is_skipped()
    {
        var best = Candidate("1.a", 0.8, 1.00, quote: "một");
        var ties = NearTies.Of([best, Candidate("1.a", 0.8, 0.995, quote: "hai"), Candidate("1.b", 0.8, 0.99, answers: false),
            Candidate("1.c", 0.8, 0.98)], best, [best]);
        Assert.Equal(["doc/1.c"], ties.Select(t => t.Clause.Id));
    }

    [Fact]
    public void Sentences_ranked_above_a_preferred_best_are_not_taken_back_and_quotes_stay_bounded()
    {
        var passedOver = Candidate("intro", 0.8, 1.00);
        var best = Candidate("2", 0.8, 0.99);
        var ties = NearTies.Of([passedOver, best, Candidate("3", 0.8, 0.985), Candidate("4", 0.8, 0.98), Candidate("5", 0.8, 0.975)], best, [best]);
        Assert.Equal(["doc/3", "doc/4"], ties.Select(t => t.Clause.Id));
        Assert.Equal(NearTies.MaxQuotes, ties.Count + 1);
    }
}
