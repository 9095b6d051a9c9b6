using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;
using LuceneField = Lucene.Net.Documents.Field;
using StoredField = Lucene.Net.Documents.StoredField;

namespace PolicyKB.Tests.Search;

/// <summary>
/// A document's title is indexed once, on its marker, and a title word scores every clause of the document
/// (<see cref="DocumentTitleQuery"/>) exactly as it did when each clause held the title (<see cref="ClauseSearcher"/>).
/// </summary>
public sealed class DocumentTitleQueryTests
{
    private static readonly (string Id, string Title, int Clauses)[] Documents =
    [
        ("kh-12", "Kế hoạch thực hiện công tác y tế huyện năm 2021", 3),
        ("qd-7", "Quyết định về củng cố y tế cơ sở", 5),
        ("kh-40", "Kế hoạch thi đua", 2),
        ("cv-3", "Công văn về y tế trường học, y tế cơ sở", 4),
    ];

    [Theory]
    [InlineData("y")]
    [InlineData("te")]
    [InlineData("ke")]
    [InlineData("co")]
    [InlineData("thi")]
    public void A_title_word_scores_each_clause_as_when_every_clause_held_the_title(string word)
    {
        using var folder = new TempDirectory();
        using var index = new LuceneKeywordIndex(folder.Path);
        for (var i = 0; i < Documents.Length; i++)
        {
            index.Index(Document(i), Clauses(i), []);
            if (i == 1) index.Commit(); // more than one segment
        }
        index.Commit();

        var hits = index.Search(DocumentTitleQuery.For(word, 0.3f), new SearchFilters(), 100).ToDictionary(h => h.ClauseId, h => h.Score);

        var expected = TitleInEveryClause(word);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys.Order(), hits.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value, hits[e.Key], 5));
    }

    [Fact]
    public void A_clause_that_shares_no_word_with_the_query_is_found_through_its_title_and_markers_are_never_hits()
    {
        using var folder = new TempDirectory();
        using var index = new LuceneKeywordIndex(folder.Path);
        for (var i = 0; i < Documents.Length; i++) index.Index(Document(i), Clauses(i), []);
        index.Commit();

        var hits = index.Search(DocumentTitleQuery.For("thi", 1f), new SearchFilters(), 100);

        Assert.Equal(["kh-40/1", "kh-40/2"], hits.Select(h => h.ClauseId).Order());
        Assert.All(hits, h => Assert.Equal("kh-40", h.DocumentId));
    }

    [Fact]
    public void A_removed_or_replaced_document_leaves_no_title_matches_of_its_old_clauses()
    {
        using var folder = new TempDirectory();
        using var index = new LuceneKeywordIndex(folder.Path);
        for (var i = 0; i < Documents.Length; i++) index.Index(Document(i), Clauses(i), []);
        index.Commit();
        index.Remove("qd-7");
        index.Index(Document(0), Clauses(0).Take(1).ToList(), []);
        index.Commit();

        var hits = index.Search(DocumentTitleQuery.For("y", 1f), new SearchFilters(), 100);

        Assert.Equal(["cv-3/1", "cv-3/2", "cv-3/3", "cv-3/4", "kh-12/1"], hits.Select(h => h.ClauseId).Order());
    }

    [Fact]
    public void An_index_of_format_5_is_indexed_again_and_its_clause_titles_are_never_taken_for_document_titles()
    {
        using var folder = new TempDirectory();
        using (var directory = FSDirectory.Open(folder.Path)) WriteTitleInEveryClause(directory, "5");
        using var index = new LuceneKeywordIndex(folder.Path);

        Assert.All(index.IndexedDocuments().Values, hash => Assert.Equal("", hash)); // stale: Synchronize indexes it again
        Assert.Empty(index.Search(DocumentTitleQuery.For("y", 1f), new SearchFilters(), 100));
    }

    /// <summary>The scores of the earlier layout: the title field (type, number, title) in every clause, searched with plain term statistics.</summary>
    private static Dictionary<string, float> TitleInEveryClause(string word)
    {
        using var directory = new RAMDirectory();
        WriteTitleInEveryClause(directory, ClauseFields.CurrentFormat);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new SearchSimilarity() };
        var top = searcher.Search(new TermQuery(new Term(ClauseFields.Title, word)) { Boost = 0.3f }, 100);
        return top.ScoreDocs.ToDictionary(d => searcher.Doc(d.Doc).Get(ClauseFields.Id), d => d.Score);
    }

    /// <summary>The earlier layout (format 5 and before): the title in every clause, none on the marker.</summary>
    private static void WriteTitleInEveryClause(Lucene.Net.Store.Directory directory, string format)
    {
        var config = new IndexWriterConfig(PolicyKB.Search.Analysis.VietnameseAnalyzer.Version, ClauseAnalyzers.Create()) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < Documents.Length; i++)
            {
                var clauses = Clauses(i);
                var title = ClauseSyllables.Of(ClauseAnalysis.TitleOf(Document(i).Metadata));
                var n = 0;
                foreach (var doc in ClauseDocumentFactory.CreateAll(Document(i), clauses, []))
                {
                    if (n++ < clauses.Count)
                    {
                        var words = new UnigramTokenStream();
                        words.Use(title, foldedOnly: true);
                        doc.Add(new LuceneField(ClauseFields.Title, words, ClauseDocumentBuilder.TermsFieldType));
                    }
                    else
                    {
                        doc.RemoveField(ClauseFields.Title);
                        doc.RemoveField(ClauseFields.Format);
                        doc.Add(new StoredField(ClauseFields.Format, format));
                    }
                    writer.AddDocument(doc);
                }
                if (i == 1) writer.Commit();
            }
        }
    }

    private static PolicyDocument Document(int i) => new()
    {
        Id = Documents[i].Id, Source = Documents[i].Id + ".txt", ContentHash = "h-" + Documents[i].Id,
        Metadata = new DocumentMetadata { Type = "Kế hoạch", Title = Documents[i].Title },
    };

    private static List<Clause> Clauses(int i) => Enumerable.Range(1, Documents[i].Clauses).Select(n => new Clause
    {
        Id = $"{Documents[i].Id}/{n}", DocumentId = Documents[i].Id, Label = $"Điều {n}", Kind = ClauseKind.Article,
        Text = $"Điều {n}. Nội dung số {n} gồm {string.Join(' ', Enumerable.Repeat("việc", n))}.",
    }).ToList();
}
