using System.Text;
using System.Text.Json;
using PolicyKB.Citations;
using PolicyKB.Decoding;
using PolicyKB.Documents;
using PolicyKB.Ingestion;
using PolicyKB.Ingestion.Steps;
using PolicyKB.Metadata;
using PolicyKB.Parsing;
using PolicyKB.Text;

namespace PolicyKB.Tests.Ocr;

/// <summary>
/// A file's clause tree and citation keys as the real ingestion steps make them (decode → repair → layout → parse →
/// cite), without a store: the same steps <see cref="IngestionPipelineFactory"/> runs, minus identity, corrections,
/// facts and saving, which do not shape the tree.
/// </summary>
public sealed record IngestedTree(string Format, IReadOnlyList<Clause> Clauses, IReadOnlyList<string> CitationKeys)
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = false };

    /// <summary>
    /// Ingests <paramref name="path"/>. When <paramref name="decodeCache"/> is given, the decoded lines are kept in that
    /// folder under <paramref name="cacheKey"/> and read back on the next run, so the repairs and the parser can be tuned
    /// without running OCR again (the measure command uses it; the CI test does not). <paramref name="repairer"/>
    /// replaces the default repair steps (to measure without one of them).
    /// </summary>
    public static IngestedTree Of(string path, string? decodeCache = null, string cacheKey = "", TextRepairer? repairer = null)
    {
        var context = new IngestionContext(path, Path.GetFileName(path)) { DocumentId = "doc", Content = File.ReadAllBytes(path) };
        var cached = decodeCache is null ? null : Path.Combine(decodeCache, cacheKey + ".json");
        if (cached is not null && File.Exists(cached))
        {
            var decoded = JsonSerializer.Deserialize<CachedDecode>(File.ReadAllText(cached), Json)!;
            context.Format = decoded.Format;
            context.Lines = decoded.Lines;
            context.Ocr = decoded.Ocr;
        }
        else
        {
            new DecodeStep(ContentDecoders.CreateDefault()).Execute(context);
            if (cached is not null)
            {
                Directory.CreateDirectory(decodeCache!);
                File.WriteAllText(cached, JsonSerializer.Serialize(new CachedDecode(context.Format, [.. context.Lines], context.Ocr), Json), Encoding.UTF8);
            }
        }
        IIngestionStep[] steps =
        [
            new RepairTextStep(repairer ?? TextRepairer.CreateDefault()),
            new AnalyzeLayoutStep(new LayoutAnalyzer()),
            new ParseClausesStep(ClauseParser.CreateDefault()),
            new ExtractCitationsStep(CitationExtractor.CreateDefault()),
        ];
        foreach (var step in steps) step.Execute(context);
        return new IngestedTree(context.Format, context.Clauses, context.Citations.Select(c => c.Key).Distinct().ToList());
    }

    /// <summary>The headings: every labelled clause but the title, the preamble and bullets, keyed by its label path.</summary>
    public IReadOnlyList<Clause> Headings => Clauses.Where(c => c.Kind is not (ClauseKind.Preamble or ClauseKind.Bullet) && c.Label != "title").ToList();

    private sealed record CachedDecode(string Format, List<SourceLine> Lines, OcrRecord? Ocr);
}
