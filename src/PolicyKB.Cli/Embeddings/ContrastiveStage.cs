using PolicyKB.Search.Embeddings;
using PolicyKB.Search.Embeddings.Tuning;
using PolicyKB.Search.Evaluation.Pairs;

namespace PolicyKB.Cli.Embeddings;

/// <summary>
/// What <c>train-embeddings --contrastive</c> tunes on and how: heading ↔ body pairs mined from documents (minus
/// the documents judged query sets are judged over), the train part of the everyday ↔ formal pairs and the
/// thesaurus groups.
/// </summary>
internal sealed record ContrastiveStage(
    IReadOnlyList<string> HeadingFolders, IReadOnlyList<string> ExcludeLists, int HeadingsPerDocument, int SentencesPerDocument,
    string? PairsFolder, string? ThesaurusFile, ContrastiveOptions Options)
{
    /// <summary>Settings of the query map learnt after the unit vectors (<see cref="QueryMapTuner"/>), or null for none.</summary>
    public ContrastiveOptions? QueryMap { get; init; }

    /// <summary>The pairs, in a fixed order (files in ordinal order, pairs as read).</summary>
    public List<ContrastivePair> Pairs(out string summary)
    {
        var excluded = ExcludedNames(ExcludeLists);
        var files = TrainingCorpusReader.EnumerateFiles(HeadingFolders)
            .Where(f => !excluded.Contains(Path.GetFileName(f)) && !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var pairs = HeadingPairMiner.Mine(files, HeadingsPerDocument, SentencesPerDocument).ToList();
        var headings = pairs.Count;
        var sentences = pairs.Count(p => p.Source == HeadingPairMiner.SentenceSource);
        if (PairsFolder is not null) pairs.AddRange(SupervisedPairs.FromPairs(PairSet.Load(PairsFolder)));
        var everyday = pairs.Count - headings;
        if (ThesaurusFile is not null) pairs.AddRange(SupervisedPairs.FromThesaurus(File.ReadLines(ThesaurusFile)));
        summary = $"{headings - sentences:N0} cặp tiêu đề ↔ nội dung, {sentences:N0} cặp câu đầu ↔ phần còn lại từ {files.Count} tệp ({excluded.Count} tên tệp bị loại), {everyday:N0} cặp câu hỏi (phần train), {pairs.Count - headings - everyday:N0} cặp từ đồng nghĩa";
        return pairs;
    }

    /// <summary>File names listed by <paramref name="lists"/> (one path a line, # comments): documents judged query sets are judged over.</summary>
    public static IReadOnlySet<string> ExcludedNames(IEnumerable<string> lists) =>
        lists.Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.GetFileName(l.TrimEnd('/')))
            .ToHashSet(StringComparer.Ordinal);
}
