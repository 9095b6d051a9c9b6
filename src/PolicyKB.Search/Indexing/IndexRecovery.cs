using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Search.Indexing;

/// <summary>
/// Opens the keyword index, setting a damaged one aside: the index is derived from the store, so a segment file
/// that is cut short, missing or unreadable is no reason to stop; the folder is moved to "index.damaged" (replacing
/// an older one) and an empty index opened in its place, which <see cref="KnowledgeBase.Synchronize"/> then fills
/// from the store. Checked on open: every file of the last commit ends with Lucene's checksum footer (a cut file
/// does not), every segment opens, and the document markers read back; the full checksums (a read of the whole
/// index) are not computed, so bytes overwritten inside a segment are met only when a query reads them.
/// </summary>
public static class IndexRecovery
{
    /// <summary>Opens the index in <paramref name="path"/>, rebuilding it empty when damaged and recording the repair in <paramref name="health"/>.</summary>
    public static LuceneKeywordIndex Open(string path, DataHealth health)
    {
        // The segments are opened once, by the index itself: the check opened every segment a first time just before
        // (a third of the index thread's start-up), and damage met by the index's own open is handled alike below.
        var damage = FindDamage(path, openSegments: false);
        if (damage is null)
        {
            LuceneKeywordIndex? index = null;
            try
            {
                index = new LuceneKeywordIndex(path);
                _ = index.IndexedDocuments();
                return index;
            }
            catch (Exception ex) when (IsDamage(ex))
            {
                index?.Dispose();
                damage = ex.Message;
            }
        }
        var aside = path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + ".damaged";
        if (System.IO.Directory.Exists(aside)) System.IO.Directory.Delete(aside, recursive: true);
        System.IO.Directory.Move(path, aside);
        health.AddRepair($"Chỉ mục từ khoá {Path.GetFullPath(path)} bị hỏng ({FirstLine(damage)}); đã chuyển sang {Path.GetFullPath(aside)} và dựng lại từ kho dữ liệu.");
        return new LuceneKeywordIndex(path);
    }

    /// <summary>What is wrong with the index in <paramref name="path"/>, or null when it looks sound (or there is none yet).</summary>
    public static string? FindDamage(string path) => FindDamage(path, openSegments: true);

    /// <summary>
    /// What is wrong with the commit and its files' footers, and, with <paramref name="openSegments"/>, with opening every
    /// segment; null when it looks sound (or there is none yet).
    /// </summary>
    private static string? FindDamage(string path, bool openSegments)
    {
        if (!System.IO.Directory.Exists(path)) return null;
        try
        {
            using var directory = new NIOFSDirectory(new DirectoryInfo(path));
            if (!DirectoryReader.IndexExists(directory))
            {
                // Files but no readable commit: the segments file itself is damaged (an empty folder is simply new).
                return System.IO.Directory.EnumerateFiles(path, "segments*").Any() ? "không đọc được tệp segments" : null;
            }
            var commit = new SegmentInfos();
            commit.Read(directory);
            foreach (var file in commit.GetFiles(directory, includeSegmentsFile: true))
            {
                using var input = directory.OpenInput(file, IOContext.READ_ONCE);
                // Reads only the last 16 bytes: a file cut short ends in the middle of its data, not in the footer.
                CodecUtil.RetrieveChecksum(input);
            }
            if (!openSegments) return null;
            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves) _ = leaf.AtomicReader.Fields;
            return null;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// Whether <paramref name="exception"/> means damaged index files. Lucene.Net reports a corrupt or cut file as a
    /// plain <see cref="IOException"/> ("codec footer mismatch", "read past EOF"), so every I/O error counts, but a
    /// lock held by another process does not (that index is in use and must not be moved), nor missing permissions.
    /// </summary>
    public static bool IsDamage(Exception exception) => exception switch
    {
        LockObtainFailedException or UnauthorizedAccessException or OperationCanceledException => false,
        IOException or InvalidDataException => true,
        ArgumentException or IndexOutOfRangeException or InvalidCastException or OverflowException or FormatException => true,
        _ => false,
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
