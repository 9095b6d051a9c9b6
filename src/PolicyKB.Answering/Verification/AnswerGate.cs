using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PolicyKB.Answering.Knowledge;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;

namespace PolicyKB.Answering.Verification;

/// <summary>
/// The verification gate every answer passes before it is shown. A sentence fails when a citation mark "[n]" points to
/// no retrieved clause, when a số hiệu it names is unknown to the knowledge base or absent from the clauses it cites,
/// when text it quotes («…», “…”) is not verbatim in them, or when it restates a source sentence written as an order to
/// the model (<see cref="InstructionGuard"/>). A số hiệu inside a quotation found word for word in a cited clause is the
/// source's own text and is not checked against the store. Failing sentences are removed and the answer says so.
/// </summary>
public sealed partial class AnswerGate
{
    /// <summary>
    /// Checks <paramref name="answer"/> against its numbered <paramref name="sources"/>. A refusal
    /// (<paramref name="refusal"/>) may name a document the knowledge base lacks: saying so is its point.
    /// </summary>
    public GatedAnswer Verify(string answer, IReadOnlyList<GateSource> sources, KnowledgeSnapshot knowledge, bool refusal = false)
    {
        answer = TextSanitizer.Clean(answer);
        var byNumber = sources.GroupBy(s => s.N).ToDictionary(g => g.Key, g => g.First());
        var numbersOf = sources.ToDictionary(s => s, NumbersIn);
        var instructions = InstructionGuard.Find(sources.Select(s => s.Text));
        var citedAnywhere = MarksOutsideQuotes(answer ?? "").Where(byNumber.ContainsKey).Select(n => byNumber[n]).Distinct().ToList();
        var issues = new List<VerificationIssue>();
        var kept = new StringBuilder();
        int checkedCount = 0, removed = 0;
        var verifiedCitation = false;
        foreach (var line in AnswerSentences.Split(answer ?? ""))
        {
            var keptLine = new StringBuilder();
            foreach (var sentence in line)
            {
                if (sentence.Trim().Length == 0) { keptLine.Append(sentence); continue; }
                checkedCount++;
                var problems = Check(sentence, byNumber, citedAnywhere, numbersOf, knowledge, refusal);
                if (InstructionGuard.Restates(sentence, instructions))
                {
                    problems.Add("Câu trả lời lặp lại một đoạn văn bản có dạng mệnh lệnh cho mô hình (nghi chèn lệnh), không phải nội dung chính sách.");
                }
                if (problems.Count == 0)
                {
                    keptLine.Append(sentence);
                    verifiedCitation |= MarksOutsideQuotes(sentence).Any(byNumber.ContainsKey);
                    continue;
                }
                removed++;
                issues.AddRange(problems.Select(p => new VerificationIssue(sentence.Trim(), p)));
            }
            if (keptLine.ToString().Trim().Length > 0 || line.Count == 0) kept.Append(keptLine.ToString().TrimEnd()).Append('\n');
        }
        var text = Regex.Replace(kept.ToString().Trim(), "\n{3,}", "\n\n");
        if (removed > 0)
        {
            text += $"\n\n(Lưu ý: đã lược bỏ {removed} câu không kiểm chứng được với văn bản nguồn.)";
        }
        return new GatedAnswer(text, new VerificationReport(issues.Count == 0, checkedCount, removed, issues), verifiedCitation);
    }

