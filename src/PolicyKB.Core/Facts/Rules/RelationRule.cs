using PolicyKB.Documents;

namespace PolicyKB.Facts.Rules;

/// <summary>
/// Relations to cited documents, read around each citation (the citation layer already canonicalised its key):
/// the last relation verb between the sentence start (or the previous citation) and the citation decides the kind
/// ("Nghị định này bãi bỏ … Nghị định số 101/2017/NĐ-CP"); a verb after it ("… hết hiệu lực kể từ …") also counts.
/// Where it may be read: the title (every kind: "Thông tư bãi bỏ Thông tư số …"), the preamble's "Thực hiện …"
/// sentences (implements), and body sentences about the document itself ("… này …", or an article opening with the
/// verb) for repeals, replaces and amends, so a plan describing another act's amendment states no relation.
/// </summary>
internal sealed class RelationRule : IFactRule
{
    public string Name => "relations";

    public void Apply(FactContext context)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var group in context.Citations.GroupBy(c => c.ClauseId))
        {
            if (!context.ById.TryGetValue(group.Key, out var clause)) continue;
            var place = clause.Kind != ClauseKind.Preamble ? RelationPlace.Body : clause.Label == "title" ? RelationPlace.Title : RelationPlace.Preamble;
            foreach (var found in RelationReader.Read(clause.Text, group.OrderBy(c => c.Start).ToList(), place))
            {
                if (!seen.Add((found.Relation, found.TargetKey))) continue;
                found.ClauseId = clause.Id;
                found.Line = clause.LineStart;
                if (found.EffectiveOn is null && !found.EffectiveOnSigning && found.Relation is RelationKinds.Repeals or RelationKinds.Replaces or RelationKinds.Amends)
                {
                    // A repeal or amendment without its own date takes effect with the document that states it.
                    found.EffectiveOn = context.Facts.EffectiveOn;
                    found.EffectiveOnSigning = context.Facts.EffectiveOnSigning;
                }
                context.Facts.Relations.Add(found);
            }
        }
    }
}
