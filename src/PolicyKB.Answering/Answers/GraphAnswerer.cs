using System.Text;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Retrieval;
using PolicyKB.Answering.Text;
using PolicyKB.Documents;
using PolicyKB.Storage;

namespace PolicyKB.Answering.Answers;

/// <summary>
/// Answers questions about legal basis and implementation exactly, from the citation graph: which stored documents
/// cite a named document in their basis ("Thực hiện…", "Căn cứ…") or body, and what a document named by its subject,
/// place or year is based on. Each statement cites the clause holding the citation and quotes it verbatim.
/// </summary>
public sealed class GraphAnswerer
{
    private static readonly HashSet<string> RelationWords = new(
        new[] { "thực", "hiện", "căn", "cứ", "triển", "khai", "dựa", "pháp", "lý", "trích", "dẫn", "kế", "hoạch", "nào" }
            .SelectMany(w => new[] { SyllableKeys.Key(w), SyllableKeys.Key(w, fold: true) }), StringComparer.Ordinal);

    private readonly IDocumentStore _store;

    /// <summary>Creates the answerer over the store's citations.</summary>
    public GraphAnswerer(IDocumentStore store) => _store = store;

    /// <summary>The answer, or null when the question is not one the graph answers.</summary>
    public DraftAnswer? Answer(QuestionAnalysis question, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame)
    {
        if (question.Intent is not (QuestionIntent.CitingDocuments or QuestionIntent.BasisOf)) return null;
        if (question.UnknownReferences.Count > 0)
        {
            return Refusals.Create(AnswerModes.Graph, $"Kho chưa có văn bản nào trích dẫn {string.Join(", ", question.UnknownReferences)}.", []);
        }
        return question.Intent == QuestionIntent.CitingDocuments ? Citing(question, knowledge, frame) : BasisOf(question, knowledge, frame);
    }

    private DraftAnswer Citing(QuestionAnalysis question, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame)
    {
        var text = new StringBuilder();
        var sources = new List<RetrievedClause>();
        foreach (var key in question.References)
        {
            var citations = _store.FindCitations(key: key).Where(c => knowledge.Documents.ContainsKey(c.DocumentId)).ToList();
            var name = Name(citations, key);
            var byDocument = citations.GroupBy(c => c.DocumentId).ToList();
            if (question.AskedType is { } type && byDocument.Any(g => knowledge.Documents[g.Key].Document.Metadata.Type == type))
            {
                byDocument = byDocument.Where(g => knowledge.Documents[g.Key].Document.Metadata.Type == type).ToList();
            }
            var implementing = byDocument.Where(g => g.Any(c => c.Basis)).ToList();
            var mentioning = byDocument.Where(g => !g.Any(c => c.Basis)).ToList();
            if (text.Length > 0) text.Append("\n\n");
            var kind = (question.AskedType ?? "văn bản").ToLowerInvariant();
            if (implementing.Count > 0)
            {
                text.Append($"Theo quan hệ trích dẫn giữa các văn bản hiện có, {implementing.Count} {kind} thực hiện {name} (nêu trong phần căn cứ):");
                foreach (var group in implementing)
                {
                    AppendDocument(text, sources, knowledge.Documents[group.Key], group.First(c => c.Basis), frame);
                }
            }
            else
            {
                text.Append($"Trong các văn bản hiện có, không {kind} nào lấy {name} làm căn cứ thực hiện.");
            }
            if (mentioning.Count > 0)
            {
                text.Append($"\nCác văn bản nhắc đến {name} trong nội dung (không phải căn cứ):");
                foreach (var group in mentioning) AppendDocument(text, sources, knowledge.Documents[group.Key], group.First(), frame);
            }
        }
        return new DraftAnswer(text.ToString(), AnswerModes.Graph, sources, Refused: false);
    }

