namespace PolicyKB.Search.Providers;

/// <summary>A remote embedding server failed: HTTP error, unreachable, timed out or answered nonsense.</summary>
public sealed class EmbeddingServiceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EmbeddingServiceException(string message, Uri endpoint, int? statusCode, Exception? inner = null)
        : base(message, inner)
    {
        Endpoint = endpoint;
        StatusCode = statusCode;
    }

    /// <summary>The configured endpoint (base URL).</summary>
    public Uri Endpoint { get; }

    /// <summary>The HTTP status, when the server answered.</summary>
    public int? StatusCode { get; }
}
