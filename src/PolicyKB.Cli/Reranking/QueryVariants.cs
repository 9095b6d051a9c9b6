using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PolicyKB.Search.Analysis;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// Training queries as users also type them: without diacritics ("bao hiem y te"), and with an expression shortened to
/// its abbreviation from the abbreviation list ("BHYT" for "bảo hiểm y tế"). Headings are always written in full with
/// diacritics; without these variants the ranker would never see the query forms that keyword search already handles
/// (folded matching, abbreviation expansion) and would judge them out of its experience. One query in three gets a
/// folded copy (chosen by a hash of its text, so runs agree); every query holding a listed expression gets an
/// abbreviated copy.
/// </summary>
internal sealed class QueryVariants
{
    private readonly List<(Regex Expression, string Abbreviation)> _abbreviations = [];

    /// <summary>Reads the abbreviation list (synonyms.tsv: the abbreviation, then what it stands for, tab-separated).</summary>
    public QueryVariants(string synonymsFile)
    {
        if (!File.Exists(synonymsFile)) return;
        foreach (var line in File.ReadLines(synonymsFile).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // An abbreviation is one upper-case token ("BHYT", "DS-KHHGĐ"); a group of plain synonyms is skipped.
            if (parts.Length < 2 || parts[0].Contains(' ') || parts[0] != parts[0].ToUpperInvariant()) continue;
            foreach (var expansion in parts.Skip(1).Where(e => e.Contains(' ')))
            {
                _abbreviations.Add((new Regex(@"(?<![\p{L}\p{M}\p{N}])" + Regex.Escape(VietnameseNormalizer.Normalize(expansion)) + @"(?![\p{L}\p{M}\p{N}])"), parts[0]));
            }
        }
    }

    /// <summary>The judgement and its variants.</summary>
    public IEnumerable<RerankJudgement> Of(RerankJudgement judgement)
    {
        yield return judgement;
        if (Abbreviated(judgement) is { } abbreviated) yield return abbreviated;
        if (Hash(judgement.Query) % 3 == 0) yield return judgement with { Query = VietnameseNormalizer.Fold(judgement.Query) };
    }

    /// <summary>The judgement and, when it holds a listed expression, its copy with the abbreviation typed instead.</summary>
    public IEnumerable<RerankJudgement> WithAbbreviation(RerankJudgement judgement)
    {
        yield return judgement;
        if (Abbreviated(judgement) is { } abbreviated) yield return abbreviated;
    }

    private RerankJudgement? Abbreviated(RerankJudgement judgement)
    {
        var text = VietnameseNormalizer.Normalize(judgement.Query);
        foreach (var (expression, abbreviation) in _abbreviations)
        {
            if (expression.IsMatch(text)) return judgement with { Query = expression.Replace(text, abbreviation, 1) };
        }
        return null;
    }

    private static uint Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BitConverter.ToUInt32(hash[..4]);
    }
}
