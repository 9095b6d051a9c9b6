using Markdig;
using Markdig.Parsers;

namespace PolicyKB.Decoding;

/// <summary>
/// Markdown (.md, .markdown), parsed with Markdig (pipe tables enabled). Produces one
/// <see cref="SourceLine"/> per source line with the Markdown syntax removed but the document's own
/// numbering kept exactly ("1. Tăng cường…" stays "1. Tăng cường…" although Markdig sees a list).
/// </summary>
/// <remarks>
/// Choices made for converted administrative documents (Nghị định 30/2020/NĐ-CP layouts exported to Markdown):
/// <list type="bullet">
/// <item>Indented code blocks are disabled: indentation in converted Word text is layout, not code.</item>
/// <item>Setext "headings" are not headings: the "-------" under "TỈNH ĐẮK LẮK" is the letterhead rule,
/// so the underline is kept as text and no Heading style is given.</item>
/// <item>Thematic breaks and other syntax-only lines keep their source text for the same reason.</item>
/// </list>
/// </remarks>
public sealed class MarkdownDecoder : IContentDecoder
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    private readonly DecodingLimits _limits;

    /// <summary>Creates the decoder with the default limits.</summary>
    public MarkdownDecoder() : this(DecodingLimits.Default) { }

    /// <summary>Creates the decoder with the given limits (checked on the text before Markdig parses it).</summary>
    public MarkdownDecoder(DecodingLimits limits) => _limits = limits;

    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc />
    public bool Sniff(ReadOnlySpan<byte> head) => TextBytes.IsText(head);

    /// <inheritdoc />
    public DecodedText Decode(Stream content, string fileName)
    {
        var budget = new DecodingBudget(_limits, fileName);
        var text = TextFileDecoder.ReadText(content, budget, out var warnings);
        return FromText(text, warnings, budget);
    }

    /// <summary>Decodes Markdown already read (and checked) as text; also used when a .txt turns out to be Markdown.</summary>
    internal static DecodedText FromText(string text, IReadOnlyList<string> warnings, DecodingBudget budget)
    {
        try
        {
            var document = Markdown.Parse(text, Pipeline);
            budget.CheckTime("phân tích Markdown");
            var lines = new MarkdownLineWriter(text).Write(document);
            return new DecodedText("md", lines) { Warnings = warnings };
        }
        catch (Exception ex) when (ex is not DecodingException)
        {
            // Markdig refuses absurd nesting (thousands of ">" or "["): keep the text as written rather
            // than lose the document; the contract is "DecodingException only, whatever the bytes".
            var raw = TextFileDecoder.FromText(text, warnings);
            return raw with
            {
                Format = "md",
                Warnings = [.. warnings, $"không phân tích được cú pháp Markdown ({ex.Message}); giữ nguyên văn bản"],
            };
        }
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        return builder.Build();
    }
}
