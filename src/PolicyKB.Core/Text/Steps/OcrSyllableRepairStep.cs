using System.Globalization;
using System.Text;

namespace PolicyKB.Text;

/// <summary>
/// Restores the tone marks and letters Tesseract gets wrong on Vietnamese syllables ("Ha Tinh, ngay 29 thang 01" for
/// "Hà Tĩnh, ngày 29 tháng 01", "dường" for "đường"), on OCR'd pages only. General, not a word list: every spelling of
/// the syllable lexicon (learned from a corpus of official documents) with the same bare letters as the recognised word
/// (no marks, "đ" as "d") is a candidate, and a noisy-channel decode picks the spellings of a run of words together:
/// the bigram model's log probability of the run, minus a cost for every word changed. Changing a word printed without
/// any mark costs little (Tesseract drops all the marks of a line it misreads as English), changing a known marked word
/// costs much (its marks were seen), and an unknown spelling costs nothing to change.
/// </summary>
public sealed class OcrSyllableRepairStep : ITextRepairStep
{
    /// <summary>Cost (natural log) of respelling a recognised word that carries no mark.</summary>
    public const double BareChangeCost = 3.0;

    /// <summary>Cost (natural log) of respelling a recognised word that carries marks and is a known spelling.</summary>
    public const double MarkedChangeCost = 7.0;

    private static readonly Lazy<Dictionary<string, Candidate[]>?> Index = new(BuildIndex, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <inheritdoc />
    public string Name => "ocr-syllables";

    /// <inheritdoc />
    public void Apply(RepairContext context)
    {
        if (context.OcrPages.Count == 0 || SyllableLexicon.Default is not { } lexicon || Index.Value is not { } index) return;
        var left = -1;
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var line = context.Lines[i];
            if (line.Page is not { } page || !context.OcrPages.Contains(page) || line.IsBlank)
            {
                left = -1;
                continue;
            }
            var repaired = RepairLine(line.Text, lexicon, index, ref left, out var changed);
            if (changed == 0) continue;
            context.SetText(i, repaired);
            context.Count(Name, changed);
        }
    }

