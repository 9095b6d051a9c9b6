using PolicyKB.Answering.Retrieval;
using PolicyKB.Documents;
using PolicyKB.Facts;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// Lists the tasks a plan gives an agency ("Sở Tài chính chủ trì những nhiệm vụ nào?") or sets due in a period
/// ("Việc gì phải xong trước 30/6?", "… trong quý II năm 2024"), each with its lead, deadline and clause. Tasks come
/// from the facts; for a period, a sentence of the plan whose deadline phrase falls in it also counts (a task the
/// extractor kept without a lead). When the plan assigns the asked agency nothing and never names it, or sets nothing
/// due in the period, the answer is an honest refusal; an agency the text names but no task row holds is left to the
/// text sources.
/// </summary>
internal static class FactTaskLister
{
    /// <summary>Most tasks listed; the rest are counted.</summary>
    private const int MaxListed = 8;

    /// <summary>Longest task text shown before it is cut at a word.</summary>
    private const int MaxText = 260;

    /// <summary>The outcome: answered (lines written), refused with a reason, or left to other sources.</summary>
    public static (bool Answered, string? Refusal) Answer(string question, DocumentFacts facts, IReadOnlyList<Clause> clauses,
        FactAnswerComposer composer, FactQuestionKind kind)
    {
        var agency = FactAgencyMention.Find(question);
        var period = FactPeriod.Read(question);
        if (kind == FactQuestionKind.AgencyTasks && agency is null) return (false, null);
        if (kind == FactQuestionKind.PeriodTasks && period is null) return (false, null);

        var found = facts.Tasks
            .Where(t => agency is null || t.LeadAgencies().Any(lead => FactAgencyMention.Same(agency, lead)))
            .Where(t => period is null || period.Holds(t.Deadline?.To))
            .Select(t => (t.Text, Lead: t.LeadText(), Deadline: t.Deadline?.Text, t.ClauseId))
            .ToList();
        if (period is not null) found.AddRange(SentencesDue(clauses, period, agency, found.Select(f => f.ClauseId).ToHashSet()));

        if (found.Count == 0)
        {
            if (period is not null)
                return (false, $"{composer.Name} không đặt nhiệm vụ nào{(agency is null ? "" : $" cho {agency}")} có thời hạn trong khoảng \"{period.Text}\".");
            // An agency the plan names in its text may hold tasks the extractor missed: leave it to the text.
            if (clauses.Any(c => FactAgencyMention.Mentions(agency!, c.Text))) return (false, null);
            return (false, $"{composer.Name} không giao nhiệm vụ nào cho {agency}.");
        }

        var head = agency is not null
            ? $"Theo {composer.Name}, {agency} được giao chủ trì {found.Count} nhiệm vụ{(period is null ? "" : $" có thời hạn trong khoảng \"{period.Text}\"")}:"
            : $"Theo {composer.Name}, {found.Count} nhiệm vụ có thời hạn trong khoảng \"{period!.Text}\":";
        composer.Line(head);
        foreach (var task in found.Take(MaxListed))
        {
            var cite = composer.Cite(task.ClauseId, Anchor(task.Text));
            if (cite is null) continue;
            var who = agency is null && task.Lead is not null ? $"; chủ trì: {task.Lead}" : "";
            var when = task.Deadline is not null ? $"; thời hạn: {task.Deadline}" : "";
            composer.Line($"- {Short(task.Text)}{who}{when} [{cite}].");
        }
        if (found.Count > MaxListed) composer.Line($"(và {found.Count - MaxListed} nhiệm vụ khác)");
        return (composer.HasCitations, null);
    }

    /// <summary>Sentences of the plan whose own deadline phrase falls in the period, outside the clauses already listed.</summary>
    private static IEnumerable<(string Text, string? Lead, string? Deadline, string ClauseId)> SentencesDue(
        IReadOnlyList<Clause> clauses, FactPeriod period, string? agency, HashSet<string> listed)
    {
        foreach (var clause in clauses)
        {
            if (listed.Contains(clause.Id)) continue;
            foreach (var sentence in clause.Text.Split(['.', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (DeadlineReader.Find(sentence) is not { } due || !period.Holds(due.To)) continue;
                if (agency is not null && !FactAgencyMention.Mentions(agency, sentence)) continue;
                yield return (sentence, null, due.Text, clause.Id);
                break;
            }
        }
    }

    /// <summary>The opening words of a task, to find its sentence in the clause.</summary>
    private static string Anchor(string text)
    {
        if (text.Length <= 40) return text;
        var at = text.LastIndexOf(' ', 40);
        return text[..(at > 10 ? at : 40)];
    }

    private static string Short(string text)
    {
        text = text.Trim().TrimEnd('.', ';');
        if (text.Length <= MaxText) return text;
        var cut = text.LastIndexOf(' ', MaxText);
        return text[..(cut > MaxText / 2 ? cut : MaxText)] + " …";
    }
}
