using System.Diagnostics;
using PolicyKB.Documents;
using PolicyKB.Search.Indexing;
using PolicyKB.Search.Keyword;
using PolicyKB.Search.Vectors;
using PolicyKB.Storage;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>
/// Where the save and index steps spend their time: the same sample of stored documents written again into a
/// LiteDB file and into LiteDB in memory (disk cost vs serialisation), and into Lucene one commit per document on
/// disk, one commit per document in RAM, and one commit for the batch (commit/refresh cost vs analysis).
/// </summary>
/// <param name="Documents">Documents replayed.</param>
/// <param name="Clauses">Their clauses.</param>
/// <param name="LiteDbFileMs">LiteDB file, one transaction per document (as the save step does).</param>
/// <param name="LiteDbMemoryMs">LiteDB in memory, one transaction per document.</param>
/// <param name="LuceneDiskPerDocumentMs">Lucene on disk, Index() per document (commit and reader refresh each time), as the index step does.</param>
/// <param name="LuceneRamPerDocumentMs">Lucene in RAM, Index() per document.</param>
/// <param name="LuceneRamBatchMs">Lucene in RAM, one IndexMany() for the sample.</param>
/// <param name="LuceneDiskBatchMs">Lucene on disk, one IndexMany() for the sample.</param>
public sealed record StorageProfile(
    int Documents, int Clauses, double LiteDbFileMs, double LiteDbMemoryMs,
    double LuceneDiskPerDocumentMs, double LuceneRamPerDocumentMs, double LuceneRamBatchMs, double LuceneDiskBatchMs)
{
    /// <summary>Running the clause analyzers alone over the three analysed text fields (no index), ms.</summary>
    public double AnalysisMs { get; init; }

    /// <summary>Embedding the sample with the generator alone, ms (0 without a model).</summary>
    public double GenerateVectorsMs { get; init; }

    /// <summary>Writing the sample's vectors to a LiteDB vector store file, one transaction per document, ms.</summary>
    public double VectorStoreMs { get; init; }

    /// <summary>Adding the sample's vectors to the in-memory vector index, ms.</summary>
    public double VectorIndexMs { get; init; }

    /// <summary>Replays the first <paramref name="documents"/> documents of <paramref name="store"/> under <paramref name="scratch"/>.</summary>
    public static StorageProfile Measure(IDocumentStore store, int documents, string scratch, EmbeddingProvider? embeddings = null)
    {
        var sample = store.ListDocuments().Take(documents)
            .Select(d => (Document: d, Clauses: store.GetClauses(d.Id), Citations: store.FindCitations(d.Id)))
            .ToList();
        Directory.CreateDirectory(scratch);
        double liteFile, liteMemory, luceneDisk, luceneRam, luceneBatch, luceneDiskBatch;
        using (var file = new LiteDbDocumentStore(Path.Combine(scratch, "profile.db"))) liteFile = Time(() => sample.ForEach(s => file.Replace(s.Document, s.Clauses, s.Citations)));
        using (var memory = new LiteDbDocumentStore(":memory:")) liteMemory = Time(() => sample.ForEach(s => memory.Replace(s.Document, s.Clauses, s.Citations)));
        using (var disk = new LuceneKeywordIndex(Path.Combine(scratch, "profile-index"))) luceneDisk = Time(() => sample.ForEach(s => disk.Index(s.Document, s.Clauses, s.Citations)));
        using (var ram = new LuceneKeywordIndex(null)) luceneRam = Time(() => sample.ForEach(s => ram.Index(s.Document, s.Clauses, s.Citations)));
        using (var batch = new LuceneKeywordIndex(null)) luceneBatch = Time(() => batch.IndexMany(sample.Select(s => (s.Document, s.Clauses, s.Citations))));
        using (var diskBatch = new LuceneKeywordIndex(Path.Combine(scratch, "profile-batch"))) luceneDiskBatch = Time(() => diskBatch.IndexMany(sample.Select(s => (s.Document, s.Clauses, s.Citations))));
        var profile = new StorageProfile(sample.Count, sample.Sum(s => s.Clauses.Count), liteFile, liteMemory, luceneDisk, luceneRam, luceneBatch, luceneDiskBatch)
        {
            AnalysisMs = Time(() => Analyze(sample.SelectMany(s => s.Clauses))),
        };
        return embeddings is null ? profile : WithVectors(profile, sample.Select(s => (s.Document, s.Clauses)).ToList(), scratch, embeddings);
    }

    private static StorageProfile WithVectors(StorageProfile profile, List<(PolicyDocument Document, IReadOnlyList<Clause> Clauses)> sample, string scratch, EmbeddingProvider embeddings)
    {
        var entries = new List<(PolicyDocument Document, List<VectorEntry> Entries)>();
        var generate = Time(() =>
        {
            foreach (var (document, clauses) in sample)
            {
                var byId = clauses.ToDictionary(c => c.Id);
                var vectors = embeddings.Generator.GenerateAsync(clauses.Select(c => ClauseEmbedder.EmbeddingText(c, byId))).GetAwaiter().GetResult();
                entries.Add((document, clauses.Select((c, i) => new VectorEntry(c.Id, document.Id, "item", vectors[i].Vector.ToArray())).ToList()));
            }
        });
        // One file write per document, as a single upload does (bulk ingestion writes once per batch).
        using var vectorStore = new FlatVectorStore(Path.Combine(scratch, QuantizedVectorFile.FileName), embeddings.ModelId);
        var storeMs = Time(() => entries.ForEach(e => vectorStore.Replace(e.Document.Id, e.Document.ContentHash, e.Entries)));
        var index = new InMemoryVectorIndex();
        var indexMs = Time(() => entries.ForEach(e => index.Replace(e.Document.Id, e.Entries)));
        return profile with { GenerateVectorsMs = generate, VectorStoreMs = storeMs, VectorIndexMs = indexMs };
    }

    private static void Analyze(IEnumerable<Clause> clauses)
    {
        using var analyzer = ClauseAnalyzers.Create();
        foreach (var clause in clauses)
        {
            foreach (var field in (string[])[ClauseFields.Text, ClauseFields.TextShingles, ClauseFields.TextFoldedShingles])
            {
                using var stream = analyzer.GetTokenStream(field, clause.Text);
                stream.Reset();
                while (stream.IncrementToken()) { }
                stream.End();
            }
        }
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return Math.Round(clock.Elapsed.TotalMilliseconds, 1);
    }
}
