using System.Security.Cryptography;
using PolicyKB.Citations;
using PolicyKB.Decoding;
using PolicyKB.Ingestion;
using PolicyKB.Ingestion.Steps;
using PolicyKB.Metadata;
using PolicyKB.Parsing;
using PolicyKB.Tests.Support;
using PolicyKB.Text;

namespace PolicyKB.Tests.Citations;

/// <summary>
/// Runs the ingestion steps up to "cite" on every file of the citation gold set and scores the citations per file and
/// per split (see <see cref="CitationScore"/>). Files whose ../shared folder is absent are listed as missing.
/// </summary>
public static class CitationGoldScorer
{
    /// <summary>Path of the gold set in the repository.</summary>
    public static string GoldPath => Path.Combine(SharedData.RepositoryRoot, "tests", "eval", "citations-gold.jsonl");

    private static readonly IIngestionStep[] Steps =
    [
        new DecodeStep(ContentDecoders.CreateDefault(new IngestionOptions().Decoding)),
        new RepairTextStep(TextRepairer.CreateDefault()),
        new AnalyzeLayoutStep(new LayoutAnalyzer()),
        new ParseClausesStep(ClauseParser.CreateDefault()),
        new ExtractCitationsStep(CitationExtractor.CreateDefault()),
    ];

    /// <summary>The outcome: scores per split, per file, the files not found, and one line per miss or false positive.</summary>
    public sealed record Result(
        Dictionary<string, CitationScore> BySplit, Dictionary<string, CitationScore> ByFile, List<string> Missing, List<string> Errors);

    /// <summary>Scores the whole gold set.</summary>
    public static Result Run()
    {
        var gold = GoldCitation.Load(GoldPath);
        var bySplit = new Dictionary<string, CitationScore>(StringComparer.Ordinal);
        var byFile = new Dictionary<string, CitationScore>(StringComparer.Ordinal);
        var missing = new List<string>();
        var errors = new List<string>();
        var shared = Path.Combine(SharedData.RepositoryRoot, "..", "shared");
        foreach (var group in gold.GroupBy(g => g.File))
        {
            var path = Path.Combine(shared, group.Key);
            if (!File.Exists(path)) { missing.Add(group.Key); continue; }
            var score = ScoreFile(path, group.ToList(), errors, group.Key);
            byFile[group.Key] = score;
            var split = group.First().Split;
            if (!bySplit.TryGetValue(split, out var total)) bySplit[split] = total = new CitationScore();
            total.Add(score);
        }
        return new Result(bySplit, byFile, missing, errors);
    }

    private static CitationScore ScoreFile(string path, List<GoldCitation> gold, List<string> errors, string name)
    {
        var extracted = Extract(path)
            .Select(c => (c.LineStart, c.LineEnd, c.Key, c.Raw))
            .DistinctBy(c => (c.LineStart, c.LineEnd, c.Key))
            .ToList();
        var expected = gold.DistinctBy(g => (g.Line, g.Key)).ToList();
        var score = new CitationScore { Gold = expected.Count };
        foreach (var g in expected)
        {
            if (extracted.Any(e => e.Key == g.Key && e.LineStart <= g.Line && g.Line <= e.LineEnd)) score.Found++;
            else errors.Add($"miss\t{name}:{g.Line}\t{g.Key}\t{g.Raw}");
        }
        foreach (var e in extracted)
        {
            if (expected.Any(g => g.Key == e.Key && e.LineStart <= g.Line && g.Line <= e.LineEnd)) score.TruePositives++;
            else
            {
                score.FalsePositives++;
                errors.Add($"extra\t{name}:{e.LineStart}\t{e.Key}\t{e.Raw}");
            }
        }
        return score;
    }

    /// <summary>The citations the ingestion steps find in one file.</summary>
    public static List<PolicyKB.Documents.Citation> Extract(string path)
    {
        var content = File.ReadAllBytes(path);
        var context = new IngestionContext(path, Path.GetFileName(path))
        {
            DocumentId = "gold", Content = content, ContentHash = Convert.ToHexString(SHA256.HashData(content)),
        };
        foreach (var step in Steps)
        {
            if (step.Execute(context) != StepOutcome.Continue) break;
        }
        return context.Citations;
    }
}