    /// <summary>
    /// The line with its improbable syllables respelled; <paramref name="left"/> is the last syllable of the line before
    /// when the sentence runs on (a wrapped line), and becomes this line's. <paramref name="changed"/> counts the words respelled.
    /// </summary>
    internal static string RepairLine(string text, SyllableLexicon lexicon, Dictionary<string, Candidate[]> index, ref int left, out int changed)
    {
        changed = 0;
        var words = Words(text);
        if (words.Count == 0)
        {
            left = -1;
            return text;
        }
        var chosen = new string?[words.Count];
        var start = 0;
        for (var w = 1; w <= words.Count; w++)
        {
            if (w < words.Count && JoinedBySpace(text, words[w - 1], words[w])) continue;
            left = Decode(text, words, start, w, left, lexicon, index, chosen);
            // Punctuation after the run ends the context; a line ending in a word runs on into the next line.
            if (w < words.Count || words[^1].Start + words[^1].Length < text.TrimEnd().Length) left = -1;
            start = w;
        }
        var builder = new StringBuilder(text.Length);
        var last = 0;
        for (var w = 0; w < words.Count; w++)
        {
            if (chosen[w] is not { } surface) continue;
            var (wordStart, length) = words[w];
            builder.Append(text, last, wordStart - last).Append(CaseLike(text.Substring(wordStart, length), surface));
            last = wordStart + length;
            changed++;
        }
        return changed == 0 ? text : builder.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>Viterbi over the words [from, to): each word keeps its spelling or takes a candidate; returns the last word's id.</summary>
    private static int Decode(string text, List<(int Start, int Length)> words, int from, int to, int left,
        SyllableLexicon lexicon, Dictionary<string, Candidate[]> index, string?[] chosen)
    {
        var options = new List<Option[]>(to - from);
        for (var w = from; w < to; w++) options.Add(Options(text.Substring(words[w].Start, words[w].Length), lexicon, index));
        var score = new double[options.Count][];
        var back = new int[options.Count][];
        for (var p = 0; p < options.Count; p++)
        {
            score[p] = new double[options[p].Length];
            back[p] = new int[options[p].Length];
            for (var o = 0; o < options[p].Length; o++)
            {
                var option = options[p][o];
                if (p == 0)
                {
                    score[p][o] = lexicon.LogBigram(left, option.Id) - option.Cost;
                    continue;
                }
                var best = double.NegativeInfinity;
                for (var q = 0; q < options[p - 1].Length; q++)
                {
                    var s = score[p - 1][q] + lexicon.LogBigram(options[p - 1][q].Id, option.Id);
                    if (s <= best) continue;
                    best = s;
                    back[p][o] = q;
                }
                score[p][o] = best - option.Cost;
            }
        }
        var at = Array.IndexOf(score[^1], score[^1].Max());
        var lastId = options[^1][at].Id;
        for (var p = options.Count - 1; p >= 0; p--)
        {
            chosen[from + p] = options[p][at].Surface;
            at = back[p][at];
        }
        return lastId;
    }

    /// <summary>The word as recognised (no cost, no respelling) and the lexicon's other spellings of its letters.</summary>
    private static Option[] Options(string word, SyllableLexicon lexicon, Dictionary<string, Candidate[]> index)
    {
        var lower = word.ToLowerInvariant();
        var id = lexicon.IdOf(VietnameseLetters.Key(lower));
        var keep = new Option(id, null, 0);
        var skeleton = Skeleton(lower);
        if (word.Length < 2 || !index.TryGetValue(skeleton, out var candidates)) return [keep];
        var cost = id < 0 || !lexicon.IsKnownSpelling(lower) ? 0 : skeleton == lower ? BareChangeCost : MarkedChangeCost;
        return [keep, .. candidates.Where(c => c.Id != id).Select(c => new Option(c.Id, c.Surface, cost))];
    }

    /// <summary>The word's letters without any mark, lowercase, "đ" as "d": what Tesseract's errors keep of a syllable.</summary>
    internal static string Skeleton(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c == 'đ' ? 'd' : c);
        }
        return builder.ToString();
    }

    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark)) i++;
            // A letter run glued to digits or a slash is a code ("KH-UBND", "15/KH"), not a syllable to respell.
            var glued = (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is '/' or '-' or '.'))
                || (i < text.Length && (char.IsDigit(text[i]) || text[i] is '/' or '-'));
            if (!glued) words.Add((start, i - start));
        }
        return words;
    }

    private static bool JoinedBySpace(string text, (int Start, int Length) left, (int Start, int Length) right)
    {
        for (var i = left.Start + left.Length; i < right.Start; i++) if (text[i] != ' ') return false;
        return true;
    }

    private static string CaseLike(string original, string surface)
    {
        if (original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c))) return surface.ToUpperInvariant();
        return char.IsUpper(original[0]) ? char.ToUpperInvariant(surface[0]) + surface[1..] : surface;
    }

    /// <summary>Skeleton → the lexicon's keys with those letters, each with its most frequent spelling.</summary>
    private static Dictionary<string, Candidate[]>? BuildIndex()
    {
        if (SyllableLexicon.Default is not { } lexicon) return null;
        var best = new Dictionary<int, (string Surface, int Count)>();
        foreach (var (surface, count) in lexicon.SurfaceCounts)
        {
            if (surface.Length < 2 || !surface.All(char.IsLetter)) continue;
            var id = lexicon.IdOf(VietnameseLetters.Key(surface));
            if (id < 0 || (best.TryGetValue(id, out var known) && known.Count >= count)) continue;
            best[id] = (surface, count);
        }
        return best.GroupBy(p => Skeleton(p.Value.Surface))
            .ToDictionary(g => g.Key, g => g.Select(p => new Candidate(p.Key, p.Value.Surface)).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A spelling the lexicon knows: its key id and its usual written form.</summary>
    internal readonly record struct Candidate(int Id, string Surface);

    /// <summary>One way to spell a word in the decode: its key id, the new spelling (null: as recognised) and its cost.</summary>
    private readonly record struct Option(int Id, string? Surface, double Cost);
}
