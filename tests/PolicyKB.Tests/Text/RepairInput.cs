using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Decoding;

namespace PolicyKB.Tests.Text;

/// <summary>Builds decoded documents for repair tests: one source line per text line, numbered from 1.</summary>
internal static partial class RepairInput
{
    public static DecodedText FromLines(IEnumerable<string> lines, string format = "txt") =>
        new(format, lines.Select((text, i) => new SourceLine(i + 1, text)).ToArray());

    /// <summary>A file read the way the plain-text decoder does: UTF-8, one line per line.</summary>
    public static DecodedText FromFile(string path) => FromLines(File.ReadAllLines(path), Path.GetExtension(path).TrimStart('.'));

    /// <summary>Spec inputs write invisible or decomposed characters as \uXXXX.</summary>
    public static string Unescape(string text) =>
        Escape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex Escape();
}
