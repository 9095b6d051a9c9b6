using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PolicyKB.Documents;
using PolicyKB.Search.Keyword;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Search;

/// <summary>
/// The index step fills one Lucene document per thread, and the same token streams, clause after clause. A clause must
/// reach the index exactly as it would through new objects: the same terms, frequencies, positions, norms and stored
/// values, whatever was indexed before it on the thread, and from two threads at once.
/// </summary>
public sealed class ReusedClauseDocumentTests
{
    private static readonly PolicyDocument Plan = Document("kh-36", "Kế hoạch", "36/KH-UBND", "Triển khai bảo hiểm y tế toàn dân năm 2024");
    private static readonly PolicyDocument Decision = Document("qd-281", "Quyết định", "281/QĐ-TTg", "Phê duyệt Đề án đổi mới y tế cơ sở");

    [Fact]
    public void A_reused_stream_gives_the_next_text_the_terms_and_positions_a_new_stream_gives()
    {
        const string longer = "Căn cứ Quyết định số 281/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ về bảo hiểm y tế";
        const string shorter = "Bảo hiểm y tế toàn dân, Kế hoạch 36/KH-UBND";
        var syllables = ClauseSyllables.Reusable();
        var unigrams = new UnigramTokenStream();
        var shingles = new ShingleTokenStream();

        syllables.ReadAgain(longer);
        unigrams.Use(syllables);
        shingles.Use(syllables, folded: true);
        _ = Terms(unigrams);
        _ = Terms(shingles);
        // The shorter text is read into the same arrays: what the longer one left beyond it must not be indexed.
        syllables.ReadAgain(shorter);
        unigrams.Use(syllables);
        shingles.Use(syllables, folded: true);

        var alone = ClauseSyllables.Of(shorter);
        Assert.Equal(Terms(new UnigramTokenStream(alone)), Terms(unigrams));
        Assert.Equal(Terms(new ShingleTokenStream(alone, folded: true)), Terms(shingles));
    }

    [Fact]
    public void A_clause_indexed_after_others_on_the_same_thread_is_indexed_as_when_indexed_alone()
    {
        using var afterOthers = new TempDirectory();
        using var alone = new TempDirectory();

        OnNewThread(() => Write(afterOthers.Path, [(Plan, PlanClauses()), (Decision, DecisionClauses())]));
        OnNewThread(() => Write(alone.Path, [(Decision, DecisionClauses())]));

        foreach (var clause in DecisionClauses()) Assert.Equal(Postings(alone.Path, clause.Id), Postings(afterOthers.Path, clause.Id));
    }

    [Fact]
    public void Documents_indexed_from_two_threads_at_once_are_indexed_as_one_after_the_other()
    {
        using var together = new TempDirectory();
        using var sequential = new TempDirectory();
        var documents = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? Copy(Plan, PlanClauses(), i) : Copy(Decision, DecisionClauses(), i)).ToList();

