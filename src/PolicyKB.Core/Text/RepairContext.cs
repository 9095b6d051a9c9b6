using PolicyKB.Decoding;

namespace PolicyKB.Text;

/// <summary>
/// The document being repaired: its lines (text changeable, numbers fixed), its format, and what the
/// steps have to say about their work (notes for a reader, counters per step).
/// </summary>
public sealed class RepairContext
{
    /// <summary>Detailed notes beyond this many are summarised in one line, so a badly damaged file stays readable.</summary>
    public const int MaxNotes = 200;

    private readonly SourceLine[] _lines;
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private int _suppressedNotes;

    /// <summary>Starts a repair of the decoded text.</summary>
    public RepairContext(DecodedText decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        Format = decoded.Format ?? string.Empty;
        OcrPages = new HashSet<int>(decoded.Ocr?.Pages ?? []);
        _lines = decoded.Lines?.Where(l => l is not null).ToArray() ?? [];
    }

    /// <summary>Short format name of the source ("txt", "md", "docx", "pdf").</summary>
    public string Format { get; }

    /// <summary>The pages read by OCR (empty when none): OCR-specific repairs touch only their lines.</summary>
    public IReadOnlySet<int> OcrPages { get; }

    /// <summary>The lines in reading order; change them with <see cref="SetText"/> or <see cref="Blank"/>.</summary>
    public IReadOnlyList<SourceLine> Lines => _lines;

    /// <summary>Notes written so far.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Repairs counted so far, per step name.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Replaces the text of line <paramref name="index"/>, keeping its number, style and page.</summary>
    public void SetText(int index, string text)
    {
        var line = _lines[index];
        if (!string.Equals(line.Text, text, StringComparison.Ordinal)) _lines[index] = line with { Text = text ?? string.Empty };
    }

    /// <summary>
    /// Empties line <paramref name="index"/> (page furniture): the number and page stay so later lines keep
    /// theirs; layout hints are dropped because they described the removed text.
    /// </summary>
    public void Blank(int index)
    {
        var line = _lines[index];
        if (line.Text.Length == 0 && line.Style == LineStyle.None) return;
        _lines[index] = new SourceLine(line.Number, string.Empty) { Page = line.Page };
    }

    /// <summary>Adds a note for the reader (capped at <see cref="MaxNotes"/> detailed notes).</summary>
    public void AddNote(string note)
    {
        if (_notes.Count < MaxNotes) _notes.Add(note);
        else _suppressedNotes++;
    }

    /// <summary>Counts <paramref name="amount"/> repairs made by <paramref name="step"/>.</summary>
    public void Count(string step, int amount = 1)
    {
        if (amount <= 0) return;
        _counts[step] = _counts.GetValueOrDefault(step) + amount;
    }

    /// <summary>The result as it stands.</summary>
    public RepairedText ToResult()
    {
        var notes = _notes.ToList();
        if (_suppressedNotes > 0) notes.Add($"… and {_suppressedNotes} more notes not shown");
        return new RepairedText(_lines.ToArray(), notes) { Counts = new Dictionary<string, int>(_counts) };
    }
}
