using LiteDB;
using PolicyKB.Documents;

namespace PolicyKB.Storage;

/// <summary>The schema of the LiteDB file: its version, checked on open, and the BSON mapping of documents.</summary>
public sealed partial class LiteDbDocumentStore
{
    private void RequireSchema()
    {
        var version = _db.GetCollection("meta").FindById("schema")?["version"];
        if (version is not null && version.IsInt32 && version.AsInt32 == SchemaVersion) return;
        throw new IOException($"kho {DatabasePath} có cấu trúc phiên bản {version?.ToString() ?? "không rõ"}, phiên bản này dùng {SchemaVersion}; " +
            "hãy mở nó một lần bằng tiến trình ghi (máy chủ web hoặc policykb ingest) để cập nhật");
    }

    private void CheckSchema()
    {
        var meta = _db.GetCollection("meta");
        var record = meta.FindById("schema");
        if (record is not null && record["version"].AsInt32 == SchemaVersion) return;
        // A file written by another schema version is emptied rather than misread, except for the original files:
        // documents are read again from them (FindUnreadOriginals), so an upgrade loses no upload. SchemaReset tells the caller.
        SchemaReset = record is not null;
        // Corrections are kept too: they are re-applied to the documents read again (ApplyCorrectionsStep).
        foreach (var name in _db.GetCollectionNames().Where(n => !LiteDbOriginals.Collections.Contains(n) && n != LiteDbCorrections.Collection).ToList())
        {
            _db.DropCollection(name);
        }
        _db.GetCollection("meta").Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = SchemaVersion });
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        // Partial dates are stored in their ISO form ("2021-01"); LiteDB looks up nullable and plain forms separately.
        mapper.RegisterType<PartialDate>(date => new BsonValue(date.ToString()), bson => PartialDate.ParseIso(bson.AsString) ?? default);
        mapper.RegisterType<PartialDate?>(
            date => date is { } d ? new BsonValue(d.ToString()) : BsonValue.Null,
            bson => bson.IsString ? PartialDate.ParseIso(bson.AsString) : null);
        mapper.Entity<PolicyDocument>().Id(d => d.Id);
        return mapper;
    }
}
