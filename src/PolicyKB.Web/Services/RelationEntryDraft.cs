using PolicyKB.Documents;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>An entry of a "Lược đồ" group being gathered: facts about one document merged from every place naming it.</summary>
internal sealed class RelationEntryDraft(string? key, string label, string? documentId)
{
    private readonly Dictionary<string, (int Order, RelationClause Clause)> _clauses = new(StringComparer.Ordinal);

    public string? Key { get; } = key;
    public string Label { get; set; } = label;
    public string? DocumentId { get; set; } = documentId;
    public string? Title { get; set; }
    public string? Issuer { get; set; }
    public string? Date { get; set; }
    public bool Basis { get; set; }
    public bool Implements { get; set; }
    public string? Part { get; set; }
    public string? EffectiveOn { get; set; }

    /// <summary>Adds a clause once; the first citation span seen in it is the one shown.</summary>
    public void AddClause(Clause clause, Citation? citation)
    {
        if (_clauses.TryGetValue(clause.Id, out var known) && (known.Clause.Start >= 0 || citation is null)) return;
        var (excerpt, start) = RelationExcerpt.Around(clause.Text, citation?.Start ?? -1, citation?.Length ?? 0);
        _clauses[clause.Id] = (clause.Order, new RelationClause(
            clause.DocumentId, clause.Id, [.. clause.Path, clause.Label], clause.Heading, excerpt, start, start < 0 ? 0 : citation!.Length));
    }

    /// <summary>The finished entry.</summary>
    public RelationEntry ToEntry() => new(
        Key, Label, Title, Issuer, Date, DocumentId, IssuingLevel.Of(Key, Issuer), Basis, Implements, Part, EffectiveOn,
        _clauses.Values.OrderBy(c => c.Clause.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Order).Select(c => c.Clause).ToList());

    /// <summary>Number of clauses gathered.</summary>
    public int ClauseCount => _clauses.Count;
}
