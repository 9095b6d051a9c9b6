using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// The appsettings.json shared with the CLI (the repository's in a checkout, the copy beside a published app; see
/// <see cref="PolicyKbPaths.Root"/>), as the lowest-priority configuration source.
/// </summary>
public static class RepositorySettings
{
    /// <summary>
    /// Inserts the repository's appsettings.json first, so the host's own sources (environment variables, command line,
    /// test settings) override it.
    /// </summary>
    public static IConfigurationBuilder AddRepositorySettings(this IConfigurationBuilder configuration)
    {
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json", Optional = true, ReloadOnChange = false, FileProvider = new PhysicalFileProvider(PolicyKbPaths.Root),
        });
        return configuration;
    }
}
