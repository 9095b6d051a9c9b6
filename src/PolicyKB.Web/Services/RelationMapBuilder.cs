using PolicyKB.Citations;
using PolicyKB.Contracts;
using PolicyKB.Documents;
using PolicyKB.Facts;
using PolicyKB.Storage;
using PolicyKB.Web.Models;

namespace PolicyKB.Web.Services;

/// <summary>
/// Builds a document's "Lược đồ" from what the store already holds: its citations (the basis flag marks the "Căn cứ…"
/// preamble), the relations its facts state, and, in the other direction, the stored documents citing it or stating a
/// relation to it. One entry per document: citations under one key, or a key and the stored document it names, merge.
/// </summary>
public sealed class RelationMapBuilder(IDocumentStore store)
{
    /// <summary>The map of a stored document, or null when it is not stored.</summary>
    public RelationMap? Build(string documentId)
    {
        var document = store.GetDocument(documentId);
        if (document is null) return null;
        var context = new Context(store);
        var number = document.Metadata.Number;
        var key = number is null ? null : DocumentNumber.Normalize(number) ?? number;
        var groups = Enum.GetValues<RelationGroupKind>().ToDictionary(k => k, _ => new Dictionary<string, RelationEntryDraft>(StringComparer.Ordinal));

        AddOutgoing(documentId, context, groups);
        if (key is not null) AddIncoming(documentId, number!, key, context, groups);

        var result = groups.Select(g => new RelationGroup(g.Key, RelationGroupLabels.Of(g.Key), g.Value.Values
                .OrderBy(d => d.DocumentId is null).ThenByDescending(d => d.ClauseCount).ThenBy(d => d.Label, StringComparer.Ordinal)
                .Select(d => d.ToEntry()).ToList()))
            .ToList();
        return new RelationMap(DocumentSummary.From(document), key, result);
    }

