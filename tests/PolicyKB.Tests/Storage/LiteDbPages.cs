namespace PolicyKB.Tests.Storage;

/// <summary>
/// Reads LiteDB 5 page headers straight from a data file, so a test can aim its damage: every page is 8 KB and
/// starts with its page id (4 bytes), its type (1 byte: 4 = data) and, at byte 19, the id of its collection's page.
/// </summary>
public static class LiteDbPages
{
    public const int PageSize = 8192;

    /// <summary>
    /// Byte offset of a data page of the collection holding the most data pages (the clause trees, by far the
    /// largest records), so damage there is not met by opening the store, only by reading those records.
    /// </summary>
    public static long DataPageOfLargestCollection(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var pages = Enumerable.Range(0, bytes.Length / PageSize)
            .Where(i => bytes[(i * PageSize) + 4] == 4)
            .Select(i => (Page: i, Collection: BitConverter.ToUInt32(bytes, (i * PageSize) + 19)))
            .ToList();
        var largest = pages.GroupBy(p => p.Collection).OrderByDescending(g => g.Count()).First().ToList();
        return (long)largest[largest.Count / 2].Page * PageSize;
    }
}
