using System.Text;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// Builds a fact answer: statement lines with "[n]" marks, then the verbatim sentence of each cited clause that holds
/// the fact, so the reader (and the verification gate) sees where it was read.
/// </summary>
internal sealed class FactAnswerComposer(DocumentProfile document, Func<string, RetrievedClause?> frame)
{
    private readonly List<RetrievedClause> _sources = [];
    private readonly List<string> _quotes = [];
    private readonly List<string?> _readings = [];
    private readonly List<string> _lines = [];

    /// <summary>The document as readers name it.</summary>
    public string Name => document.DisplayName;

    /// <summary>The document's title ("Kế hoạch truyền thông về giảm nghèo đa chiều …"), or "".</summary>
    public string Title => document.Document.Metadata.Title ?? "";

    /// <summary>True once a statement was written.</summary>
    public bool HasLines => _lines.Count > 0;

    /// <summary>True once a clause was cited.</summary>
    public bool HasCitations => _sources.Count > 0;

    /// <summary>Adds a statement line.</summary>
    public void Line(string text) => _lines.Add(text);

    /// <summary>
    /// Cites a clause, quoting its sentence that contains <paramref name="anchor"/>; the citation number, or null when the
    /// clause is unknown. When the clause is a flattened table and <paramref name="row"/> (a task's text) is in one of its
    /// rows, that row is quoted, read with its column titles (<see cref="Text.TableRows"/>), rather than the whole table.
    /// </summary>
    public int? Cite(string clauseId, string? anchor, string? row = null)
    {
        var existing = _sources.FindIndex(s => s.Id == clauseId);
        if (existing >= 0) return existing + 1;
        if (frame(clauseId) is not { } clause) return null;
        _sources.Add(clause);
        var found = row is { Length: > 0 } && Text.TableRows.Read(clause) is { } table
            ? table.Rows.FirstOrDefault(r => r.Verbatim.Contains(row, StringComparison.Ordinal))
            : null;
        _quotes.Add(found?.Verbatim ?? Sentence(clause.Clause.Text, anchor));
        _readings.Add(found?.Reading);
        return _sources.Count;
    }

    /// <summary>Cites the document itself (its title clause, else its first clause) for a fact read outside any clause.</summary>
    public int? CiteDocument()
    {
        foreach (var id in new[] { document.Id + "/title", document.Id + "/preamble" })
        {
            if (frame(id) is not null) return Cite(id, null);
        }
        return null;
    }

    /// <summary>The draft answer.</summary>
    public DraftAnswer Build()
    {
        var text = new StringBuilder(string.Join('\n', _lines));
        for (var i = 0; i < _sources.Count; i++)
        {
            if (_quotes[i].Length == 0) continue;
            if (_readings[i] is { } reading) text.Append('\n').Append(Text.TableRows.Prefix).Append(reading).Append(" [").Append(i + 1).Append(']');
            text.Append("\n«").Append(_quotes[i]).Append("» [").Append(i + 1).Append(']');
            text.Append("\n— Nguồn: ").Append(_sources[i].Document.DisplayName).Append(", ").Append(_sources[i].Section).Append('.');
        }
        return new DraftAnswer(text.ToString(), AnswerModes.Facts, _sources, Refused: false);
    }

    /// <summary>The sentence of <paramref name="text"/> holding <paramref name="anchor"/> (verbatim), or the whole text when short.</summary>
    private static string Sentence(string text, string? anchor)
    {
        text = text.Trim();
        if (text.Length <= 300 || anchor is null) return text.Length <= 300 ? text : "";
        var at = text.IndexOf(anchor, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return "";
        var start = text.LastIndexOfAny(['.', ';', '\n'], at) + 1;
        var end = text.IndexOfAny(['.', ';', '\n'], at + anchor.Length);
        // A "." inside a number or a số hiệu ("1.155", "01/2025/TT-BLĐTBXH.") is not a sentence end; the extra text is harmless.
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }
}