    private static void AddOutgoing(string documentId, Context context, Dictionary<RelationGroupKind, Dictionary<string, RelationEntryDraft>> groups)
    {
        var citations = context.Store.FindCitations(documentId);
        var byKey = citations.GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var stated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in context.Store.GetFacts(documentId)?.Relations ?? [])
        {
            var kind = RelationGroupLabels.Outgoing(relation.Relation);
            var cited = byKey.GetValueOrDefault(relation.TargetKey) ?? [];
            var draft = context.Cited(groups[kind], relation.TargetKey, cited);
            draft.Implements |= kind == RelationGroupKind.Implements;
            draft.Basis |= cited.Any(c => c.Basis);
            draft.Part ??= relation.Part;
            draft.EffectiveOn ??= relation.EffectiveOn;
            context.AddClause(draft, relation.ClauseId, cited.FirstOrDefault(c => c.ClauseId == relation.ClauseId));
            // Implementing or guiding a document usually runs through the whole plan: every citing clause is shown.
            if (kind is RelationGroupKind.Implements or RelationGroupKind.Guides)
                foreach (var citation in cited) context.AddClause(draft, citation.ClauseId, citation);
            stated.Add(relation.TargetKey);
        }
        foreach (var (key, cited) in byKey)
        {
            if (stated.Contains(key)) continue;
            var kind = cited.Any(c => c.Basis) ? RelationGroupKind.Basis : RelationGroupKind.Cites;
            var draft = context.Cited(groups[kind], key, cited);
            draft.Basis = kind == RelationGroupKind.Basis;
            foreach (var citation in cited) context.AddClause(draft, citation.ClauseId, citation);
        }
    }

    private static void AddIncoming(
        string documentId, string number, string key, Context context, Dictionary<RelationGroupKind, Dictionary<string, RelationEntryDraft>> groups)
    {
        var citing = context.Store.FindCitations(key: number)
            .Concat(key == number ? [] : context.Store.FindCitations(key: key))
            .Where(c => c.DocumentId != documentId && (c.TargetDocumentId is null || c.TargetDocumentId == documentId))
            .ToList();
        var acting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var facts in context.Store.ListFacts())
        {
            if (facts.DocumentId == documentId) continue;
            foreach (var relation in facts.Relations.Where(r => r.TargetKey == key || r.TargetKey == number))
            {
                var kind = RelationGroupLabels.Incoming(relation.Relation);
                if (context.Stored(groups[kind], facts.DocumentId) is not { } draft) continue;
                draft.Implements |= kind == RelationGroupKind.ImplementedBy;
                draft.Part ??= relation.Part;
                draft.EffectiveOn ??= relation.EffectiveOn;
                context.AddClause(draft, relation.ClauseId, citing.FirstOrDefault(c => c.ClauseId == relation.ClauseId));
                if (kind != RelationGroupKind.ImplementedBy) acting.Add(facts.DocumentId);
            }
        }
        // A document repealing, replacing or amending this one cites it too; it is listed under what it does, not twice.
        foreach (var byDocument in citing.GroupBy(c => c.DocumentId, StringComparer.Ordinal))
        {
            if (acting.Contains(byDocument.Key) || context.Stored(groups[RelationGroupKind.ImplementedBy], byDocument.Key) is not { } draft) continue;
            draft.Basis |= byDocument.Any(c => c.Basis);
            foreach (var citation in byDocument) context.AddClause(draft, citation.ClauseId, citation);
        }
    }

    /// <summary>Lookups shared by the groups: stored documents by id and number, clauses read once.</summary>
    private sealed class Context(IDocumentStore store)
    {
        private readonly Dictionary<string, Clause?> _clauses = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PolicyDocument> _documents = store.ListDocuments().ToDictionary(d => d.Id, StringComparer.Ordinal);
        private Dictionary<string, string>? _byNumber;

        public IDocumentStore Store { get; } = store;

        /// <summary>The entry for a cited key, described by the stored document it names when there is one.</summary>
        public RelationEntryDraft Cited(Dictionary<string, RelationEntryDraft> group, string key, IReadOnlyList<Citation> citations)
        {
            if (group.TryGetValue(key, out var known)) return known;
            var targetId = citations.Select(c => c.TargetDocumentId).FirstOrDefault(t => t is not null && _documents.ContainsKey(t))
                ?? ByNumber().GetValueOrDefault(key);
            var type = citations.Select(c => c.Type).FirstOrDefault(t => t is not null);
            var numbered = citations.Any(c => c.Number is not null) || citations.Count == 0 && DocumentNumber.Normalize(key) is not null;
            var label = type is not null && numbered && !key.StartsWith(type, StringComparison.OrdinalIgnoreCase) ? $"{type} {key}" : key;
            var draft = new RelationEntryDraft(key, label, targetId)
            {
                Title = citations.Select(c => c.Name).Where(v => !string.IsNullOrWhiteSpace(v)).OrderByDescending(v => v!.Length).FirstOrDefault(),
                Issuer = citations.Select(c => c.Issuer).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)),
                Date = citations.Select(c => c.Date).Where(d => d is not null).OrderByDescending(d => d!.Length).FirstOrDefault(),
            };
            if (targetId is not null) Describe(draft, _documents[targetId]);
            group[key] = draft;
            return draft;
        }

        /// <summary>The entry for a stored document acting on the map's document; null when it is not stored.</summary>
        public RelationEntryDraft? Stored(Dictionary<string, RelationEntryDraft> group, string documentId)
        {
            if (group.TryGetValue(documentId, out var known)) return known;
            if (!_documents.TryGetValue(documentId, out var document)) return null;
            var number = document.Metadata.Number;
            var draft = new RelationEntryDraft(number is null ? null : DocumentNumber.Normalize(number) ?? number, "", documentId);
            Describe(draft, document);
            group[documentId] = draft;
            return draft;
        }

        public void AddClause(RelationEntryDraft draft, string clauseId, Citation? citation)
        {
            if (!_clauses.TryGetValue(clauseId, out var clause)) _clauses[clauseId] = clause = Store.GetClause(clauseId);
            if (clause is not null) draft.AddClause(clause, citation);
        }

        private static void Describe(RelationEntryDraft draft, PolicyDocument document)
        {
            var m = document.Metadata;
            draft.Label = m.Number is { } n ? $"{m.Type ?? "Văn bản"} {n}" : m.Type ?? "Văn bản";
            draft.Title = m.Title ?? draft.Title;
            draft.Issuer = m.Issuer ?? draft.Issuer;
            draft.Date = m.IssuedOn?.ToString() ?? draft.Date;
        }

        private Dictionary<string, string> ByNumber() => _byNumber ??= _documents.Values
            .Where(d => d.Metadata.Number is not null)
            .GroupBy(d => DocumentNumber.Normalize(d.Metadata.Number!) ?? d.Metadata.Number!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
    }
}
