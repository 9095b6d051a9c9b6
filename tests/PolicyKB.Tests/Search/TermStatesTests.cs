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
/// Term queries prepared by <see cref="TermStates"/> reuse terms and postings enumerators from term to term and query to
/// query, and must score exactly as Lucene's own <see cref="TermQuery"/>. The index has three segments, with deletions.
/// </summary>
public sealed class TermStatesTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public TermStatesTests()
    {
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, new WhitespaceAnalyzer(VietnameseAnalyzer.Version)) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < 600; i++)
            {
                var words = new List<string> { "chung" };
                if (i % 3 == 0) words.Add("ba");
                if (i % 7 == 0) words.AddRange(["bay", "bay"]);
                if (i % 11 == 0) words.Add("muoi_mot");
                writer.AddDocument(new Document
                {
                    new StringField("id", i.ToString(), Field.Store.NO),
                    new TextField("text", string.Join(' ', words), Field.Store.NO),
                    new TextField("heading", i % 5 == 0 ? "ba bay" : "chung", Field.Store.NO),
                });
                if (i % 200 == 199) writer.Commit();
            }
            writer.DeleteDocuments(new Term("id", "21"), new Term("id", "231"), new Term("id", "441"));
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static TermQuery Term(string field, string text, float boost = 1f) => new(new Term(field, text)) { Boost = boost };

    private static BooleanQuery Query() => new(disableCoord: true)
    {
        { new BooleanQuery(disableCoord: true) { { Term("text", "bay"), Occur.SHOULD }, { Term("heading", "bay", 0.5f), Occur.SHOULD } }, Occur.MUST },
        { Term("text", "ba", 1.1f), Occur.SHOULD },
        { Term("text", "muoi_mot", 1.5f), Occur.SHOULD },
        { Term("text", "vang"), Occur.SHOULD },
    };

    private static string Dump(TopDocs docs) => string.Join(" ", docs.ScoreDocs.Select(d => $"{d.Doc}:{d.Score:R}"));

    [Fact]
    public void A_prepared_query_finds_and_scores_every_document_exactly_as_Lucene_term_queries_do()
    {
        var expected = _searcher.Search(Query(), 1000);
        var states = new TermStates(_searcher.TopReaderContext);

        var prepared = _searcher.Search(states.Prepare(Query()), 1000);

        Assert.Equal(185, expected.TotalHits); // "bay" in the text of every seventh or the heading of every fifth, less the three deleted
        Assert.Equal(Dump(expected), Dump(prepared));
    }

    [Fact]
    public void A_prepared_query_explains_each_score_as_Lucene_does()
    {
        var states = new TermStates(_searcher.TopReaderContext);
        var top = _searcher.Search(states.Prepare(Query()), 5).ScoreDocs;

        foreach (var hit in top)
        {
            var prepared = _searcher.Explain(states.Prepare(Query()), hit.Doc);
            Assert.True(prepared.IsMatch);
            Assert.Equal(hit.Score, prepared.Value, 4);
            Assert.Equal(_searcher.Explain(Query(), hit.Doc).Value, prepared.Value, 6);
            Assert.Contains("termFreq=", prepared.ToString(), StringComparison.Ordinal);
        }
        Assert.False(_searcher.Explain(states.Prepare(Query()), 1).IsMatch); // neither "bay" in its text nor its heading
    }

    [Fact]
    public void Reused_postings_give_the_same_results_query_after_query_and_skip_deleted_clauses()
    {
        var expected = Dump(_searcher.Search(Query(), 1000));
        var states = new TermStates(_searcher.TopReaderContext);
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(expected, Dump(_searcher.Search(states.Prepare(Query()), 1000)));
            states.Reset();
        }
    }

    [Fact]
    public void A_postings_enumerator_handed_back_serves_the_next_term_of_its_field_and_segment()
    {
        var states = new TermStates(_searcher.TopReaderContext);
        var leaf = _searcher.IndexReader.Leaves[0];
        var ba = (PreparedTermQuery)states.Prepare(Term("text", "ba"));
        var first = states.Docs(leaf, ba.Term, ba.Context.Get(leaf.Ord), leaf.AtomicReader.LiveDocs);

        states.Recycle();
        var bay = (PreparedTermQuery)states.Prepare(Term("text", "bay"));
        var second = states.Docs(leaf, bay.Term, bay.Context.Get(leaf.Ord), leaf.AtomicReader.LiveDocs);

        Assert.Same(first, second);
        Assert.Equal(0, second!.NextDoc()); // now reading "bay": document 0 holds it twice
        Assert.Equal(2, second.Freq);
    }

    [Fact]
    public void The_pool_hands_states_back_for_the_same_reader_and_drops_them_for_a_new_one()
    {
        var pool = new TermStatesPool();
        var states = pool.Rent(_searcher);
        pool.Return(states);
        Assert.Same(states, pool.Rent(_searcher));
        pool.Return(states);

        using var reopened = DirectoryReader.Open(_directory);
        var other = new IndexSearcher(reopened) { Similarity = new BM25Similarity() };
        Assert.NotSame(states, pool.Rent(other));
        Assert.NotSame(states, pool.Rent(_searcher));
    }

    [Fact]
    public void A_prepared_query_weighed_against_another_reader_looks_its_term_up_afresh()
    {
        var states = new TermStates(_searcher.TopReaderContext);
        var prepared = states.Prepare(Query());
        using var reopened = DirectoryReader.Open(_directory);
        var other = new IndexSearcher(reopened) { Similarity = new BM25Similarity() };

        Assert.Equal(Dump(other.Search(Query(), 1000)), Dump(other.Search(prepared, 1000)));
    }
}
