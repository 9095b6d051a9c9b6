using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// The items a list quotes, with an item that is only a heading over items of its own ("1. Nguồn kinh phí" over "a) Ngân
/// sách địa phương: …" and "b) Nguồn xã hội hóa …") replaced by those items: quoted alone, the heading names the list
/// asked for and holds none of its entries.
/// </summary>
public static class NestedItems
{
    /// <summary>Most characters an item's text may add to its heading and still be only a heading ("1. ").</summary>
    private const int MaxLabelLength = 12;

    /// <summary>
    /// <paramref name="items"/> with each heading-only item that has items of its own replaced by them, in order, at
    /// most <paramref name="max"/> in all. <paramref name="frame"/> reads a clause.
    /// </summary>
    public static List<RetrievedClause> Flatten(IEnumerable<RetrievedClause> items, Func<string, RetrievedClause?> frame, int max)
    {
        var flat = new List<RetrievedClause>();
        foreach (var item in items)
        {
            if (flat.Count >= max) break;
            var clause = item.Clause;
            var headingOnly = clause.Heading.Length > 0 && clause.Text.Trim().Length - clause.Heading.Length <= MaxLabelLength;
            if (headingOnly && clause.ChildIds.Count > 0) flat.AddRange(clause.ChildIds.Select(frame).OfType<RetrievedClause>().Take(max - flat.Count));
            else flat.Add(item);
        }
        return flat;
    }
}
