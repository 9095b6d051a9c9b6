using PolicyKB.Documents;

namespace PolicyKB.Parsing;

// How a heading becomes a clause's id element and title.
public sealed partial class ClauseTreeBuilder
{
    /// <summary>
    /// The id element of a heading. Bullets are numbered among their siblings ("-3"); a decimal label
    /// that repeats its parent's number ("1.2" under "1") keeps only its last part so ids read "II.1.2".
    /// </summary>
    private string ElementLabel(HeadingMatch heading, Clause? parent)
    {
        if (heading.Style is HeadingStyle.Dash or HeadingStyle.Plus or HeadingStyle.Star)
        {
            var siblings = parent?.ChildIds.Count(id => _byId[id].Kind == ClauseKind.Bullet)
                ?? _clauses.Count(c => c.ParentId is null && c.Kind == ClauseKind.Bullet);
            return $"-{siblings + 1}";
        }
        if (heading.Style is HeadingStyle.Decimal or HeadingStyle.Decimal3 && parent is not null)
        {
            var dot = heading.Label.LastIndexOf('.');
            var prefix = heading.Label[..dot];
            var parentNumber = parent.Label.Contains('.') ? parent.Label : parent.Label;
            if (prefix == parentNumber || prefix.EndsWith("." + parent.Label, StringComparison.Ordinal)) return heading.Label[(dot + 1)..];
        }
        return heading.Label;
    }

    /// <summary>A heading's title: the text after the label when it reads as a title, or the part before a colon.</summary>
    internal static string TitleOf(HeadingMatch heading)
    {
        if (heading.Style is HeadingStyle.Dash or HeadingStyle.Plus or HeadingStyle.Star) return "";
        var rest = heading.Rest.Trim();
        var colon = rest.IndexOf(':');
        if (colon > 0 && colon <= 80) return rest[..colon].Trim();
        // A title is short and not a sentence: a long line ending in "." or ";" is the clause's body text.
        var endsSentence = rest.EndsWith('.') || rest.EndsWith(';');
        // An upper-case title may run over two or three printed lines ("DANH SÁCH NGƯỜI LAO ĐỘNG … BẢO HIỂM XÃ HỘI BẮT BUỘC").
        var limit = LabelText.UppercaseShare(rest) > 0.8 ? 200 : 120;
        if (rest.Length <= limit && !HasInnerSentenceBreak(rest) && (!endsSentence || rest.Length <= 60)) return rest.TrimEnd('.', ';', ':', ' ');
        return "";
    }

    private static bool HasInnerSentenceBreak(string text)
    {
        var trimmed = text.TrimEnd('.', ' ');
        return trimmed.Contains(". ", StringComparison.Ordinal) || trimmed.Contains("; ", StringComparison.Ordinal);
    }
}
