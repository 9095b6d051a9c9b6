namespace PolicyKB.Web.OpenApi;

/// <summary>Attaches <see cref="ApiExample"/> metadata to endpoints.</summary>
public static class ApiExampleExtensions
{
    /// <summary>Documents the endpoint with example parameters, request body and responses.</summary>
    public static RouteHandlerBuilder WithExamples(this RouteHandlerBuilder builder, ApiExample example) => builder.WithMetadata(example);
}
