using PolicyKB.Decoding;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Decoding;

public sealed class MarkdownDecoderTests
{
    private readonly MarkdownDecoder _decoder = new();

    public static TheoryData<string> Cases => SpecFile.Names("MarkdownDecoding.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("MarkdownDecoding.md", name);
        var decoded = _decoder.Decode(DecodedTextDump.Utf8(example.Input), "spec.md");
        Assert.Equal(example.Expected, DecodedTextDump.Dump(decoded));
    }

    [Fact]
    public void Format_is_md_and_handles_md_and_markdown_extensions()
    {
        Assert.Equal("md", _decoder.Format);
        Assert.Equal([".md", ".markdown"], _decoder.Extensions);
        Assert.Equal("md", _decoder.Decode(DecodedTextDump.Utf8("# A"), "a.md").Format);
    }

    [Theory]
    [InlineData("a\nb\n", 2)]
    [InlineData("a\r\nb\r\n\r\n", 3)]
    [InlineData("a\rb", 2)]
    [InlineData("\n\n\n", 3)]
    public void Produces_one_line_per_source_line_whatever_the_line_endings(string source, int count)
    {
        var decoded = _decoder.Decode(DecodedTextDump.Utf8(source), "a.md");
        Assert.Equal(count, decoded.Lines.Count);
        Assert.Equal(Enumerable.Range(1, count), decoded.Lines.Select(l => l.Number));
    }

    [Fact]
    public void Reads_utf8_with_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("**KẾ HOẠCH**"u8.ToArray()).ToArray();
        var line = Assert.Single(_decoder.Decode(new MemoryStream(bytes), "a.md").Lines);
        Assert.Equal("KẾ HOẠCH", line.Text);
        Assert.Equal(LineStyle.Bold, line.Style);
    }

    [Fact]
    public void Fenced_code_keeps_its_text_and_fences_become_blank_lines()
    {
        var decoded = _decoder.Decode(DecodedTextDump.Utf8("```\nMẫu số **01**\n```"), "a.md");
        Assert.Equal(["", "Mẫu số **01**", ""], decoded.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Deeply_nested_syntax_is_decoded_without_crashing()
    {
        var source = new string('>', 5000) + " a\n" + new string('*', 20000) + "b" + new string('*', 20000)
            + "\n" + new string('[', 20000) + "\n" + string.Concat(Enumerable.Repeat("- ", 3000)) + "x";
        // Runs of 20,000 marks are over the default word limit; this is about Markdig's nesting, so lift it.
        var decoder = new MarkdownDecoder(DecodingLimits.Default with { MaxWordCharacters = 100_000 });
        var decoded = decoder.Decode(DecodedTextDump.Utf8(source), "deep.md");
        Assert.Equal(4, decoded.Lines.Count);
        Assert.Equal("md", decoded.Format);
    }
}
