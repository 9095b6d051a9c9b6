using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyKB.Search.Analysis;

/// <summary>
/// Lowercases terms exactly as Lucene's <see cref="Lucene.Net.Analysis.Core.LowerCaseFilter"/> does (invariant culture,
/// code point by code point), in place and without its cost: Lucene.Net lowercases each code point through a
/// culture-aware string conversion, which took a quarter of keyword indexing time. ASCII letters are shifted directly,
/// other characters of the Basic Multilingual Plane are looked up in a table of <see cref="char.ToLowerInvariant"/>
/// (itself a call into ICU per character, too slow to make per token), and the rare surrogate pair goes through the
/// invariant culture's string lowercasing.
/// </summary>
public sealed class InvariantLowerCaseFilter : TokenFilter
{
    /// <summary>The invariant lowercase of every UTF-16 code unit (128 KB, built once on first use).</summary>
    private static readonly Lazy<char[]> LowerTable = new(() =>
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = char.IsSurrogate((char)c) ? (char)c : char.ToLowerInvariant((char)c);
        return table;
    });

    private readonly ICharTermAttribute _term;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public InvariantLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        Lower(_term.Buffer, _term.Length);
        return true;
    }

    /// <summary>Lowercases the first <paramref name="length"/> characters of <paramref name="buffer"/> in place, as this filter lowercases a term.</summary>
    internal static void Lower(char[] buffer, int length)
    {
        var lower = LowerTable.Value;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < 0x80)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A') buffer[i] = (char)(c | 0x20);
            }
            else if (!char.IsSurrogate(c))
            {
                buffer[i] = lower[c];
            }
            else if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(buffer[i + 1]))
            {
                var pair = new string(buffer, i, 2).ToLower(CultureInfo.InvariantCulture);
                // Lowercasing keeps a supplementary character supplementary; anything else is left as it was.
                if (pair.Length == 2) pair.CopyTo(0, buffer, i, 2);
                i++;
            }
        }
    }
}
