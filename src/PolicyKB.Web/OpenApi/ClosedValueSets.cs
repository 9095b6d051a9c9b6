using System.Reflection;
using PolicyKB.Answering.Answers;
using PolicyKB.Contracts;
using PolicyKB.Documents;
using PolicyKB.Facts;
using PolicyKB.Ingestion;
using PolicyKB.Search;
using PolicyKB.Search.Precedents;
using PolicyKB.Web.Models;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.OpenApi;

/// <summary>
/// The string properties of API responses whose values form a closed set, with the set read from the code that
/// produces them (constants, enums), so the OpenAPI document's <c>enum</c> cannot drift from what is sent.
/// </summary>
internal static class ClosedValueSets
{
    private static readonly string[] ClauseKinds = Lowercase<ClauseKind>();

    // ContentIngestionProgress and StoreCheckState.
    private static readonly string[] IngestionStates = ["idle", "running", "done", "failed"];
    private static readonly string[] StoreCheckStates = ["pending", "running", "passed", "failed", "stopped"];

    /// <summary>The allowed values by response type and JSON property name.</summary>
    public static IReadOnlyDictionary<(Type Type, string Property), string[]> ByProperty { get; } = new Dictionary<(Type, string), string[]>
    {
        [(typeof(SearchResult), "mode")] = Lowercase<SearchMode>(),
        [(typeof(AnswerResult), "mode")] = Constants(typeof(AnswerModes)),
        [(typeof(SearchHit), "kind")] = ClauseKinds,
        [(typeof(ClauseRef), "kind")] = ClauseKinds,
        [(typeof(OutlineNode), "kind")] = ClauseKinds,
        [(typeof(ClauseView), "kind")] = ClauseKinds,
        [(typeof(SearchSuggestion), "kind")] = ["no-diacritics", "abbreviation", "no-filters"],
        [(typeof(DiffSegment), "kind")] = ["equal", "delete", "insert"],
        [(typeof(SimilarClause), "view")] = Constants(typeof(PrecedentViews)),
        [(typeof(GraphNode), "kind")] = ["document", "cited"],
        [(typeof(GraphNode), "level")] = Constants(typeof(IssuingLevel)),
        [(typeof(RelationEntry), "level")] = Constants(typeof(IssuingLevel)),
        [(typeof(Deadline), "kind")] = ["date", "period", "recurring", "unknown"],
        [(typeof(EffectStatus), "status")] = Constants(typeof(EffectStatuses)),
        [(typeof(RelationFact), "relation")] = [.. RelationKinds.All],
        [(typeof(EffectChange), "relation")] = [.. RelationKinds.All],
        [(typeof(HealthReport), "status")] = ["ok", "degraded"],
        [(typeof(HealthReport), "storeCheck")] = StoreCheckStates,
        [(typeof(IngestionProgressReport), "state")] = IngestionStates,
        [(typeof(IngestFileResult), "status")] = Lowercase<IngestionStatus>(),
    };

    /// <summary>The names of an enum as the API writes them.</summary>
    public static string[] Lowercase<TEnum>() where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()).ToArray();

    // The public string constants of a static class of values (AnswerModes, EffectStatuses…).
    private static string[] Constants(Type holder) =>
        holder.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();
}
