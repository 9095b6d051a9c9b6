using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace PolicyKB.Web.Hosting;

/// <summary>The request pipeline pieces Program.cs wires in order.</summary>
public static class WebApplicationExtensions
{
    /// <summary>
    /// The release of <see cref="FirstAnswerGate"/> on the first API answer; compression (outermost, so problem details and cached searches are compressed too), problem details for
    /// exceptions and for bare status codes (unknown routes, wrong methods); the search cache.
    /// </summary>
    public static WebApplication UsePolicyKbErrors(this WebApplication app)
    {
        // Outermost of all: the first API answer, whatever its status, lets the held start-up work begin.
        var gate = app.Services.GetRequiredService<FirstAnswerGate>();
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Request.Path.StartsWithSegments("/api")) gate.Release();
        });
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseOutputCache();
        return app;
    }

    /// <summary>
    /// Serves the UI in web/ (plain files, no build step): index.html for "/", always revalidated, and the files it
    /// loads under a fingerprint (<see cref="UiAssets"/>), cached for a year. Without the folder the API still runs:
    /// the UI's absence is logged rather than fatal.
    /// </summary>
    public static WebApplication UsePolicyKbUi(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var directory = PolicyKbPaths.Resolve(options.WebDirectory);
        var assets = Directory.Exists(directory) ? UiAssets.Load(directory) : null;
        if (assets is null)
        {
            app.Logger.LogWarning("Web UI folder {WebDirectory} not found (PolicyKB:WebDirectory); serving the API only", directory);
            return app;
        }
        app.Use((context, next) => UiRequest(context, next, assets));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(directory),
            // An unversioned or outdated URL (a bookmark, a page open across an upgrade) is revalidated through its ETag.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Items[Fingerprinted] is true ? "public, max-age=31536000, immutable" : "no-cache",
        });
        return app;
    }

    private const string Fingerprinted = "PolicyKB.Fingerprinted";

    private static async Task UiRequest(HttpContext context, RequestDelegate next, UiAssets assets)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }
        if (request.Path == "/" || request.Path == "/index.html")
        {
            await WriteIndexAsync(context, assets);
            return;
        }
        // Browsers ask for /favicon.ico on pages that name no icon (the API reference); the SVG icon answers.
        if (request.Path == "/favicon.ico") request.Path = "/favicon.svg";
        else if (request.Path.StartsWithSegments("/" + UiAssets.Prefix, out var rest) && rest.Value!.Split('/', 3) is [_, var version, var file])
        {
            context.Items[Fingerprinted] = version == assets.Version;
            request.Path = "/" + file;
        }
        await next(context);
    }

    private static async Task WriteIndexAsync(HttpContext context, UiAssets assets)
    {
        var response = context.Response;
        var etag = $"\"{assets.Version}\"";
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = assets.IndexPage.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.Body.WriteAsync(assets.IndexPage, context.RequestAborted);
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
            .AddPreferredSecuritySchemes(OpenApi.AccessOperationTransformer.SchemeName));
        return app;
    }
}
