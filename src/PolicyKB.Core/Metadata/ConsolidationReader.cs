namespace PolicyKB.Metadata;

/// <summary>
/// A consolidated text (văn bản hợp nhất) prints its own số hiệu and date in the authentication block at
/// its end ("XÁC THỰC VĂN BẢN HỢP NHẤT", Pháp lệnh Hợp nhất văn bản quy phạm pháp luật 2012, Điều 8),
/// while its head repeats the type line of the consolidated document. This reader finds that block.
/// </summary>
internal static class ConsolidationReader
{
    private const string Marker = "XÁC THỰC VĂN BẢN HỢP NHẤT";

    /// <summary>The number and date of the authentication block, or null when the text has none.</summary>
    public static HeaderInfo? Read(LineView view, HeaderCellClassifier classifier)
    {
        for (var i = view.Count - 1; i >= 0; i--)
        {
            if (view.IsBlank(i) || view.Text(i).Length > 80) continue;
            // The fold holds an "X" only where the line holds "X" or "x": most lines are passed over without folding them.
            if (view.Text(i).AsSpan().IndexOfAny('X', 'x') < 0) continue;
            if (!VietnameseText.Fold(view.Text(i)).Contains(Marker, StringComparison.Ordinal)) continue;
            var info = new HeaderInfo();
            var cells = HeaderCellReader.Read(view, Math.Max(0, i - 10), Math.Min(view.Count - 1, i + 10), int.MaxValue, classifier);
            var number = cells.FindIndex(c => c.Kind == HeaderCellKind.Number);
            // Only the block itself: the issuing body right above the number, the number, the date.
            // With no number printed the block's date, if any, opens its line with the place: a sentence of the last
            // article around it ("1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.") is not the block's.
            HeaderReader.ReadLetterhead(cells.Skip(Math.Max(0, number - 1))
                .Where(c => c.Kind is not HeaderCellKind.Other && (number >= 0 || c.Kind != HeaderCellKind.PlaceDate || OpensWithPlace(c.Text))).ToList(), info);
            info.Consolidated = true;
            return info;
        }
        return null;
    }

    private static bool OpensWithPlace(string text) =>
        Patterns.PlaceDate().Match(text) is { Success: true, Index: 0 } m && m.Groups["place"].Value.Trim().Length > 0;
}
