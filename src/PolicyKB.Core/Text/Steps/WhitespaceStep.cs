namespace PolicyKB.Text;

/// <summary>
/// Last step, "spaces": collapses runs of spaces and trims every line. Runs last because earlier steps
/// (glyph gaps) read the width of gaps. Not counted as a repair: it changes no word.
/// </summary>
public sealed class WhitespaceStep : ITextRepairStep
{
    /// <inheritdoc />
    public string Name => "spaces";

    /// <inheritdoc />
    public void Apply(RepairContext context)
    {
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var text = context.Lines[i].Text;
            var collapsed = VietnameseText.CollapseSpaces(text);
            if (!ReferenceEquals(text, collapsed)) context.SetText(i, collapsed);
        }
    }
}
