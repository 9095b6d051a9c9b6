using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace PolicyKB.Web.Hosting;

/// <summary>The request pipeline pieces Program.cs wires in order.</summary>
public static class WebApplicationExtensions
{
    /// <summary>Problem details for exceptions and for bare status codes (unknown routes, wrong methods); the search cache.</summary>
    public static WebApplication UsePolicyKbErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseOutputCache();
        return app;
    }

    /// <summary>
    /// Serves the UI in web/ (plain files, no build step); index.html for "/". Without the folder the API still runs:
    /// the UI's absence is logged rather than fatal.
    /// </summary>
    public static WebApplication UsePolicyKbUi(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var directory = PolicyKbPaths.Resolve(options.WebDirectory);
        if (!Directory.Exists(directory))
        {
            app.Logger.LogWarning("Web UI folder {WebDirectory} not found (PolicyKB:WebDirectory); serving the API only", directory);
            return app;
        }
        var web = new PhysicalFileProvider(directory);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = web });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = web,
            // The UI changes with the code; let browsers revalidate rather than run stale modules.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }

    /// <summary>The OpenAPI document at /openapi/v1.json and its readable reference at /api-docs.</summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/api-docs", o => o
            .WithTitle("PolicyKB API — tài liệu tham khảo")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            // Nothing is fetched from a CDN: the reference's script is served from the package, fonts are the system's.
            .DisableDefaultFonts()
            .DisableTelemetry()
            // Hosted helpers (AI agent, MCP, SDK generation, deploy links) call outside services; a government intranet has none.
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithDotNetFlag(false)
            .ForceLightMode()
            .AddPreferredSecuritySchemes(OpenApi.ExampleOperationTransformer.SchemeName));
        return app;
    }
}
