using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Raises Kestrel's request-line limit from 8 KB to <see cref="Bytes"/>. Kestrel answers a longer line with a bare 414
/// before any middleware runs, so no problem details can be written; a 2,000-character Vietnamese query is up to
/// 18 KB once percent-encoded. With the higher limit the request reaches the endpoints, whose own length checks
/// answer 400 with a Vietnamese detail. The line still fits Kestrel's 1 MB request buffer, so no connection holds
/// more memory than before. A limit set in configuration (Kestrel:Limits:MaxRequestLineSize) is kept.
/// </summary>
public sealed class RequestLineLimit : IPostConfigureOptions<KestrelServerOptions>
{
    /// <summary>The raised limit, bytes.</summary>
    public const int Bytes = 256 * 1024;

    private const int KestrelDefault = 8 * 1024;

    /// <inheritdoc />
    public void PostConfigure(string? name, KestrelServerOptions options)
    {
        if (options.Limits.MaxRequestLineSize == KestrelDefault) options.Limits.MaxRequestLineSize = Bytes;
    }
}
