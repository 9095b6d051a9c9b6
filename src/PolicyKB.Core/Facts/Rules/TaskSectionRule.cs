using System.Text.RegularExpressions;
using PolicyKB.Documents;
using PolicyKB.Metadata;

namespace PolicyKB.Facts.Rules;

/// <summary>
/// Tasks in the text of a plan. In the organisation section ("TỔ CHỨC THỰC HIỆN", "trách nhiệm", "phân công"): a
/// heading naming an agency ("2.1. Sở Y tế") assigns it each item below (or the text after its colon), and an item
/// opening with an agency ("Bộ Tài chính bố trí kinh phí …") is that agency's task. Anywhere in the body: "Giao X …"
/// and the "* Cơ quan chủ trì: X" line under a task heading.
/// </summary>
internal sealed partial class TaskSectionRule : IFactRule
{
    public string Name => "tasks";

    public void Apply(FactContext context)
    {
        var handled = new HashSet<string>(StringComparer.Ordinal);
        var organisation = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var clause in context.Clauses)
        {
            // Parents come before their children, so each clause looks at its own heading and its parent's answer once.
            organisation[clause.Id] = IsOrganisationHeading(clause) || clause.ParentId is { } parent && organisation.GetValueOrDefault(parent);
            if (clause.Kind is ClauseKind.Preamble || handled.Contains(clause.Id)) continue;
            var text = clause.Text;
            var mayLead = text.Contains("hủ trì", StringComparison.Ordinal) || text.Contains("HỦ TRÌ", StringComparison.Ordinal);
            var mayAssign = text.Contains("iao ", StringComparison.Ordinal);
            if (!mayLead && !mayAssign && !organisation[clause.Id]) continue;
            var body = Body(clause);
            if (body.Length == 0) continue;
            if (mayLead && LeadMatch(body) is { Success: true } lead && !InTableRow(context, clause, lead.Value))
            {
                AddLeadLine(context, clause, body, lead);
                continue;
            }
            if (mayAssign && TaskPhrases.AssignedAgency(body, out var start) is { } assigned)
            {
                Add(context, clause, body[start..], assigned);
                continue;
            }
            if (!organisation[clause.Id]) continue;
            var heading = AgencyNames.Clean(clause.Heading);
            if (heading.Length is > 0 and <= 120 && AgencyNames.StartsWithAgency(heading) && TaskPhrases.LeadingAgency(heading + " thực hiện") is { } agency)
            {
                var children = clause.ChildIds.Select(id => context.ById.GetValueOrDefault(id)).OfType<Clause>().ToList();
                foreach (var child in children)
                {
                    handled.Add(child.Id);
                    Add(context, child, Body(child), agency);
                }
                var inline = AfterHeading(body, clause.Heading);
                if (children.Count == 0 && inline.Length > 10) Add(context, clause, inline, agency);
                // A short sentence read as a heading ("3. Bộ Tài chính bố trí kinh phí.") is the agency's task itself.
                else if (children.Count == 0 && heading.Length > agency.Length + 10) Add(context, clause, heading, agency);
                continue;
            }
            var sentence = TopicPrefix().Replace(body, "");
            if (TaskPhrases.LeadingAgency(sentence) is { } opener && sentence.Length > opener.Length + 10) Add(context, clause, sentence, opener);
        }
    }

    /// <summary>A "Cơ quan chủ trì: …" cell of a table row: the table rule reads the row with its columns.</summary>
    private static bool InTableRow(FactContext context, Clause clause, string match)
    {
        var at = clause.Text.IndexOf(match, StringComparison.Ordinal);
        return at >= 0 && context.IsTableRow(clause.LineAt(at));
    }

    /// <summary>"Cơ quan chủ trì: X …", else "Cơ quan thực hiện: X chủ trì, phối hợp với Y".</summary>
    private static Match LeadMatch(string body) => LeadLine().Match(body) is { Success: true } m ? m : LeadBeforeVerb().Match(body);

    private static void AddLeadLine(FactContext context, Clause clause, string body, Match lead)
    {
        // The task is the heading the "Cơ quan chủ trì" line closes: the clause's own when the line is printed under its
        // heading ("1. Tăng cường giám sát …" ⏎ "Cơ quan thực hiện: …"), else the nearest ancestor's ("* Cơ quan chủ trì" bullets).
        var firstBreak = clause.Text.IndexOf('\n');
        var below = clause.Heading.Length > 0 && firstBreak >= 0 && clause.Text.IndexOf(lead.Value, firstBreak, StringComparison.Ordinal) > 0;
        var owner = below ? clause : context.Ancestors(clause).FirstOrDefault(a => a.Heading.Length > 0) ?? clause;
        // "Đơn vị chủ trì: X; phối hợp: Y": the lead ends where the partners begin.
        var leadText = PartnersStart().Split(lead.Groups["lead"].Value)[0];
        var leads = TaskPhrases.Agencies(leadText);
        var line = LineOf(body, lead.Index);
        var task = new TaskFact
        {
            Text = owner.Heading.Length > 0 ? VietnameseText.Squash(owner.Heading) : body,
            Lead = leads.FirstOrDefault(),
            Leads = leads,
            // "Cơ quan thực hiện: X chủ trì …" names the lead in a sentence worth quoting: the task cites that clause.
            ClauseId = LeadLine().IsMatch(body) ? owner.Id : clause.Id,
            Line = clause.LineStart,
            Partial = leads.Count == 0,
            Deadline = DeadlineReader.Find(line) ?? (TimeLine().Match(body) is { Success: true } time ? DeadlineReader.Find(time.Value) : null),
        };
        task.Cooperating = TaskPhrases.Cooperating(line);
        if (task.Cooperating.Count > 0) { context.Facts.Tasks.Add(task); return; }
        var coop = Cooperation().Match(body);
        // The "* Cơ quan phối hợp:" bullet after a "* Cơ quan chủ trì:" one; a task's own heading has no such sibling.
        if (!coop.Success && !below && clause.NextId is { } next && context.ById.TryGetValue(next, out var sibling)) coop = Cooperation().Match(sibling.Text);
        if (coop.Success) task.Cooperating = TaskPhrases.Agencies(coop.Groups["list"].Value);
        context.Facts.Tasks.Add(task);
    }

    private static string LineOf(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static void Add(FactContext context, Clause clause, string text, string lead)
    {
        text = VietnameseText.Squash(text);
        if (text.Length < 8) return;
        context.Facts.Tasks.Add(new TaskFact
        {
            Text = text,
            Lead = lead,
            Leads = [lead],
            Cooperating = TaskPhrases.Cooperating(text),
            Deadline = DeadlineReader.Find(text),
            ClauseId = clause.Id,
            Line = clause.LineStart,
        });
    }

    private static bool IsOrganisationHeading(Clause c)
    {
        // These words carry no "oa/uy" tone, so a case-insensitive search needs no folding; the ordinal test is the cheap filter.
        var head = c.Heading.Length > 0 ? c.Heading : FirstLine(c.Text);
        if (!head.Contains("hiệ", StringComparison.Ordinal) && !head.Contains("HIỆ", StringComparison.Ordinal)
            && !head.Contains("công", StringComparison.Ordinal) && !head.Contains("CÔNG", StringComparison.Ordinal)) return false;
        return head.Contains("tổ chức thực hiện", StringComparison.OrdinalIgnoreCase) || head.Contains("trách nhiệm", StringComparison.OrdinalIgnoreCase)
            || head.Contains("phân công", StringComparison.OrdinalIgnoreCase);
    }

    private static string FirstLine(string text)
    {
        var nl = text.IndexOf('\n');
        return nl < 0 ? (text.Length > 120 ? text[..120] : text) : text[..nl];
    }

    /// <summary>The clause text without its printed label ("2.1.", "a)", "-").</summary>
    internal static string Body(Clause clause)
    {
        var text = clause.Text.TrimStart();
        if (clause.DisplayLabel.Length > 0 && text.StartsWith(clause.DisplayLabel, StringComparison.Ordinal)) text = text[clause.DisplayLabel.Length..];
        return text.Trim().TrimStart('*', ' ', '-', '+', '•');
    }

    private static string AfterHeading(string body, string heading)
    {
        var at = heading.Length > 0 ? body.IndexOf(heading, StringComparison.Ordinal) : -1;
        var rest = at < 0 ? "" : body[(at + heading.Length)..];
        return rest.TrimStart(' ', ':', '*', '\n').Trim();
    }

    [GeneratedRegex(@"(?:Cơ quan|Đơn vị)[^:\n]{0,20}chủ trì\s*:\s*(?<lead>[^\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadLine();

    [GeneratedRegex(@"(?:Cơ quan|Đơn vị)[^:\n]{0,30}thực hiện\s*:\s*(?<lead>[^\n]{2,120}?)\s+chủ trì\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadBeforeVerb();

    [GeneratedRegex(@"[;,.]?\s*(?:cơ quan |đơn vị )?phối hợp\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartnersStart();

    /// <summary>A "Thời gian thực hiện: …" / "Thời hạn: …" / "Tiến độ: …" line of the task.</summary>
    [GeneratedRegex(@"(?m)^\W*(?:Thời gian|Thời hạn|Tiến độ)[^:\n]{0,30}:[^\n]+")]
    private static partial Regex TimeLine();

    [GeneratedRegex(@"phối hợp\s*:\s*(?<list>[^\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Cooperation();

    [GeneratedRegex(@"^[^:\n]{2,40}:\s+(?=\S)")]
    private static partial Regex TopicPrefix();
}
