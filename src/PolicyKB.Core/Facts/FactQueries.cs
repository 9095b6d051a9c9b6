using PolicyKB.Metadata;
using PolicyKB.Storage;

namespace PolicyKB.Facts;

/// <summary>Tasks and targets across the store, filtered the way the CLI and the API ask for them.</summary>
public static class FactQueries
{
    /// <summary>
    /// Tasks, optionally of one document, whose lead or cooperating agency contains <paramref name="agency"/>
    /// (abbreviations expanded, accents and case kept apart from tone placement), due on or before <paramref name="dueBefore"/>.
    /// </summary>
    public static IReadOnlyList<FoundTask> Tasks(IDocumentStore store, string? agency = null, DateOnly? dueBefore = null, string? documentId = null)
    {
        var agencyKey = string.IsNullOrWhiteSpace(agency) ? null : AgencyNames.Key(agency);
        var due = dueBefore?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sets = documentId is null ? store.ListFacts() : store.GetFacts(documentId) is { } one ? [one] : [];
        var result = new List<FoundTask>();
        foreach (var facts in sets)
        {
            foreach (var task in facts.Tasks)
            {
                if (agencyKey is not null && !Agencies(task).Any(a => AgencyNames.Key(a).Contains(agencyKey, StringComparison.Ordinal))) continue;
                if (due is not null && (task.Deadline?.To is not { } to || string.CompareOrdinal(to, due) > 0)) continue;
                result.Add(new FoundTask(facts.DocumentId, task));
            }
        }
        return result;
    }

    /// <summary>Targets whose indicator contains <paramref name="indicator"/> (matched on indicator keys) and whose scope contains <paramref name="place"/>.</summary>
    public static IReadOnlyList<FoundTarget> Targets(IDocumentStore store, string? indicator = null, string? place = null)
    {
        var indicatorKey = string.IsNullOrWhiteSpace(indicator) ? null : TargetReader.IndicatorKey(indicator);
        var placeKey = string.IsNullOrWhiteSpace(place) ? null : VietnameseText.Fold(place.Trim());
        var result = new List<FoundTarget>();
        foreach (var facts in store.ListFacts())
        {
            foreach (var target in facts.Targets)
            {
                if (indicatorKey is not null && !target.IndicatorKey.Contains(indicatorKey, StringComparison.Ordinal)) continue;
                if (placeKey is not null && (target.Scope is null || !VietnameseText.Fold(target.Scope).Contains(placeKey, StringComparison.Ordinal))) continue;
                result.Add(new FoundTarget(facts.DocumentId, target));
            }
        }
        return result;
    }

    private static IEnumerable<string> Agencies(TaskFact task) => task.Lead is null ? task.Cooperating : task.Cooperating.Prepend(task.Lead);
}
