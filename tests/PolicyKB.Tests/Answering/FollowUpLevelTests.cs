using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A follow-up that names only another administrative level ("còn ở xã thì sao?") replaces the level word of the
/// previous question instead of being appended to it (issue #11 round 15, dev failure U8L09 of
/// tests/eval/answers-unseen-8.jsonl).
/// </summary>
public sealed class FollowUpLevelTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private readonly FollowUpRewriter _rewriter = new();

    private string Rewrite(string previous, string followUp) =>
        _rewriter.Rewrite(followUp, [new ChatTurn(previous, "…")], kb.Snapshot());

    [Fact]
    public void A_commune_replaces_the_ward_of_the_previous_question()
    {
        var rewritten = Rewrite("Học phí mầm non công lập ở phường tại Hà Giang năm học 2025-2026 là bao nhiêu?", "còn ở xã thì sao?");

        Assert.Equal("Học phí mầm non công lập ở xã tại Hà Giang năm học 2025-2026 là bao nhiêu?", rewritten);
    }

    [Fact]
    public void A_two_word_level_replaces_a_one_word_level()
    {
        var rewritten = Rewrite("Mức hỗ trợ cho cán bộ cấp huyện là bao nhiêu?", "còn thị trấn?");

        Assert.Equal("Mức hỗ trợ cho cán bộ cấp thị trấn là bao nhiêu?", rewritten);
    }

    [Fact]
    public void A_level_typed_without_accents_replaces_the_unaccented_level()
    {
        var rewritten = Rewrite("hoc phi o phuong la bao nhieu?", "con o xa thi sao?");

        Assert.Equal("hoc phi o xa la bao nhieu?", rewritten);
    }

    [Fact]
    public void Xa_hoi_and_hop_tac_xa_are_not_levels_to_replace()
    {
        var rewritten = Rewrite("Hợp tác xã được bảo hiểm xã hội hỗ trợ bao nhiêu?", "còn ở phường thì sao?");

        Assert.DoesNotContain("Hợp tác phường", rewritten);
        Assert.DoesNotContain("bảo hiểm phường", rewritten);
    }
}
