namespace PolicyKB.Answering.Questions;

/// <summary>"Khi nào…", "chậm nhất ngày nào…", "thời hạn…": a date asked.</summary>
public sealed class DeadlineRule : IQuestionRule
{
    /// <summary>
    /// Folded question words that fold together with words of another meaning, and their one spelling that asks when:
    /// "quỹ nào" (which fund) folds to "quy nao" as "quý nào" (which quarter) does, "chủ lực nào" to "luc nao".
    /// </summary>
    private static readonly Dictionary<string, string> Toned = new(StringComparer.Ordinal)
    {
        ["quy nao"] = "quý nào",
        ["luc nao"] = "lúc nào",
    };

    /// <inheritdoc />
    public bool Triggers(QuestionText question) =>
        question.Folded.Contains(" khi ", StringComparison.Ordinal) || question.Folded.Contains(" han ", StringComparison.Ordinal)
        || question.Folded.Contains(" nao ", StringComparison.Ordinal) || question.Folded.Contains(" bao gio ", StringComparison.Ordinal)
        || question.Folded.Contains(" cham nhat ", StringComparison.Ordinal) || question.Folded.Contains(" truoc ngay ", StringComparison.Ordinal);

    /// <inheritdoc />
    public QuestionIntent? Match(QuestionText question) =>
        QuestionRules.DeadlineAsked().Matches(question.Folded).Any(m => AsksWhen(question, m.Index, m.Value.Trim())) ? QuestionIntent.Deadline : null;

    /// <summary>
    /// False when the words at <paramref name="index"/> of the folded question fold from another word than the one asking
    /// when: a question typed with tones asks a quarter only where it writes "quý nào" ("hạch toán vào quỹ nào" asks a fund).
    /// </summary>
    private static bool AsksWhen(QuestionText question, int index, string folded)
    {
        if (!Toned.TryGetValue(folded, out var spelled)) return true;
        var before = question.Folded[..index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var lower = question.Lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folds = question.Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (lower.Length != folds.Length || before + 2 > lower.Length) return true;
        var typed = $"{lower[before]} {lower[before + 1]}";
        // Typed without tones, the words may mean either: the reading asking when is kept.
        return typed == folded || typed == spelled;
    }
}
