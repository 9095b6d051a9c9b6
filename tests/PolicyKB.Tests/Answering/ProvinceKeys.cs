using PolicyKB.Answering.Text;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// The folded keys of every province name, as the answering pipeline hands them to the evidence checks
/// (<c>AskedTypeEvidence.Missing</c> reads them to tell a place asked from a place written).
/// </summary>
internal static class ProvinceKeys
{
    /// <summary>Every province's key, in the order <see cref="PlaceNames.Provinces"/> lists them.</summary>
    public static IReadOnlyList<string> All { get; } = PlaceNames.Provinces.Select(PlaceNames.Key).ToList();
}