    private static List<string> Check(
        string sentence, Dictionary<int, GateSource> byNumber, List<GateSource> citedAnywhere, Dictionary<GateSource, HashSet<string>> numbersOf,
        KnowledgeSnapshot knowledge, bool refusal)
    {
        var problems = new List<string>();
        var marks = MarksOutsideQuotes(sentence).ToList();
        foreach (var bad in marks.Where(n => !byNumber.ContainsKey(n)).Distinct())
        {
            problems.Add($"Trích dẫn [{bad}] không trỏ tới điều khoản nào đã truy xuất.");
        }
        // A sentence without a mark is read against what the answer cites elsewhere; an answer with no mark at all
        // (a refusal listing the closest clauses) against all its sources.
        var cited = marks.Where(byNumber.ContainsKey).Select(n => byNumber[n]).Distinct().ToList();
        if (cited.Count == 0) cited = citedAnywhere.Count > 0 ? citedAnywhere : byNumber.Values.ToList();
        var verbatim = VerbatimQuotes(sentence, cited);
        foreach (Match number in QuestionAnalyzer.Number().Matches(sentence))
        {
            // A refusal cites no clause: the document it names is the one it says the store lacks.
            if (refusal) continue;
            // A number inside a quotation found word for word in the cited clause is the source's own words ("Trả lời
            // công văn số 128.2025/OL.WMCLV …"): a document it cites need not be stored, and nothing was invented.
            if (verbatim.Any(q => number.Index >= q.Start && number.Index + number.Length <= q.End)) continue;
            var normalized = KnowledgeSnapshot.Normalized(number.Value);
            if (!knowledge.KnownNumbers.Contains(normalized))
            {
                problems.Add($"Số hiệu {number.Value.Trim()} không có trong kho văn bản.");
            }
            else if (!cited.Any(s => numbersOf[s].Contains(normalized)))
            {
                problems.Add($"Số hiệu {number.Value.Trim()} không có trong điều khoản được trích dẫn.");
            }
        }
        foreach (Match quote in Quote().Matches(sentence))
        {
            if (IsVerbatim(quote, cited) == false) problems.Add("Đoạn trích dẫn không khớp nguyên văn với điều khoản được trích dẫn.");
        }
        return problems;
    }

    /// <summary>The spans of <paramref name="sentence"/>'s quotations that are word for word in a cited clause.</summary>
    private static List<(int Start, int End)> VerbatimQuotes(string sentence, List<GateSource> cited) =>
        Quote().Matches(sentence).Where(q => IsVerbatim(q, cited) == true).Select(q => (q.Index, q.Index + q.Length)).ToList();

    /// <summary>True when every part of the quotation (between ellipses) is in one cited clause; null for an empty quotation.</summary>
    private static bool? IsVerbatim(Match quote, List<GateSource> cited)
    {
        var quoted = quote.Groups["a"].Success ? quote.Groups["a"].Value : quote.Groups["b"].Value;
        var parts = Ellipsis().Split(quoted).Select(Collapse).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0) return null;
        return cited.Any(s => parts.All(p => Collapse(TextSanitizer.Clean(s.Text)).Contains(p, StringComparison.Ordinal)
            || Collapse(TextSanitizer.Clean(s.Context)).Contains(p, StringComparison.Ordinal)));
    }

    private static HashSet<string> NumbersIn(GateSource source)
    {
        var numbers = QuestionAnalyzer.Number().Matches(TextSanitizer.Clean(source.Text + "\n" + source.Context)).Select(m => KnowledgeSnapshot.Normalized(m.Value)).ToHashSet(StringComparer.Ordinal);
        if (source.DocumentNumber is { } own) numbers.Add(KnowledgeSnapshot.Normalized(own));
        return numbers;
    }

    /// <summary>The citation numbers in a text: "[1]", "[1, 2]", "[1][3]".</summary>
    public static IEnumerable<int> Marks(string text)
    {
        foreach (Match mark in Mark().Matches(text))
        {
            foreach (var part in mark.Groups["n"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) yield return n;
            }
        }
    }

    /// <summary>
    /// The citation marks of <paramref name="text"/> outside its quotations. A "[3]" inside «…» is the source's own
    /// footnote mark ("2.269/6.974 ĐKKD[3]"), checked with the quotation as verbatim text, not a citation of ours.
    /// </summary>
    private static IEnumerable<int> MarksOutsideQuotes(string text) => Marks(Quote().Replace(text, m => new string(' ', m.Length)));

    private static string Collapse(string text) => string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\[(?<n>\d{1,3}(?:\s*,\s*\d{1,3})*)\]")]
    private static partial Regex Mark();

    [GeneratedRegex(@"«(?<a>[^»]*)»|“(?<b>[^”]*)”")]
    private static partial Regex Quote();

    [GeneratedRegex(@"…|\.\.\.")]
    private static partial Regex Ellipsis();
}
