using LiteDB;
using PolicyKB.Documents;

namespace PolicyKB.Storage;

/// <summary>
/// Hand-written BSON mapping of clauses. A document's clauses are stored as one record (an array), read and written
/// whole: LiteDB's per-record and reflection costs dominated ingestion when each clause was its own record.
/// </summary>
internal static class ClauseBson
{
    public static BsonDocument ToSet(string documentId, IReadOnlyList<Clause> clauses)
    {
        var array = new BsonArray();
        foreach (var c in clauses) array.Add(ToBson(c));
        return PackedBson.Pack(documentId, new BsonDocument { ["clauses"] = array });
    }

    public static List<Clause> FromSet(BsonDocument set, string documentId)
    {
        var array = PackedBson.Unpack(set)["clauses"].AsArray;
        var clauses = new List<Clause>(array.Count);
        foreach (var item in array) clauses.Add(FromBson(item.AsDocument, documentId));
        return clauses;
    }

    private static BsonDocument ToBson(Clause c) => new()
    {
        ["id"] = c.Id,
        ["parent"] = c.ParentId is null ? BsonValue.Null : c.ParentId,
        ["label"] = c.Label,
        ["display"] = c.DisplayLabel,
        ["heading"] = c.Heading,
        ["text"] = c.Text,
        ["kind"] = (int)c.Kind,
        ["path"] = new BsonArray(c.Path.Select(p => new BsonValue(p))),
        ["children"] = new BsonArray(c.ChildIds.Select(p => new BsonValue(p))),
        ["prev"] = c.PreviousId is null ? BsonValue.Null : c.PreviousId,
        ["next"] = c.NextId is null ? BsonValue.Null : c.NextId,
        ["from"] = c.LineStart,
        ["to"] = c.LineEnd,
        ["order"] = c.Order,
    };

    private static Clause FromBson(BsonDocument b, string documentId) => new()
    {
        Id = b["id"].AsString,
        DocumentId = documentId,
        ParentId = b["parent"].IsNull ? null : b["parent"].AsString,
        Label = b["label"].AsString,
        DisplayLabel = b["display"].AsString,
        Heading = b["heading"].AsString,
        Text = b["text"].AsString,
        Kind = (ClauseKind)b["kind"].AsInt32,
        Path = b["path"].AsArray.Select(p => p.AsString).ToList(),
        ChildIds = b["children"].AsArray.Select(p => p.AsString).ToList(),
        PreviousId = b["prev"].IsNull ? null : b["prev"].AsString,
        NextId = b["next"].IsNull ? null : b["next"].AsString,
        LineStart = b["from"].AsInt32,
        LineEnd = b["to"].AsInt32,
        Order = b["order"].AsInt32,
    };
}
