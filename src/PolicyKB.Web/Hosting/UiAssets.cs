using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// The UI's files fingerprinted as a whole: one version hashed over every file in web/ at start, and index.html
/// rewritten so its stylesheets, scripts and icon load from "v/{version}/…". ES modules import each other by relative
/// paths, so every module loaded from there carries the version too, and can be cached for a year: a new release
/// changes the version, and index.html (always revalidated) points at the new files.
/// </summary>
public sealed partial class UiAssets
{
    /// <summary>The first path segment of fingerprinted URLs.</summary>
    public const string Prefix = "v";

    private UiAssets(string version, byte[] indexPage)
    {
        Version = version;
        IndexPage = indexPage;
    }

    /// <summary>Hash of the UI's files (12 hex digits).</summary>
    public string Version { get; }

    /// <summary>index.html with its local references under "v/{version}/", UTF-8.</summary>
    public byte[] IndexPage { get; }

    /// <summary>Reads the UI folder. Null when it has no index.html.</summary>
    public static UiAssets? Load(string directory)
    {
        var index = Path.Combine(directory, "index.html");
        if (!File.Exists(index)) return null;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        var html = LocalReference().Replace(File.ReadAllText(index), m => $"{m.Groups[1].Value}=\"{Prefix}/{version}/{m.Groups[2].Value}\"");
        return new UiAssets(version, Encoding.UTF8.GetBytes(html));
    }

    // href/src values that are relative file paths: not absolute ("/api-docs/"), not a fragment, not a scheme.
    [GeneratedRegex("""\b(href|src)="(?![/#]|[a-z]+:)([^"]+)"(?=[^>]*>)""")]
    private static partial Regex LocalReference();
}
