namespace PolicyKB.Tests.Embeddings;

/// <summary>A fact that needs Debian's fastText (/usr/bin/fasttext); skipped with a clear message without it, run in CI where .ci/run installs it.</summary>
public sealed class FastTextFactAttribute : FactAttribute
{
    /// <summary>Where Debian's package puts the executable.</summary>
    public const string ExecutablePath = "/usr/bin/fasttext";

    public FastTextFactAttribute()
    {
        if (!File.Exists(ExecutablePath)) Skip = $"{ExecutablePath} not found: apt-get install -y fasttext (.ci/run installs it).";
    }
}
