using PolicyKB.Decoding;

namespace PolicyKB.Metadata;

/// <summary>
/// The analysed lines with the views the readers need: text with whitespace squashed and stray table or
/// emphasis debris trimmed, blankness (a line of only "|" or "*" is blank), and whether the document is
/// double-spaced (PDF extractions that put an empty line after every printed line, where a single
/// empty line does not end a paragraph).
/// </summary>
internal sealed class LineView
{
    /// <summary>Longest line text the readers look at; longer lines are cut (regexes stay cheap on huge input).</summary>
    public const int MaxLineLength = 4000;

    private readonly string[] _text;
    private readonly string[] _raw;
    private readonly List<string>?[] _trailerPieces;

    /// <summary>Builds the view.</summary>
    public LineView(IReadOnlyList<SourceLine> lines)
    {
        Lines = lines;
        _text = new string[lines.Count];
        _raw = new string[lines.Count];
        _trailerPieces = new List<string>?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i]?.Text ?? string.Empty;
            if (raw.Length > MaxLineLength) raw = raw[..MaxLineLength];
            _raw[i] = raw = Sanitize(raw);
            _text[i] = VietnameseText.TrimDecoration(VietnameseText.Squash(raw));
        }
        DoubleSpaced = DetectDoubleSpacing();
    }

    /// <summary>The source lines.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>Number of lines.</summary>
    public int Count => _text.Length;

    /// <summary>True when most printed lines are followed by exactly one empty line.</summary>
    public bool DoubleSpaced { get; }

    /// <summary>Squashed, trimmed text of line <paramref name="i"/>.</summary>
    public string Text(int i) => _text[i];

    /// <summary>Raw text (cut to <see cref="MaxLineLength"/>), for column gaps that squashing would lose.</summary>
    public string Raw(int i) => _raw[i];

    /// <summary>
    /// Replaces unpaired surrogates and control characters, which Unicode normalisation rejects, so that no
    /// later step can fail on them.
    /// </summary>
    private static string Sanitize(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            clean = !char.IsSurrogate(c) && (c >= ' ' || c == '\t') && c != '\uFFFF' && c != '\uFFFE';
        }
        if (clean) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            sb.Append(char.IsSurrogate(c) || c == '\uFFFF' || c == '\uFFFE' ? '\uFFFD' : c < ' ' && c != '\t' ? ' ' : c);
        }
        return sb.ToString();
    }

    /// <summary>The pieces of line <paramref name="i"/> as the trailer reader splits them, split once per line.</summary>
    public IReadOnlyList<string> TrailerPieces(int i) => _trailerPieces[i] ??= TrailerLinePieces.Read(this, i);

    /// <summary>Style hints of line <paramref name="i"/>.</summary>
    public LineStyle Style(int i) => Lines[i]?.Style ?? LineStyle.None;

    /// <summary>True when the line carries no text.</summary>
    public bool IsBlank(int i) => _text[i].Length == 0;

    /// <summary>Index of the first non-blank line at or after <paramref name="i"/>, or <see cref="Count"/>.</summary>
    public int NextNonBlank(int i)
    {
        while (i < Count && IsBlank(i)) i++;
        return i;
    }

    private bool DetectDoubleSpacing()
    {
        int printed = 0, followedBySingleBlank = 0;
        for (var i = 0; i + 2 < Count && printed < 400; i++)
        {
            if (IsBlank(i)) continue;
            printed++;
            if (IsBlank(i + 1) && !IsBlank(i + 2)) followedBySingleBlank++;
        }
        return printed >= 10 && followedBySingleBlank * 10 >= printed * 7;
    }
}
