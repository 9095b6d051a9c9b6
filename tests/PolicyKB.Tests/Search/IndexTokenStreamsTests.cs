using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyKB.Search.Analysis;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>
/// The analysed fields are indexed from syllables read once per text; their terms (and, for unigrams, positions) are
/// exactly those of the analyzer's variants, which the query side is written against.
/// </summary>
public sealed class IndexTokenStreamsTests
{
    public static TheoryData<string> Texts => new()
    {
        "Một",
        "Quyết định số 281/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ",
        "ĐẢNG BỘ TỈNH HÀ TĨNH – Bảo hiểm y tế, Ưu tiên: đổi mới; Ơn 2.500.000 đồng (50%)",
        "Chỉ thị 25-CT/TW; Nghị định 30/2020/NĐ-CP Điều 58, khoản 2 điểm đ",
        "Số 12/2024/TT-BYT và 281/QĐ-TTg, 15/CT-UBND, 1/2/3; chữ 中文 không gập, ⒜ và ﬁ gập thành nhiều ký tự",
        "Chữ HOA ngoài mặt phẳng cơ bản: \U00010400\U00010401 và \U0001D400; nửa cặp \uD801 lẻ, NGHỊ ĐỊNH SỐ 15/2020/NĐ-CP",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Terms_from_syllables_read_once_are_the_analyzers_terms(string text) => AssertSame(text);

    [Fact]
    public void Every_line_of_the_sample_documents_gives_the_analyzers_terms()
    {
        var lines = Directory.GetFiles(SharedData.ContentDirectory, "*.*").Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .SelectMany(File.ReadLines).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines) AssertSame(line);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Folded_only_unigrams_are_the_unigrams_folded_terms_at_the_same_positions(string text)
    {
        // The title field keeps only what its queries read: every folded term as the full stream gives it (number parts
        // included), the accented ones stacked beside them left out, so term frequencies and positions do not change.
        var syllables = ClauseSyllables.Of(text);
        var foldedOnly = new UnigramTokenStream();
        foldedOnly.Use(syllables, foldedOnly: true);

        var expected = Terms(new UnigramTokenStream(syllables)).Where(t => ClauseSyllables.Fold(t.TrimStart('+')) == t.TrimStart('+')).ToList();
        Assert.Equal(expected, Terms(foldedOnly));
        Assert.Equal(syllables.Count, Terms(foldedOnly).Count(t => !t.StartsWith('+')));
    }

    [Theory]
    [InlineData("định")]
    [InlineData("281/qđ-ttg")]
    [InlineData("中文")]
    [InlineData("\U0001F600")]
    [InlineData("a\uD800b")]
    public void A_syllables_bytes_are_those_Lucenes_term_attribute_encodes(string text)
    {
        // The index streams hand the indexer these bytes instead of characters for Lucene to encode: an unpaired
        // surrogate must become the same replacement character, or the term would differ from the query's.
        var syllable = Syllable.Of(text);

        Assert.Equal(LuceneBytes(syllable.Accented), syllable.AccentedUtf8);
        Assert.Equal(LuceneBytes(syllable.Folded), syllable.FoldedUtf8);
    }

    [Fact]
    public void The_index_streams_give_terms_as_bytes_without_a_character_buffer()
    {
        var syllables = ClauseSyllables.Of("Bảo hiểm y tế");

        Assert.False(new UnigramTokenStream(syllables).HasAttribute<ICharTermAttribute>());
        Assert.False(new ShingleTokenStream(syllables, folded: true).HasAttribute<ICharTermAttribute>());
    }

    [Fact]
    public void An_empty_text_has_no_syllables_and_no_terms()
    {
        var syllables = ClauseSyllables.Of("");

        Assert.Empty(syllables.Accented);
        Assert.Empty(Terms(new ShingleTokenStream(syllables, folded: true)));
        Assert.Empty(Terms(new UnigramTokenStream(syllables)));
    }

    [Fact]
    public void Texts_read_one_after_another_on_one_thread_give_each_its_own_syllables()
    {
        var first = ClauseSyllables.Of("Quyết định số 281/QĐ-TTg của Thủ tướng");
        var second = ClauseSyllables.Of("Bảo hiểm y tế");

        Assert.Equal(["quyết", "định", "số", "281/qđ-ttg", "của", "thủ", "tướng"], first.Accented);
        Assert.Equal(["bảo", "hiểm", "y", "tế"], second.Accented);
        Assert.Equal(["bao", "hiem", "y", "te"], second.Folded);
    }

    private static void AssertSame(string text)
    {
        var syllables = ClauseSyllables.Of(text);
        Assert.Equal(Terms(new VietnameseAnalyzer(VietnameseAnalysisMode.Shingles).GetTokenStream("f", text)), Terms(new ShingleTokenStream(syllables, folded: false)));
        Assert.Equal(Terms(new VietnameseAnalyzer(VietnameseAnalysisMode.FoldedShingles).GetTokenStream("f", text)), Terms(new ShingleTokenStream(syllables, folded: true)));
        Assert.Equal(Terms(new VietnameseAnalyzer(VietnameseAnalysisMode.Unigrams).GetTokenStream("f", text)), Terms(new UnigramTokenStream(syllables)));
    }

    private static byte[] LuceneBytes(string term)
    {
        var attribute = new CharTermAttribute();
        attribute.Append(term);
        attribute.FillBytesRef();
        return attribute.BytesRef.Bytes.AsSpan(attribute.BytesRef.Offset, attribute.BytesRef.Length).ToArray();
    }

    private static List<string> Terms(TokenStream stream)
    {
        using (stream)
        {
            // Read as the indexer reads a term: its UTF-8 bytes (the analyzer's term attribute gives them as well).
            var term = stream.AddAttribute<ITermToBytesRefAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var terms = new List<string>();
            // A stacked term (same position) is marked, so positions are compared as well as terms.
            while (stream.IncrementToken())
            {
                term.FillBytesRef();
                terms.Add((position.PositionIncrement == 0 ? "+" : "") + term.BytesRef.Utf8ToString());
            }
            stream.End();
            return terms;
        }
    }
}
