using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;
using PolicyKB.Facts;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// Finds the task a question describes ("cơ quan nào chủ trì rà soát, hoàn thiện Chiến lược dữ liệu …") among the
/// tasks of the document it names, by the share of the question's subject words the task holds, and states its
/// lead agency or deadline. A task is read with its section: plans often state the work in "a) Nhiệm vụ: …" and the
/// lead in a sibling "b) Cơ quan thực hiện: - Đơn vị chủ trì: …", under a heading naming the task. A task matched only
/// loosely, or two tasks matched alike with different answers, give no answer.
/// </summary>
internal static partial class FactTaskMatcher
{
    /// <summary>Least share of the question's subject words (not naming the document) the task must hold.</summary>
    private const double MinShare = 0.6;

    /// <summary>Least number of subject words in common.</summary>
    private const int MinWords = 3;

    /// <summary>Most sibling clauses read as the task's section (a task and its executing agencies, not a whole chapter).</summary>
    private const int MaxSiblings = 4;

    /// <summary>Most words of a task that is only a label ("Cơ quan thực hiện", "Đơn vị chủ trì").</summary>
    private const int MaxLabelWords = 5;

    /// <summary>Weight of a word of the document's title against another subject word.</summary>
    private const double TitleWeight = 0.15;

    private static readonly string[] FormPhrases = ["chỉ tiêu", "nhiệm vụ", "công việc"];

