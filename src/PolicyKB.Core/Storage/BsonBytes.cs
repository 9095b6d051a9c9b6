using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace PolicyKB.Storage;

/// <summary>
/// Writes BSON straight into a growing byte buffer, the very bytes LiteDB's <c>BsonSerializer.Serialize</c> writes for
/// the same fields in the same order (little-endian int32 lengths, UTF-8 names and strings with a closing zero, array
/// items named "0", "1", …). A clause set is written this way because building a <c>BsonDocument</c> per clause (a
/// case-insensitive dictionary of 14 boxed values) and then walking it cost more than the writing itself. The buffer is
/// rented from the shared pool (a document's set runs to megabytes, sized for its text at two bytes a character) and
/// given back on <see cref="Dispose"/>.
/// </summary>
internal sealed class BsonBytes : IDisposable
{
    private const byte Document = 0x03, Array = 0x04, String = 0x02, Null = 0x0A, Int32 = 0x10;

    // LiteDB's encoding: a lone surrogate throws rather than being written as U+FFFD, so such a text fails as it did.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] Indexes = Enumerable.Range(0, 64).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private byte[] _buffer;
    private int _length;

    /// <summary>Creates a writer whose buffer starts at <paramref name="capacity"/> bytes.</summary>
    public BsonBytes(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(256, capacity));

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Opens a document (the top one, or with <see cref="BeginDocument(string)"/> a field); returns where its length goes.</summary>
    public int BeginDocument()
    {
        var at = _length;
        Ensure(4);
        _length += 4;
        return at;
    }

    /// <summary>Opens a document held in field <paramref name="name"/>.</summary>
    public int BeginDocument(string name)
    {
        Header(Document, name);
        return BeginDocument();
    }

    /// <summary>Opens an array held in field <paramref name="name"/> (its items are named by <see cref="Index"/>).</summary>
    public int BeginArray(string name)
    {
        Header(Array, name);
        return BeginDocument();
    }

    /// <summary>Closes the document or array opened at <paramref name="at"/>: its closing zero and its length.</summary>
    public void End(int at)
    {
        Ensure(1);
        _buffer[_length++] = 0;
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(at), _length - at);
    }

    /// <summary>A string field; null is written as BSON null, as LiteDB writes a null string.</summary>
    public void Text(string name, string? value)
    {
        if (value is null)
        {
            Header(Null, name);
            return;
        }
        Header(String, name);
        var count = Utf8.GetByteCount(value);
        Ensure(count + 5);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), count + 1);
        _length += 4;
        _length += Utf8.GetBytes(value, _buffer.AsSpan(_length));
        _buffer[_length++] = 0;
    }

    /// <summary>An int32 field.</summary>
    public void Number(string name, int value)
    {
        Header(Int32, name);
        Ensure(4);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    /// <summary>An array of strings in field <paramref name="name"/>.</summary>
    public void Texts(string name, IReadOnlyList<string> values)
    {
        var at = BeginArray(name);
        for (var i = 0; i < values.Count; i++) Text(Index(i), values[i]);
        End(at);
    }

    /// <summary>The name of array item <paramref name="i"/>.</summary>
    public static string Index(int i) => i < Indexes.Length ? Indexes[i] : i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Header(byte type, string name)
    {
        Ensure(name.Length * 3 + 2);
        _buffer[_length++] = type;
        _length += Utf8.GetBytes(name, _buffer.AsSpan(_length));
        _buffer[_length++] = 0;
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length) return;
        var grown = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = grown;
    }

    /// <summary>Gives the buffer back to the pool; <see cref="Written"/> must not be read after.</summary>
    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }
}
