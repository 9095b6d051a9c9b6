namespace PolicyKB.Search.Embeddings.Tuning;

/// <summary>A text as the tuner sees it: the trainable units with their SIF weights, and the fixed rest of its sum.</summary>
internal sealed class EncodedText
{
    public EncodedText(int[] units, float[] weights, float[] fixedPart)
    {
        Units = units;
        Weights = weights;
        FixedPart = fixedPart;
    }

    /// <summary>Unit ids (repeats allowed).</summary>
    public int[] Units { get; }

    /// <summary>Weight of each entry of <see cref="Units"/>.</summary>
    public float[] Weights { get; }

    /// <summary>What untrained rows (character n-grams of unknown words) add.</summary>
    public float[] FixedPart { get; }
}
