using System.ComponentModel.DataAnnotations;
using PolicyKB.Decoding;

namespace PolicyKB.Ingestion;

/// <summary>Limits that protect the store from files it cannot sensibly hold (section "PolicyKB:Ingestion").</summary>
public sealed class IngestionOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "PolicyKB:Ingestion";

    /// <summary>Largest file accepted, in bytes (default 50 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>File extensions ingested when a folder is given.</summary>
    public IReadOnlyList<string> Extensions { get; set; } = [".txt", ".md", ".markdown", ".docx", ".pdf", ".doc", ".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    /// <summary>Sub-folders skipped when a folder is given: PolicyKB keeps its model and search data beside the documents in content/.</summary>
    public IReadOnlyList<string> ExcludedFolders { get; set; } = ["models", "search"];

    /// <summary>
    /// Tesseract's mean word confidence (0–100) below which an OCR'd document is stored with a warning to check it against
    /// the original (default 80: the clean 200–300 dpi scans of the test set score about 95).
    /// </summary>
    [Range(0, 100)]
    public double LowOcrConfidence { get; set; } = 80;

    /// <summary>
    /// Whether a batch prepares the next file (read to facts) on a second thread while the one before is saved and indexed
    /// (default true). Off, files go through every step one after another on one thread.
    /// </summary>
    public bool OverlapFiles { get; set; } = true;

    /// <summary>
    /// With <see cref="OverlapFiles"/>, how many prepared files may wait for the writing thread (default 8): files differ in
    /// size by a hundred times, and a queue of one left each thread idle while the other went through a large file.
    /// </summary>
    [Range(1, 64)]
    public int RunAheadFiles { get; set; } = 8;

    /// <summary>
    /// The bytes (of the files as read) that prepared files may hold while they wait, in MB (default 4): a file prepared
    /// ahead holds its text, clauses and packed records, many times its size, so more than one waits only within this
    /// budget. One file always may, however large.
    /// </summary>
    [Range(0, 1024)]
    public double RunAheadMegabytes { get; set; } = 4;

    /// <summary>
    /// How much work decoding one file may cost (section "PolicyKB:Ingestion:Decoding"): characters, lines, pages,
    /// seconds and the PDF/DOCX structure limits, enforced while the file is decoded.
    /// </summary>
    public DecodingLimits Decoding { get; set; } = new();

    /// <summary>Validates the nested <see cref="Decoding"/> limits too (data annotations do not recurse on their own).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Decoding is null)
        {
            yield return new ValidationResult("Decoding limits are required", [nameof(Decoding)]);
            yield break;
        }
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Decoding, new ValidationContext(Decoding), results, validateAllProperties: true);
        foreach (var result in results)
        {
            yield return new ValidationResult(result.ErrorMessage, [.. result.MemberNames.Select(m => $"{nameof(Decoding)}.{m}")]);
        }
    }
}
