using System.Text;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Documents;
using PolicyKB.Facts;
using PolicyKB.Storage;

namespace PolicyKB.Answering.Facts;

/// <summary>
/// Answers from the facts layer when a question names one document (<see cref="DocumentFocus"/>) and asks for a fact
/// the store holds about it: signer, issue date, effective date or status, what it repeals, replaces or amends, who
/// leads a task and by when. The answer states the fact in Vietnamese and quotes the clause it was read from; a fact
/// without a clause (the signature block) cites the document's title. Nothing is guessed: a missing, partial or
/// inferred fact returns null so the other sources (or the refusal) answer.
/// </summary>
public sealed class FactAnswerSource(IDocumentStore store, TimeProvider? clock = null) : IAnswerSource
{
    private readonly EffectStatusService _status = new(store, clock);

    /// <inheritdoc />
    public Task<DraftAnswer?> TryAnswerAsync(QuestionAnalysis question, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame, CancellationToken cancellationToken)
    {
        var kind = FactQuestions.Classify(question.Question);
        if (kind == FactQuestionKind.None) return Task.FromResult<DraftAnswer?>(null);
        // A document found by title words answers a fact question only when the question also names its place or year:
        // a stated fact (a signer, a date) of a look-alike plan of another province would be confidently wrong.
        // So may a question that is hardly more than the document's title.
        // A letter asked for its addressee is named by its subject ("công văn về hàng gửi kho ngoại quan … trả lời cho
        // công ty nào?"): its title words find it, and the answer quotes its own "Kính gửi" line.
        var documents = DocumentFocus.Find(question, knowledge, byTitle: question.Places.Count > 0 || question.Years.Count > 0 || kind == FactQuestionKind.Addressee);
        if (documents.Count == 0) documents = DocumentFocus.FindByWholeTitle(question, knowledge);
        if (documents.Count == 0 && kind is FactQuestionKind.TaskLead or FactQuestionKind.TaskDeadline)
        {
            return Task.FromResult(TaskOfPlace(question, knowledge, frame, kind));
        }
        if (documents.Count != 1 || DocumentFocus.IsAmbiguous(question, knowledge)) return Task.FromResult<DraftAnswer?>(null);
        var document = documents[0];
        if (store.GetFacts(document.Id) is not { } facts) return Task.FromResult<DraftAnswer?>(null);
        var composer = new FactAnswerComposer(document, frame);
        if (kind is FactQuestionKind.AgencyTasks or FactQuestionKind.PeriodTasks)
        {
            var (listed, refusal) = FactTaskLister.Answer(question.Question, facts, store.GetClauses(document.Id), composer, kind);
            return Task.FromResult<DraftAnswer?>(listed ? composer.Build() : refusal is null ? null : Refusals.Create(AnswerModes.Facts, refusal, []));
        }
        var answered = kind switch
        {
            FactQuestionKind.Signer => Signer(facts, composer),
            FactQuestionKind.IssuedOn => IssuedOn(facts, composer),
            FactQuestionKind.EffectiveOn => EffectiveOn(facts, composer),
            FactQuestionKind.EffectStatus => Status(document, facts, composer),
            // Without a relation fact, the text's own sentence making a numbered text lapse answers (LapseSentences).
            FactQuestionKind.Repeals => Relations(facts, composer, RelationKinds.Repeals, RelationKinds.Replaces)
                || LapseSentences.Answer(store.GetClauses(document.Id), composer),
            // A document that makes another one lapse ("… hết hiệu lực kể từ ngày Thông tư này có hiệu lực") is what a user
            // means by "thay thế văn bản nào" when it states no replacement in those words.
            FactQuestionKind.Replaces => Relations(facts, composer, RelationKinds.Replaces) || Relations(facts, composer, RelationKinds.Repeals)
                || LapseSentences.Answer(store.GetClauses(document.Id), composer),
            FactQuestionKind.Amends => Relations(facts, composer, RelationKinds.Amends),
            FactQuestionKind.Addressee => AddresseeReader.Answer(store.GetClauses(document.Id), composer),
            FactQuestionKind.TargetValue => FactTargetMatcher.Answer(question, facts, composer, knowledge.Terms),
            // "Những cơ quan nào chủ trì …" asks every lead the text names: a task holding several answers; one holding a
            // single lead may have left others in its sentence, so the clause answers.
            FactQuestionKind.TaskLead when AnswerTypeClassifier.Classify(question.Question) == AnswerType.List =>
                FactTaskMatcher.Answer(question, facts, composer, kind, frame, knowledge.Terms, severalLeads: true),
            FactQuestionKind.TaskLead or FactQuestionKind.TaskDeadline => FactTaskMatcher.Answer(question, facts, composer, kind, frame, knowledge.Terms),
            _ => false,
        };
        return Task.FromResult(answered ? composer.Build() : null);
    }

