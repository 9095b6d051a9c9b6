using PolicyKB.Documents;
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
        var names = new DocumentNames(store);
        foreach (var facts in sets)
        {
            foreach (var task in facts.Tasks)
            {
                if (agencyKey is not null && !Agencies(task).Any(a => AgencyNames.Key(a).Contains(agencyKey, StringComparison.Ordinal))) continue;
                if (due is not null && (task.Deadline?.To is not { } to || string.CompareOrdinal(to, due) > 0)) continue;
                result.Add(new FoundTask(facts.DocumentId, task) { DocumentName = names.Name(facts.DocumentId) });
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
        var names = new DocumentNames(store);
        foreach (var facts in store.ListFacts())
        {
            foreach (var target in facts.Targets)
            {
                if (indicatorKey is not null && !target.IndicatorKey.Contains(indicatorKey, StringComparison.Ordinal)) continue;
                if (placeKey is not null && (target.Scope is null || !VietnameseText.Fold(target.Scope).Contains(placeKey, StringComparison.Ordinal))) continue;
                result.Add(new FoundTarget(facts.DocumentId, target)
                {
                    DocumentName = names.Name(facts.DocumentId), DocumentPlace = names.Place(facts.DocumentId), DocumentYear = Year(facts.IssuedOn),
                    DocumentYearInferred = facts.IssuedOnInferred && facts.IssuedOn is not null,
                });
            }
        }
        return result;
    }

    /// <summary>Every agency that tasks name, with its lead and cooperating counts; most tasks first.</summary>
    public static IReadOnlyList<AgencySummary> Agencies(IDocumentStore store)
    {
        var byKey = new Dictionary<string, (string Name, int Lead, int Cooperating, HashSet<string> Documents)>(StringComparer.Ordinal);
        foreach (var facts in store.ListFacts())
        {
            foreach (var task in facts.Tasks)
            {
                foreach (var lead in task.LeadAgencies()) Count(lead, isLead: true, facts.DocumentId);
                foreach (var other in task.Cooperating) Count(other, isLead: false, facts.DocumentId);
            }
        }
        return byKey.Values
            .Select(a => new AgencySummary(a.Name, a.Lead, a.Cooperating, a.Documents.Count))
            .OrderByDescending(a => a.Lead + a.Cooperating).ThenBy(a => a.Name, StringComparer.Create(Vietnamese, false))
            .ToList();

        void Count(string raw, bool isLead, string documentId)
        {
            var name = AgencyNames.Name(raw);
            var key = VietnameseText.Fold(name);
            if (key.Length == 0) return;
            var entry = byKey.TryGetValue(key, out var found) ? found : (Name: name, Lead: 0, Cooperating: 0, Documents: new HashSet<string>(StringComparer.Ordinal));
            entry.Documents.Add(documentId);
            byKey[key] = isLead ? entry with { Lead = entry.Lead + 1 } : entry with { Cooperating = entry.Cooperating + 1 };
        }
    }

    /// <summary>Every indicator key that targets use, with its commonest wording and units; most documents first.</summary>
    public static IReadOnlyList<IndicatorSummary> Indicators(IDocumentStore store)
    {
        var groups = store.ListFacts()
            .SelectMany(facts => facts.Targets.Select(target => (facts.DocumentId, Target: target)))
            .Where(t => t.Target.IndicatorKey.Length > 0)
            .GroupBy(t => t.Target.IndicatorKey, StringComparer.Ordinal);
        return groups
            .Select(g => new IndicatorSummary(
                g.Key,
                MostCommon(g.Select(t => t.Target.Indicator)) ?? g.Key,
                g.Count(),
                g.Select(t => t.DocumentId).Distinct(StringComparer.Ordinal).Count(),
                g.Select(t => t.Target.Unit).OfType<string>().GroupBy(u => u, StringComparer.Ordinal)
                    .OrderByDescending(u => u.Count()).Select(u => u.Key).ToList()))
            .OrderByDescending(i => i.Documents).ThenByDescending(i => i.Targets).ThenBy(i => i.Label, StringComparer.Create(Vietnamese, false))
            .ToList();
    }

    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    private static string? MostCommon(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length)
            .Select(g => g.Key).FirstOrDefault();

    private static int? Year(string? isoDate) =>
        isoDate is { Length: >= 4 } && int.TryParse(isoDate.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null;

    private static IEnumerable<string> Agencies(TaskFact task) => task.LeadAgencies().Concat(task.Cooperating);
}
