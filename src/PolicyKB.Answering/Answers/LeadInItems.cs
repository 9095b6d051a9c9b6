using PolicyKB.Answering.Retrieval;
using PolicyKB.Documents;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// A quoted sentence ending in ':' ("… các thông tư sau đây tiếp tục có hiệu lực thi hành:", "… một số chức năng, cụ
/// thể như sau:") announces the items after it; quoted alone it answers nothing. The items are read from the clause
/// tree: the clause's children when it has any, else the siblings that follow it while they are items of a list
/// (bullets, lettered points, numbered items), as a notice's bullets follow its opening paragraph.
/// </summary>
public static class LeadInItems
{
    /// <summary>Most items quoted after a lead-in.</summary>
    public const int MaxItems = 8;

    /// <summary>
    /// The items <paramref name="quote"/>, quoted from <paramref name="clause"/>, announces; empty unless it ends the
    /// clause with ':'. <paramref name="frame"/> reads a clause.
    /// </summary>
    public static IReadOnlyList<RetrievedClause> Of(RetrievedClause clause, string quote, Func<string, RetrievedClause?> frame)
    {
        var text = clause.Clause.Text.TrimEnd();
        if (!quote.TrimEnd().EndsWith(':') || !text.EndsWith(':')) return [];
        if (clause.Clause.ChildIds.Count > 0) return clause.Clause.ChildIds.Take(MaxItems).Select(frame).OfType<RetrievedClause>().ToList();
        var items = new List<RetrievedClause>();
        for (var id = clause.Clause.NextId; id is not null && items.Count < MaxItems;)
        {
            if (frame(id) is not { } next || next.Clause.ParentId != clause.Clause.ParentId || !IsListItem(next.Clause.Kind)) break;
            items.Add(next);
            id = next.Clause.NextId;
        }
        return items;
    }

    private static bool IsListItem(ClauseKind kind) => kind is ClauseKind.Bullet or ClauseKind.Point or ClauseKind.Item or ClauseKind.Clause;
}
