using LiteDB;
using PolicyKB.Documents;

namespace PolicyKB.Storage;

/// <summary>Hand-written BSON mapping of a document's citations, stored as one record per document.</summary>
internal static class CitationBson
{
    public static BsonDocument ToSet(string documentId, IEnumerable<Citation> citations)
    {
        var array = new BsonArray();
        foreach (var c in citations)
        {
            array.Add(new BsonDocument
            {
                ["clause"] = c.ClauseId, ["raw"] = c.Raw, ["start"] = c.Start, ["length"] = c.Length, ["key"] = c.Key,
                ["type"] = Nullable(c.Type), ["number"] = Nullable(c.Number), ["date"] = Nullable(c.Date), ["issuer"] = Nullable(c.Issuer),
                ["name"] = Nullable(c.Name), ["basis"] = c.Basis, ["line"] = c.LineStart, ["lineEnd"] = c.LineEnd, ["target"] = Nullable(c.TargetDocumentId),
            });
        }
        return PackedBson.Pack(documentId, new BsonDocument { ["items"] = array });
    }

    public static List<Citation> FromSet(BsonDocument set)
    {
        var documentId = set["_id"].AsString;
        if (PackedBson.UnpackBytes(set) is { } raw && CitationSetReader.TryRead(documentId, raw) is { } read) return read;
        return PackedBson.Unpack(set)["items"].AsArray.Select(v => v.AsDocument).Select(b => new Citation
        {
            DocumentId = documentId, ClauseId = b["clause"].AsString, Raw = b["raw"].AsString, Start = b["start"].AsInt32,
            Length = b["length"].AsInt32, Key = b["key"].AsString, Type = String(b["type"]), Number = String(b["number"]),
            Date = String(b["date"]), Issuer = String(b["issuer"]), Name = String(b["name"]), Basis = b["basis"].AsBoolean,
            // Citations stored before they carried their own end line end where they start.
            LineStart = b["line"].AsInt32, LineEnd = b.TryGetValue("lineEnd", out var end) ? end.AsInt32 : b["line"].AsInt32,
            TargetDocumentId = String(b["target"]),
        }).ToList();
    }

    private static BsonValue Nullable(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    private static string? String(BsonValue value) => value.IsNull ? null : value.AsString;
}
