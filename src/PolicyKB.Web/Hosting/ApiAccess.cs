namespace PolicyKB.Web.Hosting;

/// <summary>Which endpoints need the API key.</summary>
public enum ApiAccess
{
    /// <summary>Reading: open unless <see cref="ApiOptions.RequireKeyForReads"/> is set.</summary>
    Read,
    /// <summary>Changing the knowledge base (ingest, delete): always needs the key.</summary>
    Write,
}
