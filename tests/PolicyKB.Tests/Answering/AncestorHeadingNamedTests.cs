using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Documents;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A heading the question names ("Mục tiêu …") frames every clause under it, not only those whose nearest heading it is
/// (issue #11 round 23, dev halves of tests/eval/answers-unseen-19/-20.jsonl): a bullet with a heading of its own under
/// "MỤC TIÊU" was outranked by its sibling section without one on the section's heading alone.
/// </summary>
public sealed class AncestorHeadingNamedTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private static readonly DocumentProfile Profile = new()
    {
        Document = new PolicyDocument { Id = "qd", Source = "qd.txt", ContentHash = "h" },
        Places = new HashSet<string>(),
        Years = new HashSet<int>(),
        NameKeys = new HashSet<string>(),
    };

    private static readonly Clause Goals = new() { Id = "qd/I", DocumentId = "qd", Label = "I", Heading = "MỤC TIÊU", Text = "I. MỤC TIÊU" };
    private static readonly Clause Specific = new() { Id = "qd/I.2.a", DocumentId = "qd", Label = "a", Heading = "Chất lượng không khí được cải thiện", Text = "a) Chất lượng không khí được cải thiện:" };

    private static RetrievedClause Clause(string id, string heading, string text, params Clause[] ancestors) => new()
    {
        Clause = new Clause { Id = "qd/" + id, DocumentId = "qd", Label = id, Heading = heading, Text = text },
        Document = Profile, Ancestors = ancestors, ContextKeys = new HashSet<string>(), FrameText = "", ContextYears = new HashSet<int>(),
    };

    [Fact]
    public void A_bullet_under_a_named_section_is_named_as_its_sibling_without_a_heading_is()
    {
        var question = QuestionAnalyzer.CreateDefault().Analyze("Mục tiêu bụi PM2.5 ở Hà Nội năm 2030 là bao nhiêu?", kb.Snapshot());
        var bullet = Clause("I.2.a.-1", "", "- Tại Hà Nội, nồng độ bụi PM2.5 năm 2030 đạt dưới 40 μg/m3.", Goals, Specific);
        var vision = Clause("I.3", "", "3. Tầm nhìn đến năm 2045: nồng độ bụi PM2.5 đạt quy chuẩn.", Goals);

        Assert.True(Relevance.HeadingNamed(question, vision));
        Assert.True(Relevance.HeadingNamed(question, bullet));
    }

    [Fact]
    public void A_clause_under_no_named_heading_is_not_named()
    {
        var question = QuestionAnalyzer.CreateDefault().Analyze("Mục tiêu bụi PM2.5 ở Hà Nội năm 2030 là bao nhiêu?", kb.Snapshot());
        var task = Clause("II.1", "", "1. Kiểm soát khí thải phương tiện giao thông.",
            new Clause { Id = "qd/II", DocumentId = "qd", Label = "II", Heading = "NHIỆM VỤ, GIẢI PHÁP", Text = "II. NHIỆM VỤ, GIẢI PHÁP" });

        Assert.False(Relevance.HeadingNamed(question, task));
    }
}
