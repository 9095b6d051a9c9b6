namespace PolicyKB.Facts;

/// <summary>The values of <see cref="EffectStatus.Status"/>.</summary>
public static class EffectStatuses
{
    /// <summary>Stored, in effect, and nothing stored repeals, replaces or amends it.</summary>
    public const string InForce = "in-force";
    /// <summary>Repealed as a whole by a stored document.</summary>
    public const string Repealed = "repealed";
    /// <summary>Replaced as a whole by a stored document.</summary>
    public const string Replaced = "replaced";
    /// <summary>Partly repealed, replaced or amended.</summary>
    public const string Amended = "amended";
    /// <summary>The store knows nothing about its effect ("chưa rõ").</summary>
    public const string Unknown = "unknown";
}
