using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using PolicyKB.Search.Analysis;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Tests.Search;

/// <summary>
/// <see cref="SearchSimilarity"/> must give, bit for bit, the scores of Lucene's <see cref="BM25Similarity"/> the index
/// was written with: on fields of different average lengths, with boosts, nested Boolean queries and phrases.
/// </summary>
public sealed class SearchSimilarityTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public SearchSimilarityTests()
    {
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, new WhitespaceAnalyzer(VietnameseAnalyzer.Version)) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            var random = new Random(7);
            string[] words = ["bao", "hiem", "y", "te", "toan", "dan", "ke", "hoach", "thuc", "hien"];
            for (var i = 0; i < 400; i++)
            {
                var length = 1 + random.Next(60);
                writer.AddDocument(new Document
                {
                    new TextField("text", string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)])), Field.Store.NO),
                    new TextField("heading", string.Join(' ', Enumerable.Range(0, 1 + random.Next(4)).Select(_ => words[random.Next(words.Length)])), Field.Store.NO),
                });
                if (i == 250) writer.Commit();
            }
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static Query Query() => new BooleanQuery(disableCoord: true)
    {
        { new TermQuery(new Term("text", "bao")) { Boost = 1.1f }, Occur.SHOULD },
        { new TermQuery(new Term("heading", "hiem")) { Boost = 0.5f }, Occur.SHOULD },
        { new BooleanQuery(disableCoord: true) { Boost = 0.3f, Clauses = { new BooleanClause(new TermQuery(new Term("text", "toan")), Occur.SHOULD) } }, Occur.SHOULD },
        { new PhraseQuery { new Term("text", "y"), new Term("text", "te") }, Occur.SHOULD },
    };

    private string Scores(Similarity similarity) =>
        string.Join(" ", new IndexSearcher(_reader) { Similarity = similarity }.Search(Query(), 400).ScoreDocs.Select(d => $"{d.Doc}:{d.Score:R}"));

    [Fact]
    public void Scores_are_those_of_Lucene_BM25_bit_for_bit()
    {
        var expected = Scores(new BM25Similarity());

        Assert.True(expected.Split(' ').Length > 300);
        Assert.Equal(expected, Scores(new SearchSimilarity()));
    }

    [Fact]
    public void Scores_stay_the_same_when_the_length_tables_are_shared_between_queries()
    {
        var similarity = new SearchSimilarity();

        Assert.Equal(Scores(similarity), Scores(similarity));
        Assert.Equal(Scores(new BM25Similarity()), Scores(similarity));
    }

    [Fact]
    public void An_explained_score_adds_up_to_the_score()
    {
        var searcher = new IndexSearcher(_reader) { Similarity = new SearchSimilarity() };
        var top = searcher.Search(Query(), 5).ScoreDocs[0];

        var explanation = searcher.Explain(Query(), top.Doc);

        Assert.True(explanation.IsMatch);
        Assert.Equal(top.Score, explanation.Value, 4);
        Assert.Contains("idf(docFreq=", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Norms_are_written_as_BM25_writes_them()
    {
        var state = new FieldInvertState("text") { Length = 37, Boost = 1f };

        Assert.Equal(new BM25Similarity().ComputeNorm(state), new SearchSimilarity().ComputeNorm(state));
    }
}
