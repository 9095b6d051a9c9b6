using PolicyKB.Decoding.Ocr;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ocr;

/// <summary>Which text layers are trusted and which pages go through OCR.</summary>
public sealed class PageTextQualityTests
{
    private const string Plan =
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 19/01/2021 của UBND tỉnh Hà Tĩnh về tổ chức phong trào thi đua thực hiện " +
        "nhiệm vụ phát triển kinh tế - xã hội năm 2021; Sở Y tế ban hành Kế hoạch như sau:";

    [Fact]
    public void A_page_of_clean_Vietnamese_keeps_its_text_layer() =>
        Assert.Equal(PageTextState.Good, PageTextQuality.Judge(Plan).State);

    [Fact]
    public void A_page_without_text_needs_ocr() =>
        Assert.Equal(PageTextState.Empty, PageTextQuality.Judge(" \n ").State);

    [Fact]
    public void A_page_of_tcvn3_mojibake_is_glyph_damage()
    {
        var verdict = PageTextQuality.Judge("Thùc hiÖn KÕ ho¹ch sè 15/KH-UBND ngµy 19/01/2021 cña UBND tØnh Hµ TÜnh vÒ tæ chøc phong trµo thi ®ua");

        Assert.Equal(PageTextState.GlyphDamage, verdict.State);
        Assert.True(verdict.NeedsOcr);
    }

    [Fact]
    public void A_page_from_a_font_without_a_unicode_map_is_mostly_symbols() =>
        Assert.Equal(PageTextState.MostlySymbols, PageTextQuality.Judge("!\"#$ %&'() *+,-./ :;<=>?@ [\\]^_` {|}~ !#$% &'*+ ,-./ ;<=> ?@[] ^_`{").State);

    [Fact]
    public void A_page_full_of_replacement_characters_is_broken() =>
        Assert.Equal(PageTextState.BrokenCharacters, PageTextQuality.Judge("Th\uFFFDc hi\uFFFDn K\uFFFD ho\uFFFDch s\uFFFD 15 ng\uFFFDy 19 c\uFFFDa UBND t\uFFFDnh H\uFFFD T\uFFFDnh").State);

    [Fact]
    public void English_and_unaccented_text_is_not_mistaken_for_damage()
    {
        Assert.Equal(PageTextState.Good, PageTextQuality.Judge("The provincial people's committee shall report the results of this plan to the ministry before June").State);
        Assert.Equal(PageTextState.Good, PageTextQuality.Judge("Thuc hien Ke hoach so 15/KH-UBND ngay 19/01/2021 cua UBND tinh Ha Tinh ve to chuc phong trao thi dua").State);
    }

    [Fact]
    public void A_table_of_figures_keeps_its_text_layer() =>
        Assert.Equal(PageTextState.Good, PageTextQuality.Judge("1 | 1.234.567 | 25,5% | 2.000 \n 2 | 3.456.789 | 30,1% | 4.500 \n 3 | 987.654 | 12,0% | 1.200").State);

    [Fact]
    public void A_page_number_or_stamp_is_too_short_to_judge() =>
        Assert.Equal(PageTextState.Good, PageTextQuality.Judge("Trang 3 — ®").State);

    [Fact]
    public void Every_page_sized_chunk_of_the_seed_plans_keeps_its_text_layer()
    {
        foreach (var file in Directory.GetFiles(SharedData.ContentDirectory).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)))
        {
            foreach (var chunk in File.ReadAllLines(file).Chunk(40))
            {
                var verdict = PageTextQuality.Judge(string.Join("\n", chunk));
                Assert.True(verdict.State == PageTextState.Good, $"{Path.GetFileName(file)}: {verdict}");
            }
        }
    }
}
