using System.Text.RegularExpressions;
using PolicyKB.Documents;

namespace PolicyKB.Ingestion.Steps;

/// <summary>
/// Footnotes at the end of a document ("[1] Nghị quyết số 163/2024/QH15 ngày …", "(2) Chỉ thị số 05/CT-TTg …", usually
/// under a "____" rule): the text cites in a footnote, but the clause that cites is the one carrying the footnote mark
/// glued to its words ("… các văn bản có liên quan[1];"). Each citation printed in a footnote whose mark is found
/// earlier gets a linked citation on that mark in the marking clause (same key and details, span = the mark), so the
/// clause is found among the documents citing the key. The footnote's own citation stays where it is printed.
/// </summary>
internal static partial class FootnoteCitations
{
    /// <summary>Adds the linked citations to <paramref name="citations"/> (clauses in document order).</summary>
    public static void Link(IReadOnlyList<Clause> clauses, List<Citation> citations)
    {
        var marks = FindMarks(clauses);
        if (marks.Count == 0) return;
        var added = new List<Citation>();
        for (var order = 0; order < clauses.Count; order++)
        {
            var clause = clauses[order];
            var inClause = citations.Where(c => c.ClauseId == clause.Id).ToList();
            if (inClause.Count == 0) continue;
            var entries = Entries(clause);
            for (var e = 0; e < entries.Count; e++)
            {
                var (start, label) = entries[e];
                var end = e + 1 < entries.Count ? entries[e + 1].Start : clause.Text.Length;
                // The mark must be printed before its footnote (a numbered list item "(1) …" in the body has none); lines
                // decide, as footnotes after the signature may be appended to an earlier clause such as the preamble.
                if (!marks.TryGetValue(label, out var mark)) continue;
                var markLine = mark.Clause.LineAt(mark.Index);
                var entryLine = clause.LineAt(start);
                if (markLine > entryLine || (markLine == entryLine && (mark.Order != order || mark.Index >= start))) continue;
                foreach (var citation in inClause.Where(c => c.Start >= start && c.Start < end))
                {
                    added.Add(Linked(citation, mark.Clause, mark.Index, mark.Length));
                }
            }
        }
        // A footnote naming one document twice links it to the mark once.
        citations.AddRange(added.DistinctBy(c => (c.ClauseId, c.Start, c.Key)));
    }

    private static Citation Linked(Citation footnote, Clause clause, int index, int length) => new()
    {
        DocumentId = footnote.DocumentId,
        ClauseId = clause.Id,
        Raw = clause.Text.Substring(index, length),
        Start = index,
        Length = length,
        Key = footnote.Key,
        Type = footnote.Type,
        Number = footnote.Number,
        Date = footnote.Date,
        Issuer = footnote.Issuer,
        Name = footnote.Name,
        Basis = ExtractCitationsStep.IsBasis(clause, index),
        LineStart = clause.LineAt(index),
        LineEnd = clause.LineAt(index + length - 1),
    };

    /// <summary>The first mark of each label glued to the text before it ("quan[1]", "Trung ương(2)"), in document order.</summary>
    private static Dictionary<string, (Clause Clause, int Order, int Index, int Length)> FindMarks(IReadOnlyList<Clause> clauses)
    {
        var marks = new Dictionary<string, (Clause, int, int, int)>(StringComparer.Ordinal);
        for (var order = 0; order < clauses.Count; order++)
        {
            // Every clause is scanned and few hold a mark: matches are enumerated without objects, and as a mark's text is
            // its label ("[1]", "(2)": the pattern's context is zero-width), the label is the matched text.
            var text = clauses[order].Text;
            foreach (var m in GluedMark().EnumerateMatches(text))
            {
                marks.TryAdd(text.Substring(m.Index, m.Length), (clauses[order], order, m.Index, m.Length));
            }
        }
        return marks;
    }

    /// <summary>Footnote entries of a clause: a mark opening a source line ("[1] Nghị quyết …"), with its offset.</summary>
    private static List<(int Start, string Label)> Entries(Clause clause)
    {
        var entries = new List<(int, string)>();
        foreach (Match m in EntryMark().Matches(clause.Text))
        {
            var atLineStart = m.Index == 0 || clause.Text[m.Index - 1] == '\n' || clause.LineOffsets.Any(o => o.Offset == m.Index);
            if (!atLineStart) continue;
            entries.Add((m.Index, m.Groups["b"].Success ? "[" + m.Groups["b"].Value + "]" : "(" + m.Groups["p"].Value + ")"));
        }
        return entries;
    }

    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:”""'’)*])(?:\[(?<b>\d{1,2})\]|(?<![\d(])\((?<p>\d{1,2})\))(?![\p{L}\p{N}])")]
    private static partial Regex GluedMark();

    [GeneratedRegex(@"(?:\[(?<b>\d{1,2})\]|\((?<p>\d{1,2})\))[ \t]+(?=\p{Lu})")]
    private static partial Regex EntryMark();
}
