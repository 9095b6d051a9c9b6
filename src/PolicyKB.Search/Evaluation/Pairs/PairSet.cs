namespace PolicyKB.Search.Evaluation.Pairs;

/// <summary>
/// Reads everyday ↔ formal question pairs from a folder of parallel files: <c>NAME.src</c> holds one everyday
/// question per line and <c>NAME.tgt.tagged</c> (or <c>NAME.tgt</c>) the formal question on the same line number, as
/// in the ViHealthBERT FAQ summarisation data. Words joined by "_" (word-segmented text) are split back into
/// syllables, so the text reads as users type it.
/// </summary>
public static class PairSet
{
    /// <summary>All pairs under <paramref name="folder"/>, file by file (ordinal name order), line by line.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FormatException">A .src file has no matching target file or another line count.</exception>
    public static IReadOnlyList<QueryPair> Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"không tìm thấy thư mục {folder}");
        var pairs = new List<QueryPair>();
        foreach (var source in Directory.GetFiles(folder, "*.src").Order(StringComparer.Ordinal))
        {
            var stem = source[..^".src".Length];
            var target = new[] { stem + ".tgt.tagged", stem + ".tgt" }.FirstOrDefault(File.Exists)
                ?? throw new FormatException($"{Path.GetFileName(source)} không có tệp câu hỏi chuẩn tương ứng (.tgt.tagged hoặc .tgt)");
            var everyday = File.ReadAllLines(source);
            var formal = File.ReadAllLines(target);
            if (everyday.Length != formal.Length)
            {
                throw new FormatException($"{Path.GetFileName(source)} có {everyday.Length} dòng nhưng {Path.GetFileName(target)} có {formal.Length} dòng");
            }
            for (var i = 0; i < everyday.Length; i++)
            {
                var query = Unsegment(everyday[i]);
                var passage = Unsegment(formal[i]);
                if (query.Length == 0 || passage.Length == 0) continue;
                pairs.Add(new QueryPair(query, passage, PairSplit.Of(passage)) { EverydayWords = Words(everyday[i]), FormalWords = Words(formal[i]) });
            }
        }
        return pairs;
    }

    private static string[] Words(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.Replace('_', ' ')).ToArray();

    /// <summary>"bác_sĩ tư_vấn ." → "bác sĩ tư vấn .": word-segmentation joins become spaces, runs of spaces one.</summary>
    public static string Unsegment(string line) =>
        string.Join(' ', line.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
