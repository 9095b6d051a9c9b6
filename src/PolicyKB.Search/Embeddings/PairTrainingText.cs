using System.Text;
using PolicyKB.Search.Evaluation.Pairs;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// The supervised signal of query ↔ passage pairs and thesaurus groups, given to a skip-gram trainer as text: a
/// skip-gram model learns that two words mean alike when they share contexts, so each pair also yields a "bridge"
/// sentence in which the passage's words are woven between the query's words (one passage word after every
/// <see cref="Stride"/> query words, the passage repeated as needed). Every query word then has passage words within
/// its window and the reverse, which is what pulls "muỗi đốt" toward "sốt xuất huyết" when the pairs say so.
/// </summary>
public static class PairTrainingText
{
    /// <summary>Query words between two woven passage words (less than the trainer's window of 5).</summary>
    public const int Stride = 2;

    /// <summary>
    /// One document per pair: the query, the passage and their bridge sentence, each on its own paragraph.
    /// Pairs of <see cref="PairSplit.Test"/> are never used; <see cref="PairSplit.Dev"/> pairs only when
    /// <paramref name="includeDev"/>.
    /// </summary>
    public static IEnumerable<string> FromPairs(IEnumerable<QueryPair> pairs, bool includeDev)
    {
        foreach (var pair in pairs)
        {
            if (pair.HeldOut || (!includeDev && pair.Split == PairSplit.Dev)) continue;
            yield return pair.Everyday + "\n\n" + pair.Formal + "\n\n" + Bridge(Content(pair.EverydayWords), Content(pair.FormalWords)) + "\n";
        }
    }

    /// <summary>One document per thesaurus group (a line of tab-separated expressions; # starts a comment): a bridge of each expression with the next.</summary>
    public static IEnumerable<string> FromThesaurus(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var terms = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (terms.Length < 2) continue;
            var text = new StringBuilder();
            for (var i = 0; i < terms.Length; i++)
            {
                // "a b" then "b c" …: adjacent expressions in one sentence, groups apart in separate paragraphs.
                text.Append(terms[i]).Append(' ').Append(terms[(i + 1) % terms.Length]).Append("\n\n");
            }
            yield return text.ToString();
        }
    }

    /// <summary>The words of <paramref name="query"/> with a word of <paramref name="passage"/> after every <see cref="Stride"/> of them.</summary>
    public static string Bridge(IReadOnlyList<string> query, IReadOnlyList<string> passage)
    {
        if (query.Count == 0 || passage.Count == 0) return "";
        var text = new StringBuilder();
        var next = 0;
        for (var i = 0; i < query.Count; i++)
        {
            if (i % Stride == 0) text.Append(passage[next++ % passage.Count]).Append(' ');
            text.Append(query[i]).Append(' ');
        }
        // The passage's remaining words, so a passage longer than the query is woven in completely.
        while (next < passage.Count) text.Append(passage[next++]).Append(' ');
        return text.ToString().TrimEnd();
    }

    /// <summary>Words with a letter or digit: punctuation would end the bridge sentence early.</summary>
    private static List<string> Content(IReadOnlyList<string> words) => words.Where(w => w.Any(char.IsLetterOrDigit)).ToList();
}
