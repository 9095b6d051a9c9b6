namespace PolicyKB.Web.OpenApi;

/// <summary>
/// Endpoint metadata holding the examples shown in the OpenAPI document: parameter values, a request body and
/// response bodies by status code. Bodies are plain objects serialised with the API's own JSON options.
/// </summary>
public sealed class ApiExample
{
    /// <summary>Example values of query and route parameters, by parameter name.</summary>
    public Dictionary<string, string> Parameters { get; init; } = [];

    /// <summary>Example request body.</summary>
    public object? Request { get; init; }

    /// <summary>Example response bodies, by status code.</summary>
    public Dictionary<int, object> Responses { get; init; } = [];
}
