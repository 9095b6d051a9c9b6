using System.Text;

namespace PolicyKB.Text;

/// <summary>
/// Blanks what a scanner copies onto every page and OCR reads as text: running headers and footers ("UBND TỈNH …
/// Kế hoạch số 36/KH-UBND", "Trang 3/12") and stamps ("BẢN SAO", "ĐÃ KÝ"). General, not a list of phrases: a line is
/// furniture when the same line (numbers ignored) comes back on most OCR'd pages — among the first and last lines of
/// a page, or anywhere for a short line like a stamp. Body text does not repeat page after page, so it is kept. Only
/// for documents with at least <see cref="MinPages"/> OCR'd pages, where "most pages" means something.
/// </summary>
public sealed class OcrRepeatedFurnitureStep : ITextRepairStep
{
    /// <summary>OCR'd pages needed before repetition is judged.</summary>
    public const int MinPages = 3;

    /// <summary>Share of the OCR'd pages a line must come back on to be furniture.</summary>
    public const double MinPageShare = 0.6;

    /// <summary>Lines at the top and at the bottom of a page where running headers and footers sit.</summary>
    public const int EdgeLines = 3;

    /// <summary>A line this short may be a stamp wherever it sits on the page.</summary>
    public const int MaxStampLength = 40;

    /// <inheritdoc />
    public string Name => "ocr-furniture";

    /// <inheritdoc />
    public void Apply(RepairContext context)
    {
        if (context.OcrPages.Count < MinPages) return;
        var pages = new Dictionary<int, List<int>>();
        for (var i = 0; i < context.Lines.Count; i++)
        {
            if (context.Lines[i] is { Page: { } page, IsBlank: false } && context.OcrPages.Contains(page))
            {
                if (!pages.TryGetValue(page, out var lines)) pages[page] = lines = [];
                lines.Add(i);
            }
        }
        if (pages.Count < MinPages) return;
        var candidates = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (page, lines) in pages)
        {
            for (var n = 0; n < lines.Count; n++)
            {
                if (Shape(context.Lines[lines[n]].Text, n, lines.Count) is not { } shape) continue;
                if (!candidates.TryGetValue(shape, out var on)) candidates[shape] = on = [];
                on.Add(page);
            }
        }
        var needed = Math.Max(MinPages, (int)Math.Ceiling(MinPageShare * pages.Count));
        var furniture = candidates.Where(c => c.Value.Count >= needed).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (furniture.Count == 0) return;
        foreach (var lines in pages.Values)
        {
            for (var n = 0; n < lines.Count; n++)
            {
                if (Shape(context.Lines[lines[n]].Text, n, lines.Count) is not { } shape || !furniture.Contains(shape)) continue;
                context.Blank(lines[n]);
                context.Count(Name);
            }
        }
    }

    /// <summary>
    /// The line as compared across pages — lowercase letters with runs of digits as one "#", without punctuation or
    /// spaces — or null when the line is neither at a page edge nor short enough to be a stamp.
    /// </summary>
    internal static string? Shape(string text, int index, int count)
    {
        var atEdge = index < EdgeLines || index >= count - EdgeLines;
        if (!atEdge && text.Trim().Length > MaxStampLength) return null;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetter(c)) builder.Append(c);
            else if (char.IsDigit(c) && (builder.Length == 0 || builder[^1] != '#')) builder.Append('#');
        }
        // A bare number or a word or two ("#", "a", "ii") repeats by chance; furniture has some letters.
        return builder.Length < 4 || builder.ToString().Count(char.IsLetter) < 3 ? null : builder.ToString();
    }
}
