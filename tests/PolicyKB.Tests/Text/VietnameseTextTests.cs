using PolicyKB.Text;

namespace PolicyKB.Tests.Text;

/// <summary>The pure string normalisation shared by repair and search.</summary>
public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Ke\u0302\u0301 hoa\u0323ch", "Kế hoạch")]
    [InlineData("  Sơn Dƣơng\u00A0 năm\t2021  ", "Sơn Dương năm 2021")]
    [InlineData("NÐ-CP – giai đoạn 2021—2025", "NĐ-CP - giai đoạn 2021-2025")]
    [InlineData("\uFEFFdinh d\u00ADưỡng\u200B", "dinh dưỡng")]
    [InlineData("", "")]
    [InlineData(" \t \u00A0 ", "")]
    public void Normalize_maps_characters_and_collapses_spaces(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(input));

    [Fact]
    public void Normalize_accepts_null() => Assert.Equal(string.Empty, VietnameseText.Normalize(null));

    [Fact]
    public void Normalize_returns_clean_text_unchanged()
    {
        const string clean = "Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế hoạch thực hiện như sau:";

        Assert.Same(clean, VietnameseText.Normalize(clean));
    }

    [Fact]
    public void Normalize_replaces_lone_surrogates_instead_of_throwing() =>
        Assert.Equal("a\uFFFDb", VietnameseText.Normalize("a\uD800b"));

    [Theory]
    [InlineData("khoẻ", "khoe3")]
    [InlineData("khỏe", "khoe3")]
    [InlineData("Hoà", "hoa2")]
    [InlineData("hòa", "hoa2")]
    [InlineData("DƯỠNG", "dương4")]
    [InlineData("tr", "tr")]
    public void Syllable_key_ignores_case_and_tone_placement(string syllable, string key) =>
        Assert.Equal(key, VietnameseLetters.Key(syllable));

    [Theory]
    [InlineData("Khỏe")]
    [InlineData("DƯỠNG")]
    [InlineData("tr")]
    [InlineData("")]
    public void Syllable_key_written_into_a_buffer_is_the_key(string syllable)
    {
        Span<char> buffer = stackalloc char[syllable.Length + 1];
        Assert.Equal(VietnameseLetters.Key(syllable), new string(buffer[..VietnameseLetters.Key(syllable, buffer)]));
    }

    [Theory]
    [InlineData("dương", true)]
    [InlineData("nghiêng", true)]
    [InlineData("quy", true)]
    [InlineData("tr", false)]
    [InlineData("ng", false)]
    [InlineData("ubnd", false)]
    [InlineData("covid", false)]
    public void Syllable_shape_accepts_only_onset_vowels_and_final(string syllable, bool expected) =>
        Assert.Equal(expected, VietnameseLetters.HasSyllableShape(VietnameseLetters.Key(syllable)));

    [Fact]
    public void Embedded_lexicon_loads_and_knows_common_syllables()
    {
        var lexicon = SyllableLexicon.Default;

        Assert.NotNull(lexicon);
        Assert.True(lexicon.KeyCount > 10_000);
        Assert.True(lexicon.IsKnownSpelling("dưỡng"));
        Assert.False(lexicon.IsKnownSpelling("baỏ"));
        var tre = lexicon.IdOf(VietnameseLetters.Key("trẻ"));
        var em = lexicon.IdOf(VietnameseLetters.Key("em"));
        Assert.True(lexicon.HasBigram(tre, em));
        Assert.True(lexicon.LogBigram(tre, em) > lexicon.LogBigram(lexicon.IdOf(VietnameseLetters.Key("trở")), em));
    }

    [Fact]
    public void Counter_writes_a_lexicon_that_reads_back()
    {
        var counter = new SyllableCounter();
        counter.Add("trẻ em và trẻ em; bà mẹ và trẻ em");
        using var buffer = new MemoryStream();
        counter.Write(buffer, minSurface: 1, minBigram: 1);
        buffer.Position = 0;

        var lexicon = SyllableLexicon.Read(buffer);

        Assert.True(lexicon.IsKnownSpelling("trẻ"));
        Assert.Equal(5, lexicon.KeyCount);
        Assert.True(lexicon.HasBigram(lexicon.IdOf("tre3"), lexicon.IdOf("em")));
        Assert.False(lexicon.HasBigram(lexicon.IdOf("em"), lexicon.IdOf("ba2"))); // a semicolon breaks the chain
    }
}
