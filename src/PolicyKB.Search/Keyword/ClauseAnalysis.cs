using PolicyKB.Documents;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// A document's clause texts, headings and title read into syllables (<see cref="ClauseSyllables"/>) ahead of indexing:
/// the ingestion thread that prepares the next file reads them (<see cref="Indexing.AnalyzeKeywordsStep"/>), so the
/// thread that saves and indexes, the slower of the two, only inverts them. The index uses exactly the syllables it would
/// have read itself; an analysis that no longer fits the clauses it is given is ignored and they are read again.
/// </summary>
public sealed class ClauseAnalysis
{
    private readonly string[] _texts;
    private readonly string[] _headings;
    private readonly ClauseSyllables[] _textSyllables;
    private readonly ClauseSyllables?[] _headingSyllables;
    private readonly string _title;

    private ClauseAnalysis(string[] texts, string[] headings, ClauseSyllables[] textSyllables, ClauseSyllables?[] headingSyllables, string title, ClauseSyllables? titleSyllables)
    {
        _texts = texts;
        _headings = headings;
        _textSyllables = textSyllables;
        _headingSyllables = headingSyllables;
        _title = title;
        TitleSyllables = titleSyllables;
    }

    /// <summary>Reads the clauses of a document with <paramref name="metadata"/>.</summary>
    public static ClauseAnalysis Of(DocumentMetadata metadata, IReadOnlyList<Clause> clauses)
    {
        var count = clauses.Count;
        var texts = new string[count];
        var headings = new string[count];
        var textSyllables = new ClauseSyllables[count];
        var headingSyllables = new ClauseSyllables?[count];
        for (var i = 0; i < count; i++)
        {
            var clause = clauses[i];
            texts[i] = clause.Text;
            headings[i] = clause.Heading;
            textSyllables[i] = ClauseSyllables.Of(clause.Text);
            headingSyllables[i] = clause.Heading.Length > 0 ? ClauseSyllables.Of(clause.Heading) : null;
        }
        var title = TitleOf(metadata);
        return new ClauseAnalysis(texts, headings, textSyllables, headingSyllables, title, title.Length > 0 ? ClauseSyllables.Of(title) : null);
    }

    /// <summary>The title field's text: the document's type, number and title.</summary>
    internal static string TitleOf(DocumentMetadata metadata) =>
        string.Join(' ', new[] { metadata.Type, metadata.Number, metadata.Title }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>The title's syllables (null for no title).</summary>
    internal ClauseSyllables? TitleSyllables { get; }

    /// <summary>True when this was read from these very clauses and this title (the same text instances, in order).</summary>
    internal bool Fits(IReadOnlyList<Clause> clauses, string title)
    {
        if (clauses.Count != _texts.Length || !string.Equals(title, _title, StringComparison.Ordinal)) return false;
        for (var i = 0; i < _texts.Length; i++)
        {
            if (!ReferenceEquals(clauses[i].Text, _texts[i]) || !ReferenceEquals(clauses[i].Heading, _headings[i])) return false;
        }
        return true;
    }

    /// <summary>The syllables of clause <paramref name="index"/>'s text.</summary>
    internal ClauseSyllables Text(int index) => _textSyllables[index];

    /// <summary>The syllables of clause <paramref name="index"/>'s heading (null when it has none).</summary>
    internal ClauseSyllables? Heading(int index) => _headingSyllables[index];
}
