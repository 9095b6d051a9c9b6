using System.Text;

namespace PolicyKB.Parsing;

/// <summary>
/// A clause's text as <see cref="ClauseTreeBuilder"/> builds it, paragraph by paragraph. Most clauses are one paragraph:
/// that paragraph's string is the text as it is, and a <see cref="StringBuilder"/> (its chunks, then a copy of them all)
/// is made only when a second piece arrives.
/// </summary>
internal sealed class ClauseText
{
    private string _single = "";
    private StringBuilder? _builder;

    /// <summary>Characters so far.</summary>
    public int Length => _builder?.Length ?? _single.Length;

    /// <summary>Appends <paramref name="text"/>.</summary>
    public ClauseText Append(string text)
    {
        if (_builder is not null) _builder.Append(text);
        else if (_single.Length == 0) _single = text;
        else _builder = new StringBuilder(_single, Math.Max(16, 2 * (_single.Length + text.Length))).Append(text);
        return this;
    }

    /// <summary>Appends <paramref name="c"/>.</summary>
    public ClauseText Append(char c)
    {
        (_builder ??= new StringBuilder(_single, Math.Max(16, 2 * _single.Length + 1))).Append(c);
        return this;
    }

    /// <summary>The text: the one piece itself when there was only one.</summary>
    public override string ToString() => _builder?.ToString() ?? _single;
}
