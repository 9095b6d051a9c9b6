namespace PolicyKB.Metadata;

/// <summary>
/// Finds the letterhead block (issuing body, số hiệu, quốc hiệu, place and date) printed out of order inside the
/// body: a gazette PDF's text order may put the first page's letterhead after the opening articles, below the type
/// line and title. The block is anchored on the quốc hiệu and grown over the letterhead lines around it; it only
/// counts when it prints a number or a date, so a bare motto line in running text never does.
/// </summary>
internal static class DisplacedLetterhead
{
    /// <summary>Body lines searched: the first pages only, where a page's letterhead can be displaced to.</summary>
    private const int Reach = 300;

    /// <summary>Letterhead lines read on either side of the quốc hiệu.</summary>
    private const int Around = 8;

    /// <summary>
    /// The first displaced letterhead in lines [<paramref name="from"/>, <paramref name="to"/>): its line range
    /// (blank lines around it excluded) and what it says. Null when there is none.
    /// </summary>
    public static (int Start, int End, HeaderInfo Info)? Find(LineView view, int from, int to, HeaderCellClassifier classifier)
    {
        var limit = Math.Min(Math.Min(to, view.Count), from + Reach);
        for (var i = from; i < limit; i++)
        {
            if (view.IsBlank(i) || !IsAnchor(view, i, classifier)) continue;
            var start = GrowUp(view, from, i, classifier);
            var end = GrowDown(view, i, limit, classifier);
            var cells = HeaderCellReader.Read(view, start, end - 1, int.MaxValue, classifier);
            var info = new HeaderInfo();
            HeaderReader.ReadLetterhead(cells, info);
            if (info.Number is not null || info.IssuedOn is not null) return (start, end, info);
        }
        return null;
    }

    /// <summary>Số hiệu, separators and place-date lines above the quốc hiệu, and the issuing body's capitals above them.</summary>
    private static int GrowUp(LineView view, int from, int anchor, HeaderCellClassifier classifier)
    {
        var start = anchor;
        var organisationLines = 0;
        for (var k = anchor - 1; k >= from && k >= anchor - Around; k--)
        {
            if (view.IsBlank(k)) continue;
            if (IsOnly(view, k, classifier, HeaderCellKind.Number, HeaderCellKind.Separator, HeaderCellKind.PlaceDate, HeaderCellKind.Motto))
            {
                start = k;
                continue;
            }
            // The issuing body: at most two lines of capitals, never a chapter title under its "Chương I" line.
            var above = k - 1;
            while (above >= from && view.IsBlank(above)) above--;
            if (organisationLines < 2 && IsOnly(view, k, classifier, HeaderCellKind.Organisation)
                && !(above >= from && Patterns.Heading().IsMatch(view.Text(above))))
            {
                organisationLines++;
                start = k;
                continue;
            }
            break;
        }
        return start;
    }

    /// <summary>The rest of the quốc hiệu, separators, số hiệu and the place-date line below it.</summary>
    private static int GrowDown(LineView view, int anchor, int limit, HeaderCellClassifier classifier)
    {
        var end = anchor + 1;
        for (var k = anchor + 1; k < limit && k <= anchor + Around; k++)
        {
            if (view.IsBlank(k)) continue;
            if (!IsOnly(view, k, classifier, HeaderCellKind.Number, HeaderCellKind.Separator, HeaderCellKind.PlaceDate, HeaderCellKind.Motto)) break;
            end = k + 1;
        }
        return end;
    }

    /// <summary>A line of letterhead cells with the quốc hiệu among them ("CHÍNH PHỦ | CỘNG HÒA XÃ HỘI …").</summary>
    private static bool IsAnchor(LineView view, int line, HeaderCellClassifier classifier)
    {
        var fragments = HeaderFragmenter.Split(view.Raw(line));
        var kinds = fragments.Select(classifier.Classify).ToList();
        // The quốc hiệu as a letterhead prints it: in capitals, or the whole tiêu ngữ. A sentence wrapped at
        // "… nước Cộng hòa xã hội / chủ nghĩa Việt Nam khóa XV, … thông qua ngày …" is no letterhead.
        var motto = fragments.Where((f, k) => kinds[k] == HeaderCellKind.Motto
            && (VietnameseText.IsAllCaps(f) || VietnameseText.Fold(f).Contains("TỰ DO", StringComparison.Ordinal)));
        return motto.Any() && kinds.All(k => k is HeaderCellKind.Motto or HeaderCellKind.Organisation
            or HeaderCellKind.Number or HeaderCellKind.PlaceDate or HeaderCellKind.Separator);
    }

    private static bool IsOnly(LineView view, int line, HeaderCellClassifier classifier, params HeaderCellKind[] kinds)
    {
        var fragments = HeaderFragmenter.Split(view.Raw(line));
        return fragments.Count > 0 && fragments.All(f => Array.IndexOf(kinds, classifier.Classify(f)) >= 0);
    }
}
