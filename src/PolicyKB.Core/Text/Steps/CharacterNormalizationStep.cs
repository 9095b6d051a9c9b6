namespace PolicyKB.Text;

/// <summary>
/// Step 1, "characters": Unicode NFC (DOCX text can mix NFD), look-alike letters from damaged PDF fonts
/// (Ð→Đ, ƣ→ư), dash variants → "-", NBSP/tabs → space, zero-width characters, soft hyphens and BOM removed.
/// Runs of spaces are kept for the glyph-gap step; <see cref="WhitespaceStep"/> collapses them at the end.
/// </summary>
public sealed class CharacterNormalizationStep : ITextRepairStep
{
    /// <inheritdoc />
    public string Name => "characters";

    /// <inheritdoc />
    public void Apply(RepairContext context)
    {
        var changed = 0;
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var text = context.Lines[i].Text;
            var mapped = CharacterMap.Map(text);
            if (ReferenceEquals(mapped, text) || mapped == text) continue;
            // Only spacing changed (tab → space): not worth counting as a repair.
            if (!SameIgnoringSpaces(text, mapped)) changed++;
            context.SetText(i, mapped);
        }
        context.Count(Name, changed);
    }

    private static bool SameIgnoringSpaces(string a, string b) =>
        VietnameseText.CollapseSpaces(a.Replace('\t', ' ')) == VietnameseText.CollapseSpaces(b);
}
