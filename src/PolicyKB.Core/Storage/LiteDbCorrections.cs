using LiteDB;
using PolicyKB.Corrections;

namespace PolicyKB.Storage;

/// <summary>
/// The metadata corrections, one record each in insertion order (the audit trail). Kept when a schema change empties
/// the other collections, like the original files: the documents read again from those files get them back.
/// </summary>
public sealed class LiteDbCorrections
{
    /// <summary>The LiteDB collection holding the corrections.</summary>
    public const string Collection = "metadata_corrections";

    private readonly ILiteCollection<BsonDocument> _records;

    // Most stores hold no correction at all, yet every ingested file asks for its own: known empty, nothing is queried.
    // This process is the folder's only writer (DataDirectoryLock), so only Add can make it non-empty.
    private volatile bool _mayHoldAny = true;

    /// <summary>Opens the collection in <paramref name="db"/>; <paramref name="readOnly"/> creates no index.</summary>
    public LiteDbCorrections(LiteDatabase db, bool readOnly)
    {
        _records = db.GetCollection(Collection, BsonAutoId.Int64);
        if (!readOnly)
        {
            _records.EnsureIndex("hash", "$.hash");
            _records.EnsureIndex("document", "$.document");
        }
        _mayHoldAny = readOnly || _records.Count() > 0;
    }

    /// <summary>Adds corrections (call inside the document's write).</summary>
    public void Add(IEnumerable<MetadataCorrection> corrections)
    {
        _mayHoldAny = true;
        foreach (var c in corrections)
        {
            _records.Insert(new BsonDocument
            {
                ["document"] = c.DocumentId,
                ["hash"] = c.ContentHash,
                ["field"] = c.Field,
                ["old"] = c.OldValue is null ? BsonValue.Null : new BsonValue(c.OldValue),
                ["new"] = c.NewValue is null ? BsonValue.Null : new BsonValue(c.NewValue),
                ["by"] = c.CorrectedBy,
                ["at"] = c.CorrectedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            });
        }
    }

    /// <summary>Corrections made to these bytes or to this document, in the order made.</summary>
    public IReadOnlyList<MetadataCorrection> Find(string documentId, string contentHash) => !_mayHoldAny ? [] :
        _records.Find(Query.Or(Query.EQ("hash", contentHash), Query.EQ("document", documentId)))
            .OrderBy(r => r["_id"].AsInt64)
            .Select(FromRecord)
            .ToList();

    /// <summary>Corrections made to these bytes, whatever document they were stored as, in the order made.</summary>
    public IReadOnlyList<MetadataCorrection> FindByContent(string contentHash) => !_mayHoldAny ? [] :
        _records.Find(Query.EQ("hash", contentHash)).OrderBy(r => r["_id"].AsInt64).Select(FromRecord).ToList();

    private static MetadataCorrection FromRecord(BsonDocument r) => new(
        r["document"].AsString, r["hash"].AsString, r["field"].AsString,
        r["old"].IsString ? r["old"].AsString : null, r["new"].IsString ? r["new"].AsString : null,
        r["by"].AsString, DateTimeOffset.Parse(r["at"].AsString, System.Globalization.CultureInfo.InvariantCulture));
}