    private DraftAnswer BasisOf(QuestionAnalysis question, KnowledgeSnapshot knowledge, Func<string, RetrievedClause?> frame)
    {
        var targets = Targets(question, knowledge);
        if (targets.Count == 0) return Refusals.Create(AnswerModes.Graph, "Không xác định được văn bản được hỏi trong kho.", []);
        var text = new StringBuilder();
        var sources = new List<RetrievedClause>();
        foreach (var target in targets)
        {
            var basis = _store.FindCitations(target.Id).Where(c => c.Basis).GroupBy(c => c.Key)
                .Select(g => g.OrderByDescending(c => c.Raw.Length).First()).ToList();
            if (text.Length > 0) text.Append("\n\n");
            if (basis.Count == 0)
            {
                text.Append($"{target.DisplayName} ({target.Title}) không nêu văn bản căn cứ nào có số hiệu hoặc tên trong phần mở đầu.");
                continue;
            }
            text.Append($"{target.DisplayName} ({target.Title}) được ban hành trên cơ sở (phần căn cứ) các văn bản sau:");
            foreach (var citation in basis)
            {
                if (frame(citation.ClauseId) is not { } clause) continue;
                var n = Number(sources, clause);
                text.Append("\n- «").Append(Quotes.Collapse(citation.Raw)).Append("» [").Append(n).Append(']');
            }
        }
        return new DraftAnswer(text.ToString(), AnswerModes.Graph, sources, Refused: false);
    }

    /// <summary>
    /// The documents a question names by place, year and subject words: those matching the places and years named, and
    /// among them the ones whose type, title and issuer cover the subject best (all of them when the question says no more).
    /// </summary>
    private static List<DocumentProfile> Targets(QuestionAnalysis question, KnowledgeSnapshot knowledge)
    {
        var matching = knowledge.Documents.Values
            .Where(d => question.Places.Count == 0 || d.Places.Overlaps(question.Places))
            .Where(d => question.Years.Count == 0 || question.Years.Any(d.Years.Contains))
            .ToList();
        var subject = question with { ContentKeys = question.ContentKeys.Where(k => !RelationWords.Contains(k)).ToList() };
        if (matching.Count <= 1 || subject.ContentKeys.Count == 0) return matching.Count <= 3 ? matching : [];
        var scored = matching.Select(d => (Document: d, Coverage: Relevance.Coverage(subject, d.NameKeys.Concat(SyllableKeys.Keys(d.Title, fold: true)).ToHashSet(StringComparer.Ordinal), knowledge.Terms)))
            .OrderByDescending(s => s.Coverage).ToList();
        if (scored[0].Coverage < 0.5) return [];
        return scored.Where(s => s.Coverage >= scored[0].Coverage - 0.15).Take(3).Select(s => s.Document).ToList();
    }

    private static void AppendDocument(StringBuilder text, List<RetrievedClause> sources, DocumentProfile document, Citation citation, Func<string, RetrievedClause?> frame)
    {
        if (frame(citation.ClauseId) is not { } clause) return;
        var n = Number(sources, clause);
        text.Append("\n- ").Append(document.DisplayName).Append(": ").Append(document.Title).Append(", ").Append(clause.Section)
            .Append(" [").Append(n).Append("]\n  «").Append(Quotes.Window(clause.Clause.Text, citation.Start, citation.Length)).Append('»');
    }

    private static int Number(List<RetrievedClause> sources, RetrievedClause clause)
    {
        var at = sources.FindIndex(s => s.Id == clause.Id);
        if (at >= 0) return at + 1;
        sources.Add(clause);
        return sources.Count;
    }

    /// <summary>"Chỉ thị số 25-CT/TW" from the citations' type and number, else the key.</summary>
    private static string Name(IReadOnlyList<Citation> citations, string key)
    {
        var typed = citations.FirstOrDefault(c => c.Type is not null);
        if (typed is null) return key;
        return typed.Number is { } number ? $"{typed.Type} số {number}" : key;
    }
}
