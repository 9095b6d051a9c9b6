namespace PolicyKB.Parsing;

/// <summary>Small, allocation-light checks shared by the heading rules.</summary>
internal static class LabelText
{
    /// <summary>
    /// True when the first letter of <paramref name="rest"/> is lowercase. Quotes, brackets and digits
    /// before it are skipped; a line with no letters is not weak.
    /// </summary>
    public static bool StartsLowercase(string rest)
    {
        foreach (var c in rest)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
            if (char.IsDigit(c)) return false;
        }
        return false;
    }

    /// <summary>Share of uppercase among the letters (1.0 for "MỤC ĐÍCH").</summary>
    public static double UppercaseShare(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters == 0 ? 0 : (double)upper / letters;
    }

    /// <summary>Parses a Roman numeral of the range used for sections (1–49); 0 when invalid.</summary>
    public static int RomanValue(string roman)
    {
        var total = 0;
        var previous = 0;
        for (var i = roman.Length - 1; i >= 0; i--)
        {
            var value = char.ToUpperInvariant(roman[i]) switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (value == 0) return 0;
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }
        // Reject non-canonical spellings ("IIII", "VX") so words are not read as numerals.
        return total is > 0 and < 50 && ToRoman(total) == roman.ToUpperInvariant() ? total : 0;
    }

    /// <summary>Canonical Roman spelling of 1–49.</summary>
    public static string ToRoman(int value)
    {
        string[] tens = ["", "X", "XX", "XXX", "XL"];
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        return value is > 0 and < 50 ? tens[value / 10] + ones[value % 10] : "";
    }

    /// <summary>Number of a label written as Roman, Arabic or a Vietnamese ordinal word ("thứ nhất"); 0 when unknown.</summary>
    public static int NumberValue(string token)
    {
        token = token.Trim();
        if (int.TryParse(token, out var n)) return n;
        var roman = RomanValue(token);
        if (roman > 0) return roman;
        var word = token.ToLowerInvariant().Replace("thứ", "").Trim();
        return word switch
        {
            "nhất" or "một" => 1, "hai" => 2, "ba" => 3, "tư" or "bốn" => 4, "năm" => 5,
            "sáu" => 6, "bảy" => 7, "tám" => 8, "chín" => 9, "mười" => 10, _ => 0,
        };
    }
}
