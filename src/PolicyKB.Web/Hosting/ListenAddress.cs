namespace PolicyKB.Web.Hosting;

/// <summary>The address the host listens on when nobody chose one.</summary>
public static class ListenAddress
{
    /// <summary>Loopback only: opening the service to the network is the operator's decision (--urls http://0.0.0.0:8080).</summary>
    public const string Default = "http://localhost:5080";

    /// <summary>
    /// Listens on <see cref="Default"/> unless an address is configured: --urls, ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS
    /// (set by the official container images) or Kestrel:Endpoints. The default lives here rather than in
    /// launchSettings.json so that <c>dotnet run</c>, a published app and a service all honour ASPNETCORE_URLS alike.
    /// </summary>
    public static WebApplicationBuilder UsePolicyKbDefaultAddress(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = new[] { "urls", "http_ports", "https_ports" }.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured) builder.WebHost.UseUrls(Default);
        return builder;
    }
}
