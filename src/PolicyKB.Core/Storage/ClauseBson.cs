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
        using var written = Write(clauses);
        return PackedBson.Pack(documentId, written.Written);
    }

    /// <summary>
    /// The set's BSON, written field by field: byte for byte what <c>BsonSerializer.Serialize</c> makes of
    /// <see cref="ToDocument"/> (a test holds them together), without building a document per clause first.
    /// </summary>
    internal static byte[] Serialize(IReadOnlyList<Clause> clauses)
    {
        using var written = Write(clauses);
        return written.Written.ToArray();
    }

    /// <summary>The set's BSON in a pooled writer: dispose of it once its bytes are packed.</summary>
    private static BsonBytes Write(IReadOnlyList<Clause> clauses)
    {
        var estimate = 16;
        foreach (var c in clauses) estimate += 2 * ((c.Text?.Length ?? 0) + (c.Heading?.Length ?? 0) + c.Id.Length * (3 + c.Path.Count + c.ChildIds.Count)) + 200;
        var w = new BsonBytes(estimate);
        var top = w.BeginDocument();
        var array = w.BeginArray("clauses");
        for (var i = 0; i < clauses.Count; i++)
        {
            var c = clauses[i];
            var item = w.BeginDocument(BsonBytes.Index(i));
            w.Text("id", c.Id);
            w.Text("parent", c.ParentId);
            w.Text("label", c.Label);
            w.Text("display", c.DisplayLabel);
            w.Text("heading", c.Heading);
            w.Text("text", c.Text);
            w.Number("kind", (int)c.Kind);
            w.Texts("path", c.Path);
            w.Texts("children", c.ChildIds);
            w.Text("prev", c.PreviousId);
            w.Text("next", c.NextId);
            w.Number("from", c.LineStart);
            w.Number("to", c.LineEnd);
            w.Number("order", c.Order);
            w.End(item);
        }
        w.End(array);
        w.End(top);
        return w;
    }

    /// <summary>The set as a LiteDB document, the shape <see cref="Serialize"/> writes and <see cref="FromSet"/> reads.</summary>
    internal static BsonDocument ToDocument(IReadOnlyList<Clause> clauses)
    {
        var array = new BsonArray();
        foreach (var c in clauses) array.Add(ToBson(c));
        return new BsonDocument { ["clauses"] = array };
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
