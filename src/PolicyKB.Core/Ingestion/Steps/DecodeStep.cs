using PolicyKB.Decoding;

namespace PolicyKB.Ingestion.Steps;

/// <summary>Decodes the file's bytes with the decoder its extension and content agree on.</summary>
public sealed class DecodeStep : IIngestionStep
{
    private readonly ContentDecoders _decoders;

    /// <summary>Creates the step.</summary>
    public DecodeStep(ContentDecoders decoders) => _decoders = decoders;

    /// <inheritdoc />
    public string Name => "decode";

    /// <inheritdoc />
    public StepOutcome Execute(IngestionContext context)
    {
        using var stream = new MemoryStream(context.Content, writable: false);
        var decoded = _decoders.Decode(stream, context.FileName);
        if (decoded.Lines.All(l => l.IsBlank)) throw new IngestionException("tệp không có chữ nào đọc được");
        context.Format = decoded.Format;
        context.Lines = decoded.Lines;
        context.Warnings.AddRange(decoded.Warnings);
        return StepOutcome.Continue;
    }
}
