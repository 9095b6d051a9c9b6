using PolicyKB.Decoding;
using PolicyKB.Documents;

namespace PolicyKB.Facts;

/// <summary>A document as the fact rules see it: its metadata, lines, clause tree and citations, and the facts found so far.</summary>
public sealed class FactContext
{
    private readonly Clause?[] _clauseByLine;

    /// <summary>Creates the context; the clause tree is indexed by line so table rows find their clause.</summary>
    public FactContext(string documentId, DocumentMetadata metadata, IReadOnlyList<SourceLine> lines,
        IReadOnlyList<Clause> clauses, IReadOnlyList<Citation> citations)
    {
        DocumentId = documentId;
        Metadata = metadata;
        Lines = lines;
        Clauses = clauses;
        Citations = citations;
        var byId = new Dictionary<string, Clause>(StringComparer.Ordinal);
        foreach (var clause in clauses) byId.TryAdd(clause.Id, clause);
        ById = byId;
        var maxLine = lines.Count == 0 ? 0 : lines.Max(l => l.Number);
        _clauseByLine = new Clause?[maxLine + 2];
        // Deeper clauses come later in document order and overwrite their parents' lines.
        foreach (var clause in clauses)
        {
            for (var n = Math.Max(0, clause.LineStart); n <= Math.Min(maxLine, clause.LineEnd); n++) _clauseByLine[n] = clause;
        }
        Facts = new DocumentFacts { DocumentId = documentId, Recipients = [.. metadata.Recipients] };
    }

    /// <summary>The document's id.</summary>
    public string DocumentId { get; }

    /// <summary>Header, preamble and signature metadata.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>The repaired source lines.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>The clause tree in document order.</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>Clauses by id.</summary>
    public IReadOnlyDictionary<string, Clause> ById { get; }

    /// <summary>The document's citations, in clause order.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The facts found so far.</summary>
    public DocumentFacts Facts { get; }

    /// <summary>The innermost clause holding a source line, or null (header, signature block).</summary>
    public Clause? ClauseAt(int lineNumber) =>
        lineNumber >= 0 && lineNumber < _clauseByLine.Length ? _clauseByLine[lineNumber] : null;

    /// <summary>
    /// Whether a source line is a table row (marked by its decoder, or printed between pipes): the clause text writes
    /// such a row as "Nhiệm vụ: …; Cơ quan chủ trì: …", which the table rules read from the row itself.
    /// </summary>
    public bool IsTableRow(int lineNumber)
    {
        _tableRows ??= Lines.Where(l => l.Style.HasFlag(LineStyle.TableRow) || Parsing.TableRowText.IsPipeRow(l.Text)).Select(l => l.Number).ToHashSet();
        return _tableRows.Contains(lineNumber);
    }

    private HashSet<int>? _tableRows;

    /// <summary>The clause's ancestors, innermost first.</summary>
    public IEnumerable<Clause> Ancestors(Clause clause)
    {
        var guard = 0;
        for (var id = clause.ParentId; id is not null && guard++ < 64 && ById.TryGetValue(id, out var parent); id = parent.ParentId)
            yield return parent;
    }
}
