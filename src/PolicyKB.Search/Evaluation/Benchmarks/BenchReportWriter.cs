using System.Globalization;

namespace PolicyKB.Search.Evaluation.Benchmarks;

/// <summary>Plain-text rendering of a <see cref="BenchReport"/>.</summary>
public static class BenchReportWriter
{
    /// <summary>Writes the report to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, BenchReport r)
    {
        var i = r.Ingestion;
        output.WriteLine(Invariant($"corpus {r.Corpus}: {i.Files} files stored, {i.Failed} failed, {i.Skipped} skipped (budget or --max-files); {i.Clauses} clauses; {i.SourceMegabytes:0.00} MB; {i.Characters} chars"));
        output.WriteLine(Invariant($"ingestion wall {i.WallSeconds:0.0} s (store + keyword index + embeddings)"));
        output.WriteLine("  step seconds: " + string.Join(", ", i.StepSeconds.Select(p => Invariant($"{p.Key} {p.Value:0.00}"))));
        output.WriteLine(Invariant($"  MB/s: core (read..save+index) {i.CoreMegabytesPerSecond:0.00}; without embeddings (+index) {i.WithoutEmbeddingsMegabytesPerSecond:0.00}; with embeddings {i.WithEmbeddingsMegabytesPerSecond:0.00}"));
        if (r.Copies > 0) output.WriteLine(Invariant($"copies: {r.Copies} documents re-indexed under new ids in {r.CopySeconds:0.0} s"));
        foreach (var run in r.Latency)
        {
            var s = run.Stats;
            output.WriteLine(Invariant($"{run.Mode,-8} latency at {run.Clauses} clauses over {s.Count} queries: p50 {s.P50:0.0} ms, p95 {s.P95:0.0} ms, p99 {s.P99:0.0} ms, mean {s.Mean:0.0} ms, max {s.Max:0.0} ms ({run.Rejected} rejected)"));
        }
        if (r.Breakdown is { } b)
        {
            output.WriteLine("  stages (p50 / p95 ms): " + string.Join("; ", new (string, LatencyStats?)[]
            {
                ("build query", b.BuildQuery), ("keyword pool of 100", b.KeywordPool), ("of which scoring only", b.KeywordScoringOnly), ("references + citing", b.References),
                ("semantic pool of 100", b.SemanticPool), ("hydrate 10 hits", b.HydrateTen),
            }.Where(p => p.Item2 is not null).Select(p => Invariant($"{p.Item1} {p.Item2!.P50:0.00} / {p.Item2.P95:0.00}"))));
        }
        var e = r.Embedding;
        output.WriteLine(Invariant($"embedding {e.Model}: {e.Clauses} clauses in {e.Seconds:0.00} s = {e.ClausesPerSecond:0} clauses/s (generator); pipeline embed step {e.PipelineClausesPerSecond:0} clauses/s"));
        if (r.Profile is { } p)
        {
            output.WriteLine(Invariant($"profile ({p.Documents} documents, {p.Clauses} clauses replayed):"));
            output.WriteLine(Invariant($"  LiteDB file {p.LiteDbFileMs:0} ms vs in memory {p.LiteDbMemoryMs:0} ms (one transaction per document)"));
            output.WriteLine(Invariant($"  Lucene per-document commit: disk {p.LuceneDiskPerDocumentMs:0} ms, RAM {p.LuceneRamPerDocumentMs:0} ms; one batch commit: RAM {p.LuceneRamBatchMs:0} ms, disk {p.LuceneDiskBatchMs:0} ms; analyzers alone {p.AnalysisMs:0} ms"));
            output.WriteLine(Invariant($"  vectors: generate {p.GenerateVectorsMs:0} ms, vector file (one write per document) {p.VectorStoreMs:0} ms, in-memory index {p.VectorIndexMs:0} ms"));
        }
        if (r.Baselines is { } c)
        {
            output.WriteLine(Invariant($"baselines at {c.Clauses} clauses over {c.Queries} queries, timed in turn (ratios to {BaselineComparison.Reference}):"));
            foreach (var s in c.Systems)
            {
                output.WriteLine(Invariant($"  {s.System,-22} p50 {s.Stats.P50,6:0.00} ms, p95 {s.Stats.P95,6:0.00} ms, mean {s.Stats.Mean,6:0.00} ms; p95 ratio {s.P95RatioToFts5And:0.00}×, mean ratio {s.MeanRatioToFts5And:0.00}×"));
            }
            output.WriteLine(Invariant($"  disk: PolicyKB data folder {c.DataFolderMegabytes:0.0} MB, FTS5 database {c.Fts5DatabaseMegabytes:0.0} MB (indexed in {c.Fts5IndexSeconds:0.0} s)"));
            foreach (var s in c.Systems.Skip(1)) output.WriteLine($"  {s.System}: {s.Description}");
        }
        output.WriteLine(Invariant($"memory: GC heap {r.Memory.GcHeapMegabytes:0} MB, working set {r.Memory.WorkingSetMegabytes:0} MB, peak {r.Memory.PeakWorkingSetMegabytes:0} MB"));
        output.WriteLine(Invariant($"total {r.TotalSeconds:0.0} s"));
        output.WriteLine("targets:");
        foreach (var t in r.Targets) output.WriteLine($"  [{(t.Met ? "ok" : "MISSED")}] {t.Name}: {t.Measured} (target {t.Target})");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
