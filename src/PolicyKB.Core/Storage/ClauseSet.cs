using PolicyKB.Documents;

namespace PolicyKB.Storage;

/// <summary>A document's clauses in order, with a lookup by id.</summary>
internal sealed class ClauseSet(List<Clause> clauses)
{
    public IReadOnlyList<Clause> Clauses { get; } = clauses;

    public Dictionary<string, Clause> ById { get; } = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
}
