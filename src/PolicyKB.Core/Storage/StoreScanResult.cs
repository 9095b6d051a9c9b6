namespace PolicyKB.Storage;

/// <summary>What reading every record of the store once found.</summary>
/// <param name="Collections">Collections read.</param>
/// <param name="Records">Records read without error.</param>
/// <param name="Bytes">Size of the data file.</param>
/// <param name="Elapsed">How long the reading took.</param>
/// <param name="Damage">The first damage met, or null when every record was read.</param>
public sealed record StoreScanResult(int Collections, long Records, long Bytes, TimeSpan Elapsed, StoreDamagedException? Damage);
