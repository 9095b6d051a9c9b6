using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>
/// OpenAPI examples of the question-answering endpoints (mapped in AskApi.cs), attached by operation name because
/// that feature is maintained separately.
/// </summary>
public static class AskExamples
{
    private static readonly object Question = new { question = "Những kế hoạch nào thực hiện Chỉ thị 25-CT/TW?", sessionId = "phien-1" };

    /// <summary>POST /api/ask.</summary>
    public static ApiExample Ask { get; } = new() { Request = Question };

    /// <summary>POST /api/ask/stream.</summary>
    public static ApiExample AskStream { get; } = new() { Request = Question };
}
