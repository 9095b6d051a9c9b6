namespace PolicyKB.Decoding.Ocr;

/// <summary>
/// Who listens to the OCR progress of the ingestion running on this call. Decoders are built once and shared by every
/// caller (the pipeline, the knowledge base, the web host), and the decoder contract carries no listener, so the
/// listener of one ingestion travels with its call (an <see cref="AsyncLocal{T}"/>) instead of through every layer's
/// signature; two uploads at once each hear only their own pages.
/// </summary>
public static class OcrProgressScope
{
    private static readonly AsyncLocal<IProgress<OcrProgress>?> CurrentListener = new();

    /// <summary>The listener for this call, or null when nobody listens.</summary>
    public static IProgress<OcrProgress>? Current => CurrentListener.Value;

    /// <summary>Sends OCR progress of this call (and the calls it makes) to <paramref name="listener"/> until disposed.</summary>
    public static IDisposable Listen(IProgress<OcrProgress> listener)
    {
        var previous = CurrentListener.Value;
        CurrentListener.Value = listener;
        return new Restore(previous);
    }

    private sealed class Restore(IProgress<OcrProgress>? previous) : IDisposable
    {
        public void Dispose() => CurrentListener.Value = previous;
    }
}
