using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Web.Hosting;

/// <summary>Access and upload limits of the HTTP API (section "PolicyKB:Api").</summary>
public sealed class ApiOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "PolicyKB:Api";

    /// <summary>The header carrying the key.</summary>
    public const string KeyHeader = "X-Api-Key";

    /// <summary>
    /// The key that ingest and delete require in the <c>X-Api-Key</c> header. When empty, a random key is made at
    /// start and printed to the console, so a fresh clone is never open for writing by accident.
    /// </summary>
    [MinLength(8, ErrorMessage = "PolicyKB:Api:ApiKey phải có ít nhất 8 ký tự.")]
    public string? ApiKey { get; set; }

    /// <summary>When true the read endpoints need the key too (for deployments outside a trusted network).</summary>
    public bool RequireKeyForReads { get; set; }

    /// <summary>Largest uploaded file, in bytes (default 20 MB).</summary>
    [Range(1, 1L << 40)]
    public long MaxUploadFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most files in one upload request.</summary>
    [Range(1, 1000)]
    public int MaxUploadFiles { get; set; } = 20;

    /// <summary>
    /// How long identical searches are answered from memory, in seconds (0 turns the cache off). Every ingest or
    /// delete through the API empties it, so a cached answer is never older than the knowledge base.
    /// </summary>
    [Range(0, 3600)]
    public int SearchCacheSeconds { get; set; } = 60;

    /// <summary>Largest upload request: every file at its limit plus room for the multipart framing.</summary>
    public long MaxUploadRequestBytes => MaxUploadFileBytes * MaxUploadFiles + 1024 * 1024;
}