    /// <summary>
    /// A task asked of a place without naming its plan ("Bộ tiêu chí … ở Đồng Tháp phải xong khi nào?"): the question
    /// describes the task, not the plan's title, so the plan is the one document of the places named whose tasks hold
    /// it. Answered only when exactly one document's task matches (<see cref="FactTaskMatcher"/>'s bar).
    /// </summary>
    private DraftAnswer? TaskOfPlace(QuestionAnalysis question, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame, FactQuestionKind kind)
    {
        if (question.Places.Count == 0) return null;
        FactAnswerComposer? answered = null;
        foreach (var document in knowledge.Documents.Values.Where(d => d.Places.Overlaps(question.Places)))
        {
            if (store.GetFacts(document.Id) is not { Tasks.Count: > 0 } facts) continue;
            var composer = new FactAnswerComposer(document, frame);
            if (!FactTaskMatcher.Answer(question, facts, composer, kind, frame, knowledge.Terms)) continue;
            if (answered is not null) return null;
            answered = composer;
        }
        return answered?.Build();
    }

    private static bool Signer(DocumentFacts facts, FactAnswerComposer composer)
    {
        if (facts.Signer is not { Name: { } name } signer) return false;
        var role = string.Join(' ', new[] { signer.Mode, signer.OnBehalfOf, signer.Title }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Title(p!)));
        var cite = composer.CiteDocument();
        if (cite is null) return false;
        composer.Line($"{composer.Name} do {(role.Length > 0 ? role + " " : "")}{name} ký [{cite}].");
        return true;
    }

    private bool IssuedOn(DocumentFacts facts, FactAnswerComposer composer)
    {
        if (facts.IssuedOn is not { } on || facts.IssuedOnInferred) return false;
        var clause = FactDateText.ClauseStating(store.GetClauses(facts.DocumentId), on);
        var cite = clause is null ? composer.CiteDocument() : composer.Cite(clause.Id, FactDateText.Phrase(clause.Text, on));
        if (cite is null) return false;
        composer.Line($"{composer.Name} được ban hành ngày {FactDateText.Format(on)} [{cite}].");
        return true;
    }

    private static bool EffectiveOn(DocumentFacts facts, FactAnswerComposer composer)
    {
        if (facts.EffectiveClauseId is not { } clauseId || facts.EffectiveOn is null && !facts.EffectiveOnSigning) return false;
        var cite = composer.Cite(clauseId, "hiệu lực");
        if (cite is null) return false;
        var when = facts.EffectiveOn is { } on ? $"từ ngày {FactDateText.Format(on)}" : "kể từ ngày ký";
        composer.Line($"{composer.Name} có hiệu lực thi hành {when} [{cite}].");
        return true;
    }

    private bool Status(DocumentProfile document, DocumentFacts facts, FactAnswerComposer composer)
    {
        if (document.Document.Metadata.Number is not { } number) return false;
        var status = _status.Get(number);
        if (status.Status == EffectStatuses.Unknown) return false;
        var cites = status.By.Select(c => composer.Cite(c.ClauseId, c.Key)).Where(c => c is not null).ToList();
        if (cites.Count == 0 && facts.EffectiveClauseId is { } own && composer.Cite(own, "hiệu lực") is { } ownCite) cites.Add(ownCite);
        if (cites.Count == 0) return false;
        composer.Line($"{composer.Name}: {status.Label} {string.Join("", cites.Select(c => $"[{c}]"))}.");
        return true;
    }

    private static bool Relations(DocumentFacts facts, FactAnswerComposer composer, params string[] kinds)
    {
        var found = facts.Relations.Where(r => kinds.Contains(r.Relation)).ToList();
        if (found.Count == 0) return false;
        foreach (var relation in found)
        {
            var cite = composer.Cite(relation.ClauseId, relation.TargetKey);
            if (cite is null) continue;
            var verb = relation.Relation switch { RelationKinds.Repeals => "bãi bỏ", RelationKinds.Replaces => "thay thế", _ => "sửa đổi, bổ sung" };
            var part = relation.Scope == RelationScopes.Part && !string.IsNullOrWhiteSpace(relation.Part) ? $" ({relation.Part!.Trim()})" : "";
            var from = relation.EffectiveOn is { } on ? $", từ ngày {FactDateText.Format(on)}" : "";
            composer.Line($"{composer.Name} {verb} {relation.TargetKey}{part}{from} [{cite}].");
        }
        return composer.HasLines;
    }

    /// <summary>"PHÓ CHỦ TỊCH" → "Phó Chủ tịch"; abbreviations ("KT.", "TM.") stay as printed.</summary>
    private static string Title(string printed)
    {
        if (printed.EndsWith('.') || printed != printed.ToUpperInvariant()) return printed;
        var lower = printed.ToLowerInvariant();
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(sb.Length == 0 || w is "phó" or "chủ" or "bộ" or "thủ" ? char.ToUpperInvariant(w[0]) + w[1..] : w);
        }
        return sb.ToString();
    }
}
