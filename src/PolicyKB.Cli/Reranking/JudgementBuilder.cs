using System.Security.Cryptography;
using System.Text;
using PolicyKB.Documents;
using PolicyKB.Search.Evaluation;
using PolicyKB.Search.Evaluation.Pairs;
using PolicyKB.Storage;

namespace PolicyKB.Cli.Reranking;

/// <summary>
/// Builds the reranker's training queries from a knowledge base of training documents: a clause's own heading as the
/// query with the body under it relevant (the clause when it carries text beyond its heading, and its children that
/// do), and each training pair's everyday question with the clause holding its formal question relevant. One
/// document in five (by a hash of its id) and one pair in five of the training split's formal questions go to
/// validation.
/// </summary>
internal static class JudgementBuilder
{
    /// <summary>Heading queries taken from one document at most, spread over it.</summary>
    public const int HeadingsPerDocument = 8;

    /// <summary>Source of a heading whose own clause holds the body.</summary>
    public const string HeadingSource = "heading";

    /// <summary>Source of a bare heading whose children hold the body.</summary>
    public const string HeadingChildrenSource = "heading-children";

    /// <summary>Source of an everyday ↔ formal pair.</summary>
    public const string PairSource = "pair";

    private const int MinHeadingWords = 3, MaxHeadingWords = 20, MinBodyWords = 8;

    /// <summary>Heading ↔ body judgements of every document in <paramref name="store"/> except <paramref name="skip"/>.</summary>
    public static IEnumerable<RerankJudgement> FromHeadings(IDocumentStore store, IReadOnlySet<string> skip)
    {
        foreach (var document in store.ListDocuments().Where(d => !skip.Contains(d.Id)).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var clauses = store.GetClauses(document.Id);
            var byId = clauses.ToDictionary(c => c.Id, StringComparer.Ordinal);
            var candidates = new List<RerankJudgement>();
            foreach (var clause in clauses)
            {
                var headingWords = Words(clause.Heading);
                if (clause.Kind == ClauseKind.Preamble || headingWords < MinHeadingWords || headingWords > MaxHeadingWords) continue;
                var ownBody = Words(clause.Text) >= headingWords + MinBodyWords;
                var children = clause.ChildIds.Select(byId.GetValueOrDefault).OfType<Clause>()
                    .Where(c => Words(c.Text) >= MinBodyWords).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
                var validation = InValidation(document.Id);
                // A heading with its own text ("b) Mở tài khoản: Ủy ban nhân dân xã …") answers for that clause; a bare
                // heading ("1. Mục đích") for the clauses under it, the bare heading itself left out of the candidates.
                if (ownBody) candidates.Add(new RerankJudgement(clause.Heading, new HashSet<string>(StringComparer.Ordinal) { clause.Id }, HeadingSource, validation));
                else if (children.Count > 0)
                {
                    candidates.Add(new RerankJudgement(clause.Heading, children, HeadingChildrenSource, validation)
                    {
                        Ignored = new HashSet<string>(StringComparer.Ordinal) { clause.Id },
                    });
                }
            }
            var step = Math.Max(1, candidates.Count / HeadingsPerDocument);
            foreach (var judgement in candidates.Where((_, i) => i % step == 0).Take(HeadingsPerDocument)) yield return judgement;
        }
    }

    /// <summary>Everyday ↔ formal judgements: the clause of <paramref name="pairDocuments"/> holding each formal question.</summary>
    public static IEnumerable<RerankJudgement> FromPairs(IDocumentStore store, IReadOnlyList<QueryPair> pairs, IReadOnlySet<string> pairDocuments)
    {
        var byQuestion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var clause in pairDocuments.SelectMany(store.GetClauses)) byQuestion.TryAdd(Key(StripNumber(clause.Text)), clause.Id);
        foreach (var pair in pairs)
        {
            if (!byQuestion.TryGetValue(Key(pair.Formal), out var id)) continue;
            yield return new RerankJudgement(pair.Everyday, new HashSet<string>(StringComparer.Ordinal) { id }, PairSource, InValidation(pair.Formal));
        }
    }

    private static string StripNumber(string text)
    {
        var dot = text.IndexOf(". ", StringComparison.Ordinal);
        return dot is > 0 and < 5 && text[..dot].All(char.IsDigit) ? text[(dot + 2)..] : text;
    }

    private static string Key(string text) => string.Join(' ', SnippetMatcher.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static int Words(string text) => text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>True for the validation fifth (by a hash of <paramref name="key"/>: a document id or a formal question).</summary>
    public static bool InValidation(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return BitConverter.ToUInt32(hash[..4]) % 5 == 0;
    }
}
