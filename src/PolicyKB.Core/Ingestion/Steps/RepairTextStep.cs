using PolicyKB.Decoding;
using PolicyKB.Text;

namespace PolicyKB.Ingestion.Steps;

/// <summary>Repairs the decoded lines (NFC, broken glyphs, markup debris, page furniture), keeping every line's number.</summary>
public sealed class RepairTextStep : IRunAheadStep
{
    private readonly TextRepairer _repairer;

    /// <summary>Creates the step.</summary>
    public RepairTextStep(TextRepairer repairer) => _repairer = repairer;

    /// <inheritdoc />
    public string Name => "repair";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        var repaired = _repairer.Repair(new DecodedText(context.Format, context.Lines) { Ocr = context.Ocr });
        context.Lines = repaired.Lines;
        if (context.Lines.All(l => l.IsBlank)) throw new IngestionException("sau khi làm sạch, tệp không còn nội dung văn bản");
        return StepOutcome.Continue;
    }
}
