using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Rerank;

namespace PolicyKB.Tests.Rerank;

/// <summary>What a query asks for, what a clause holds, and the reranker features built from them.</summary>
public sealed class QueryIntentTests
{
    private static int Kind(string name) => QueryIntent.Kinds.ToList().IndexOf(name);

    [Theory]
    [InlineData("thuê nhà mỗi mét vuông giá bao nhiêu một tháng", "amount")]
    [InlineData("ky nang mem chiem bao nhieu phan tram", "amount")]
    [InlineData("tàu biển được miễn phí đến khi nào", "time")]
    [InlineData("mùa nào dễ cháy rừng nhất", "time")]
    [InlineData("ai báo mức nguy cơ cháy rừng hằng ngày", "who")]
    [InlineData("tiền đâu để làm tư vấn việc làm", "funding")]
    [InlineData("những xã phường nào hay bị cháy rừng", "list")]
    public void A_question_word_asks_for_its_kind_of_value_with_or_without_diacritics(string query, string kind)
    {
        Assert.True(QueryIntent.Asked(query)[Kind(kind)]);
        Assert.True(QueryIntent.Asked(TextFolding.Fold(query))[Kind(kind)]);
    }

    [Fact]
    public void A_query_of_topic_words_asks_for_nothing()
    {
        Assert.All(QueryIntent.Asked("chăm sóc sức khỏe người cao tuổi"), Assert.False);
        Assert.All(QueryIntent.Asked("bảo hiểm y tế toàn dân"), Assert.False);
    }

    [Theory]
    [InlineData("amount", "Mức giá tối thiểu là 58.000 đồng/m²/tháng.", "Bên thuê nhà thực hiện quyền lợi và nghĩa vụ trong hợp đồng.")]
    [InlineData("amount", "Thời lượng không vượt quá 10% tổng thời gian học.", "Kỹ năng bổ trợ gồm kỹ năng giao tiếp, làm việc nhóm.")]
    [InlineData("time", "Miễn lệ phí đến hết ngày 30 tháng 6 năm 2026.", "Miễn lệ phí hàng hải đối với tàu thuyền vào, rời khu vực hàng hải.")]
    [InlineData("who", "Sở Nông nghiệp và Môi trường chủ trì thông tin cấp dự báo cháy rừng.", "Đặc trưng cháy rừng: thời tiết khô hanh, dễ xảy ra cháy.")]
    [InlineData("funding", "Kinh phí thực hiện công tác tư vấn do ngân sách nhà nước bảo đảm.", "Nhà trường tổ chức tư vấn nghề nghiệp cho học sinh.")]
    [InlineData("list", "Vùng trọng điểm cháy rừng gồm các xã sau đây:", "Cháy rừng gây thiệt hại lớn cho người dân.")]
    public void A_clause_holds_a_value_of_the_kind_asked_and_its_sibling_does_not(string kind, string holding, string sibling)
    {
        var asked = new bool[QueryIntent.Kinds.Count];
        asked[Kind(kind)] = true;
        Assert.True(QueryIntent.Held(holding, asked)[Kind(kind)]);
        Assert.False(QueryIntent.Held(sibling, asked)[Kind(kind)]);
    }

    [Fact]
    public void A_kind_not_asked_is_not_looked_for_and_the_feature_reads_zero_one_or_minus_one()
    {
        Assert.All(QueryIntent.Held("Mức thu 50.000 đồng đến hết ngày 30/6/2026", new bool[QueryIntent.Kinds.Count]), Assert.False);
        Assert.Equal(0f, QueryIntent.Value(asked: false, held: false));
        Assert.Equal(1f, QueryIntent.Value(asked: true, held: true));
        Assert.Equal(-1f, QueryIntent.Value(asked: true, held: false));
    }

    [Fact]
    public void The_reranker_features_tell_the_clause_holding_the_amount_from_its_sibling_sharing_the_words()
    {
        var clauses = new Dictionary<string, IndexedClause>
        {
            ["a"] = Clause("a", "3", "Khung giá", "3. Khung giá thuê nhà ở xã hội làm cơ sở cho bên thuê và bên cho thuê thỏa thuận giá thuê."),
            ["b"] = Clause("b", "1", "Khung giá", "1. Giá thuê nhà ở xã hội tối thiểu 58.000 đồng/m2/tháng."),
        };
        var vectors = Compute("giá thuê nhà ở xã hội bao nhiêu", clauses);
        var amount = Feature("amount_asked_held");
        Assert.Equal(-1f, vectors[0][amount]);
        Assert.Equal(1f, vectors[1][amount]);
        Assert.Equal(0f, vectors[0][Feature("who_asked_held")]);
    }

    [Fact]
    public void The_rarest_query_word_in_the_body_reads_one_and_in_the_heading_path_alone_a_half()
    {
        var clauses = new Dictionary<string, IndexedClause>
        {
            ["a"] = Clause("a", "1", "Thời lượng lồng ghép", "1. Tổng thời gian học được bố trí theo chương trình.", "Thời lượng lồng ghép"),
            ["b"] = Clause("b", "2", "Thời lượng lồng ghép", "2. Thời lượng lồng ghép không vượt quá 10% thời gian học.", "Thời lượng lồng ghép"),
            ["c"] = Clause("c", "3", "Kỹ năng", "3. Kỹ năng giao tiếp và thời gian học."),
        };
        var vectors = Compute("thời lượng học", clauses);
        var place = Feature("rarest_word_place");
        Assert.Equal(0.5f, vectors[0][place]);
        Assert.Equal(1f, vectors[1][place]);
        Assert.Equal(0f, vectors[2][place]);
    }

    [Fact]
    public void A_lead_in_ending_in_a_colon_or_a_bare_heading_is_a_heading_without_body()
    {
        Assert.True(RerankFeatures.HeadingOnly(Clause("a", "Khoản 6", "", "6. Người sử dụng nhà ở xã hội (Bên thuê nhà):")));
        Assert.True(RerankFeatures.HeadingOnly(Clause("b", "Điều 5", "Thời lượng lồng ghép giáo dục", "Điều 5. Thời lượng lồng ghép giáo dục")));
        Assert.False(RerankFeatures.HeadingOnly(Clause("c", "Khoản 2", "", "2. Mức giá trong khung giá chưa bao gồm thuế giá trị gia tăng.")));
        Assert.False(RerankFeatures.HeadingOnly(null));
    }

    private static int Feature(string name) => RerankFeatures.Names.ToList().IndexOf(name);

    private static IndexedClause Clause(string id, string label, string heading, string text, string? parent = null) =>
        new(id, "doc", label, heading, parent is null ? [] : [parent], "clause", text);

    private static float[][] Compute(string query, Dictionary<string, IndexedClause> clauses)
    {
        var ids = clauses.Keys.ToList();
        var signals = new RerankSignals(
            ids.Select(i => (i, 1f)).ToList(), [], [], ids.Select(i => (i, 1.0)).ToList(), null, new HashSet<string>());
        return RerankFeatures.Compute(query, signals, ids, clauses);
    }
}
