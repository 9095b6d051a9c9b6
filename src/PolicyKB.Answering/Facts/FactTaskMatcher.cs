using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;
using PolicyKB.Facts;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// Finds the task a question describes ("cơ quan nào chủ trì rà soát, hoàn thiện Chiến lược dữ liệu …") among the
/// tasks of the document it names, by the share of the question's subject words the task text holds, and states its
/// lead agency or deadline. A task matched only loosely, or two tasks matched alike with different answers, give no answer.
/// </summary>
internal static class FactTaskMatcher
{
    /// <summary>Least share of the question's subject words (not naming the document) the task must hold.</summary>
    private const double MinShare = 0.6;

    /// <summary>Least number of subject words in common.</summary>
    private const int MinWords = 3;

    public static bool Answer(QuestionAnalysis question, DocumentFacts facts, FactAnswerComposer composer, FactQuestionKind kind)
    {
        var nameKeys = SyllableKeys.Keys(composer.Name, question.Folded).ToHashSet(StringComparer.Ordinal);
        var subject = question.ContentKeys.Where(k => !nameKeys.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        if (subject.Count < MinWords) return false;
        var scored = facts.Tasks
            .Where(t => kind == FactQuestionKind.TaskLead ? t.Lead is not null : t.Deadline is not null)
            .Select(t => (Task: t, Hits: Hits(t, subject, question.Folded)))
            .Where(s => s.Hits >= MinWords && s.Hits >= subject.Count * MinShare)
            .OrderByDescending(s => s.Hits).ToList();
        if (scored.Count == 0) return false;
        var best = scored[0];
        string Value(TaskFact t) => kind == FactQuestionKind.TaskLead ? t.Lead! : t.Deadline!.Text;
        if (scored.Skip(1).Any(s => s.Hits == best.Hits && Value(s.Task) != Value(best.Task))) return false;
        var cite = composer.Cite(best.Task.ClauseId, kind == FactQuestionKind.TaskLead ? best.Task.Lead : best.Task.Deadline!.Text);
        if (cite is null) return false;
        composer.Line(kind == FactQuestionKind.TaskLead
            ? $"Theo {composer.Name}, {best.Task.Lead} chủ trì nhiệm vụ này{Cooperating(best.Task)} [{cite}]."
            : $"Theo {composer.Name}, thời hạn của nhiệm vụ này: {best.Task.Deadline!.Text} [{cite}].");
        return true;
    }

    private static int Hits(TaskFact task, List<string> subject, bool folded)
    {
        var keys = SyllableKeys.Keys(task.Text, folded).ToHashSet(StringComparer.Ordinal);
        return subject.Count(keys.Contains);
    }

    private static string Cooperating(TaskFact task) => task.Cooperating.Count == 0 ? "" : $", phối hợp: {string.Join(", ", task.Cooperating)}";
}
