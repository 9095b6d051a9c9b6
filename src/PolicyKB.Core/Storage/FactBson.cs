using LiteDB;
using PolicyKB.Facts;

namespace PolicyKB.Storage;

/// <summary>
/// A document's facts as one record of the "fact_sets" collection (beside clause_sets and citation_sets), mapped
/// with LiteDB's own mapper: the fact classes are plain data, and a new field added later reads as its default.
/// </summary>
internal static class FactBson
{
    private static readonly BsonMapper Mapper = new() { EmptyStringToNull = false, TrimWhitespace = false };

    public static BsonDocument ToSet(string documentId, DocumentFacts facts)
    {
        var set = Mapper.ToDocument(facts);
        set["_id"] = documentId;
        return set;
    }

    public static DocumentFacts FromSet(BsonDocument set)
    {
        var facts = Mapper.ToObject<DocumentFacts>(set);
        facts.DocumentId = set["_id"].AsString;
        return facts;
    }
}
