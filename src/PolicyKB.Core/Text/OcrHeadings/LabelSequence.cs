using PolicyKB.Parsing;

namespace PolicyKB.Text;

/// <summary>
/// The numbering in progress while reading a document top to bottom: the last Roman section, the last Arabic item
/// under it and the last letter point under that, as an administrative document numbers them (Nghị định 30/2020/NĐ-CP,
/// Phụ lục I: sections I, II…, items 1, 2…, points a, b…). It yields the labels that may come next.
/// </summary>
internal sealed class LabelSequence
{
    // The Vietnamese alphabet order of point labels (Nghị định 34/2016/NĐ-CP Điều 58: a, b, c, d, đ, e…).
    private const string Letters = "abcdđeghiklmnopqrstuvxy";

    private int _roman;
    private int _arabic;
    private bool _romanSinceArabic;
    private int _letter = -1;

    /// <summary>The last Roman section read (0 before the first).</summary>
    public int CurrentRoman => _roman;

    /// <summary>The next Roman section.</summary>
    public string NextRoman => LabelText.ToRoman(_roman + 1);

    /// <summary>The Arabic items that may come next: the following one, and 1 when a section opened since the last item.</summary>
    public IEnumerable<int> NextArabic => _romanSinceArabic && _arabic > 0 ? [_arabic + 1, 1] : [_arabic + 1];

    /// <summary>The next letter point, or null after the last letter.</summary>
    public char? NextLetter => _letter + 1 < Letters.Length ? Letters[_letter + 1] : null;

    /// <summary>An appendix or attached document begins: its numbering starts over.</summary>
    public void Restart()
    {
        _roman = 0;
        _arabic = 0;
        _romanSinceArabic = false;
        _letter = -1;
    }

    /// <summary>A Roman section was read.</summary>
    public void Roman(int value)
    {
        _roman = value;
        _romanSinceArabic = true;
        _letter = -1;
    }

    /// <summary>An Arabic item was read.</summary>
    public void Arabic(int value)
    {
        _arabic = value;
        _romanSinceArabic = false;
        _letter = -1;
    }

    /// <summary>A letter point was read.</summary>
    public void Letter(char value)
    {
        var index = Letters.IndexOf(value);
        if (index >= 0) _letter = index;
    }
}