    /// <summary>
    /// States the lead agencies or the deadline of the task <paramref name="question"/> describes; false when no task
    /// matches well enough. With <paramref name="severalLeads"/> ("những cơ quan nào chủ trì …") only a task led by
    /// several agencies answers: one naming a single lead may have left the others in its text.
    /// </summary>
    public static bool Answer(QuestionAnalysis question, DocumentFacts facts, FactAnswerComposer composer, FactQuestionKind kind,
        Func<string, RetrievedClause?> frame, TermStatistics terms, bool severalLeads = false)
    {
        var nameKeys = SyllableKeys.Keys(composer.Name, question.Folded).ToHashSet(StringComparer.Ordinal);
        // Title words mostly name the document ("Kế hoạch truyền thông về giảm nghèo đa chiều"): a task repeating them is
        // not the one asked, so they count little; a little, as a task may be the title's own subject ("phòng thủ dân sự").
        var titleKeys = SyllableKeys.Keys(composer.Title, question.Folded).ToHashSet(StringComparer.Ordinal);
        // "chủ trì chỉ tiêu …", "chủ trì nhiệm vụ …" name what kind of row is asked about, not which one.
        foreach (var form in FormPhrases.Where(f => question.Question.Contains(f, StringComparison.OrdinalIgnoreCase)))
            nameKeys.UnionWith(SyllableKeys.Keys(form, question.Folded));
        // The words asking for the lead or the deadline ("cơ quan nào", "thời hạn hoàn thành … khi nào") are in no task's text.
        nameKeys.UnionWith(SentenceScorer.FrameKeys(question));
        // So are the words asking it in other terms ("phải xong khi nào", "sở nào chủ trì").
        nameKeys.UnionWith(SyllableKeys.Keys(string.Join(' ', AskingWords().Matches(question.Question).Select(m => m.Value)), question.Folded));
        var subject = question.ContentKeys.Where(k => !nameKeys.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        if (subject.Count < MinWords) return false;
        var tasks = facts.Tasks.Where(t => kind == FactQuestionKind.TaskLead ? t.LeadAgencies().Count > 0 : t.Deadline is not null).ToList();
        // The task's own text first; its section only when no task's own text matches (the section is wider and matches more).
        double Weight(string key) => terms.Idf(key, question.Folded) * (titleKeys.Contains(key) ? TitleWeight : 1);
        // Words are counted apart from the title's: a question repeating the whole title would otherwise ask for more
        // words than any task states.
        var counted = subject.Count(k => !titleKeys.Contains(k)) is var own && own >= MinWords ? own : subject.Count;
        var scored = Match(tasks, t => Hits(t, subject, question.Folded, null), counted, subject, Weight, titleKeys);
        // A task stating its work ("Tổ chức tập huấn, bồi dưỡng …") and read with its section must still name something
        // asked itself, or it matched through sibling sections that are other tasks; a label ("Cơ quan thực hiện") has
        // its work stated beside it ("a) Nhiệm vụ: …").
        if (scored.Count == 0)
        {
            var readable = tasks.Where(t => SyllableKeys.Keys(t.Text).Count <= MaxLabelWords || Hits(t, subject, question.Folded, null).Any(k => !titleKeys.Contains(k))).ToList();
            scored = Match(readable, t => Hits(t, subject, question.Folded, frame), counted, subject, Weight, titleKeys);
        }
        if (scored.Count == 0) return false;
        var best = scored[0];
        // Every lead the cell names answers "cơ quan nào chủ trì": "Sở Y tế; UBND các huyện" are both in charge.
        string Value(TaskFact t) => kind == FactQuestionKind.TaskLead ? t.LeadText()! : t.Deadline!.Text;
        if (scored.Skip(1).Any(s => Math.Abs(s.Hits - best.Hits) < 1e-9 && Value(s.Task) != Value(best.Task))) return false;
        if (severalLeads && best.Task.LeadAgencies().Count < 2) return false;
        var cite = composer.Cite(best.Task.ClauseId, kind == FactQuestionKind.TaskLead ? best.Task.Lead : best.Task.Deadline!.Text, row: best.Task.Text);
        if (cite is null) return false;
        composer.Line(kind == FactQuestionKind.TaskLead
            ? $"Theo {composer.Name}, {Leads(best.Task)} nhiệm vụ này{Cooperating(best.Task)} [{cite}]."
            : $"Theo {composer.Name}, thời hạn của nhiệm vụ này: {best.Task.Deadline!.Text} [{cite}].");
        return true;
    }

    /// <summary>The tasks holding enough subject words, by the rarity-weighted sum of the words held (rare words tell tasks apart).</summary>
    private static List<(TaskFact Task, double Hits)> Match(List<TaskFact> tasks, Func<TaskFact, List<string>> hits, int counted, List<string> subject,
        Func<string, double> weight, IReadOnlySet<string> titleKeys)
    {
        var total = subject.Sum(weight);
        var titleOnly = counted < subject.Count;
        int Count(List<string> found) => titleOnly ? found.Count(k => !titleKeys.Contains(k)) : found.Count;
        // The share is counted in words and in rarity: a task holding the common words of the question ("phụ lục",
        // "chỉ tiêu") but not its rare ones ("xe buýt điện") is another task.
        return tasks.Select(t => (Task: t, Found: hits(t)))
            .Where(s => Count(s.Found) >= MinWords && Count(s.Found) >= counted * MinShare)
            .Select(s => (s.Task, Hits: s.Found.Sum(weight)))
            .Where(s => s.Hits >= total * MinShare)
            .OrderByDescending(s => s.Hits).ToList();
    }

    /// <summary>Subject words the task's text holds, or (with <paramref name="frame"/>) its section.</summary>
    private static List<string> Hits(TaskFact task, List<string> subject, bool folded, Func<string, RetrievedClause?>? frame)
    {
        var keys = SyllableKeys.Keys(task.Text, folded).ToHashSet(StringComparer.Ordinal);
        if (frame is null || frame(task.ClauseId) is not { } clause || clause.Ancestors.Count == 0) return subject.Where(keys.Contains).ToList();
        // The task's section: its parent's heading and its siblings ("a) Nhiệm vụ: …" beside "b) Cơ quan thực hiện").
        var parent = clause.Ancestors[^1];
        var section = new List<string> { parent.Heading };
        foreach (var sibling in parent.ChildIds.Where(id => id != task.ClauseId).Take(MaxSiblings).Select(frame).OfType<RetrievedClause>())
        {
            section.Add(sibling.Clause.Text);
            // "a) Nhiệm vụ" states the work in its items.
            section.AddRange(sibling.Clause.ChildIds.Take(MaxSiblings).Select(frame).OfType<RetrievedClause>().Select(i => i.Clause.Text));
        }
        keys.UnionWith(SyllableKeys.Keys(string.Join(' ', section), folded));
        return subject.Where(keys.Contains).ToList();
    }

    /// <summary>"Sở Y tế chủ trì", or "Sở Y tế, Sở Tài chính cùng chủ trì" when the task names several leads.</summary>
    private static string Leads(TaskFact task) =>
        task.LeadAgencies() is { Count: > 1 } leads ? $"{string.Join(", ", leads.SkipLast(1))} và {leads[^1]} cùng chủ trì" : $"{task.Lead} chủ trì";

    private static string Cooperating(TaskFact task) => task.Cooperating.Count == 0 ? "" : $", phối hợp: {string.Join(", ", task.Cooperating)}";

    /// <summary>Words that ask for a task's lead or deadline: "phải xong", "hoàn thành", "chủ trì", "sở nào".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:phải\s+)?xong\b|\bhoàn thành\b|\bchủ trì\b|\bsở nào\b|\bphai xong\b|\bhoan thanh\b|\bchu tri\b|\bso nao\b")]
    private static partial System.Text.RegularExpressions.Regex AskingWords();
}
