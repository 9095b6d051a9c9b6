using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Attribute = Lucene.Net.Util.Attribute;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A term given to the indexer as UTF-8 bytes made beforehand (<see cref="Syllable"/>): the indexer reads a term only
/// through <see cref="ITermToBytesRefAttribute"/>, so the index streams set the bytes and skip the character buffer of
/// Lucene's own term attribute (a copy of every term's characters, then their encoding, on the indexing thread).
/// </summary>
internal sealed class Utf8TermAttribute : Attribute, ITermToBytesRefAttribute
{
    private readonly BytesRef _bytes = new();
    private byte[] _joined = new byte[32];

    /// <summary>The term's bytes; the indexer takes this instance once per field and reads it after every token.</summary>
    public BytesRef BytesRef => _bytes;

    /// <summary>Nothing to do: the bytes are set when the token is made.</summary>
    public void FillBytesRef()
    {
    }

    /// <summary>Makes the term <paramref name="utf8"/> (read in place, not copied: it must not change while indexed).</summary>
    public void Set(byte[] utf8)
    {
        _bytes.Bytes = utf8;
        _bytes.Offset = 0;
        _bytes.Length = utf8.Length;
    }

    /// <summary>Makes the term <paramref name="first"/>, <paramref name="separator"/>, <paramref name="second"/> (a shingle).</summary>
    public void SetJoined(byte[] first, byte separator, byte[] second)
    {
        var length = first.Length + 1 + second.Length;
        if (_joined.Length < length) _joined = new byte[ArrayUtil.Oversize(length, 1)];
        first.CopyTo(_joined, 0);
        _joined[first.Length] = separator;
        second.CopyTo(_joined, first.Length + 1);
        _bytes.Bytes = _joined;
        _bytes.Offset = 0;
        _bytes.Length = length;
    }

    /// <inheritdoc />
    public override void Clear()
    {
        _bytes.Bytes = _joined;
        _bytes.Offset = 0;
        _bytes.Length = 0;
    }

    /// <inheritdoc />
    public override void CopyTo(IAttribute target)
    {
        // A copy owns its bytes: the source's may be a syllable's shared array or its own buffer, both reused.
        var copy = (Utf8TermAttribute)target;
        copy.Set(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length).ToArray());
    }

    /// <summary>The term as text (for tests and debugging).</summary>
    public override string ToString() => _bytes.Utf8ToString();
}
