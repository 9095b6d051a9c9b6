using PolicyKB.Search.Precedents;

namespace PolicyKB.Tests.Search;

/// <summary>
/// How the precedent finder compares wordings: form text learnt from the store (field labels, signature lines) weighs
/// nothing, rare words weigh more, and below half the words in common the shared phrases are what is shown.
/// </summary>
public sealed class PrecedentComparisonTests
{
    /// <summary>A small store: task bullets under the same form labels, and two signature blocks.</summary>
    private static readonly WordWeights Store = WordWeights.Learn(
    [
        ("son-duong", "- Tổ chức kiểm tra vệ sinh an toàn thực phẩm tại các chợ."),
        ("son-duong", "* Cơ quan chủ trì: Trung tâm Y tế huyện."),
        ("son-duong", "* Đơn vị phối hợp: Ủy ban nhân dân các xã, thị trấn."),
        ("son-duong", "* Cơ quan chủ trì: Phòng Y tế."),
        ("son-duong", "* Đơn vị phối hợp: Trạm Y tế các xã."),
        ("son-duong", "- Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi đạt trên 95%."),
        ("son-duong", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Thị Nhị Bình"),
        ("ha-giang", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLương Viết Thuận"),
        ("ha-tinh", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Ngọc Châu"),
        ("ha-tinh", "Nâng cao chất lượng hoạt động của y tế cơ sở."),
    ]);

    [Fact]
    public void A_field_label_the_store_prints_in_several_clauses_weighs_nothing_and_its_value_still_counts()
    {
        var tokens = WordTokenizer.Tokenize("Tiêm chủng đầy đủ. Cơ quan chủ trì: Trung tâm Kiểm soát bệnh tật.");
        var weights = Store.Weigh(tokens);

        Assert.Equal([0, 0, 0, 0], Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Key is "co" or "quan" or "chu" or "tri").Select(i => weights[i]));
        Assert.All(Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Key is "tiem" or "kiem" or "benh"), i => Assert.True(weights[i] > 0));
    }

    [Fact]
    public void A_signature_line_that_several_documents_print_weighs_nothing_but_the_name_does()
    {
        var tokens = WordTokenizer.Tokenize("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An");
        var weights = Store.Weigh(tokens);

        Assert.All(Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Key is "pho" or "chu" or "tich"), i => Assert.Equal(0, weights[i]));
        Assert.All(Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Key is "nguyen" or "an"), i => Assert.True(weights[i] > 0));
    }

    [Fact]
    public void A_task_worded_alike_is_closer_than_a_bare_form_line_naming_the_same_agency()
    {
        const string input = "Tăng cường kiểm tra vệ sinh an toàn thực phẩm. Cơ quan chủ trì: Trung tâm Y tế huyện. Đơn vị phối hợp: Ủy ban nhân dân các xã, thị trấn.";
        const string task = "- Tổ chức kiểm tra vệ sinh an toàn thực phẩm tại các chợ.";
        const string form = "* Cơ quan chủ trì: Trung tâm Y tế huyện.";

        var toTask = WordDiff.Compare(input, task, Store).Similarity;
        var toForm = WordDiff.Compare(input, form, Store).Similarity;

        Assert.True(toTask > toForm, $"task {toTask:P0}, form line {toForm:P0}");
    }

    [Fact]
    public void The_same_task_under_other_agencies_is_closer_than_another_task_under_the_same_form_lines()
    {
        const string input = "Tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi.\nCơ quan chủ trì: Trung tâm Y tế huyện.\nĐơn vị phối hợp: Ủy ban nhân dân các xã, thị trấn.";
        const string sameTask = "Tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi trên địa bàn.\nCơ quan chủ trì: Phòng Y tế.\nĐơn vị phối hợp: Trạm Y tế các xã.";
        const string sameForm = "Tổ chức kiểm tra vệ sinh an toàn thực phẩm tại các chợ.\nCơ quan chủ trì: Trung tâm Y tế huyện.\nĐơn vị phối hợp: Ủy ban nhân dân các xã, thị trấn.";

        var task = WordDiff.Compare(input, sameTask, Store).Similarity;
        var form = WordDiff.Compare(input, sameForm, Store).Similarity;

        Assert.True(task > form, $"same task {task:P0}, same form lines {form:P0}");
    }

    [Fact]
    public void Shared_phrases_are_found_in_either_order_and_a_phrase_of_form_text_alone_is_not_shown()
    {
        const string input = "Nâng cao năng lực đội ngũ cán bộ y tế; kiện toàn tổ chức bộ máy. Cơ quan chủ trì: Sở Y tế.";
        const string precedent = "Kiện toàn tổ chức bộ máy trạm y tế xã, đồng thời nâng cao năng lực đội ngũ cán bộ. Cơ quan chủ trì: Phòng Nội vụ.";

        var comparison = WordDiff.Compare(input, precedent, Store);
        var shown = comparison.Shared.Select(p => precedent.Substring(p.Start, p.Length)).ToList();

        Assert.Equal(["Kiện toàn tổ chức bộ máy", "nâng cao năng lực đội ngũ cán bộ"], shown);
        Assert.True(comparison.Similarity < PrecedentFinder.PhrasesBelow, $"{comparison.Similarity:P0}");
    }

    [Fact]
    public void The_diff_is_taken_from_diffplex_word_by_word_and_rebuilds_both_texts()
    {
        const string input = "Sở Y tế chủ trì, phối hợp với Sở Tài chính tham mưu bố trí kinh phí.";
        const string precedent = "Sở Y tế chủ trì phối hợp với Sở Nội vụ tham mưu bố trí đủ biên chế.";

        var diff = WordDiff.Compare(input, precedent, WordWeights.Uniform).Diff;

        Assert.Equal(precedent, string.Concat(diff.Where(d => d.Kind != "delete").Select(d => d.Text)));
        Assert.Contains(diff, d => d.Kind == "delete" && d.Text.StartsWith("Tài chính", StringComparison.Ordinal));
        // "trì," and "trì" are the same word: punctuation around a word does not make a difference.
        Assert.StartsWith("Sở Y tế chủ trì phối hợp với Sở ", diff[0].Text, StringComparison.Ordinal);
    }
}
