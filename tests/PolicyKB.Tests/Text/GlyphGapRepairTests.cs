using PolicyKB.Decoding;
using PolicyKB.Tests.Support;
using PolicyKB.Text;

namespace PolicyKB.Tests.Text;

/// <summary>
/// Glyph-gap repair on real documents: the seeds whose PDF fonts dropped vowels are repaired exactly where
/// expected, clean documents are left alone, and gazette texts from the training corpus get no false repair.
/// </summary>
public sealed class GlyphGapRepairTests
{
    private static readonly TextRepairer WithGlyphGaps = new([new CharacterNormalizationStep(), new GlyphGapRepairStep(), new WhitespaceStep()]);
    private static readonly TextRepairer WithoutGlyphGaps = new([new CharacterNormalizationStep(), new WhitespaceStep()]);

    /// <summary>Every repair made on the two damaged seeds: line number → phrase that must appear after repair.</summary>
    public static TheoryData<string, int, string> SeedRepairs => new()
    {
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 84, "Tỷ lệ trẻ em dưới 1 tuổi" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 86, "suy dinh dưỡng ở trẻ em dưới 5 tuổi thể nhẹ cân dưới" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 88, "suy dinh dưỡng ở trẻ em" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 187, "độ tuổi sinh đẻ đã có" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 203, "“Xanh - Sạch - Đẹp - An toàn”" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 242, "bồi dưỡng" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 255, "đào tạo, bồi dưỡng" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 263, "điều dưỡng chăm sóc" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 287, "có tầm cỡ khu vực" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 368, "dinh dưỡng hợp lý" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 416, "sức khỏe bà mẹ và trẻ em" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 418, "tử vong bà mẹ và trẻ sơ sinh" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 422, "sức khỏe bà mẹ," },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 424, "trẻ em ở tuyến y tế" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 511, "quản lý sức khoẻ, khám và chăm sóc sức khoẻ định kỳ" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 554, "cơ sở bán lẻ thuốc" },
        { "ha-tinh-2021-thi-dua-nganh-y-te.txt", 568, "kế hoạch bồi dưỡng," },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 42, "phòng chống suy dinh dưỡng" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 283, "Tập huấn, bồi dưỡng kiến thức" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 392, "chăm sóc dinh dưỡng:" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 395, "Chăm sóc dinh dưỡng 1.000 ngày" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 397, "chống suy dinh dưỡng bà mẹ" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 506, "dưỡng cho trẻ em dưới 5 tuổi; mục tiêu giảm tỷ lệ trẻ em suy dinh dưỡng (thể" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 508, "suy dinh dưỡng thể thấp còi" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 514, "chống suy dinh dưỡng trẻ em" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 522, "tư vấn dinh dưỡng trong" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 526, "giám sát dinh dưỡng tại" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 528, "kiến thức về dinh dưỡng trong" },
        { "son-duong-2021-cong-tac-y-te-huyen.txt", 632, "bảo dưỡng cơ sở vật chất" },
    };

    [Theory]
    [MemberData(nameof(SeedRepairs))]
    public void Restores_dropped_vowels_in_damaged_seed(string seed, int line, string expected)
    {
        var repaired = WithGlyphGaps.Repair(Seed(seed));

        Assert.Contains(expected, repaired.Lines.Single(l => l.Number == line).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ha-tinh-2021-thi-dua-nganh-y-te.txt", 23)]
    [InlineData("son-duong-2021-cong-tac-y-te-huyen.txt", 13)]
    [InlineData("ha-tinh-2024-cung-co-y-te-co-so.txt", 0)]
    [InlineData("ha-giang-2021-ky-niem-ngay-thay-thuoc.md", 0)]
    [InlineData("thanh-hoa-2021-ke-hoach-hanh-dong-y-te.md", 0)]
    public void Changes_only_the_listed_lines_of_each_seed(string seed, int repairs)
    {
        var input = Seed(seed);

        var repaired = WithGlyphGaps.Repair(input);
        var reference = WithoutGlyphGaps.Repair(input);

        var changedLines = repaired.Lines.Zip(reference.Lines).Where(p => p.First.Text != p.Second.Text).Select(p => p.First.Number).ToHashSet();
        var listedLines = SeedRepairs.Where(r => (string)r[0] == seed).Select(r => (int)r[1]).ToHashSet();
        Assert.Equal(listedLines.Order(), changedLines.Order());
        Assert.Equal(repairs, repaired.Counts.GetValueOrDefault("glyph-gaps"));
        Assert.Equal(repairs, repaired.Notes.Count(n => n.StartsWith("glyph-gaps: line ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Makes_no_repair_in_gazette_and_corpus_texts()
    {
        var train = Path.Combine(SharedData.RepositoryRoot, "..", "shared", "train");
        var files = (Directory.Exists(train) ? Directory.GetFiles(train, "congbao-*.txt") : [])
            .Concat(SharedData.CorpusDirectory is { } corpus ? Directory.GetFiles(corpus, "*.txt") : []).ToArray();
        if (files.Length == 0) return; // shared data absent: nothing to check

        var repaired = files.Select(f => (File: Path.GetFileName(f), Notes: WithGlyphGaps.Repair(RepairInput.FromFile(f)).Notes))
            .SelectMany(r => r.Notes.Where(n => n.StartsWith("glyph-gaps: line", StringComparison.Ordinal)).Select(n => $"{r.File}: {n}"))
            .ToList();

        Assert.Empty(repaired);
    }

    [Fact]
    public void Leaves_a_line_alone_when_no_reading_is_clear()
    {
        string[] lines =
        [
            "theo quy định tại các điểm đ và e khoản 1 Điều 13; điểm c  khoản 2",
            "xe loại B  được cấp phép; Phương án C ",
            "xuất kho  hàng hoá; thu  nhập chịu thuế; lối đ i theo quy hoạch",
        ];

        var repaired = WithGlyphGaps.Repair(RepairInput.FromLines(lines));

        Assert.Equal(0, repaired.Counts.GetValueOrDefault("glyph-gaps"));
    }

    [Fact]
    public void Is_skipped_with_a_note_when_no_lexicon_is_available()
    {
        var repairer = new TextRepairer([new GlyphGapRepairStep(lexicon: null)]);

        var repaired = repairer.Repair(RepairInput.FromLines(["phòng chống suy dinh dư ng"]));

        Assert.Equal("phòng chống suy dinh dư ng", repaired.Lines[0].Text);
        Assert.Contains(repaired.Notes, n => n.Contains("lexicon unavailable", StringComparison.Ordinal));
    }

    private static DecodedText Seed(string name) => RepairInput.FromFile(Path.Combine(SharedData.ContentDirectory, name));
}
