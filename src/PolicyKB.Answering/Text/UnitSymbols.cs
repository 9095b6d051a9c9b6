using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Text;

/// <summary>
/// Units of measure printed as symbols after a number ("75.000 m3", "12 ha", "5 km"), or before it in a table's row
/// ("Đá hộc m3 120.000": the unit column, then the price), and the words a reader types for
/// them ("bao nhiêu mét khối", "mấy héc ta"): a text stating a quantity with a symbol is read with the words written
/// between the number and the symbol ("75.000 mét khối m3"), so the unit asked is found in it, and counted by it.
/// </summary>
public static partial class UnitSymbols
{
    private static readonly (Regex Symbol, string Words)[] Units =
    [
        (CubicMetre(), "mét khối"),
        (SquareMetre(), "mét vuông"),
        (Hectare(), "héc ta"),
        (Kilometre(), "ki lô mét"),
        (Kilogram(), "ki lô gam"),
        (Metre(), "mét"),
    ];

    /// <summary>
    /// <paramref name="text"/> with the words of every unit symbol it prints after or before a number written before the symbol;
    /// the text itself when it prints none. For matching only, never for display.
    /// </summary>
    public static string Spelled(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        foreach (var (symbol, words) in Units)
        {
            if (symbol.IsMatch(text)) text = symbol.Replace(text, m => $"{m.Groups["n"].Value} {words} {m.Groups["s"].Value}");
        }
        return text;
    }

    [GeneratedRegex(@"(?<n>\d)\s*(?<s>m3|m³)(?![\p{L}\d])|(?<![\p{L}\d])(?<s>m3|m³)(?=[ \t]+\d)")]
    private static partial Regex CubicMetre();

    [GeneratedRegex(@"(?<n>\d)\s*(?<s>m2|m²)(?![\p{L}\d])|(?<![\p{L}\d])(?<s>m2|m²)(?=[ \t]+\d)")]
    private static partial Regex SquareMetre();

    [GeneratedRegex(@"(?<n>\d)\s*(?<s>ha)(?![\p{L}\d])|(?<![\p{L}\d])(?<s>ha)(?=[ \t]+\d)")]
    private static partial Regex Hectare();

    [GeneratedRegex(@"(?<n>\d)\s*(?<s>km)(?![\p{L}\d²])|(?<![\p{L}\d])(?<s>km)(?=[ \t]+\d)")]
    private static partial Regex Kilometre();

    [GeneratedRegex(@"(?<n>\d)\s*(?<s>kg)(?![\p{L}\d])|(?<![\p{L}\d])(?<s>kg)(?=[ \t]+\d)")]
    private static partial Regex Kilogram();

    /// <summary>"rộng 6 - 8 m", "cách 30 m": metres, after a number only (a lone "m" before one is no unit column).</summary>
    [GeneratedRegex(@"(?<n>\d)\s*(?<s>m)(?![\p{L}\d²³/])")]
    private static partial Regex Metre();
}
