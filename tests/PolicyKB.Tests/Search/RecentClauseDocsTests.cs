using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Tests.Search;

/// <summary>
/// The match count and the page of a search reuse the document numbers the search just read
/// (<see cref="RecentClauseDocs"/>); a number is only good in the reader it was read from, so a clause re-indexed in
/// between is looked up afresh.
/// </summary>
public sealed class RecentClauseDocsTests : IDisposable
{
    private readonly LuceneKeywordIndex _index = new(null);

    public void Dispose() => _index.Dispose();

    private static PolicyDocument Document(string id) => new() { Id = id, Source = id + ".txt", ContentHash = "h-" + id, Metadata = new DocumentMetadata { Title = "Kế hoạch " + id } };

    private static Clause Clause(string documentId, string label, string text) =>
        new() { Id = $"{documentId}/{label}", DocumentId = documentId, Label = label, Kind = ClauseKind.Item, Text = text };

    private static Query Word(string word) => new TermQuery(new Term(ClauseFields.Text, word));

    [Fact]
    public void A_clause_reindexed_after_a_search_is_loaded_and_matched_as_it_now_reads()
    {
        _index.Index(Document("kh-1"), [Clause("kh-1", "1", "1. Bảo hiểm y tế toàn dân"), Clause("kh-1", "2", "2. Tiêm chủng mở rộng")], []);
        _index.Index(Document("kh-2"), [Clause("kh-2", "1", "1. Bảo hiểm xã hội")], []);
        var hits = _index.Search(Word("hiem"), new SearchFilters(), 10);
        Assert.Equal(["kh-1/1", "kh-2/1"], hits.Select(h => h.ClauseId).Order());

        // The first clause now reads otherwise and sits at another document number.
        _index.Index(Document("kh-1"), [Clause("kh-1", "0", "Mở đầu"), Clause("kh-1", "1", "1. Chăm sóc sức khoẻ người cao tuổi"), Clause("kh-1", "2", "2. Tiêm chủng mở rộng")], []);

        var page = _index.GetClauses(hits.Select(h => h.ClauseId).ToList());
        Assert.Equal("1. Chăm sóc sức khoẻ người cao tuổi", page["kh-1/1"].Text);
        var (total, matching) = _index.Match(Word("hiem"), new SearchFilters(), hits.Select(h => h.ClauseId).ToList());
        Assert.Equal(1, total);
        Assert.Equal(["kh-2/1"], matching);
    }

    [Fact]
    public void The_numbers_a_search_read_give_the_same_page_and_count_as_looking_them_up()
    {
        _index.Index(Document("kh-1"), Enumerable.Range(1, 30).Select(i => Clause("kh-1", i.ToString(), $"{i}. Nhiệm vụ {(i % 3 == 0 ? "bảo hiểm" : "tiêm chủng")} số {i}")).ToList(), []);
        var hits = _index.Search(Word("hiem"), new SearchFilters(), 100);
        var ids = hits.Select(h => h.ClauseId).Append("kh-1/1").Append("khong-co").ToList();

        var page = _index.GetClauses(ids);
        var (total, matching) = _index.Match(Word("hiem"), new SearchFilters(), ids);

        Assert.Equal(10, hits.Count);
        Assert.Equal(11, page.Count);
        Assert.All(page, p => Assert.Equal(p.Key, p.Value.ClauseId));
        Assert.Equal(10, total);
        Assert.Equal(hits.Select(h => h.ClauseId).Order(), matching.Order());
    }

    [Fact]
    public void A_number_noted_in_one_reader_is_not_given_for_another()
    {
        using var directory = new Lucene.Net.Store.RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PolicyKB.Search.Analysis.VietnameseAnalyzer.Version, null))) writer.Commit();
        using var first = DirectoryReader.Open(directory);
        using var second = DirectoryReader.Open(directory);
        var recent = RecentClauseDocs.Current;

        recent.Note(first, "kh-1/1", 7);

        Assert.True(recent.TryGet(first, "kh-1/1", out var doc));
        Assert.Equal(7, doc);
        Assert.False(recent.TryGet(second, "kh-1/1", out _));
    }
}
