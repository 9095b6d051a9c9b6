using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyKB.Search.Analysis;

/// <summary>
/// Keeps a document number whole and also stacks its parts at the same position, so "281/qđ-ttg" is found by
/// "281/qđ-ttg", "281", "qđ-ttg", "qđ" and "ttg" (the state handling follows Lucene's ASCIIFoldingFilter).
/// </summary>
public sealed class DocumentNumberFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pending = new();
    private State? _state;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public DocumentNumberFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var term = _term.ToString();
        if (term.Contains('/'))
        {
            foreach (var part in Parts(term)) _pending.Enqueue(part);
            _state = CaptureState();
        }
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }

    /// <summary>The parts a number is also found by: each "/" group, and each "-" piece of them.</summary>
    internal static IEnumerable<string> Parts(string number)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { number };
        foreach (var group in number.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (seen.Add(group)) yield return group;
            foreach (var piece in group.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (seen.Add(piece)) yield return piece;
            }
        }
    }
}
