using System.Globalization;

namespace PolicyKB.Storage;

/// <summary>
/// How much of the shared store's change log (<c>changes</c>) is kept (PolicyKB:Store:ChangeRetention): the changes
/// of the last <see cref="Days"/> days ("30d"), or the last <see cref="Count"/> changes ("1000000"). A node whose replica
/// was left behind the trimmed part rebuilds from the store instead of following the log (docs/scale-out.md).
/// </summary>
/// <param name="Days">Days of changes kept, or null when a count is kept.</param>
/// <param name="Count">Changes kept, or null when days are kept.</param>
public sealed record ChangeRetention(int? Days, long? Count)
{
    /// <summary>Reads "30d" (days) or "1000000" (changes); null when the text is neither, or not above zero.</summary>
    public static ChangeRetention? Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.EndsWith('d') || value.EndsWith('D'))
        {
            return int.TryParse(value[..^1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 36_500
                ? new ChangeRetention(days, null) : null;
        }
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? new ChangeRetention(null, count) : null;
    }

    /// <inheritdoc />
    public override string ToString() => Days is { } days ? $"{days}d" : Count!.Value.ToString(CultureInfo.InvariantCulture);
}
