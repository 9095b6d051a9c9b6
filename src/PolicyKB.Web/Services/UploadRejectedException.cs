namespace PolicyKB.Web.Services;

/// <summary>An upload refused as a whole before anything was ingested; carries the status and a Vietnamese reason.</summary>
public sealed class UploadRejectedException(int statusCode, string title, string detail) : Exception(detail)
{
    /// <summary>HTTP status (400, 413 or 415).</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>Problem title.</summary>
    public string Title { get; } = title;
}
