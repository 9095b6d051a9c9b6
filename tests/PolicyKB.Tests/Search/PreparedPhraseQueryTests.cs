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
/// Exact phrases prepared by <see cref="TermStates"/> (<see cref="PreparedPhraseQuery"/>, <see cref="PhrasePostingsScorer"/>)
/// must find and score every document as Lucene's <see cref="PhraseQuery"/> does: repeated words, a rarest word that is
/// not the first, phrases inside Boolean queries, three segments with deletions, and postings reused query after query.
/// </summary>
public sealed class PreparedPhraseQueryTests : IDisposable
{
    private static readonly string[] Words = ["y", "te", "co", "so", "bao", "hiem", "xa", "hiem"];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PreparedPhraseQueryTests()
    {
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, new WhitespaceAnalyzer(VietnameseAnalyzer.Version)) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            var random = new Random(11);
            for (var i = 0; i < 900; i++)
            {
                // Word i % 8 is weighted so "y" and "te" are common and "xa" rare; "hiem" appears twice in the list.
                var words = Enumerable.Range(0, 3 + random.Next(40)).Select(_ => Words[random.Next(random.Next(2) == 0 ? 2 : Words.Length)]);
                writer.AddDocument(new Document
                {
                    new StringField("id", i.ToString(), Field.Store.NO),
                    new TextField("text", string.Join(' ', words), Field.Store.NO),
                });
                if (i % 300 == 299) writer.Commit();
            }
            for (var i = 0; i < 900; i += 17) writer.DeleteDocuments(new Term("id", i.ToString()));
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new SearchSimilarity() };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    public static TheoryData<string> Phrases => new()
    {
        "y te", "te y", "y y", "co so", "bao hiem y te", "hiem hiem", "xa y", "y xa te", "so co so", "te", "xa xa xa", "khong co",
    };

    private static PhraseQuery Phrase(string words, float boost = 1f)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in words.Split(' ')) phrase.Add(new Term("text", word));
        return phrase;
    }

    private string Dump(Query query) => string.Join(" ", _searcher.Search(query, 1000).ScoreDocs.Select(d => $"{d.Doc}:{d.Score:R}"));

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_prepared_phrase_finds_and_scores_every_document_as_Lucene_does(string words)
    {
        var states = new TermStates(_searcher.TopReaderContext);

        Assert.Equal(Dump(Phrase(words, 0.8f)), Dump(states.Prepare(Phrase(words, 0.8f))));
    }

    [Fact]
    public void Phrases_inside_Boolean_queries_score_as_Lucene_does_query_after_query()
    {
        static Query Query() => new BooleanQuery(disableCoord: true)
        {
            { new BooleanQuery(disableCoord: true) { { new TermQuery(new Term("text", "co")), Occur.SHOULD }, { Phrase("bao hiem y te", 0.8f), Occur.SHOULD } }, Occur.MUST },
            { Phrase("y te", 1.5f), Occur.SHOULD },
            { Phrase("xa y"), Occur.SHOULD },
            { new TermQuery(new Term("text", "so")) { Boost = 0.5f }, Occur.SHOULD },
        };
        var expected = Dump(Query());
        var states = new TermStates(_searcher.TopReaderContext);

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(expected, Dump(states.Prepare(Query())));
            states.Reset();
        }
        Assert.True(expected.Split(' ').Length > 100);
    }

    [Fact]
    public void A_phrase_matched_by_the_plain_similarity_is_counted_the_same()
    {
        var plain = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        var states = new TermStates(plain.TopReaderContext);

        Assert.Equal(plain.Search(Phrase("y te"), 1).TotalHits, plain.Search(states.Prepare(Phrase("y te")), 1).TotalHits);
    }
}
