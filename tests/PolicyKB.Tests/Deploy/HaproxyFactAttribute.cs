namespace PolicyKB.Tests.Deploy;

/// <summary>A fact that needs Debian's haproxy (<c>apt-get install haproxy</c>); skipped where it is not installed.</summary>
public sealed class HaproxyFactAttribute : FactAttribute
{
    /// <summary>Where Debian's package puts the executable.</summary>
    public const string Executable = "/usr/sbin/haproxy";

    public HaproxyFactAttribute()
    {
        if (!File.Exists(Executable)) Skip = $"{Executable} not found: apt-get install -y haproxy";
    }
}
