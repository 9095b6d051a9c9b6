using System.Buffers.Binary;
using System.Text;
using PolicyKB.Documents;

namespace PolicyKB.Storage;

/// <summary>
/// Reads a citation set's BSON (<c>{ items: [ { clause, raw, start, length, key, type, number, date, issuer, name, basis,
/// line, lineEnd, target } ] }</c>, as <see cref="CitationBson.ToSet"/> writes it) straight from its bytes into
/// citations. The store reads every set when it opens, and going through LiteDB's <c>BsonDocument</c>s (a
/// case-insensitive dictionary of boxed values per citation) cost twice the decompression. Anything this reader does not
/// expect (another value type, a missing field, bytes that do not add up) makes it give up, and the set is read through
/// LiteDB as before, which also reports damage as it did.
/// </summary>
internal static class CitationSetReader
{
    private const byte Double = 0x01, String = 0x02, Document = 0x03, Array = 0x04, Boolean = 0x08, Null = 0x0A, Int32 = 0x10;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The citations of <paramref name="documentId"/> in <paramref name="bson"/>, or null when it is not a set this reader knows.</summary>
    public static List<Citation>? TryRead(string documentId, ReadOnlySpan<byte> bson)
    {
        if (!Length(bson, 0, out var end) || end != bson.Length || bson[end - 1] != 0) return null;
        var at = 4;
        List<Citation>? items = null;
        while (at < end - 1)
        {
            var type = bson[at++];
            if (!Name(bson, ref at, out var name)) return null;
            if (type == Array && name.SequenceEqual("items"u8))
            {
                if (items is not null || !Items(documentId, bson, ref at, out items)) return null;
            }
            else if (!Skip(type, bson, ref at)) return null;
        }
        return at == end - 1 ? items : null;
    }

    private static bool Items(string documentId, ReadOnlySpan<byte> bson, ref int at, out List<Citation> items)
    {
        items = [];
        if (!Length(bson, at, out var length)) return false;
        var end = at + length;
        at += 4;
        while (at < end - 1)
        {
            if (bson[at++] != Document || !Name(bson, ref at, out _) || Item(documentId, bson, ref at) is not { } citation) return false;
            items.Add(citation);
        }
        if (at != end - 1 || bson[at] != 0) return false;
        at = end;
        return true;
    }

    private static Citation? Item(string documentId, ReadOnlySpan<byte> bson, ref int at)
    {
        if (!Length(bson, at, out var length)) return null;
        var end = at + length;
        if (end > bson.Length) return null;
        at += 4;
        string? clause = null, raw = null, key = null, type = null, number = null, date = null, issuer = null, name = null, target = null;
        int? start = null, count = null, line = null, lineEnd = null;
        bool? basis = null;
        while (at < end - 1)
        {
            var kind = bson[at++];
            if (!Name(bson, ref at, out var field)) return null;
            var read = field switch
            {
                _ when field.SequenceEqual("clause"u8) => Text(kind, bson, ref at, out clause),
                _ when field.SequenceEqual("raw"u8) => Text(kind, bson, ref at, out raw),
                _ when field.SequenceEqual("key"u8) => Text(kind, bson, ref at, out key),
                _ when field.SequenceEqual("type"u8) => Text(kind, bson, ref at, out type),
                _ when field.SequenceEqual("number"u8) => Text(kind, bson, ref at, out number),
                _ when field.SequenceEqual("date"u8) => Text(kind, bson, ref at, out date),
                _ when field.SequenceEqual("issuer"u8) => Text(kind, bson, ref at, out issuer),
                _ when field.SequenceEqual("name"u8) => Text(kind, bson, ref at, out name),
                _ when field.SequenceEqual("target"u8) => Text(kind, bson, ref at, out target),
                _ when field.SequenceEqual("start"u8) => Number(kind, bson, ref at, out start),
                _ when field.SequenceEqual("length"u8) => Number(kind, bson, ref at, out count),
                _ when field.SequenceEqual("line"u8) => Number(kind, bson, ref at, out line),
                _ when field.SequenceEqual("lineEnd"u8) => Number(kind, bson, ref at, out lineEnd),
                _ when field.SequenceEqual("basis"u8) => Flag(kind, bson, ref at, out basis),
                _ => Skip(kind, bson, ref at),
            };
            if (!read) return null;
        }
        if (at != end - 1 || bson[at] != 0) return null;
        at = end;
        // The fields every set has held since citations carried their lines; an older or odd set goes through LiteDB.
        if (clause is null || raw is null || key is null || start is null || count is null || line is null || basis is null) return null;
        return new Citation
        {
            DocumentId = documentId, ClauseId = clause, Raw = raw, Start = start.Value, Length = count.Value, Key = key, Type = type,
            Number = number, Date = date, Issuer = issuer, Name = name, Basis = basis.Value, LineStart = line.Value,
            LineEnd = lineEnd ?? line.Value, TargetDocumentId = target,
        };
    }

    private static bool Text(byte kind, ReadOnlySpan<byte> bson, ref int at, out string? value)
    {
        value = null;
        if (kind == Null) return true;
        if (kind != String || at + 4 > bson.Length) return false;
        var size = BinaryPrimitives.ReadInt32LittleEndian(bson[at..]);
        if (size < 1 || size > bson.Length - at - 4 || bson[at + 3 + size] != 0) return false;
        value = Utf8.GetString(bson.Slice(at + 4, size - 1));
        at += 4 + size;
        return true;
    }

    private static bool Number(byte kind, ReadOnlySpan<byte> bson, ref int at, out int? value)
    {
        value = null;
        if (kind != Int32 || at + 4 > bson.Length) return false;
        value = BinaryPrimitives.ReadInt32LittleEndian(bson[at..]);
        at += 4;
        return true;
    }

    private static bool Flag(byte kind, ReadOnlySpan<byte> bson, ref int at, out bool? value)
    {
        value = null;
        if (kind != Boolean || at >= bson.Length || bson[at] > 1) return false;
        value = bson[at++] == 1;
        return true;
    }

    /// <summary>Steps over a value of a type the set may hold in a field this reader does not read.</summary>
    private static bool Skip(byte kind, ReadOnlySpan<byte> bson, ref int at)
    {
        switch (kind)
        {
            case Null:
                return true;
            case Boolean:
                return Flag(kind, bson, ref at, out _);
            case Int32:
                return Number(kind, bson, ref at, out _);
            case Double:
                at += 8;
                return at <= bson.Length;
            case String:
                return Text(kind, bson, ref at, out _);
            default:
                return false;
        }
    }

    private static bool Name(ReadOnlySpan<byte> bson, ref int at, out ReadOnlySpan<byte> name)
    {
        var zero = bson[at..].IndexOf((byte)0);
        name = zero < 0 ? default : bson.Slice(at, zero);
        at += zero + 1;
        return zero >= 0;
    }

    /// <summary>The length of the document or array at <paramref name="at"/>, when it fits in <paramref name="bson"/>.</summary>
    private static bool Length(ReadOnlySpan<byte> bson, int at, out int length)
    {
        length = at + 4 <= bson.Length ? BinaryPrimitives.ReadInt32LittleEndian(bson[at..]) : 0;
        return length >= 5 && at + length <= bson.Length;
    }
}
