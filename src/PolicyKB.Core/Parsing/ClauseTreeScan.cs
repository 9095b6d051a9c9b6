using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Parsing;

/// <summary>
/// Finds shapes a right clause tree never has, without knowing the document: an article inside an article, an article
/// numbering that skips or restarts, item 4 nested under item 3, a long document left as one paragraph, a Roman part
/// under an Arabic item, a heading cut out of the middle of a sentence, an article line left in body text. Used by
/// <c>policykb scan-clauses</c> to measure the parser over a whole corpus.
/// </summary>
public static partial class ClauseTreeScan
{
    /// <summary>The defect classes, in report order.</summary>
    public static readonly IReadOnlyList<string> Classes =
    [
        "article-in-article", "article-sequence", "number-under-number", "letter-under-letter", "single-clause-body",
        "roman-under-arabic", "mid-sentence-heading", "article-in-text", "article-word-split", "repeated-number",
    ];

    /// <summary>Body characters above which a document left as one clause is a defect (a short letter may be one paragraph).</summary>
    public const int SingleClauseMinimum = 3000;

    /// <summary>The defects of one document's clauses (in document order, as stored).</summary>
    public static IReadOnlyList<ClauseTreeDefect> Scan(IReadOnlyList<Clause> clauses)
    {
        var byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var defects = new List<ClauseTreeDefect>();
        var body = clauses.Where(c => c.Label != "title").ToList();
        Clause? previous = null;
        var lastArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var clause in body)
        {
            var parent = clause.ParentId is { } p && byId.TryGetValue(p, out var found) ? found : null;
            var ancestors = Ancestors(clause, byId).ToList();
            if (clause.Kind == ClauseKind.Article)
            {
                if (ancestors.Any(a => a.Kind == ClauseKind.Article)) defects.Add(new("article-in-article", clause.Id, ""));
                if (ArticleNumber(clause.Label) is { } n)
                {
                    // Articles are numbered through a segment (the body, an attached regulation, an appendix or a form)
                    // across its chapters; each appendix or form (a contract template) numbers its own from 1.
                    var root = ancestors.Count > 0 ? ancestors[^1] : clause;
                    var segment = root.Kind is ClauseKind.Attachment or ClauseKind.Appendix ? root.Id : "";
                    if (lastArticle.TryGetValue(segment, out var last) && n != last + 1 && n != last)
                    {
                        defects.Add(new("article-sequence", clause.Id, $"Điều {last} → Điều {n}"));
                    }
                    lastArticle[segment] = n;
                }
            }
            if (parent is not null && IsNumberLabel(clause) && IsNumberLabel(parent)
                && clause.Kind is ClauseKind.Item or ClauseKind.Clause && parent.Kind is ClauseKind.Item or ClauseKind.Clause)
            {
                defects.Add(new("number-under-number", clause.Id, $"{parent.Label} ⊃ {clause.Label}"));
            }
            if (parent is not null && clause.Kind == ClauseKind.Point && parent.Kind == ClauseKind.Point)
            {
                defects.Add(new("letter-under-letter", clause.Id, $"{parent.Label} ⊃ {clause.Label}"));
            }
            if (clause.Kind == ClauseKind.Section && LabelText.RomanValue(clause.Label) > 0
                && ancestors.Any(a => IsNumberLabel(a) && a.Kind is ClauseKind.Item or ClauseKind.Clause))
            {
                defects.Add(new("roman-under-arabic", clause.Id, ""));
            }
            if (previous is not null && IsCutFromSentence(previous, clause)) defects.Add(new("mid-sentence-heading", clause.Id, Tail(previous.Text)));
            foreach (var line in clause.Text.Split('\n').Skip(1))
            {
                if (ArticleLine().IsMatch(line)) defects.Add(new("article-in-text", clause.Id, Head(line)));
            }
            // "Điều" printed on a line of its own, its number and title on the next: the article became a numbered item.
            if (clause.Text.Split('\n').Any(l => l.TrimEnd(' ', '*') is var t && (t.EndsWith(" Điều", StringComparison.Ordinal)
                || t.EndsWith(" ĐIỀU", StringComparison.Ordinal) || t is "Điều" or "ĐIỀU")))
            {
                defects.Add(new("article-word-split", clause.Id, ""));
            }
            // Two siblings numbered alike ("1.", then "1." again): a lower level or a new article was missed between them.
            if (IsNumberLabel(clause) && clause.Id.LastIndexOf('~') > clause.Id.LastIndexOf('.'))
            {
                defects.Add(new("repeated-number", clause.Id, ""));
            }
            previous = clause;
        }
        var size = body.Sum(c => c.Text.Length);
        var headings = body.Count(c => c.Kind is not (ClauseKind.Preamble or ClauseKind.Footnote or ClauseKind.Attachment));
        if (size > SingleClauseMinimum && headings == 0) defects.Add(new("single-clause-body", body.FirstOrDefault()?.Id ?? "", $"{size} chars"));
        return defects;
    }

    private static IEnumerable<Clause> Ancestors(Clause clause, Dictionary<string, Clause> byId)
    {
        var id = clause.ParentId;
        while (id is not null && byId.TryGetValue(id, out var parent))
        {
            yield return parent;
            id = parent.ParentId;
        }
    }

    // A lettered or numbered heading whose words start in lower case right after a long line that ends no sentence:
    // the wrapped line "… theo quy định tại" / "b) khoản 2 Điều 5" is one sentence, not a new point.
    private static bool IsCutFromSentence(Clause previous, Clause clause)
    {
        if (clause.Kind is ClauseKind.Preamble or ClauseKind.Bullet or ClauseKind.Attachment or ClauseKind.Footnote or ClauseKind.Appendix) return false;
        var first = clause.Text.Split('\n')[0];
        var rest = first.Length > clause.DisplayLabel.Length && first.StartsWith(clause.DisplayLabel, StringComparison.Ordinal)
            ? first[clause.DisplayLabel.Length..] : "";
        if (rest.Length == 0 || !LabelText.StartsLowercase(rest)) return false;
        var tail = previous.Text[(previous.Text.LastIndexOf('\n') + 1)..].TrimEnd();
        return tail.Length >= 60 && !ParagraphAssembler.EndsSentence(tail) && !tail.EndsWith(',');
    }

    private static int? ArticleNumber(string label) =>
        label.Length > 1 && label[0] == 'D' && int.TryParse(label.AsSpan(1), out var n) ? n : null;

    // "3." or "4)" as printed: a decimal "3.1" keeps only "1" in its id, so the id label alone cannot tell.
    private static bool IsNumberLabel(Clause clause) =>
        clause.DisplayLabel.TrimEnd('.', ')', ' ', '-', '–') is { Length: > 0 and <= 3 } number && number.All(char.IsAsciiDigit);

    private static string Tail(string text) => text.Length <= 60 ? text : "…" + text[^60..];

    private static string Head(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>"Điều 12. Trách nhiệm …" left inside another clause's text: an article heading no rule recognised.</summary>
    [GeneratedRegex(@"^\**(?:Điều|ĐIỀU)\s+\d{1,3}\s*(?:[.:\-–]\s*\**\s*\p{Lu}|\**\s*$)")]
    private static partial Regex ArticleLine();
}
