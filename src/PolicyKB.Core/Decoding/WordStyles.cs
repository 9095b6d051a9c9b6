using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyKB.Decoding;

/// <summary>
/// Resolves paragraph and character style properties through the <c>basedOn</c> chain of
/// styles.xml: heading level, bold, centring and style-linked numbering.
/// </summary>
internal sealed class WordStyles
{
    // basedOn chains are short; a longer one is a cycle in a damaged file.
    private const int MaxChain = 16;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;
    private readonly bool _defaultBold;

    /// <summary>Indexes the styles part (which may be missing).</summary>
    public WordStyles(Styles? styles)
    {
        if (styles is null) return;
        foreach (var style in styles.Elements<Style>())
        {
            var id = style.StyleId?.Value;
            if (id is not null) _styles.TryAdd(id, style);
            if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true) _defaultParagraphStyle = id;
        }
        _defaultBold = IsOn(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Bold) ?? false;
    }

    /// <summary>The paragraph's style id, or the document's default paragraph style.</summary>
    public string? ParagraphStyleId(ParagraphProperties? properties) =>
        properties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    /// <summary>Heading level 1–9 from "heading N"/"Title" style names or an outline level; 0 when not a heading.</summary>
    public int HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var name = style.StyleName?.Val?.Value?.Trim().ToLowerInvariant();
            if (name is "title") return 1;
            if (name is not null && name.StartsWith("heading ", StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(8), out var level) && level is >= 1 and <= 9)
            {
                return level;
            }
            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            if (outline is >= 0 and < 9) return outline.Value + 1;
        }
        return 0;
    }

    /// <summary>Whether text in the given paragraph or character style is bold (document default otherwise).</summary>
    public bool Bold(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var bold = IsOn(style.StyleRunProperties?.Bold);
            if (bold is not null) return bold.Value;
        }
        return _defaultBold;
    }

    /// <summary>Whether paragraphs of this style are centred.</summary>
    public bool Centered(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var justification = style.StyleParagraphProperties?.Justification?.Val;
            if (justification is not null) return justification.Value == JustificationValues.Center;
        }
        return false;
    }

    /// <summary>Numbering attached to the style (headings numbered through their style), if any.</summary>
    public NumberingProperties? Numbering(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            if (numbering is not null) return numbering;
        }
        return null;
    }

    /// <summary>Reads an on/off property: null when absent, true when present without a value.</summary>
    public static bool? IsOn(OnOffType? property) => property is null ? null : property.Val?.Value ?? true;

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var i = 0; i < MaxChain && styleId is not null && _styles.TryGetValue(styleId, out var style); i++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
