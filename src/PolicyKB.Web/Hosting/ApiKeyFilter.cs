namespace PolicyKB.Web.Hosting;

/// <summary>Refuses requests without the API key with a 401 problem telling the user which header to send.</summary>
public sealed class ApiKeyFilter(ApiAccess access) : IEndpointFilter
{
    /// <summary>The access level the filter enforces (read by the OpenAPI security transformer).</summary>
    public ApiAccess Access { get; } = access;

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var guard = context.HttpContext.RequestServices.GetRequiredService<ApiKeyGuard>();
        var needed = Access == ApiAccess.Write || guard.RequireKeyForReads;
        if (needed && !guard.IsAuthorized(context.HttpContext))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiOptions.KeyHeader}\"";
            return ApiProblems.Unauthorized(Access);
        }
        return await next(context).ConfigureAwait(false);
    }
}
