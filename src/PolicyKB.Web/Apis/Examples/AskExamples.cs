using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyKB.Answering.Answers;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the question-answering API.</summary>
public static class AskExamples
{
    private const string Question = "Sơn Dương được giao chỉ tiêu bao nhiêu giường bệnh năm 2021?";

    private static readonly AnswerCitation Source = new(1, "son-duong-2021-cong-tac-y-te-huyen/I.2.-3", "son-duong-2021-cong-tac-y-te-huyen",
        "son-duong-2021-cong-tac-y-te-huyen.txt", "-3", "- Tổng số giường bệnh trong huyện 420 giường; Trong đó: Giường bệnh viện: 280 giường; Giường trạm Y tế: 140 giường bệnh.");

    /// <summary>POST /api/ask.</summary>
    public static ApiExample Ask { get; } = new()
    {
        Request = new AskApi.AskBody(Question, SessionId: "phien-1"),
        Responses =
        {
            [200] = new AnswerResult(Question,
                "Trích từ văn bản: \"- Tổng số giường bệnh trong huyện 420 giường; Trong đó: Giường bệnh viện: 280 giường; Giường trạm Y tế: 140 giường bệnh.\" [1]",
                "extractive", [Source], false) { SessionId = "phien-1", TookMs = 42, Intent = "number" },
        },
    };

    /// <summary>POST /api/ask/stream.</summary>
    public static ApiExample Stream { get; } = new()
    {
        Request = new AskApi.AskBody(Question),
    };

    /// <summary>The first message of the stream of POST /api/ask/stream, as {event, data}.</summary>
    public static JsonObject StreamMessage => new()
    {
        ["event"] = "sources",
        ["data"] = JsonSerializer.SerializeToNode(new AnswerSourcesData([Source]), JsonSerializerOptions.Web),
    };
}
