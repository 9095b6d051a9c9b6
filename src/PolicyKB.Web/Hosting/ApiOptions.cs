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

    /// <summary>Who answers questions about this API, as the OpenAPI document names them.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "PolicyKB:Api:ContactName không được để trống.")]
    public string ContactName { get; set; } = "Quản trị viên PolicyKB của cơ quan";

    /// <summary>The contact's e-mail address, if any.</summary>
    [EmailAddress(ErrorMessage = "PolicyKB:Api:ContactEmail phải là một địa chỉ thư điện tử.")]
    public string? ContactEmail { get; set; }

    /// <summary>The contact's web page, if any (an absolute URL).</summary>
    public string? ContactUrl { get; set; }

    /// <summary>The terms under which the API's data may be used, as the OpenAPI document states them.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "PolicyKB:Api:LicenseName không được để trống.")]
    public string LicenseName { get; set; } = "Sử dụng nội bộ cơ quan; văn bản thuộc quyền của cơ quan ban hành";

    /// <summary>
    /// The SPDX identifier of those terms, stated when no <see cref="LicenseUrl"/> is set; "LicenseRef-" marks terms of
    /// the deploying body's own rather than a public licence.
    /// </summary>
    public string LicenseIdentifier { get; set; } = "LicenseRef-PolicyKB-Internal";

    /// <summary>Where the full terms can be read, if anywhere (an absolute URL); replaces the identifier when set.</summary>
    public string? LicenseUrl { get; set; }

    /// <summary>Largest upload request: every file at its limit plus room for the multipart framing.</summary>
    public long MaxUploadRequestBytes => MaxUploadFileBytes * MaxUploadFiles + 1024 * 1024;
}
