using System.Text;

namespace PolicyKB.Search.Keyword;

/// <summary>
/// One syllable as the index takes it: lowercased as written, folded to ASCII, and both as the UTF-8 bytes Lucene keeps
/// for a term. Made once per distinct syllable by the thread that reads texts (<see cref="ClauseSyllables"/>), so the
/// thread that inverts them hands Lucene bytes it already has instead of copying each term's characters into a term
/// buffer and encoding them again, token after token.
/// </summary>
/// <remarks>
/// The bytes are what Lucene's own term attribute would have encoded (UTF-8; an unpaired surrogate becomes U+FFFD in
/// both), so the index is byte for byte the same.
/// </remarks>
internal sealed class Syllable
{
    private Syllable(string accented, string folded)
    {
        Accented = accented;
        Folded = folded;
        AccentedUtf8 = Encoding.UTF8.GetBytes(accented);
        FoldedUtf8 = ReferenceEquals(folded, accented) ? AccentedUtf8 : Encoding.UTF8.GetBytes(folded);
        // A document number ("281/qđ-ttg") also stacks its parts; other syllables, nearly all of them, stack none.
        var folds = new List<byte[]>();
        // Folding can give an equal string that is another instance (a character it leaves alone): the stream then
        // stacks it twice, and a folded-only stream keeps both, so the folded term's frequency does not change.
        if (FoldingChanges && string.Equals(folded, accented, StringComparison.Ordinal)) folds.Add(AccentedUtf8);
        if (accented.Contains('/'))
        {
            var parts = NumberPartTerms.Of(accented);
            NumberPartsUtf8 = Array.ConvertAll(parts, Encoding.UTF8.GetBytes);
            for (var i = 0; i < parts.Length; i++)
            {
                if (string.Equals(ClauseSyllables.Fold(parts[i]), parts[i], StringComparison.Ordinal)) folds.Add(NumberPartsUtf8[i]);
            }
        }
        FoldedStackUtf8 = folds.Count > 0 ? [.. folds] : null;
    }

    /// <summary>The syllable <paramref name="accented"/> (lowercased, as written), folded as <see cref="ClauseSyllables.Fold"/> folds it.</summary>
    public static Syllable Of(string accented) => new(accented, ClauseSyllables.Fold(accented));

    /// <summary>Lowercased, as written.</summary>
    public string Accented { get; }

    /// <summary>Folded to ASCII; the same instance as <see cref="Accented"/> when that is all ASCII.</summary>
    public string Folded { get; }

    /// <summary>True when folding changed the syllable (the unigram field then stacks the accented form after the folded one).</summary>
    public bool FoldingChanges => !ReferenceEquals(Folded, Accented);

    /// <summary><see cref="Accented"/> in UTF-8.</summary>
    public byte[] AccentedUtf8 { get; }

    /// <summary><see cref="Folded"/> in UTF-8 (the same array as <see cref="AccentedUtf8"/> when folding changed nothing).</summary>
    public byte[] FoldedUtf8 { get; }

    /// <summary>The terms stacked after a document number (<see cref="NumberPartTerms.Of"/>) in UTF-8; null for any other syllable.</summary>
    public byte[][]? NumberPartsUtf8 { get; }

    /// <summary>
    /// The terms the unigram field stacks after <see cref="FoldedUtf8"/> that are folded forms themselves (the accented
    /// ones left out), for a field queried by folded terms alone; null when there are none, as for nearly every syllable.
    /// </summary>
    public byte[][]? FoldedStackUtf8 { get; }
}
