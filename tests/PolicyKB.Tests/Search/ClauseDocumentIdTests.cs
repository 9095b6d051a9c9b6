using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>
/// A hit names its clause and its document. The document id is written to the index's doc values only for clauses
/// whose id does not already start with it and a '/'; every hit still names its document, however it was kept.
/// </summary>
public sealed class ClauseDocumentIdTests
{
    [Fact]
    public void Clauses_named_under_their_document_keep_no_second_copy_of_its_id_and_hits_still_name_it()
    {
        using var folder = new TempDirectory();
        using (var index = new LuceneKeywordIndex(folder.Path))
        {
            index.Index(Document("qd-281"), [Clause("qd-281/D1", "qd-281"), Clause("qd-281/D1.2", "qd-281")], []);
            index.Commit();
            Assert.Equal([("qd-281/D1", "qd-281"), ("qd-281/D1.2", "qd-281")], Hits(index));
        }
        using var directory = FSDirectory.Open(folder.Path);
        using var reader = DirectoryReader.Open(directory);
        Assert.All(reader.Leaves, leaf => Assert.Null(leaf.AtomicReader.GetBinaryDocValues(ClauseFields.DocumentId)));
    }

    [Fact]
    public void Clauses_named_otherwise_keep_their_document_id_beside_clauses_that_do_not()
    {
        using var folder = new TempDirectory();
        using var index = new LuceneKeywordIndex(folder.Path);
        // A clause id that merely starts like the document id, one that names another document, a document id with a
        // '/' of its own, and a regular clause, all in one segment.
        index.Index(Document("kh-36"), [Clause("kh-36x/1", "kh-36"), Clause("qd-9/1", "kh-36"), Clause("kh-36", "kh-36")], []);
        index.Index(Document("cv/12"), [Clause("cv/12/1", "cv/12")], []);
        index.Index(Document("tb-4"), [Clause("tb-4/1", "tb-4")], []);
        index.Commit();

        Assert.Equal(
            [("cv/12/1", "cv/12"), ("kh-36", "kh-36"), ("kh-36x/1", "kh-36"), ("qd-9/1", "kh-36"), ("tb-4/1", "tb-4")],
            Hits(index).Order());
    }

    private static List<(string Clause, string Document)> Hits(LuceneKeywordIndex index) =>
        index.Search(new TermQuery(new Term(ClauseFields.Text, "hieu")), new SearchFilters(), 10).Select(h => (h.ClauseId, h.DocumentId)).ToList();

    private static Clause Clause(string id, string documentId) => new()
    {
        Id = id, DocumentId = documentId, Label = "Điều 1", Kind = ClauseKind.Article, Text = "Điều 1. Quyết định này có hiệu lực từ ngày ký.",
    };

    private static PolicyDocument Document(string id) => new()
    {
        Id = id, Source = id.Replace('/', '-') + ".txt", ContentHash = "h-" + id,
        Metadata = new DocumentMetadata { Type = "Quyết định", Title = "Hiệu lực" },
    };
}
