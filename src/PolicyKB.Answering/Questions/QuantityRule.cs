using System.Text.RegularExpressions;

namespace PolicyKB.Answering.Questions;

/// <summary>
/// "Bao nhiêu…", "mấy…", "tỷ lệ…", "chỉ tiêu…": a number asked. Not "số mấy", which asks an identifier (a số hiệu,
/// <see cref="AnswerTypeClassifier"/>), not a quantity.
/// </summary>
public sealed partial class QuantityRule : IQuestionRule
{
    /// <inheritdoc />
    public bool Triggers(QuestionText question) =>
        HowMany(question) || question.Folded.Contains(" bao nhieu ", StringComparison.Ordinal)
        || question.Folded.Contains(" ty ", StringComparison.Ordinal) || question.Folded.Contains(" chi tieu ", StringComparison.Ordinal)
        || question.Folded.Contains(" muc ", StringComparison.Ordinal) || question.Folded.Contains(" so luong ", StringComparison.Ordinal)
        || question.Folded.Contains(" phan tram ", StringComparison.Ordinal) || question.Folded.Contains(" toi ", StringComparison.Ordinal)
        || question.Folded.Contains(" dat ", StringComparison.Ordinal);

    /// <inheritdoc />
    public QuestionIntent? Match(QuestionText question) =>
        HowMany(question) || QuestionRules.QuantityAsked().IsMatch(question.Folded)
            ? QuestionIntent.Quantity
            : null;

    /// <summary>"mấy" asking a count, anywhere but in "số mấy" and "điều mấy", "khoản mấy" (a part of a text is asked).</summary>
    private static bool HowMany(QuestionText question) =>
        PartAsked().Replace(question.Lower.Replace(" số mấy ", " ", StringComparison.Ordinal), " ").Contains(" mấy ", StringComparison.Ordinal);

    [GeneratedRegex(@" (?:điều|khoản|điểm|chương|phụ lục) (?:số )?mấy ")]
    private static partial Regex PartAsked();
}
