using System.Security.Cryptography;
using System.Text;
using PolicyKB.Citations;
using PolicyKB.Decoding;
using PolicyKB.Facts;
using PolicyKB.Ingestion;
using PolicyKB.Ingestion.Steps;
using PolicyKB.Metadata;
using PolicyKB.Parsing;
using PolicyKB.Text;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Facts;

/// <summary>Runs the ingestion steps up to "facts" on a document held in memory (no store), for specs and robustness tests.</summary>
public static class FactsPipeline
{
    private static readonly IIngestionStep[] Steps =
    [
        new DecodeStep(ContentDecoders.CreateDefault(new IngestionOptions().Decoding)),
        new RepairTextStep(TextRepairer.CreateDefault()),
        new AnalyzeLayoutStep(new LayoutAnalyzer()),
        new ParseClausesStep(ClauseParser.CreateDefault()),
        new ExtractCitationsStep(CitationExtractor.CreateDefault()),
        new ExtractFactsStep(FactExtractor.CreateDefault()),
    ];

    /// <summary>The facts of a text document (".txt" or ".md").</summary>
    public static DocumentFacts Run(string text, string extension = ".txt") => Run(Encoding.UTF8.GetBytes(text), extension);

    /// <summary>The facts of a file's bytes.</summary>
    public static DocumentFacts Run(byte[] content, string extension) => Context(content, extension).Facts!;

    /// <summary>The whole ingestion context (clauses, citations, facts) of a text document.</summary>
    public static IngestionContext Context(string text, string extension = ".txt") => Context(Encoding.UTF8.GetBytes(text), extension);

    /// <summary>The whole ingestion context of a file's bytes.</summary>
    public static IngestionContext Context(byte[] content, string extension)
    {
        using var temp = new TempDirectory();
        var path = temp.File("spec" + extension);
        File.WriteAllBytes(path, content);
        var context = new IngestionContext(path, Path.GetFileName(path))
        {
            DocumentId = "spec", Content = content, ContentHash = Convert.ToHexString(SHA256.HashData(content)),
        };
        foreach (var step in Steps) step.Execute(context);
        return context;
    }
}