        using (var index = new LuceneKeywordIndex(together.Path))
        {
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = 2 }, d => index.Index(d.Document, d.Clauses, []));
            index.Commit();
        }
        OnNewThread(() => Write(sequential.Path, documents));

        foreach (var clause in documents.SelectMany(d => d.Clauses)) Assert.Equal(Postings(sequential.Path, clause.Id), Postings(together.Path, clause.Id));
    }

    [Fact]
    public void Clauses_read_ahead_on_another_thread_are_indexed_as_when_the_index_reads_them()
    {
        using var readAhead = new TempDirectory();
        using var readByIndex = new TempDirectory();
        var documents = new List<(PolicyDocument Document, IReadOnlyList<Clause> Clauses)> { (Plan, PlanClauses()), (Decision, DecisionClauses()) };
        var analyses = new List<ClauseAnalysis>();
        OnNewThread(() => analyses.AddRange(documents.Select(d => ClauseAnalysis.Of(d.Document.Metadata, d.Clauses))));

        OnNewThread(() =>
        {
            using var index = new LuceneKeywordIndex(readAhead.Path);
            for (var i = 0; i < documents.Count; i++) index.Index(documents[i].Document, documents[i].Clauses, [], analyses[i]);
            index.Commit();
        });
        OnNewThread(() => Write(readByIndex.Path, documents));

        foreach (var clause in documents.SelectMany(d => d.Clauses)) Assert.Equal(Postings(readByIndex.Path, clause.Id), Postings(readAhead.Path, clause.Id));
    }

    [Fact]
    public void An_analysis_of_other_clauses_is_ignored_and_the_clauses_are_read_again()
    {
        using var mismatched = new TempDirectory();
        using var readByIndex = new TempDirectory();
        // Equal texts, other instances: read from clauses that were since replaced.
        var stale = ClauseAnalysis.Of(Decision.Metadata, DecisionClauses().Reverse().ToList());

        OnNewThread(() =>
        {
            using var index = new LuceneKeywordIndex(mismatched.Path);
            index.Index(Decision, DecisionClauses(), [], stale);
            index.Commit();
        });
        OnNewThread(() => Write(readByIndex.Path, [(Decision, DecisionClauses())]));

        foreach (var clause in DecisionClauses()) Assert.Equal(Postings(readByIndex.Path, clause.Id), Postings(mismatched.Path, clause.Id));
    }

    private static void Write(string path, IEnumerable<(PolicyDocument Document, IReadOnlyList<Clause> Clauses)> documents)
    {
        using var index = new LuceneKeywordIndex(path);
        foreach (var (document, clauses) in documents) index.Index(document, clauses, []);
        index.Commit();
    }

    /// <summary>Runs on a thread of its own, so it starts with that thread's own new document and streams.</summary>
    private static void OnNewThread(Action action)
    {
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception ex) { error = ex; }
        });
        thread.Start();
        thread.Join();
        if (error is not null) throw new InvalidOperationException("lỗi trên luồng phụ", error);
    }

    /// <summary>Every term of the clause, field by field, with its positions (or frequency), each field's norm, and its stored values.</summary>
    private static List<string> Postings(string path, string clauseId)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var result = new List<string>();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var doc = FindClause(atomic, clauseId);
            if (doc < 0) continue;
            foreach (var field in atomic.FieldInfos)
            {
                if (atomic.GetTerms(field.Name) is { } terms)
                {
                    var termsEnum = terms.GetEnumerator();
                    while (termsEnum.MoveNext())
                    {
                        var postings = termsEnum.Docs(null, null, DocsFlags.FREQS);
                        if (postings.Advance(doc) != doc) continue;
                        var positions = termsEnum.DocsAndPositions(null, null);
                        var at = "";
                        if (positions is not null && positions.Advance(doc) == doc)
                        {
                            at = string.Join(',', Enumerable.Range(0, positions.Freq).Select(_ => positions.NextPosition()));
                        }
                        result.Add($"{field.Name}:{termsEnum.Term.Utf8ToString()}×{postings.Freq}@{at}");
                    }
                }
                if (field.HasNorms) result.Add($"{field.Name} norm {atomic.GetNormValues(field.Name).Get(doc)}");
            }
            result.AddRange(atomic.Document(doc).Fields.Select(f => $"stored {f.Name}={f.GetStringValue()}"));
        }
        Assert.NotEmpty(result);
        return result;
    }

    private static int FindClause(AtomicReader reader, string clauseId)
    {
        var postings = reader.GetTermDocsEnum(new Term(ClauseFields.Id, clauseId));
        return postings is null || postings.NextDoc() == DocIdSetIterator.NO_MORE_DOCS ? -1 : postings.DocID;
    }

    private static List<string> Terms(TokenStream stream)
    {
        // Read as the indexer reads a term: its UTF-8 bytes (the analyzer's term attribute gives them as well).
        var term = stream.AddAttribute<ITermToBytesRefAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var terms = new List<string>();
        // A stacked term (same position) is marked, so positions are compared as well as terms.
        while (stream.IncrementToken())
        {
            term.FillBytesRef();
            terms.Add((position.PositionIncrement == 0 ? "+" : "") + term.BytesRef.Utf8ToString());
        }
        stream.End();
        stream.Dispose();
        return terms;
    }

    private static PolicyDocument Document(string id, string type, string number, string title) => new()
    {
        Id = id, Source = id + ".txt", ContentHash = "h-" + id,
        Metadata = new DocumentMetadata { Type = type, Number = number, Title = title, Issuer = "UBND tỉnh Hà Tĩnh", IssuedOn = new PartialDate(2024, 3, 5) },
    };

    private static Clause[] PlanClauses() =>
    [
        new() { Id = "kh-36/I", DocumentId = "kh-36", Label = "I", Heading = "MỤC ĐÍCH, YÊU CẦU", Kind = ClauseKind.Section, Text = "I. MỤC ĐÍCH, YÊU CẦU" },
        new() { Id = "kh-36/I.1", DocumentId = "kh-36", Label = "1", Path = ["I"], Kind = ClauseKind.Item,
            Text = "1. Căn cứ Quyết định số 281/QĐ-TTg, bảo đảm tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số; Chỉ thị 25-CT/TW" },
    ];

    private static Clause[] DecisionClauses() =>
    [
        new() { Id = "qd-281/D1", DocumentId = "qd-281", Label = "Điều 1", Heading = "Phê duyệt Đề án", Kind = ClauseKind.Article,
            Text = "Điều 1. Phê duyệt Đề án đổi mới hoạt động của y tế cơ sở giai đoạn 2024 – 2030 (Nghị định 30/2020/NĐ-CP)" },
        new() { Id = "qd-281/D2", DocumentId = "qd-281", Label = "Điều 2", Kind = ClauseKind.Article, Text = "Điều 2. Quyết định này có hiệu lực từ ngày ký." },
    ];

    private static (PolicyDocument Document, IReadOnlyList<Clause> Clauses) Copy(PolicyDocument document, Clause[] clauses, int copy)
    {
        var id = $"{document.Id}~{copy}";
        var renamed = new PolicyDocument { Id = id, Source = id + ".txt", ContentHash = document.ContentHash, Metadata = document.Metadata };
        return (renamed, clauses.Select(c => new Clause
        {
            Id = id + c.Id[document.Id.Length..], DocumentId = id, Label = c.Label, Heading = c.Heading, Kind = c.Kind, Path = c.Path, Text = c.Text,
        }).ToList());
    }
}
