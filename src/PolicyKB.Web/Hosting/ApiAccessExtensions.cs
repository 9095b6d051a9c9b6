namespace PolicyKB.Web.Hosting;

/// <summary>Puts endpoints or groups behind the API key.</summary>
public static class ApiAccessExtensions
{
    /// <summary>
    /// Adds the key check for <paramref name="access"/> and records it as metadata, so the OpenAPI document
    /// shows which operations need the key.
    /// </summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder, ApiAccess access) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(new ApiKeyFilter(access));
        builder.WithMetadata(access);
        return builder;
    }
}
