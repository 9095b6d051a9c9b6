using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Documents;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A list quotes the entries under an item that is only a heading ("1. Nguồn kinh phí" over "a) Ngân sách địa phương …"),
/// not the heading alone (issue #11, chat19b: "lấy từ những nguồn nào?" was answered by the heading).
/// </summary>
public sealed class NestedItemsTests
{
    private static readonly Dictionary<string, Clause> Clauses = new[]
    {
        Make("IV.1", "Nguồn kinh phí", "1. Nguồn kinh phí", "IV.1.a", "IV.1.b"),
        Make("IV.1.a", "Ngân sách địa phương", "a) Ngân sách địa phương: nguồn chi thường xuyên sự nghiệp giáo dục."),
        Make("IV.1.b", "", "b) Nguồn xã hội hóa và các nguồn tài trợ hợp pháp."),
        Make("IV.2", "", "2. Việc lập kế hoạch tài chính thực hiện theo quy định hiện hành."),
    }.ToDictionary(c => c.Id);

    private static Clause Make(string id, string heading, string text, params string[] children) =>
        new() { Id = "doc/" + id, DocumentId = "doc", Label = id, Heading = heading, Text = text, ChildIds = [.. children.Select(c => "doc/" + c)] };

    private static readonly DocumentProfile Profile = new()
    {
        Document = new PolicyDocument { Id = "doc", Source = "doc.txt", ContentHash = "h" },
        Places = new HashSet<string>(),
        Years = new HashSet<int>(),
        NameKeys = new HashSet<string>(),
    };

    private static RetrievedClause? Frame(string id) => Clauses.TryGetValue(id, out var clause)
        ? new RetrievedClause { Clause = clause, Document = Profile, Ancestors = [], ContextKeys = new HashSet<string>(), FrameText = "", ContextYears = new HashSet<int>() }
        : null;

    [Fact]
    public void A_heading_only_item_is_replaced_by_its_entries()
    {
        var flat = NestedItems.Flatten([Frame("doc/IV.1")!, Frame("doc/IV.2")!], Frame, 8);

        Assert.Equal(["doc/IV.1.a", "doc/IV.1.b", "doc/IV.2"], flat.Select(c => c.Id));
    }

    [Fact]
    public void Entries_stop_at_the_most_items_quoted()
    {
        var flat = NestedItems.Flatten([Frame("doc/IV.1")!, Frame("doc/IV.2")!], Frame, 2);

        Assert.Equal(["doc/IV.1.a", "doc/IV.1.b"], flat.Select(c => c.Id));
    }
}
