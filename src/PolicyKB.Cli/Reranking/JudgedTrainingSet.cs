using System.Security.Cryptography;
using System.Text;
using PolicyKB.Search.Evaluation;
using PolicyKB.Storage;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// The "train" split of a judged query file (tests/eval/paraphrase-dev.jsonl) as reranker judgements: only queries
/// marked "train", only the documents they are judged over (from the sibling <c>.files</c> list), so the file's "dev"
/// queries and their documents stay unseen. A judged snippet marks every clause of its document that contains it.
/// </summary>
internal sealed class JudgedTrainingSet
{
    /// <summary>Source of a judged everyday query.</summary>
    public const string Source = "judged";

    /// <summary>The split trained on.</summary>
    public const string TrainSplit = "train";

    private JudgedTrainingSet(IReadOnlyList<EvalQuery> queries, IReadOnlyList<string> files)
    {
        Queries = queries;
        Files = files;
    }

    /// <summary>The train-split queries.</summary>
    public IReadOnlyList<EvalQuery> Queries { get; }

    /// <summary>The documents they are judged over (full paths).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>
    /// Reads <paramref name="path"/> and its <c>.files</c> list (paths relative to <paramref name="root"/>). Throws
    /// <see cref="FileNotFoundException"/> when the list or a listed document is missing.
    /// </summary>
    public static JudgedTrainingSet Load(string path, string root)
    {
        var queries = EvalQuerySet.Load(path).Where(q => q.Split == TrainSplit).ToList();
        var sources = queries.SelectMany(q => q.Relevant.Select(r => r.Source)).ToHashSet(StringComparer.Ordinal);
        var list = Path.ChangeExtension(path, ".files");
        var files = File.ReadLines(list)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.GetFullPath(Path.Combine(root, l)))
            .Where(f => sources.Contains(Path.GetFileName(f)))
            .ToList();
        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing) throw new FileNotFoundException($"không tìm thấy {missing}", missing);
        return new JudgedTrainingSet(queries, files);
    }

    /// <summary>The judgements over the ingested documents of <paramref name="store"/> (one in five to validation, by query).</summary>
    public IEnumerable<RerankJudgement> Judgements(IDocumentStore store)
    {
        var names = Files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var clauses = store.ListDocuments().Where(d => names.Contains(d.Source))
            .SelectMany(d => store.GetClauses(d.Id).Select(c => (d.Source, c.Id, Text: SnippetMatcher.Fold(c.Text))))
            .ToList();
        foreach (var query in Queries)
        {
            var relevant = query.Relevant
                .SelectMany(r => clauses.Where(c => SnippetMatcher.Matches(c.Source, c.Text, r.Source, SnippetMatcher.Fold(r.Snippet))).Select(c => c.Id))
                .ToHashSet(StringComparer.Ordinal);
            if (relevant.Count > 0) yield return new RerankJudgement(query.Query, relevant, Source, InValidation(query.Query));
        }
    }

    /// <summary>Ids of the ingested documents of this set, kept out of heading mining.</summary>
    public IReadOnlySet<string> DocumentIds(IDocumentStore store)
    {
        var names = Files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        return store.ListDocuments().Where(d => names.Contains(d.Source)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    private static bool InValidation(string key) => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 4)) % 5 == 0;
}
