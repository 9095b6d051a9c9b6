using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PolicyKB.Web.Hosting;

/// <summary>Holds the API key (configured or generated for this run) and checks requests against it.</summary>
public sealed class ApiKeyGuard
{
    private readonly byte[] _key;

    /// <summary>Reads the configured key or makes a random one.</summary>
    public ApiKeyGuard(IOptions<ApiOptions> options)
    {
        var configured = options.Value.ApiKey;
        IsGenerated = string.IsNullOrWhiteSpace(configured);
        Key = IsGenerated ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) : configured!.Trim();
        _key = Encoding.UTF8.GetBytes(Key);
        RequireKeyForReads = options.Value.RequireKeyForReads;
    }

    /// <summary>The key in force.</summary>
    public string Key { get; }

    /// <summary>True when no key was configured and <see cref="Key"/> was generated at start.</summary>
    public bool IsGenerated { get; }

    /// <summary>Whether read endpoints need the key.</summary>
    public bool RequireKeyForReads { get; }

    /// <summary>True when the request carries the key (compared in constant time).</summary>
    public bool IsAuthorized(HttpContext context)
    {
        var sent = context.Request.Headers[ApiOptions.KeyHeader].ToString();
        return sent.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent.Trim()), _key);
    }
}
