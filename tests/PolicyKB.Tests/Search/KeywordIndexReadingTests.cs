using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using PolicyKB.Search.Analysis;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>
/// How the keyword index is read: through <see cref="PositionalFSDirectory"/> (positional reads, no lock per file),
/// with term statistics looked up once per query (<see cref="TermStates"/>). Either must change nothing a search finds
/// or how it scores, from one thread or from many at once.
/// </summary>
public sealed class KeywordIndexReadingTests : IDisposable
{
    private const int Documents = 3_000;
    private static readonly string[] Words = ["bao", "hiem", "y", "te", "thuc", "hien", "nhiem", "vu", "giai", "phap", "tinh", "ha"];

    private readonly TempDirectory _folder = new();
    private readonly PositionalFSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public KeywordIndexReadingTests()
    {
        _directory = new PositionalFSDirectory(new DirectoryInfo(_folder.Path));
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, new WhitespaceAnalyzer(VietnameseAnalyzer.Version)) { MaxBufferedDocs = 500 };
        using (var writer = new IndexWriter(_directory, config))
        {
            var random = new Random(7);
            for (var i = 0; i < Documents; i++)
            {
                var text = string.Join(' ', Enumerable.Range(0, 5 + random.Next(30)).Select(_ => Words[random.Next(Words.Length)]));
                writer.AddDocument(new Document { new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES), new TextField("text", text, Field.Store.YES) });
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _folder.Dispose();
    }

    private static Query Query(params string[] words)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            var group = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term("text", word)) { Boost = 1.5f }, Occur.SHOULD } };
            query.Add(group, Occur.SHOULD);
        }
        query.Add(new TermQuery(new Term("text", "khong-co")), Occur.SHOULD);
        return query;
    }

    private string Top(Query query) =>
        string.Join(" ", _searcher.Search(query, 20).ScoreDocs.Select(d => $"{_searcher.Doc(d.Doc).Get("id")}:{d.Score:R}"));

    [Fact]
    public void The_index_is_written_in_several_compound_segments_and_read_back_whole()
    {
        Assert.True(_reader.Leaves.Count > 1);
        Assert.Contains(Directory.GetFiles(_folder.Path), f => f.EndsWith(".cfs", StringComparison.Ordinal));
        Assert.Equal(Documents, _reader.NumDocs);
        Assert.Equal(1, _searcher.Search(new TermQuery(new Term("id", "2999")), 1).TotalHits);
    }

    [Fact]
    public void A_query_given_its_term_states_finds_and_scores_exactly_as_lucene_alone()
    {
        var query = Query("hiem", "nhiem", "ha", "tinh");

        var prepared = new TermStates(_searcher.TopReaderContext).Prepare(query);

        Assert.Equal(Top(query), Top(prepared));
        Assert.Equal(query.ToString(), prepared.ToString());
    }

    [Fact]
    public void Many_threads_reading_at_once_find_what_one_thread_finds()
    {
        var queries = Words.Select((w, i) => Query(w, Words[(i + 3) % Words.Length])).ToList();
        var expected = queries.Select(Top).ToList();

        var results = new string[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
            results[t] = Enumerable.Range(0, 5).SelectMany(_ => queries.Select(Top)).ToArray());

        Assert.All(results, r => Assert.Equal(Enumerable.Range(0, 5).SelectMany(_ => expected), r));
    }
}
