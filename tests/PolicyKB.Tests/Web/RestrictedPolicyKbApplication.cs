namespace PolicyKB.Tests.Web;

/// <summary>A host with reads closed and tiny upload limits, to exercise 401 on reads and 413.</summary>
public sealed class RestrictedPolicyKbApplication : PolicyKbApplicationBase
{
    /// <summary>Largest file accepted.</summary>
    public const int MaxFileBytes = 4096;

    /// <summary>Most files per upload.</summary>
    public const int MaxFiles = 2;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["PolicyKB:Api:RequireKeyForReads"] = "true",
        ["PolicyKB:Api:MaxUploadFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PolicyKB:Api:MaxUploadFiles"] = MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
