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
    private Match? _match;
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
        if (_match is null || !_match.Success) return false;
        var value = _match.Value;
        _term.SetEmpty().Append(value);
        _offset.SetOffset(CorrectOffset(_match.Index), CorrectOffset(_match.Index + value.Length));
        _match = _match.NextMatch();
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        _finalOffset = CorrectOffset(text.Length);
        _match = Token().Match(text);
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    /// <summary>A document number (digits then "/" or "-" and letter/digit groups, at least one "/") or a run of letters and digits.</summary>
    [GeneratedRegex(@"\d{1,5}(?:[/\-][\p{L}\d]+)*/[\p{L}\d]+(?:[/\-][\p{L}\d]+)*|[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Token();
}
