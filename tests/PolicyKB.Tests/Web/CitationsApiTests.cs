using System.Net;

namespace PolicyKB.Tests.Web;

public sealed class CitationsApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    [Fact]
    public async Task Cited_keys_are_listed_most_cited_first()
    {
        var keys = (await app.CreateClient().GetOk("/api/citations")).EnumerateArray().ToList();

        Assert.Equal(3, keys[0].GetProperty("documents").GetInt32()); // 20-NQ/TW: Hà Giang cites it as "Nghị quyết 20, Nghị quyết 21 của BCH TW"
        var documents = keys.Select(k => k.GetProperty("documents").GetInt32()).ToList();
        Assert.Equal(documents.OrderByDescending(d => d), documents);
        Assert.Contains(keys, k => k.GetProperty("key").GetString() == "281/QĐ-TTg");
    }

    [Fact]
    public async Task Cited_keys_of_one_document()
    {
        var keys = (await app.CreateClient().GetOk("/api/citations?documentId=ha-giang-2021-ky-niem-ngay-thay-thuoc")).EnumerateArray().ToList();

        Assert.Contains(keys, k => k.GetProperty("key").GetString() == "111/2018/NĐ-CP" && k.GetProperty("basis").GetBoolean());
        Assert.DoesNotContain(keys, k => k.GetProperty("key").GetString() == "281/QĐ-TTg");
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/citations?documentId=khong-co"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/citations/281/Q%C4%90-TTg")]
    [InlineData("/api/citations/281%2FQ%C4%90-TTg")]
    public async Task A_key_with_a_slash_is_read_from_the_rest_of_the_path(string url)
    {
        var detail = await app.CreateClient().GetOk(url);

        Assert.Equal("281/QĐ-TTg", detail.GetProperty("cited").GetProperty("key").GetString());
        Assert.Equal("Thủ tướng Chính phủ", detail.GetProperty("cited").GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task Citing_clauses_are_grouped_by_document_with_the_citation_span()
    {
        var detail = await app.CreateClient().GetOk("/api/citations/20-NQ/TW");

        var groups = detail.GetProperty("citingDocuments").EnumerateArray().ToList();
        Assert.Equal(["ha-giang-2021-ky-niem-ngay-thay-thuoc", "son-duong-2021-cong-tac-y-te-huyen", "thanh-hoa-2021-ke-hoach-hanh-dong-y-te"],
            groups.Select(g => g.GetProperty("document").GetProperty("id").GetString()).Order());
        foreach (var clause in groups.SelectMany(g => g.GetProperty("clauses").EnumerateArray()))
        {
            var text = clause.GetProperty("text").GetString()!;
            Assert.Equal(clause.GetProperty("raw").GetString(), text.Substring(clause.GetProperty("start").GetInt32(), clause.GetProperty("length").GetInt32()));
        }
        Assert.Equal(JsonValueKindNull, detail.GetProperty("target").ValueKind);
    }

    [Fact]
    public async Task A_named_key_with_spaces_is_found()
    {
        var detail = await app.CreateClient().GetOk("/api/citations/Lu%E1%BA%ADt%20D%C6%B0%E1%BB%A3c");

        Assert.Equal("Luật Dược", detail.GetProperty("cited").GetProperty("key").GetString());
    }

    [Fact]
    public async Task An_unknown_key_is_a_404_problem()
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/citations/999/QĐ-XYZ"), HttpStatusCode.NotFound, "Không tìm thấy trích dẫn");
    }

    [Fact]
    public async Task The_graph_of_the_collection_links_documents_to_what_they_cite()
    {
        var graph = await app.CreateClient().GetOk("/api/citations/graph");

        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, nodes.Count(n => n.GetProperty("kind").GetString() == "document"));
        var directive = nodes.Single(n => n.GetProperty("id").GetString() == "key:25-CT/TW");
        Assert.Equal("trung-uong", directive.GetProperty("level").GetString());
        var edges = graph.GetProperty("edges").EnumerateArray().ToList();
        Assert.Contains(edges, e => e.GetProperty("source").GetString() == "doc:ha-tinh-2024-cung-co-y-te-co-so"
            && e.GetProperty("target").GetString() == "key:25-CT/TW" && e.GetProperty("basis").GetBoolean());
        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(edges, e => Assert.Contains(e.GetProperty("target").GetString(), ids));
        Assert.Equal(3, nodes.Single(n => n.GetProperty("id").GetString() == "key:20-NQ/TW").GetProperty("citedBy").GetInt32());
    }

    [Fact]
    public async Task The_graph_of_one_document_keeps_only_its_edges()
    {
        var graph = await app.CreateClient().GetOk("/api/citations/graph?documentId=ha-giang-2021-ky-niem-ngay-thay-thuoc");

        Assert.All(graph.GetProperty("edges").EnumerateArray(), e => Assert.Equal("doc:ha-giang-2021-ky-niem-ngay-thay-thuoc", e.GetProperty("source").GetString()));
        Assert.Equal(1, graph.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("kind").GetString() == "document"));
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/citations/graph?documentId=khong-co"), HttpStatusCode.NotFound);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
