using PolicyKB.Citations;
using PolicyKB.Decoding;
using PolicyKB.Facts;
using PolicyKB.Metadata;
using PolicyKB.Text;
using PolicyKB.Ingestion.Steps;
using PolicyKB.Parsing;
using PolicyKB.Storage;

namespace PolicyKB.Ingestion;

/// <summary>Assembles the default ingestion steps in their order: read → decode → repair → layout → corrections → parse → cite → facts → pack → save.</summary>
public static class IngestionPipelineFactory
{
    /// <summary>
    /// The default pipeline writing into <paramref name="store"/>; <paramref name="afterSave"/> steps (search indexing,
    /// embeddings) run once the document is stored, and <paramref name="prepareAhead"/> steps (their share of the work that
    /// needs nothing stored) run before the save, with the steps that prepare the next file while the one before is written.
    /// </summary>
    public static IngestionPipeline CreateDefault(
        IDocumentStore store, IngestionOptions? options = null, TimeProvider? clock = null, IEnumerable<IIngestionStep>? afterSave = null,
        IEnumerable<IRunAheadStep>? prepareAhead = null)
    {
        options ??= new IngestionOptions();
        return new IngestionPipeline(
        [
            new ReadSourceStep(store, options),
            new DecodeStep(ContentDecoders.CreateDefault(options.Decoding), options.LowOcrConfidence),
            new RepairTextStep(TextRepairer.CreateDefault()),
            new AnalyzeLayoutStep(new LayoutAnalyzer()),
            new ApplyCorrectionsStep(store),
            new ParseClausesStep(ClauseParser.CreateDefault()),
            new ExtractCitationsStep(CitationExtractor.CreateDefault()),
            new ExtractFactsStep(FactExtractor.CreateDefault()),
            new PackRecordsStep(store),
            .. prepareAhead ?? [],
            new SaveDocumentStep(store, clock ?? TimeProvider.System),
            .. afterSave ?? [],
        ], options);
    }
}
