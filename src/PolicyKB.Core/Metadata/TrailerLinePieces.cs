namespace PolicyKB.Metadata;

/// <summary>
/// Splits one line of a document's tail into the pieces a trailer is read from: table cells, signature lines, and for
/// the "Nơi nhận" line the position printed beside it in the other column.
/// </summary>
internal static class TrailerLinePieces
{
    /// <summary>
    /// A line's pieces: table cells, and for the "Nơi nhận" line the position printed beside it. Read through
    /// <see cref="LineView.TrailerPieces"/>, which keeps them: the search for a trailer meets each line several times.
    /// </summary>
    internal static List<string> Read(LineView view, int i)
    {
        var raw = view.Raw(i);
        var pieces = new List<string>(1);
        if (!raw.Contains('|'))
        {
            // Without a cell bar the line is one cell, squashed and trimmed as the view's text already is: most lines are
            // asked, and this is the one list made for them.
            if (view.Text(i).Length > 0) AddCell(view.Text(i), raw, alone: true, pieces);
            return pieces;
        }
        var cells = raw.Split('|').Select(c => VietnameseText.TrimDecoration(VietnameseText.Squash(c))).Where(c => c.Length > 0).ToList();
        foreach (var cell in cells) AddCell(cell, raw, cells.Count == 1, pieces);
        return pieces;
    }

    /// <summary>The pieces of one cell; a "Nơi nhận" cell <paramref name="alone"/> on its line is cut at its column gap.</summary>
    private static void AddCell(string cell, string raw, bool alone, List<string> pieces)
    {
        var gap = SignatureLines.IsRecipientsLabel(cell, out _) ? Patterns.ColumnGap().Match(raw) : null;
        if (gap is { Success: true } && alone)
        {
            AddLines(VietnameseText.Squash(raw[..(gap.Index + 1)]), pieces);
            AddLines(VietnameseText.TrimDecoration(VietnameseText.Squash(raw[(gap.Index + gap.Length - 1)..])), pieces);
        }
        else AddLines(cell, pieces);
    }

    /// <summary>The signature lines of one part, without image debris, left out when nothing remains.</summary>
    private static void AddLines(string part, List<string> pieces)
    {
        var from = pieces.Count;
        SignatureLineSplitter.Split(part, pieces);
        for (var k = from; k < pieces.Count;)
        {
            var piece = SignatureLines.WithoutImageDebris(pieces[k]);
            if (piece.Length == 0) pieces.RemoveAt(k);
            else pieces[k++] = piece;
        }
    }
}
