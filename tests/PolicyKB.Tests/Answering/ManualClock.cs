namespace PolicyKB.Tests.Answering;

/// <summary>A clock that moves only when told to, for expiry rules measured in days.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
