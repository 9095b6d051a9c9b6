using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Hosting;

/// <summary>Registers the HTTP side: options, API key, problem details, OpenAPI and the upload services.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>Adds everything the API endpoints need besides the knowledge base itself.</summary>
    public static IServiceCollection AddPolicyKbWeb(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeyGuard>();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<IngestProgressBoard>();
        services.AddSingleton<UploadReceiver>();
        services.AddSingleton<DocumentCatalog>();
        services.AddSingleton<CitationCatalog>();
        services.AddSingleton<RelationMapBuilder>();
        services.AddSingleton<FacetedSearch>();
        services.AddHostedService<DataDirectoryOwnership>();
        services.AddHostedService<StartupBanner>();
        services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>, RequestLineLimit>();

        // Binding failures are thrown (not answered with an empty 400) so ApiExceptionHandler can explain them in Vietnamese.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            // Numbers are numbers: the web default also reads "5" for 5, which the OpenAPI document would then have to
            // declare as "integer or string" on every number.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // Vietnamese text stays readable (and a third shorter) instead of \uXXXX escapes; HTML-sensitive characters are still escaped.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // Our own problems always carry a detail; those the framework raises (unknown route, wrong method) do not.
            if (context.ProblemDetails.Detail is not null) return;
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Title = ApiProblems.TitleFor(status);
            context.ProblemDetails.Detail = ApiProblems.DetailFor(status);
        });
        services.AddPolicyKbCompression();
        services.AddOutputCache();
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<ApiOptions>>((cache, api) => cache.AddPolicy(SearchCache.Policy, SearchCache.Build(api.Value)));
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<DocumentInfoTransformer>();
            o.AddOperationTransformer<ExampleOperationTransformer>();
            o.AddOperationTransformer<AccessOperationTransformer>();
            o.AddOperationTransformer<ValidationAttributeTransformer>();
            o.AddSchemaTransformer<ValidationAttributeTransformer>();
            o.AddSchemaTransformer<ClosedValueSetTransformer>();
            o.AddSchemaTransformer<ProblemSchemaTransformer>();
            o.AddOperationTransformer<ServerSentEventsTransformer>();
            o.AddOperationTransformer<ProblemExampleTransformer>();
            o.AddOperationTransformer<UploadBodyTransformer>();
        });
        return services;
    }
}
