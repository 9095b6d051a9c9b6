using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyKB.Search.Analysis;

/// <summary>
/// Splits text into syllables and keeps document numbers whole: "Quyết định số 281/QĐ-TTg" gives
/// "Quyết", "định", "số", "281/QĐ-TTg". Offsets point into the original text so highlights can be computed
/// from the analyzer (Lucene.Net.Highlighter is not available here).
/// </summary>
public sealed partial class VietnameseTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private string _text = "";
    private int _position;
    private int _finalOffset;

    /// <summary>Creates the tokenizer over <paramref name="input"/>.</summary>
    public VietnameseTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        ClearAttributes();
        // EnumerateMatches finds the next token without a Match object or a string for it: every clause is tokenized
        // three times at indexing and again to highlight a result.
        foreach (var match in Token().EnumerateMatches(_text, _position))
        {
            _term.SetEmpty().Append(_text, match.Index, match.Length);
            _offset.SetOffset(CorrectOffset(match.Index), CorrectOffset(match.Index + match.Length));
            _position = match.Index + match.Length;
            return true;
        }
        _position = _text.Length;
        return false;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        // Lucene.Net's reusable string reader answers null, not "", for an empty text.
        _text = m_input.ReadToEnd() ?? string.Empty;
        _position = 0;
        _finalOffset = CorrectOffset(_text.Length);
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    /// <summary>
    /// Where the tokens of <paramref name="text"/> are (index and length of each, in order): the tokens this tokenizer
    /// gives, without a token stream around them, for a reader that needs only their characters.
    /// </summary>
    internal static Regex.ValueMatchEnumerator Tokens(string text) => Token().EnumerateMatches(text);

    /// <summary>A document number (digits then "/" or "-" and letter/digit groups, at least one "/") or a run of letters and digits.</summary>
    [GeneratedRegex(@"\d{1,5}(?:[/\-][\p{L}\d]+)*/[\p{L}\d]+(?:[/\-][\p{L}\d]+)*|[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Token();
}
