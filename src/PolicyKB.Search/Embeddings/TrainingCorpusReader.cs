using System.Text;
using System.Text.RegularExpressions;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Reads a training corpus: every .txt and .md file under the given folders (or given directly), in ordinal path
/// order so a corpus always trains the same way, NFC-normalised, with Markdown syntax stripped crudely.
/// </summary>
public static partial class TrainingCorpusReader
{
    /// <summary>The .txt and .md files under <paramref name="paths"/>, deduplicated, in ordinal order. Missing paths are skipped.</summary>
    public static IReadOnlyList<string> EnumerateFiles(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (IsCorpusFile(path)) files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    if (IsCorpusFile(file)) files.Add(Path.GetFullPath(file));
                }
            }
        }
        return files.ToList();
    }

    /// <summary>Reads one file as training text (UTF-8, NFC; Markdown stripped for .md files).</summary>
    public static string ReadDocument(string file)
    {
        var text = File.ReadAllText(file, Encoding.UTF8);
        text = StripUrls(text);
        if (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) text = StripMarkdown(text);
        try { return text.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return text; }
    }

    /// <summary>
    /// Removes Markdown syntax that would otherwise break words apart or add tokens: emphasis markers
    /// (<c>**bảo hiểm** y tế</c> must stay one run of syllables), heading and quote markers, link targets, images
    /// and HTML tags. Table cell separators become sentence breaks, since cells are separate statements.
    /// </summary>
    public static string StripMarkdown(string text)
    {
        text = Images().Replace(text, " ");
        text = Links().Replace(text, "$1");
        text = HtmlTags().Replace(text, " ");
        text = TableRules().Replace(text, "\n");
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '*' or '_' or '`' or '#' or '>' or '~' or '\\': break;
                case '|': sb.Append(" ; "); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    private static string StripUrls(string text) => Urls().Replace(text, " ");

    private static bool IsCorpusFile(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"!\[[^\]\n]*\]\([^)\n]*\)")]
    private static partial Regex Images();

    [GeneratedRegex(@"\[([^\]\n]*)\]\([^)\n]*\)")]
    private static partial Regex Links();

    [GeneratedRegex(@"<[^<>\n]{1,200}>")]
    private static partial Regex HtmlTags();

    [GeneratedRegex(@"^[\s|:\-]*-{3,}[\s|:\-]*$", RegexOptions.Multiline)]
    private static partial Regex TableRules();

    [GeneratedRegex(@"\b(?:https?|ftp)://\S+|\bwww\.\S+")]
    private static partial Regex Urls();
}
