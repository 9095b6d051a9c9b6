namespace PolicyKB.Documents;

/// <summary>
/// How a list names a document in one line: "Kế hoạch 36/KH-SYT – Kỷ niệm Ngày Thầy thuốc Việt Nam", the title alone
/// when no number is printed, and the file name as a last resort, never an internal id when anything better is known.
/// </summary>
public static class DocumentLabel
{
    /// <summary>The one-line name of <paramref name="document"/>.</summary>
    public static string Of(PolicyDocument document)
    {
        var meta = document.Metadata;
        var head = string.Join(" ", new[] { meta.Type, meta.Number }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var title = string.IsNullOrWhiteSpace(meta.Title) ? null : meta.Title.Trim();
        if (!string.IsNullOrWhiteSpace(meta.Number)) return title is null ? head : $"{head} – {title}";
        if (title is not null) return head.Length == 0 ? title : $"{head}: {title}";
        return Path.GetFileName(document.Source) is { Length: > 0 } file ? file : document.Id;
    }
}
