using PolicyKB.Decoding;

namespace PolicyKB.Text;

/// <summary>
/// Repairs decoded text line by line, after decoding and before clause parsing, by running an ordered list
/// of small <see cref="ITextRepairStep"/>s. Lines keep their numbers so every clause can point back to its
/// source line; furniture is blanked, never dropped or merged (hard-wrap joining belongs to the clause parser).
/// </summary>
public sealed class TextRepairer
{
    private readonly ITextRepairStep[] _steps;

    /// <summary>Creates a repairer running <paramref name="steps"/> in the given order.</summary>
    public TextRepairer(IEnumerable<ITextRepairStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = steps.ToArray();
    }

    /// <summary>The steps, in the order they run.</summary>
    public IReadOnlyList<ITextRepairStep> Steps => _steps;

    /// <summary>
    /// The default pipeline. Order matters:
    /// 1. <see cref="CharacterNormalizationStep"/> – NFC, look-alikes, dashes, invisible characters; spacing kept.
    /// 2. <see cref="MarkupCleanupStep"/> – bookmarks, Markdown emphasis/escapes, LaTeX fragments, bare table pipes.
    /// 3. <see cref="GazetteFurnitureStep"/> – Công báo page headers, page numbers, signature stamps, imprint.
    /// 4. <see cref="LegalDatabaseWrapperStep"/> – legal-database page furniture before and after the document.
    /// 5. <see cref="GlyphGapRepairStep"/> – vowels dropped by PDF fonts; needs the raw spacing, so before 6.
    /// 6. <see cref="OcrRepeatedFurnitureStep"/> – headers, footers and stamps repeated across OCR'd pages.
    /// 7. <see cref="OcrHeadingRepairStep"/> – heading labels Tesseract misread ("IN." for "III."), OCR'd pages only;
    ///    before 8, which respells words and would take a misread label for one.
    /// 8. <see cref="OcrSyllableRepairStep"/> – tone marks and "đ" Tesseract got wrong, on OCR'd pages only.
    /// 9. <see cref="WhitespaceStep"/> – collapse runs of spaces and trim.
    /// 10. <see cref="YearTableStep"/> – year-by-value tables flattened by PDF extraction, one row a line; reads the
    ///    trimmed lines of 9.
    /// </summary>
    public static TextRepairer CreateDefault() => new(
    [
        new CharacterNormalizationStep(),
        new MarkupCleanupStep(),
        new GazetteFurnitureStep(),
        new LegalDatabaseWrapperStep(),
        new GlyphGapRepairStep(),
        new OcrRepeatedFurnitureStep(),
        new OcrHeadingRepairStep(),
        new OcrSyllableRepairStep(),
        new WhitespaceStep(),
        new YearTableStep(),
    ]);

    /// <summary>Repairs a decoded document. Never throws on odd content; a null argument is a programming error.</summary>
    public RepairedText Repair(DecodedText decoded)
    {
        var context = new RepairContext(decoded);
        foreach (var step in _steps)
        {
            try
            {
                step.Apply(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A defect in one step must not lose the document: keep what the other steps did and say so.
                context.AddNote($"{step.Name}: skipped after an internal error ({ex.GetType().Name}: {ex.Message})");
            }
        }
        return context.ToResult();
    }
}
