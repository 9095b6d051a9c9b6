using PolicyKB.Metadata;
using PolicyKB.Parsing;

namespace PolicyKB.Ingestion.Steps;

/// <summary>
/// Reads the metadata and splits the lines into header, body, signature block and attached documents; the body
/// segments (the main body and each attachment's) are what the clause parser splits.
/// </summary>
public sealed class AnalyzeLayoutStep : IRunAheadStep
{
    private readonly LayoutAnalyzer _analyzer;

    /// <summary>Creates the step.</summary>
    public AnalyzeLayoutStep(LayoutAnalyzer analyzer) => _analyzer = analyzer;

    /// <inheritdoc />
    public string Name => "layout";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        var layout = _analyzer.Analyze(context.Lines);
        context.Metadata = layout.Metadata;
        context.Segments = Segments(layout.Regions);
        if (context.Segments.Count == 0) context.Warnings.Add("không xác định được phần nội dung: toàn bộ văn bản được coi là nội dung");
        return StepOutcome.Continue;
    }

    internal static IReadOnlyList<BodySegment> Segments(IReadOnlyList<LayoutRegion> regions)
    {
        var segments = new List<BodySegment>();
        LayoutRegion? attachment = null;
        foreach (var region in regions)
        {
            switch (region.Kind)
            {
                case LayoutRegionKind.AttachmentHeader:
                    attachment = region;
                    break;
                case LayoutRegionKind.Body when attachment is not null:
                    segments.Add(new BodySegment(region.Start, region.End)
                    {
                        AttachmentType = attachment.Type ?? "Văn bản kèm theo",
                        AttachmentTitle = attachment.Title,
                        HeaderStart = attachment.Start,
                    });
                    attachment = null;
                    break;
                case LayoutRegionKind.Body:
                    segments.Add(new BodySegment(region.Start, region.End));
                    break;
            }
        }
        return segments;
    }
}
