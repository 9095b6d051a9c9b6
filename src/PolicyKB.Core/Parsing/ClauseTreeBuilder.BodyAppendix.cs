using PolicyKB.Documents;

namespace PolicyKB.Parsing;

// An appendix heading inside the body, before the signature: the next article of the body closes it when it goes on
// with the body's numbering (Điều 2 after Điều 1), so a false appendix never swallows the articles after it.
public sealed partial class ClauseTreeBuilder
{
    // The last article opened outside any appendix of this segment, and an appendix opened among the articles.
    private int _lastBodyArticle;
    private Clause? _bodyAppendix;
    private bool _bodyAppendixHasArticle;

    /// <summary>
    /// True when <paramref name="heading"/> is the body's next article while an appendix opened after the body's
    /// articles is open and holds none of its own: the appendix was a reference, the article belongs to the body.
    /// An appendix that prints its own regulation starts again at Điều 1, so it keeps its articles.
    /// </summary>
    private bool ClosesBodyAppendix(HeadingMatch heading)
    {
        if (heading.Style != HeadingStyle.Article || _bodyAppendix is null || _bodyAppendixHasArticle) return false;
        if (_stack.Count == 0 || !ReferenceEquals(_stack[0].Clause, _bodyAppendix)) return false;
        return _lastBodyArticle > 0 && ArticleNumber(heading.Label) == _lastBodyArticle + 1;
    }

    /// <summary>Records where an opened heading leaves the body's articles and appendices.</summary>
    private void TrackBodyAppendix(HeadingMatch heading, Clause clause)
    {
        if (heading.Style == HeadingStyle.Appendix)
        {
            // Only an appendix that interrupts the articles can be a misread reference; after the signature it is real.
            _bodyAppendix = !_afterTrailer && _lastBodyArticle > 0 ? clause : null;
            _bodyAppendixHasArticle = false;
            return;
        }
        if (heading.Style != HeadingStyle.Article) return;
        if (_stack.Count > 0 && _stack[0].Style == HeadingStyle.Appendix && !ReferenceEquals(_stack[0].Clause, clause))
        {
            if (ReferenceEquals(_stack[0].Clause, _bodyAppendix)) _bodyAppendixHasArticle = true;
            return;
        }
        if (ArticleNumber(heading.Label) is > 0 and var n) _lastBodyArticle = n;
    }

    private void ResetBodyAppendix()
    {
        _lastBodyArticle = 0;
        _bodyAppendix = null;
        _bodyAppendixHasArticle = false;
    }

    // "D12" → 12; "D12a" and unlabelled articles → 0.
    private static int ArticleNumber(string label) =>
        label.Length > 1 && label[0] == 'D' && int.TryParse(label.AsSpan(1), out var n) ? n : 0;
}
