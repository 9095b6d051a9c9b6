using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Answering;

/// <summary>
/// Checks an <see cref="AnswerRequest"/> before any work or streaming starts, so a bad question, session id or
/// caller-kept history gets a clear message (a 400 from the API) instead of an exception deep in answering.
/// </summary>
internal static class AnswerRequestValidator
{
    /// <summary>Throws <see cref="AnsweringException"/> when the request cannot be answered as asked (before any streaming).</summary>
    public static void Validate(AnswerRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Question)) throw new AnsweringException("Hãy nhập câu hỏi.");
        if (request.Question.Length > AnswerRequest.MaxLength)
        {
            throw new AnsweringException($"Câu hỏi dài {request.Question.Length} ký tự, vượt giới hạn {AnswerRequest.MaxLength} ký tự; hãy rút gọn.");
        }
        if (request.SessionId is not null && !SessionIds.IsValid(request.SessionId))
        {
            throw new AnsweringException("Mã phiên (sessionId) chỉ gồm chữ cái, chữ số, '-' hoặc '_', tối đa 100 ký tự.");
        }
        if (HistoryProblem(request.History) is { } problem) throw new AnsweringException(problem);
    }

    /// <summary>
    /// What is wrong with caller-kept history, or null. Entries are named as in the JSON body ("history[2]") so the
    /// caller can find the one to fix; a malformed turn is refused rather than skipped, because a silently dropped
    /// turn would change what a follow-up means.
    /// </summary>
    private static string? HistoryProblem(IReadOnlyList<ChatTurn>? history)
    {
        if (history is null) return null;
        if (history.Count > AnswerRequest.MaxHistoryTurns)
        {
            return $"Lịch sử hội thoại (history) có {history.Count} lượt, vượt giới hạn {AnswerRequest.MaxHistoryTurns} lượt; chỉ cần gửi các lượt gần nhất.";
        }
        for (var i = 0; i < history.Count; i++)
        {
            var turn = history[i];
            if (turn is null) return $"history[{i}] trống; mỗi lượt cần có câu hỏi (question) và câu trả lời (answer).";
            if (string.IsNullOrWhiteSpace(turn.Question)) return $"history[{i}] thiếu câu hỏi (question).";
            if (turn.Question.Length > AnswerRequest.MaxLength)
            {
                return $"history[{i}]: câu hỏi dài {turn.Question.Length} ký tự, vượt giới hạn {AnswerRequest.MaxLength} ký tự.";
            }
            if (turn.Answer?.Length > AnswerRequest.MaxAnswerLength)
            {
                return $"history[{i}]: câu trả lời dài {turn.Answer.Length} ký tự, vượt giới hạn {AnswerRequest.MaxAnswerLength} ký tự.";
            }
            if (CitedIdsProblem(turn.CitedClauseIds) is { } cited) return $"history[{i}]: {cited}";
        }
        return null;
    }

    /// <summary>
    /// What is wrong with a caller-sent turn's cited clause ids, or null: they are only looked up in the store, so the
    /// bounds keep a malformed body from costing a lookup per id (an answer cites a few dozen clauses at most).
    /// </summary>
    private static string? CitedIdsProblem(IReadOnlyList<string>? ids)
    {
        if (ids is null) return null;
        if (ids.Count > AnswerRequest.MaxCitedClauseIds)
        {
            return $"citedClauseIds có {ids.Count} mã, vượt giới hạn {AnswerRequest.MaxCitedClauseIds} mã.";
        }
        for (var j = 0; j < ids.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(ids[j])) return $"citedClauseIds[{j}] trống.";
            if (ids[j].Length > AnswerRequest.MaxClauseIdLength)
            {
                return $"citedClauseIds[{j}] dài {ids[j].Length} ký tự, vượt giới hạn {AnswerRequest.MaxClauseIdLength} ký tự.";
            }
        }
        return null;
    }
}
