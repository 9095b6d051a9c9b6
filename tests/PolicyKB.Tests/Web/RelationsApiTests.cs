using System.Net;
using System.Text.Json;

namespace PolicyKB.Tests.Web;

/// <summary>The "Lược đồ" of a document: its relations grouped as legal databases list them, in both directions.</summary>
public sealed class RelationsApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    private const string Plan = "ha-tinh-2024-cung-co-y-te-co-so";

    /// <summary>Kế hoạch 300-KH/TU replacing Kế hoạch 242-KH/TU (which the Hà Tĩnh 2024 plan implements).</summary>
    private const string ReplacingPlan = """
        TỈNH ỦY HÀ TĨNH
        *
        Số 300-KH/TU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Hà Tĩnh, ngày 10 tháng 3 năm 2025

        KẾ HOẠCH
        về củng cố mạng lưới y tế cơ sở giai đoạn 2025 - 2030

        I. MỤC ĐÍCH, YÊU CẦU
        1. Củng cố mạng lưới y tế cơ sở, nâng cao chất lượng khám bệnh, chữa bệnh ban đầu.
        II. TỔ CHỨC THỰC HIỆN
        1. Kế hoạch này có hiệu lực kể từ ngày ký, thay thế Kế hoạch số 242-KH/TU ngày 20/3/2024 của Tỉnh ủy Hà Tĩnh.

        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ
        Nguyễn Văn B
        """;

    private static readonly string[] GroupOrder =
    [
        "basis", "implements", "guides", "repeals", "replaces", "amends", "cites",
        "implementedBy", "guidedBy", "repealedBy", "replacedBy", "amendedBy",
    ];

    [Fact]
    public async Task Every_group_is_listed_in_a_fixed_order_with_a_vietnamese_heading()
    {
        var map = await app.CreateClient().GetOk($"/api/documents/{Plan}/relations");

        var groups = map.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(GroupOrder, groups.Select(g => g.GetProperty("kind").GetString()));
        Assert.Contains(groups, g => g.GetProperty("label").GetString() == "Căn cứ");
        Assert.Contains(groups, g => g.GetProperty("label").GetString() == "Văn bản bãi bỏ văn bản này");
        Assert.Equal(Plan, map.GetProperty("document").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_plan_implements_the_decision_rests_on_the_directive_and_cites_the_rest_each_document_once()
    {
        var map = await app.CreateClient().GetOk($"/api/documents/{Plan}/relations");

        var implements = Entries(map, "implements");
        Assert.Equal(["242-KH/TU", "281/QĐ-TTg"], implements.Select(e => e.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        Assert.All(implements, e => Assert.True(e.GetProperty("implements").GetBoolean()));
        var decision = implements.Single(e => e.GetProperty("key").GetString() == "281/QĐ-TTg");
        Assert.Equal("Quyết định 281/QĐ-TTg", decision.GetProperty("label").GetString());
        Assert.Equal("trung-uong", decision.GetProperty("level").GetString());
        // The plan cites the decision in ten clauses: each is listed once, with the citation marked in its excerpt.
        var clauses = decision.GetProperty("clauses").EnumerateArray().ToList();
        Assert.Equal(10, clauses.Count);
        Assert.Equal(clauses.Count, clauses.Select(c => c.GetProperty("clauseId").GetString()).Distinct().Count());
        Assert.Equal($"{Plan}/preamble", clauses[0].GetProperty("clauseId").GetString());
        Assert.All(clauses, c => Assert.Contains("281/QĐ-TTg", Marked(c), StringComparison.Ordinal));

        Assert.Equal(["25-CT/TW"], Entries(map, "basis").Select(e => e.GetProperty("key").GetString()));
        var cited = Entries(map, "cites").Select(e => e.GetProperty("key").GetString()).ToList();
        Assert.Contains("205/KH-UBND", cited);
        // A document is in one outgoing group: what the plan implements is not listed again as merely cited.
        var outgoing = new[] { "basis", "implements", "cites" }.SelectMany(g => Entries(map, g)).Select(e => e.GetProperty("key").GetString()).ToList();
        Assert.Equal(outgoing.Count, outgoing.Distinct().Count());
    }

    [Fact]
    public async Task A_stored_plan_that_implements_the_document_is_listed_with_the_clauses_citing_it()
    {
        var admin = app.CreateAdminClient();
        await Upload(admin, "tinh-uy-242-kh-tu.txt", Uploads.CitedPlan);

        var map = await admin.GetOk("/api/documents/tinh-uy-242-kh-tu/relations");

        Assert.Equal("242-KH/TU", map.GetProperty("key").GetString());
        var plan = Assert.Single(Entries(map, "implementedBy"), e => e.GetProperty("documentId").GetString() == Plan);
        Assert.True(plan.GetProperty("implements").GetBoolean());
        Assert.True(plan.GetProperty("basis").GetBoolean());
        var clauses = plan.GetProperty("clauses").EnumerateArray().ToList();
        Assert.True(clauses.Count >= 5, $"the plan cites 242-KH/TU in ten clauses, {clauses.Count} listed");
        Assert.All(clauses, c => Assert.Equal(Plan, c.GetProperty("documentId").GetString()));
        Assert.All(clauses, c => Assert.Contains("242-KH/TU", Marked(c), StringComparison.Ordinal));

        // And from the plan's side, the implemented plan is now the stored document.
        var planMap = await admin.GetOk($"/api/documents/{Plan}/relations");
        var implemented = Entries(planMap, "implements").Single(e => e.GetProperty("key").GetString() == "242-KH/TU");
        Assert.Equal("tinh-uy-242-kh-tu", implemented.GetProperty("documentId").GetString());
        Assert.Equal("Kế hoạch 242-KH/TU", implemented.GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_replacement_shows_on_both_documents_and_the_replacing_one_is_not_also_listed_as_implementing()
    {
        var admin = app.CreateAdminClient();
        await Upload(admin, "tinh-uy-242-kh-tu.txt", Uploads.CitedPlan);
        await Upload(admin, "tinh-uy-300-kh-tu.txt", ReplacingPlan);

        var replacing = await admin.GetOk("/api/documents/tinh-uy-300-kh-tu/relations");
        var replaced = Assert.Single(Entries(replacing, "replaces"));
        Assert.Equal("242-KH/TU", replaced.GetProperty("key").GetString());
        Assert.Equal("tinh-uy-242-kh-tu", replaced.GetProperty("documentId").GetString());
        Assert.Contains("thay thế", Assert.Single(replaced.GetProperty("clauses").EnumerateArray()).GetProperty("excerpt").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Entries(replacing, "cites"), e => e.GetProperty("key").GetString() == "242-KH/TU");

        var map = await admin.GetOk("/api/documents/tinh-uy-242-kh-tu/relations");
        var by = Assert.Single(Entries(map, "replacedBy"));
        Assert.Equal("tinh-uy-300-kh-tu", by.GetProperty("documentId").GetString());
        Assert.Equal("300-KH/TU", by.GetProperty("key").GetString());
        Assert.Equal("tinh-uy-300-kh-tu", Assert.Single(by.GetProperty("clauses").EnumerateArray()).GetProperty("documentId").GetString());
        Assert.DoesNotContain(Entries(map, "implementedBy"), e => e.GetProperty("documentId").GetString() == "tinh-uy-300-kh-tu");
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        await ApiAssert.Problem(await app.CreateClient().GetAsync("/api/documents/khong-co/relations"), HttpStatusCode.NotFound);
    }

    private static async Task Upload(HttpClient admin, string name, string text)
    {
        var result = await ApiAssert.Ok(await admin.PostAsync("/api/ingest", Uploads.Form((name, Uploads.Utf8(text)))));
        Assert.Contains(Assert.Single(result.GetProperty("files").EnumerateArray()).GetProperty("status").GetString(), new[] { "stored", "unchanged", "replaced" });
    }

    private static List<JsonElement> Entries(JsonElement map, string kind) =>
        map.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("kind").GetString() == kind).GetProperty("entries").EnumerateArray().ToList();

    /// <summary>The part of a clause's excerpt marked as the citation.</summary>
    private static string Marked(JsonElement clause)
    {
        var excerpt = clause.GetProperty("excerpt").GetString()!;
        var start = clause.GetProperty("start").GetInt32();
        Assert.True(start >= 0, $"no citation marked in: {excerpt}");
        return excerpt.Substring(start, clause.GetProperty("length").GetInt32());
    }
}
