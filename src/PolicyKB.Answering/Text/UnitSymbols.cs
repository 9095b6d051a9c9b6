using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Text;

/// <summary>
/// Units of measure printed as symbols after a number ("75.000 m3", "12 ha", "5 km") and the words a reader types for
/// them ("bao nhiêu mét khối", "mấy héc ta"): a text stating a quantity with a symbol is read with the words spelled
/// out too, so the unit asked is found in it.
/// </summary>
public static partial class UnitSymbols
{
    private static readonly (Regex Symbol, string Words)[] Units =
    [
        (CubicMetre(), "mét khối"),
        (SquareMetre(), "mét vuông"),
        (Hectare(), "héc ta hecta"),
        (Kilometre(), "ki lô mét cây số"),
        (Kilogram(), "ki lô gam"),
    ];

    /// <summary>
    /// <paramref name="text"/> followed by the spelled words of every unit symbol it prints after a number; the text
    /// itself when it prints none.
    /// </summary>
    public static string Spelled(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var extra = "";
        foreach (var (symbol, words) in Units)
        {
            if (symbol.IsMatch(text)) extra += " " + words;
        }
        return extra.Length == 0 ? text : text + " |" + extra;
    }

    [GeneratedRegex(@"\d\s*(?:m3|m³)(?![\p{L}\d])")]
    private static partial Regex CubicMetre();

    [GeneratedRegex(@"\d\s*(?:m2|m²)(?![\p{L}\d])")]
    private static partial Regex SquareMetre();

    [GeneratedRegex(@"\d\s*ha(?![\p{L}\d])")]
    private static partial Regex Hectare();

    [GeneratedRegex(@"\d\s*km(?![\p{L}\d²2])")]
    private static partial Regex Kilometre();

    [GeneratedRegex(@"\d\s*kg(?![\p{L}\d])")]
    private static partial Regex Kilogram();
}
