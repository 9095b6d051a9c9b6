using System.Text;
using Lucene.Net.Util;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// The document ids of one list of hits as strings, one string per document: the hundred hits of a search come from a
/// few dozen documents, and each hit decoded its document's id into a string of its own. One instance per thread,
/// emptied for every list, so nothing is kept from one search to the next.
/// </summary>
internal sealed class DocumentIdStrings
{
    /// <summary>Ids longer than this (in UTF-16 units) are decoded without being shared.</summary>
    private const int LongestShared = 256;

    [ThreadStatic]
    private static DocumentIdStrings? t_current;

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly char[] _buffer = new char[LongestShared];

    /// <summary>This thread's instance, emptied for a new list of hits.</summary>
    public static DocumentIdStrings ForNewList()
    {
        var strings = t_current ??= new DocumentIdStrings();
        strings._ids.Clear();
        return strings;
    }

    /// <summary>The id held in <paramref name="utf8"/>, as the string given for it earlier in this list when there was one.</summary>
    public string Get(BytesRef utf8)
    {
        var bytes = utf8.Bytes.AsSpan(utf8.Offset, utf8.Length);
        if (bytes.Length > LongestShared) return utf8.Utf8ToString(); // UTF-8 is never shorter in bytes than in UTF-16 units
        var chars = _buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, _buffer));
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var known)) return known;
        var id = new string(chars);
        _ids[id] = id;
        return id;
    }
}
