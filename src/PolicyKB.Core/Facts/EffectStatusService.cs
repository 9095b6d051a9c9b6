using PolicyKB.Citations;
using PolicyKB.Storage;

namespace PolicyKB.Facts;

/// <summary>
/// Computes a cited document's effect status over the whole store from the relations every stored document states.
/// Nothing is guessed: without a stored relation or the stored document itself, the answer is "chưa rõ".
/// </summary>
public sealed class EffectStatusService
{
    private readonly IDocumentStore _store;
    private readonly TimeProvider _clock;
    private (Dictionary<string, string> Numbers, Dictionary<string, List<(string DocumentId, RelationFact Relation)>> Changes)? _index;

    /// <summary>Creates the service over a store.</summary>
    public EffectStatusService(IDocumentStore store, TimeProvider? clock = null)
    {
        _store = store;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The status of the document with this key ("20/2023/TT-BLĐTBXH", "Quyết định số 281/QĐ-TTg").</summary>
    /// <remarks>The store's numbers and relations are read once per service, so asking about many keys costs one pass.</remarks>
    public EffectStatus Get(string key)
    {
        var canonical = DocumentNumber.Normalize(key.Trim()) ?? key.Trim();
        var (numbers, changes) = _index ??= BuildIndex();
        var status = new EffectStatus { Key = canonical, DocumentId = numbers.FirstOrDefault(p => p.Value == canonical).Key };
        foreach (var (documentId, relation) in changes.GetValueOrDefault(canonical) ?? [])
        {
            status.By.Add(new EffectChange
            {
                Key = numbers.GetValueOrDefault(documentId) ?? documentId,
                DocumentId = documentId,
                Relation = relation.Relation,
                Scope = relation.Scope,
                EffectiveOn = relation.EffectiveOn ?? (relation.EffectiveOnSigning ? _store.GetDocument(documentId)?.Metadata.IssuedOn?.ToString() : null),
                ClauseId = relation.ClauseId,
            });
        }
        Decide(status);
        return status;
    }

    private (Dictionary<string, string>, Dictionary<string, List<(string, RelationFact)>>) BuildIndex()
    {
        var numbers = _store.ListDocuments().Where(d => d.Metadata.Number is not null)
            .ToDictionary(d => d.Id, d => DocumentNumber.Normalize(d.Metadata.Number!) ?? d.Metadata.Number!, StringComparer.Ordinal);
        var changes = new Dictionary<string, List<(string, RelationFact)>>(StringComparer.Ordinal);
        foreach (var facts in _store.ListFacts())
        {
            foreach (var relation in facts.Relations)
            {
                if (relation.Relation is not (RelationKinds.Repeals or RelationKinds.Replaces or RelationKinds.Amends)) continue;
                if (!changes.TryGetValue(relation.TargetKey, out var list)) changes[relation.TargetKey] = list = [];
                list.Add((facts.DocumentId, relation));
            }
        }
        return (numbers, changes);
    }

    private void Decide(EffectStatus status)
    {
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // Only changes already in effect count; a repeal dated in the future is listed but the document is still in force.
        var inEffect = status.By.Where(c => c.EffectiveOn is null || string.CompareOrdinal(c.EffectiveOn, today) <= 0).ToList();
        var whole = inEffect.FirstOrDefault(c => c.Scope == RelationScopes.Whole && c.Relation is RelationKinds.Repeals or RelationKinds.Replaces);
        if (whole is not null)
        {
            status.Status = whole.Relation == RelationKinds.Replaces ? EffectStatuses.Replaced : EffectStatuses.Repealed;
            status.Label = $"Đã bị {(whole.Relation == RelationKinds.Replaces ? "thay thế" : "bãi bỏ")} bởi {whole.Key}{From(whole)}";
        }
        else if (inEffect.Count > 0)
        {
            var first = inEffect[0];
            status.Status = EffectStatuses.Amended;
            status.Label = $"Bị sửa đổi, bổ sung hoặc bãi bỏ một phần bởi {string.Join(", ", inEffect.Select(c => c.Key).Distinct())}{From(first)}";
        }
        else if (status.DocumentId is not null && _store.GetFacts(status.DocumentId) is { } own && InEffect(own, today))
        {
            status.Status = EffectStatuses.InForce;
            status.Label = "Còn hiệu lực (theo các văn bản trong kho)";
        }
        else
        {
            status.Status = EffectStatuses.Unknown;
            status.Label = "Chưa rõ";
        }
    }

    private static bool InEffect(DocumentFacts facts, string today) =>
        facts.EffectiveOn is { } on ? string.CompareOrdinal(on, today) <= 0 : facts.EffectiveOnSigning || facts.IssuedOn is not null && !facts.IssuedOnInferred;

    private static string From(EffectChange change) => change.EffectiveOn is { } on ? $" từ {on}" : "";
}
