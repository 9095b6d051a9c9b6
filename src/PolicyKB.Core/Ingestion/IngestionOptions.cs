using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Ingestion;

/// <summary>Limits that protect the store from files it cannot sensibly hold (section "PolicyKB:Ingestion").</summary>
public sealed class IngestionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "PolicyKB:Ingestion";

    /// <summary>Largest file accepted, in bytes (default 50 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>File extensions ingested when a folder is given.</summary>
    public IReadOnlyList<string> Extensions { get; set; } = [".txt", ".md", ".markdown", ".docx", ".pdf"];

    /// <summary>Sub-folders skipped when a folder is given: PolicyKB keeps its model and search data beside the documents in content/.</summary>
    public IReadOnlyList<string> ExcludedFolders { get; set; } = ["models", "search"];
}
