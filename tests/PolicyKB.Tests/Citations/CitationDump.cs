using System.Text;
using PolicyKB.Citations;

namespace PolicyKB.Tests.Citations;

/// <summary>
/// The compact dump used by Specs/Citations.md. Each input line is extracted in order with one shared scope; each citation
/// prints as <c>[Start,Length] "Raw" | key=… | type=… | number=… | date=… | issuer=… | name=…</c>, omitting null fields and
/// the number when it equals the key. With several input lines every citation is prefixed by its line number ("2: ").
/// A line without citations prints nothing; an input without any prints "(none)".
/// </summary>
public static class CitationDump
{
    /// <summary>Extracts every line of <paramref name="input"/> with one scope and dumps the result.</summary>
    public static string Run(CitationExtractor extractor, string input)
    {
        var lines = input.Split('\n');
        var scope = new CitationScope();
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var m in extractor.Extract(lines[i], scope))
            {
                if (sb.Length > 0) sb.Append('\n');
                if (lines.Length > 1) sb.Append(i + 1).Append(": ");
                sb.Append(Format(m));
            }
        }
        return sb.Length == 0 ? "(none)" : sb.ToString();
    }

    /// <summary>One citation on one line.</summary>
    public static string Format(CitationMatch m)
    {
        var sb = new StringBuilder();
        sb.Append('[').Append(m.Start).Append(',').Append(m.Length).Append("] \"").Append(m.Raw).Append('"');
        sb.Append(" | key=").Append(m.Key);
        if (m.Type is not null) sb.Append(" | type=").Append(m.Type);
        if (m.Number is not null && m.Number != m.Key) sb.Append(" | number=").Append(m.Number);
        if (m.Date is not null) sb.Append(" | date=").Append(m.Date);
        if (m.Issuer is not null) sb.Append(" | issuer=").Append(m.Issuer);
        if (m.Name is not null) sb.Append(" | name=").Append(m.Name);
        return sb.ToString();
    }
}
