namespace PolicyKB.Tests.Web;

/// <summary>An issue date the document does not print but PolicyKB infers travels marked as inferred, never as printed.</summary>
public sealed class InferredValuesApiTests(PolicyKbApplication app) : IClassFixture<PolicyKbApplication>
{
    // Prints no issue date; it cites QĐ 281/QĐ-TTg of 05/4/2024, the latest date it cites.
    private const string HaTinh2024 = "ha-tinh-2024-cung-co-y-te-co-so";
    private const string HaGiang = "ha-giang-2021-ky-niem-ngay-thay-thuoc";

    [Fact]
    public async Task The_list_and_the_document_carry_an_inferred_issue_date_apart_from_the_printed_one()
    {
        var client = app.CreateClient();

        var items = (await client.GetOk("/api/documents?pageSize=100")).GetProperty("items").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        var detail = (await client.GetOk($"/api/documents/{HaTinh2024}")).GetProperty("document");

        Assert.Null(items[HaTinh2024].GetProperty("issuedOn").GetString());
        Assert.StartsWith("2024", items[HaTinh2024].GetProperty("inferredIssuedOn").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2024", detail.GetProperty("inferredIssuedOn").GetString(), StringComparison.Ordinal);
        Assert.NotNull(items[HaGiang].GetProperty("issuedOn").GetString());
        Assert.Null(items[HaGiang].GetProperty("inferredIssuedOn").GetString());
    }

    [Fact]
    public async Task Targets_say_when_the_year_of_their_document_is_inferred()
    {
        var targets = (await app.CreateClient().GetOk("/api/targets")).EnumerateArray().ToList();

        Assert.Contains(targets, t => t.GetProperty("documentYearInferred").GetBoolean());
        Assert.Contains(targets, t => !t.GetProperty("documentYearInferred").GetBoolean());
        foreach (var group in targets.GroupBy(t => t.GetProperty("documentId").GetString()!))
        {
            var facts = await app.CreateClient().GetOk($"/api/documents/{group.Key}/facts");
            Assert.All(group, t => Assert.Equal(facts.GetProperty("issuedOnInferred").GetBoolean(), t.GetProperty("documentYearInferred").GetBoolean()));
        }
    }
}
