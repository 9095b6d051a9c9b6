using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Web.Hosting;

/// <summary>Where the bundled documents and the web UI live (section "PolicyKB").</summary>
public sealed class ContentOptions
{
    /// <summary>Folder of documents ingested at start when the store is empty or stale.</summary>
    [Required]
    public string ContentDirectory { get; set; } = "content";

    /// <summary>Folder of the web UI's static files.</summary>
    [Required]
    public string WebDirectory { get; set; } = "web";

    /// <summary>The editable abbreviation and synonym list used by keyword search.</summary>
    [Required]
    public string SynonymsFile { get; set; } = "content/search/synonyms.tsv";

    /// <summary>The editable thesaurus of related wording that widens embedding-search queries.</summary>
    [Required]
    public string RelatedTermsFile { get; set; } = "content/search/related-terms.tsv";

    /// <summary>Whether to ingest <see cref="ContentDirectory"/> at start (only new or changed files are processed).</summary>
    public bool IngestContentOnStart { get; set; } = true;

    /// <summary>
    /// How long one slice of the start-up ingestion holds the write lock, in seconds (a file begun is finished):
    /// each slice writes the vector file once, and uploads wait at most about this long behind it.
    /// </summary>
    [Range(0.1, 3600)]
    public double IngestSliceSeconds { get; set; } = 2;

    /// <summary>
    /// The longest the store check and the start-up ingestion wait for the first API answer before they begin anyway,
    /// in seconds (<see cref="FirstAnswerGate"/>): they would otherwise take the cores from the first search.
    /// </summary>
    [Range(0, 600)]
    public double BackgroundStartDelaySeconds { get; set; } = 3;
}
