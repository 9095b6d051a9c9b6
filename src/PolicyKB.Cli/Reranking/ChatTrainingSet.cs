using System.Security.Cryptography;
using System.Text;
using PolicyKB.Answering.Evaluation;
using PolicyKB.Storage;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// The DEV halves of chat question sets (tests/eval/answers*.jsonl) as reranker judgements: staff questions in everyday
/// words with the clause ids judged to answer them, the aligned everyday ↔ formal material about policy that heading
/// ↔ body pairs (formal on both sides) and the health FAQ pairs lack. Only answerable "dev" questions with judged
/// clauses are used, never a follow-up (its meaning needs the conversation), never a question judged over a document
/// of content/ or of the set's test half; only the documents those questions are judged over are ingested, so the
/// test half's documents stay unseen.
/// </summary>
internal sealed class ChatTrainingSet
{
    /// <summary>Source of a chat staff question.</summary>
    public const string Source = "chat";

    /// <summary>The split trained on.</summary>
    public const string DevSplit = "dev";

    private ChatTrainingSet(IReadOnlyList<EvalCase> cases, IReadOnlyList<string> files)
    {
        Cases = cases;
        Files = files;
    }

    /// <summary>The dev-split questions trained on.</summary>
    public IReadOnlyList<EvalCase> Cases { get; }

    /// <summary>The documents they are judged over (full paths).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>
    /// Reads each set of <paramref name="paths"/> and its <c>.files</c> list (paths relative to <paramref name="root"/>).
    /// Throws <see cref="FileNotFoundException"/> when a list or a needed document is missing.
    /// </summary>
    public static ChatTrainingSet Load(IEnumerable<string> paths, string root)
    {
        var cases = new List<EvalCase>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            var all = AnswerEvaluator.Load(path);
            var listed = File.ReadLines(Path.ChangeExtension(path, ".files"))
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => Path.GetFullPath(Path.Combine(root, l)))
                .ToDictionary(f => PolicyKB.Ingestion.DocumentIds.FromFileName(Path.GetFileName(f)), StringComparer.Ordinal);
            // A document any non-dev question is judged over is never ingested, even if a dev question names it too.
            var forbidden = all.Where(c => c.Split != DevSplit).SelectMany(c => c.ExpectClauses).Select(DocumentOf).ToHashSet(StringComparer.Ordinal);
            foreach (var c in all.Where(c => Trainable(c, listed, forbidden)))
            {
                cases.Add(c);
                files.AddRange(c.ExpectClauses.Select(id => listed[DocumentOf(id)]));
            }
        }
        var distinct = files.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.FirstOrDefault(f => !File.Exists(f)) is { } missing) throw new FileNotFoundException($"không tìm thấy {missing}", missing);
        return new ChatTrainingSet(cases, distinct);
    }

    /// <summary>
    /// Whether <paramref name="c"/> may be trained on: a dev, answerable, stand-alone question whose judged clauses all
    /// lie in documents of the set's own list that no other split uses.
    /// </summary>
    public static bool Trainable(EvalCase c, IReadOnlyDictionary<string, string> listed, IReadOnlySet<string> forbidden) =>
        c.Split == DevSplit && !c.ExpectRefusal && c.History.Count == 0 && c.ExpectClauses.Count > 0 && c.Question.Trim().Length > 0
        && c.ExpectClauses.Select(DocumentOf).All(d => listed.ContainsKey(d) && !forbidden.Contains(d));

    /// <summary>The judgements over the ingested documents of <paramref name="store"/> (one in five to validation, by question).</summary>
    public IEnumerable<RerankJudgement> Judgements(IDocumentStore store)
    {
        var ids = DocumentIds(store);
        var clauses = ids.SelectMany(d => store.GetClauses(d).Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var c in Cases)
        {
            // A judged id the parser no longer gives is dropped; a question left with none teaches nothing.
            var relevant = c.ExpectClauses.Where(clauses.Contains).ToHashSet(StringComparer.Ordinal);
            if (relevant.Count > 0) yield return new RerankJudgement(c.Question.Trim(), relevant, Source, InValidation(c.Question));
        }
    }

    /// <summary>Ids of the ingested documents of this set, kept out of heading mining.</summary>
    public IReadOnlySet<string> DocumentIds(IDocumentStore store)
    {
        var names = Files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        return store.ListDocuments().Where(d => names.Contains(d.Source)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    private static string DocumentOf(string clauseId) => clauseId.Split('/', 2)[0];

    private static bool InValidation(string key) => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 4)) % 5 == 0;
}
