namespace PolicyKB.Cli.Embeddings;

/// <summary>Defaults of <c>train-embeddings --query-map-*</c> (see <see cref="PolicyKB.Search.Embeddings.Tuning.QueryMapTuner"/>).</summary>
internal static class QueryMapDefaults
{
    /// <summary>Step size of SGD on the map.</summary>
    public const double LearningRate = 1;

    /// <summary>Pull of the map toward the identity, per step (times the step size).</summary>
    public const double Anchor = 0.01;
}
