using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Documents;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// A list question ("những nhóm nội dung gì?", "quyết định nào … hết hiệu lực?") answered by one item of a list: the
/// item is one answer among its siblings, and the clause above them only announces them ("2. Bản tin sinh hoạt chuyên
/// đề, tập trung vào các nhóm nội dung", "… các Quyết định sau đây hết hiệu lực:"). The answer is the announcing clause
/// with all its items, not the one item that happened to score best.
/// </summary>
public static partial class ListSiblings
{
    /// <summary>Most items quoted; a longer list is a section of a plan, not an answer.</summary>
    public const int MaxItems = 8;

    /// <summary>Most characters of all the items together: short items are what a list answer quotes.</summary>
    private const int MaxListLength = 2000;

    /// <summary>Most characters a parent's text may add to its heading and still be only a heading ("2. ").</summary>
    private const int MaxLabelLength = 12;

    private const int MaxLeadInLength = 400;

    /// <summary>True when <paramref name="type"/> asks for several things (a list, or documents named in a list).</summary>
    public static bool Asked(AnswerType type) => type is AnswerType.List or AnswerType.DocumentReference;

    /// <summary>
    /// True when <paramref name="question"/> asks in which cases ("trong trường hợp nào", "những trường hợp nào"): an item
    /// of a list its parent announces as cases ("… trừ các trường hợp sau:") is one case among its siblings, as an item is
    /// one answer of a list asked.
    /// </summary>
    public static bool CasesAsked(string question) => CasesWords().IsMatch(" " + FoldedQuestion.Of(question).Replace('?', ' ') + " ");

    /// <summary>
    /// The list <paramref name="item"/> belongs to when the question asks for it: a list asked (<see cref="Asked"/>), or
    /// the cases asked (<see cref="CasesAsked"/>) of a list its parent announces as cases; null otherwise.
    /// </summary>
    public static (RetrievedClause Parent, IReadOnlyList<RetrievedClause> Items)? For(AnswerType type, string question, RetrievedClause item, Func<string, RetrievedClause?> frame)
    {
        if (Asked(type)) return Of(item, frame);
        return CasesAsked(question) && Of(item, frame) is { } list && CasesAnnounced().IsMatch(list.Parent.Clause.Text) ? list : null;
    }

    /// <summary>
    /// The announcing parent of <paramref name="item"/> and all its items, or null when <paramref name="item"/> is not
    /// one leaf item of a short list under a parent that only announces it.
    /// </summary>
    public static (RetrievedClause Parent, IReadOnlyList<RetrievedClause> Items)? Of(RetrievedClause item, Func<string, RetrievedClause?> frame)
    {
        if (!IsListItem(item.Clause.Kind) || item.Clause.ParentId is not { } parentId || frame(parentId) is not { } parent) return null;
        var children = parent.Clause.ChildIds;
        if (children.Count < 2 || children.Count > MaxItems || !Announces(parent.Clause)) return null;
        var items = children.Select(frame).OfType<RetrievedClause>().ToList();
        if (items.Count != children.Count || items.Any(i => !IsListItem(i.Clause.Kind) || i.Clause.ChildIds.Count > 0)) return null;
        return items.Sum(i => i.Clause.Text.Length) > MaxListLength ? null : (parent, items);
    }

    /// <summary>
    /// A parent that says only what follows: a lead-in ending with ':', or a heading with nothing else that names things
    /// in the plural ("tập trung vào các nhóm nội dung"). A heading naming one thing ("3. Ủy ban nhân dân tỉnh") heads
    /// that agency's tasks, each an answer of its own.
    /// </summary>
    private static bool Announces(Clause parent)
    {
        var text = parent.Text.TrimEnd();
        if (text.Length > MaxLeadInLength) return false;
        return text.EndsWith(':') || (parent.Heading.Length > 0 && text.Length - parent.Heading.Length <= MaxLabelLength && Plural().IsMatch(parent.Heading));
    }

    /// <summary>A plural marker: "các", "những".</summary>
    [GeneratedRegex(@"(?i)(?<!\p{L})(?:các|những)(?!\p{L})")]
    private static partial Regex Plural();

    /// <summary>"trường hợp nào", folded.</summary>
    [GeneratedRegex(@" truong hop nao ")]
    private static partial Regex CasesWords();

    /// <summary>A lead-in announcing cases: "… các trường hợp sau:", "trong những trường hợp sau đây:".</summary>
    [GeneratedRegex(@"(?i)trường hợp sau(?: đây)?\s*:\s*$")]
    private static partial Regex CasesAnnounced();

    private static bool IsListItem(ClauseKind kind) => kind is ClauseKind.Bullet or ClauseKind.Point or ClauseKind.Item;
}
