using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace PolicyKB.Search.Evaluation.Baselines;

/// <summary>
/// Baseline (a): what an off-the-shelf Lucene setup gives. Lucene's <see cref="StandardAnalyzer"/> (UAX#29 words,
/// lower case, English stop words; no diacritic folding, no Vietnamese syllable handling, no document-number
/// tokens) and BM25 over the same fields PolicyKB searches (clause text, heading, document title), the query's
/// analysed terms OR-ed together over the three fields. The index lives in memory, or in a folder when one is given.
/// </summary>
public sealed class LuceneStandardBaseline : IRetriever, IDisposable
{
    private const string TextField = "text";
    private static readonly string[] SearchedFields = [TextField, "heading", "title"];
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly Analyzer _analyzer = new StandardAnalyzer(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    /// <summary>Indexes <paramref name="clauses"/> in memory, or in the folder <paramref name="indexPath"/> (replaced).</summary>
    public LuceneStandardBaseline(IEnumerable<BaselineClause> clauses, string? indexPath = null)
    {
        _directory = indexPath is null ? new RAMDirectory() : FSDirectory.Open(indexPath);
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var clause in clauses)
            {
                writer.AddDocument(new Document
                {
                    new StoredField("source", clause.Source),
                    new TextField(TextField, clause.Text, Field.Store.YES),
                    new TextField(SearchedFields[1], clause.Heading, Field.Store.NO),
                    new TextField(SearchedFields[2], clause.Title, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <inheritdoc />
    public string Name => "lucene-standard-bm25";

    /// <inheritdoc />
    public string Description => "Lucene.Net 4.8 StandardAnalyzer (LUCENE_48, English stop words) + BM25Similarity(k1=1.2, b=0.75), query terms OR-ed over text, heading, title";

    /// <inheritdoc />
    public Task<IReadOnlyList<RankedHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
    {
        var terms = Analyze(query);
        if (terms.Count == 0) return Task.FromResult<IReadOnlyList<RankedHit>>([]);
        var boolean = new BooleanQuery();
        foreach (var term in terms)
        {
            foreach (var field in SearchedFields) boolean.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
        var hits = _searcher.Search(boolean, top).ScoreDocs
            .Select(d => _searcher.Doc(d.Doc))
            .Select(d => new RankedHit(d.Get("source"), d.Get(TextField)))
            .ToList();
        return Task.FromResult<IReadOnlyList<RankedHit>>(hits);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value, StringComparer.Ordinal)) terms.Add(value);
        }
        stream.End();
        return terms;
    }
}
