using System.Text.Json;
using PolicyKB.Answering.Answers;

namespace PolicyKB.Answering.Evaluation;

/// <summary>Runs an evaluation file (one <see cref="EvalCase"/> per JSON line) through the answering service.</summary>
public sealed class AnswerEvaluator(AnsweringService service)
{
    /// <summary>Reads the cases of a JSON-lines file; blank lines and lines starting with "//" are skipped.</summary>
    public static IReadOnlyList<EvalCase> Load(string path)
    {
        var cases = new List<EvalCase>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
            try
            {
                cases.Add(JsonSerializer.Deserialize<EvalCase>(line) ?? throw new JsonException("null"));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} dòng {number}: không đọc được JSON ({ex.Message}).", ex);
            }
        }
        return cases;
    }

    /// <summary>Answers every case (offline unless <paramref name="useModel"/>) and judges it.</summary>
    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalCase> cases, bool useModel = false, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<EvalOutcome>();
        foreach (var c in cases)
        {
            var history = new List<ChatTurn>();
            foreach (var earlier in c.History)
            {
                var before = await service.AnswerAsync(new AnswerRequest(earlier) { Offline = !useModel, History = history.ToList() }, cancellationToken).ConfigureAwait(false);
                history.Add(new ChatTurn(earlier, before.Answer) { ResolvedQuestion = before.ResolvedQuestion, CitedClauseIds = before.CitedClauseIds() });
            }
            var result = await service.AnswerAsync(new AnswerRequest(c.Question) { Offline = !useModel, History = history }, cancellationToken).ConfigureAwait(false);
            var reason = Judge(c, result);
            outcomes.Add(new EvalOutcome(c, reason is null, reason, result));
        }
        return new EvalReport(outcomes);
    }

    /// <summary>
    /// The stricter reading of a correct answer: its FIRST citation is one of the expected clauses. <see cref="Judge"/>
    /// accepts any cited clause, so an answer quoting three near-equal clauses passes when any one is right; this tells
    /// how often the product also put the right one first. True for cases expecting a refusal or no particular clause.
    /// </summary>
    public static bool FirstCitationExpected(EvalCase c, AnswerResult result) =>
        c.ExpectRefusal || c.ExpectClauses.Count == 0 || (result.Citations.Count > 0 && c.ExpectClauses.Contains(result.Citations[0].ClauseId));

    /// <summary>Null when <paramref name="result"/> is a correct answer to <paramref name="c"/>, else why not.</summary>
    public static string? Judge(EvalCase c, AnswerResult result)
    {
        if (c.ExpectRefusal) return result.Refused ? null : "mong đợi từ chối trả lời nhưng đã trả lời";
        if (result.Refused) return "đã từ chối trả lời";
        if (c.ExpectClauses.Count > 0 && !result.Citations.Any(cit => c.ExpectClauses.Contains(cit.ClauseId)))
        {
            return "không trích dẫn điều khoản mong đợi (" + string.Join(", ", c.ExpectClauses) + "); đã trích: " + string.Join(", ", result.Citations.Select(x => x.ClauseId));
        }
        foreach (var text in c.ExpectText)
        {
            if (!result.Answer.Contains(text, StringComparison.OrdinalIgnoreCase)) return $"câu trả lời thiếu \"{text}\"";
        }
        if (c.ExpectMode is { } mode && result.Mode != mode) return $"chế độ {result.Mode}, mong đợi {mode}";
        return null;
    }
}
