using System.Text.RegularExpressions;
using PolicyKB.Answering.Questions;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// A yes/no question asking a permission or an obligation ("có được sửa hay xóa không?", "có phải làm chữ ký số mới
/// không?") is answered by a sentence that states one on the act ("chỉ được thực hiện đối với …", "thì được tiếp tục sử
/// dụng …", "không phải …"), not by a sentence that only names the act (a task "Cập nhật thông tin, sửa và xóa …").
/// </summary>
public static partial class ModalStatement
{
    /// <summary>What a sentence stating the modal asked adds to its score: it only reorders sentences that cover the question alike.</summary>
    public const double Bonus = 0.1;

    /// <summary>True when <paramref name="question"/>, read as yes/no, asks whether something may or must be done.</summary>
    public static bool Asked(string question) => ModalAsked().IsMatch(" " + FoldedQuestion.Of(question).Replace('?', ' ').Trim() + " ");

    /// <summary>True when <paramref name="sentence"/> states a permission or an obligation ("chỉ được", "không được", "phải").</summary>
    public static bool States(string sentence) => ModalWord().IsMatch(sentence);

    [GeneratedRegex(@" (?:co|thi) (?:duoc|phai|bi|can) | (?:duoc|phai) [\p{L} ,]+ (?:khong|hay khong) $")]
    private static partial Regex ModalAsked();

    /// <summary>
    /// The modal as the documents write it, with tones: "chỉ được", "không được", "thì được", "được phép", "được tiếp tục",
    /// "phải", "bắt buộc". Not a bare "được", which is as often the passive ("địa bàn được thành lập mới") and permits nothing.
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:(?:chỉ|không|thì|vẫn|mới) được|được (?:phép|tiếp tục|quyền)|phải|bắt buộc)\b")]
    private static partial Regex ModalWord();
}
