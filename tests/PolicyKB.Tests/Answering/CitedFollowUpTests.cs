using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A short follow-up is first answered from the clauses the previous answer cited, when one of their sentences holds a
/// value of the type the follow-up asks; a "còn X" follow-up, an untyped one or a turn without cited clauses keeps the
/// usual path.
/// </summary>
public sealed class CitedFollowUpTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private const string Cited = "ha-tinh-2024-cung-co-y-te-co-so/II.2.-5";

    [Fact]
    public void A_short_follow_up_asking_a_number_is_answered_from_the_sentence_the_previous_answer_quoted()
    {
        var knowledge = kb.Snapshot();
        var retriever = new ClauseRetriever(kb.KnowledgeBase.Store, kb.KnowledgeBase.Search);
        const string followUp = "trước đó là bao nhiêu?";
        var own = QuestionAnalyzer.CreateDefault().Analyze(followUp, knowledge);

        var draft = CitedFollowUp.TryAnswer(followUp, own, [Cited], "«Tỷ lệ người dân tham gia bảo hiểm y tế >95%.» [1]", knowledge, id => retriever.Frame(id, knowledge));

        Assert.NotNull(draft);
        Assert.Equal(Cited, draft.Sources[0].Id);
        Assert.Contains("95%", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_not_quoted_before_must_hold_the_follow_ups_own_words()
    {
        var knowledge = kb.Snapshot();
        var retriever = new ClauseRetriever(kb.KnowledgeBase.Store, kb.KnowledgeBase.Search);
        const string followUp = "số trạm y tế đạt chuẩn là bao nhiêu?";
        var own = QuestionAnalyzer.CreateDefault().Analyze(followUp, knowledge);

        Assert.Null(CitedFollowUp.TryAnswer(followUp, own, [Cited], "…", knowledge, id => retriever.Frame(id, knowledge)));
    }

    [Theory]
    [InlineData("còn Thanh Hóa thì bao nhiêu?")]
    [InlineData("nội dung đó là gì?")]
    public void A_follow_up_opening_with_con_or_asking_no_typed_value_is_not_answered_from_the_cited_clause(string followUp)
    {
        var own = QuestionAnalyzer.CreateDefault().Analyze(followUp, kb.Snapshot());

        Assert.Null(CitedFollowUp.TryAnswer(followUp, own, [Cited], "«Tỷ lệ người dân tham gia bảo hiểm y tế >95%.» [1]", kb.Snapshot(), _ => null));
    }

    [Fact]
    public void A_turn_without_cited_clauses_gives_no_answer_from_them()
    {
        var own = QuestionAnalyzer.CreateDefault().Analyze("trước đó là bao nhiêu?", kb.Snapshot());

        Assert.Null(CitedFollowUp.TryAnswer("trước đó là bao nhiêu?", own, null, "…", kb.Snapshot(), _ => null));
        Assert.Null(CitedFollowUp.TryAnswer("trước đó là bao nhiêu?", own, [], "…", kb.Snapshot(), _ => null));
    }

    [Fact]
    public void A_refusal_cites_no_clause_for_the_next_turn()
    {
        var refused = new AnswerResult("q", AnswerResult.NotFound, AnswerModes.Extractive, [new AnswerCitation(1, Cited, "d", "s", "l", "t")], Refused: true);

        Assert.Empty(refused.CitedClauseIds());
    }
}
