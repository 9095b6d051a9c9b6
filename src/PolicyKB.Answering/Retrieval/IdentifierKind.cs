using System.Text.RegularExpressions;
using PolicyKB.Citations;
using PolicyKB.Search.Analysis;
using PolicyKB.Search.References;

namespace PolicyKB.Answering.Retrieval;

/// <summary>
/// The kind of document an identifier question names before "số mấy" ("là nghị quyết số mấy", "thay thế thông tư số
/// mấy", "theo QĐ số mấy"): its answer is a number of that kind. A sentence whose every document number announces
/// another kind through its code ("213-KL/TW" a Kết luận, "42-CT/TW" a Chỉ thị) answers another question; a number whose
/// code does not tell its kind ("66/2013/QH13", "823/DLA-CNTK") may be the one asked.
/// </summary>
public static partial class IdentifierKind
{
    /// <summary>The type word asked before "số mấy" as <see cref="DocumentNumber.TypeFromNumber"/> names it, folded; null when none is named.</summary>
    public static string? Asked(string question) =>
        KindAsked().Match(" " + Punctuation().Replace(VietnameseNormalizer.Fold(question), " ") + " ") is { Success: true } m ? Word(m.Groups["kind"].Value) : null;

    // A code ("qd") read as its type word ("quyet dinh") by the reference path's one table.
    private static string Word(string kind) => DocumentTypeWords.Codes.GetValueOrDefault(kind) ?? kind;

    /// <summary>True unless every document number of <paramref name="sentence"/> announces a kind other than <paramref name="kind"/>.</summary>
    public static bool Admits(string? kind, string sentence)
    {
        if (kind is null) return true;
        var kinds = Number().Matches(sentence).Select(m => DocumentNumber.TypeFromNumber(m.Value)).ToList();
        return kinds.Count == 0 || kinds.Any(k => k is null || VietnameseNormalizer.Fold(k) == kind);
    }

    /// <summary>A type word right before "số mấy", folded ("nghi quyet so may", "qd so may").</summary>
    [GeneratedRegex(@" (?<kind>nghi quyet|thong tu|quyet dinh|nghi dinh|chi thi|ket luan|ke hoach|to trinh|bao cao|thong bao|cong dien|nq|tt|qd|nd|ct|kl|kh) so may ")]
    private static partial Regex KindAsked();

    [GeneratedRegex(@"[?!.,;:]")]
    private static partial Regex Punctuation();

    /// <summary>A document number with its code ("20/2023/TT-BLĐTBXH", "42-CT/TW", "992/HTI-CNTK").</summary>
    [GeneratedRegex(@"\d{1,5}[A-Za-z]?(?:/\d{4})?[/\-]\p{Lu}[\p{L}\d\-/&]*")]
    private static partial Regex Number();
}
