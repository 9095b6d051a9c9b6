using PolicyKB.Search.Evaluation.Pairs;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// Chooses the reranker's training documents from ../shared/train and writes the formal questions of the training
/// pairs as small Markdown documents, so both can be ingested into a throw-away knowledge base. Documents any judged
/// query set is judged over (tests/eval/reference-corpus.txt, tests/eval/answers-unseen*.files) are never chosen.
/// </summary>
internal static class TrainingCorpus
{
    /// <summary>Formal questions per written document (a numbered list: one clause per question).</summary>
    private const int QuestionsPerDocument = 100;

    /// <summary>
    /// Every <c>n</c>-th eligible file (ordinal name order) so that about <paramref name="count"/> are chosen: spread over
    /// the three collections and every document type, and the same on every run.
    /// </summary>
    public static IReadOnlyList<string> ChooseDocuments(string trainDirectory, IReadOnlySet<string> heldOutNames, int count)
    {
        var eligible = Directory.EnumerateFiles(trainDirectory)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Where(f => !heldOutNames.Contains(Path.GetFileName(f)) && !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (eligible.Count <= count) return eligible;
        var step = (double)eligible.Count / count;
        return Enumerable.Range(0, count).Select(i => eligible[(int)(i * step)]).ToList();
    }

    /// <summary>File names named by the evaluation lists under <paramref name="evalDirectory"/> (tests/eval).</summary>
    public static IReadOnlySet<string> HeldOutNames(string evalDirectory)
    {
        var lists = Directory.EnumerateFiles(evalDirectory, "answers-unseen*.files").Append(Path.Combine(evalDirectory, "reference-corpus.txt"));
        return lists.Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.GetFileName(l.TrimEnd('/')))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// File names named by every list under <paramref name="evalDirectory"/> (each <c>*.files</c> and
    /// reference-corpus.txt): what the reranker must not mine judgements from. Wider than <see cref="HeldOutNames"/>,
    /// which stays as it was so the held-out pairs' scratch store (and so its figures) does not change between rounds.
    /// </summary>
    public static IReadOnlySet<string> JudgedNames(string evalDirectory)
    {
        // A document a paraphrase or answer set is judged over must not give the reranker heading judgements, as
        // the embedding stage leaves out the same lists (train-embeddings --tune-exclude tests/eval/*.files).
        var lists = Directory.EnumerateFiles(evalDirectory, "*.files").Order(StringComparer.Ordinal).Append(Path.Combine(evalDirectory, "reference-corpus.txt"));
        return NamesIn(lists);
    }

    /// <summary>File names named by <paramref name="lists"/> (one path a line, # comments; a missing list names none).</summary>
    public static IReadOnlySet<string> NamesIn(IEnumerable<string> lists)
    {
        return lists.Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.GetFileName(l.TrimEnd('/')))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Writes the distinct formal questions of <paramref name="pairs"/> into <paramref name="directory"/> as numbered
    /// lists and returns the files.
    /// </summary>
    public static IReadOnlyList<string> WriteFormalQuestions(IEnumerable<QueryPair> pairs, string directory)
    {
        Directory.CreateDirectory(directory);
        var questions = pairs.Select(p => p.Formal).Distinct(StringComparer.Ordinal).ToList();
        var files = new List<string>();
        for (var start = 0; start < questions.Count; start += QuestionsPerDocument)
        {
            var path = Path.Combine(directory, $"hoi-dap-suc-khoe-{start / QuestionsPerDocument + 1:000}.md");
            var lines = questions.Skip(start).Take(QuestionsPerDocument).Select((q, i) => $"{i + 1}. {q}");
            File.WriteAllText(path, $"# Hỏi đáp sức khoẻ {start / QuestionsPerDocument + 1}\n\n" + string.Join("\n", lines) + "\n");
            files.Add(path);
        }
        return files;
    }
}
