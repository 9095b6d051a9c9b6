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
/// The common-words split over a synthetic index just above <see cref="CommonWordsQuery.MinimumDocuments"/>: "chung"
/// is in every document (a stopword), "thuong" in every tenth (common), "hiem" in 0.3% (rare; a third of those also
/// have "thuong").
/// </summary>
public sealed class CommonWordsQueryTests : IDisposable
{
    private const int Documents = CommonWordsQuery.MinimumDocuments + 1_000;

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public CommonWordsQueryTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(VietnameseAnalyzer.Version, new WhitespaceAnalyzer(VietnameseAnalyzer.Version))))
        {
            for (var i = 0; i < Documents; i++)
            {
                var words = new List<string> { "chung" };
                if (i % 10 == 0) words.Add("thuong");
                if (i % 1000 == 0 || i % 500 == 3) words.Add("hiem");
                writer.AddDocument(new Document { new TextField("text", string.Join(' ', words), Field.Store.NO) });
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static CommonWordsQuery Query(params string[] words)
    {
        var query = new CommonWordsQuery();
        foreach (var word in words) query.Add(new TermQuery(new Term("text", word)), new Term("text", word));
        return query;
    }

    [Fact]
    public void Rare_groups_are_required_common_ones_optional_and_stopwords_left_out()
    {
        var (required, optional) = Query("chung", "thuong", "hiem").Split(_reader);

        Assert.Equal("text:hiem", required.ToString());
        Assert.Equal("text:thuong", optional?.ToString());
    }

    [Fact]
    public void When_nothing_is_rare_the_rarest_group_is_required()
    {
        var (required, optional) = Query("chung", "thuong").Split(_reader);

        Assert.Equal("text:thuong", required.ToString());
        Assert.Null(optional);
    }

    [Fact]
    public void Rescoring_gives_the_scores_of_the_plain_disjunction_on_the_documents_it_keeps()
    {
        var query = Query("thuong", "hiem");
        var (required, optional) = query.Split(_reader);
        var plain = _searcher.Search(new BooleanQuery { { new TermQuery(new Term("text", "thuong")), Occur.SHOULD }, { new TermQuery(new Term("text", "hiem")), Occur.SHOULD } }, 10);

        var rescored = AdditiveRescorer.Rescore(_searcher, _searcher.Search(required, 100), optional!, 10);

        Assert.Equal(plain.ScoreDocs.Select(d => d.Doc), rescored.ScoreDocs.Select(d => d.Doc));
        Assert.Equal(plain.ScoreDocs.Select(d => d.Score), rescored.ScoreDocs.Select(d => d.Score), (a, b) => Math.Abs(a - b) < 1e-4f);
        // Documents with both words come first: the optional word's score was added.
        Assert.All(rescored.ScoreDocs, d => Assert.Equal(0, d.Doc % 1000));
    }

    [Fact]
    public void As_a_nested_query_it_rewrites_to_required_rare_and_optional_common_groups()
    {
        var rewritten = Query("thuong", "hiem").Rewrite(_reader);

        Assert.Equal("+(text:hiem) (text:thuong)", rewritten.ToString());
    }

    [Fact]
    public void A_small_index_gets_the_plain_disjunction_with_its_minimum_match()
    {
        using var small = new RAMDirectory();
        using (var writer = new IndexWriter(small, new IndexWriterConfig(VietnameseAnalyzer.Version, new WhitespaceAnalyzer(VietnameseAnalyzer.Version))))
        {
            writer.AddDocument(new Document { new TextField("text", "chung thuong", Field.Store.NO) });
        }
        using var reader = DirectoryReader.Open(small);
        var query = Query("chung", "thuong", "hiem");
        query.MinimumShouldMatch = 2;

        var (required, optional) = query.Split(reader);

        Assert.Equal("(text:chung text:thuong text:hiem)~2", required.ToString());
        Assert.Null(optional);
    }
}
