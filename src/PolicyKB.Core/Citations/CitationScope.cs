using System.Text;

namespace PolicyKB.Citations;

/// <summary>
/// What one document has said so far: the full forms it printed ("Chỉ thị số 25-CT/TW …") and the short names it gave
/// them ("(sau đây gọi tắt là Chỉ thị 25)"). Create one per document and pass it to every
/// <see cref="CitationExtractor.Extract"/> call for that document, in document order, so later short forms
/// ("Chỉ thị 25", "Nghị quyết 21") resolve to the key of the document they abbreviate.
/// </summary>
public sealed class CitationScope
{
    private readonly Dictionary<string, CitationMatch> _bySerial = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CitationMatch> _aliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>Every key met in the document so far.</summary>
    public IReadOnlyCollection<string> Keys => _keys;

    /// <summary>Number of aliases declared so far.</summary>
    public int AliasCount => _aliases.Count;

    /// <summary>
    /// Records a citation. A numbered one becomes the target of later short forms with the same type word and serial;
    /// when two documents share type and serial the most recent wins, as a reader would understand it.
    /// </summary>
    public void Remember(CitationMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        _keys.Add(match.Key);
        if (match.Number is null || match.Type is null) return;
        _bySerial[SerialKey(match.Type, DocumentNumber.Serial(match.Number))] = match;
    }

    /// <summary>Declares <paramref name="alias"/> ("Chỉ thị 25", "Luật Bảo hiểm y tế") as a name for <paramref name="target"/>.</summary>
    public void AddAlias(string alias, CitationMatch target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var key = AliasKey(alias);
        if (key.Length > 0) _aliases[key] = target;
        Remember(target);
    }

    /// <summary>The full form remembered for a type word and serial ("Chỉ thị", "25"), if any.</summary>
    public CitationMatch? FindBySerial(string type, string serial) =>
        _bySerial.GetValueOrDefault(SerialKey(type, serial));

    /// <summary>The target declared for an alias, compared without case, spacing and "số".</summary>
    public CitationMatch? FindAlias(string alias) => _aliases.GetValueOrDefault(AliasKey(alias));

    private static string SerialKey(string type, string serial) => type + "|" + serial.TrimStart('0');

    private static string AliasKey(string alias)
    {
        var sb = new StringBuilder(alias.Length);
        foreach (var word in alias.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var w = PolicyKB.Text.FastCharacters.ToLowerInvariant(word.Trim('"', '“', '”', '(', ')', ',', ';', '.'));
            if (w.Length == 0 || w == "số") continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(w);
        }
        return sb.ToString();
    }
}
