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
/// tokens) and BM25 over the same clause texts, the query's analysed terms OR-ed together.
/// </summary>
public sealed class LuceneStandardBaseline : IRetriever, IDisposable
{
    private const string TextField = "text";
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer = new StandardAnalyzer(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    /// <summary>Indexes <paramref name="clauses"/> in memory.</summary>
    public LuceneStandardBaseline(IEnumerable<BaselineClause> clauses)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var clause in clauses)
            {
                writer.AddDocument(new Document
                {
                    new StoredField("source", clause.Source),
                    new TextField(TextField, clause.Text, Field.Store.YES),
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
    public string Description => "Lucene.Net 4.8 StandardAnalyzer (LUCENE_48, English stop words) + BM25Similarity(k1=1.2, b=0.75), query terms OR-ed";

    /// <inheritdoc />
    public Task<IReadOnlyList<RankedHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
    {
        var terms = Analyze(query);
        if (terms.Count == 0) return Task.FromResult<IReadOnlyList<RankedHit>>([]);
        var boolean = new BooleanQuery();
        foreach (var term in terms) boolean.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
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
