using PolicyKB.Search.References;

namespace PolicyKB.Tests.Search;

/// <summary>The references a query resolves to do not depend on the order the knowledge base lists its citation keys.</summary>
public sealed class ReferenceQueryParserOrderTests
{
    private static readonly string[] Keys =
        ["25-CT/TW", "25/2019/QĐ-UBND", "25/2020/NĐ-CP", "25/KH-UBND", "281/QĐ-TTg", "25/QĐ-UBND", "Luật Giáo dục"];

    [Theory]
    [InlineData("CT 25")]
    [InlineData("văn bản số 25")]
    [InlineData("QĐ 25 và Luật Giáo dục")]
    public void Two_key_orders_resolve_a_query_to_the_same_list(string query)
    {
        var forward = new ReferenceQueryParser(Keys).Resolve(query);
        var backward = new ReferenceQueryParser(Keys.Reverse()).Resolve(query);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_type_and_serial_matching_several_numbers_lists_them_in_ordinal_order()
    {
        var resolved = new ReferenceQueryParser(Keys.Reverse()).Resolve("quyết định 25");

        Assert.Equal(resolved.Order(StringComparer.Ordinal), resolved);
        Assert.Equal(2, resolved.Count);
    }
}
