using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Answering;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Verification;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis;

/// <summary>/api/ask: questions answered with numbered citations to clauses, as one JSON answer or as a stream.</summary>
public static class AskApi
{
    /// <summary>The stream's events, in order, with the type of each one's data.</summary>
    private static readonly ServerSentEvents StreamEvents = new(
        "Luồng sự kiện: \"sources\" (các nguồn được đánh số) trước, rồi các \"delta\" (từng đoạn câu trả lời), " +
        "\"verification\" (kết quả kiểm chứng) và \"done\" (câu trả lời cuối cùng đã kiểm chứng).",
        [("sources", typeof(AnswerSourcesData)), ("delta", typeof(AnswerDeltaData)), ("verification", typeof(VerificationReport)), ("done", typeof(AnswerResult))],
        AskExamples.StreamMessage);

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAskApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ask").WithTags("Hỏi đáp");
        group.MapPost("/", Ask)
            .WithName("Ask")
            .WithSummary("Hỏi đáp có trích dẫn điều khoản")
            .WithDescription("Trả lời câu hỏi bằng tiếng Việt với trích dẫn đánh số [1], [2] tới điều khoản. Câu hỏi về căn cứ, văn bản thực hiện được trả lời từ quan hệ trích dẫn; câu hỏi khác được trả lời bằng trích nguyên văn (hoặc bằng mô hình ngôn ngữ khi đã cấu hình). Mọi câu trả lời qua bước kiểm chứng nguồn; khi văn bản không có nội dung được hỏi, trả lời \"Không tìm thấy nội dung này trong các văn bản hiện có\".")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithExamples(AskExamples.Ask);
        group.MapPost("/stream", Stream)
            .WithName("AskStream")
            .WithSummary("Hỏi đáp, trả lời dạng luồng (server-sent events)")
            .WithDescription("Như /api/ask nhưng trả về luồng text/event-stream: sự kiện \"sources\" (các nguồn được đánh số) trước, rồi các sự kiện \"delta\" (từng đoạn câu trả lời), \"verification\" (kết quả kiểm chứng) và \"done\" (câu trả lời cuối cùng đã kiểm chứng). " +
                "Mỗi thông điệp gồm dòng \"event:\" mang tên sự kiện và một dòng \"data:\" mang một đối tượng JSON; kiểu của đối tượng tuỳ theo tên sự kiện (xem lược đồ).")
            .WithMetadata(StreamEvents)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithExamples(AskExamples.Stream);
        return app;
    }

    /// <summary>A question as posted.</summary>
    /// <param name="Question">The question in plain Vietnamese.</param>
    /// <param name="SessionId">Conversation id (letters, digits, '-', '_'): follow-ups such as "còn Hà Tĩnh thì sao?" use its history.</param>
    /// <param name="History">Earlier turns, when the caller keeps the conversation itself.</param>
    /// <param name="Offline">True to answer without the language model.</param>
    public sealed record AskBody([property: Required, MaxLength(AnswerRequest.MaxLength)] string? Question, string? SessionId = null, IReadOnlyList<ChatTurn>? History = null, bool Offline = false)
    {
        /// <summary>The request for the answering service.</summary>
        public AnswerRequest ToRequest() => new(Question ?? "") { SessionId = SessionId, History = History ?? [], Offline = Offline };
    }

    private static async Task<Results<Ok<AnswerResult>, ProblemHttpResult>> Ask(AskBody body, AnsweringService service, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await service.AnswerAsync(body.ToRequest(), cancellationToken));
        }
        catch (AnsweringException ex)
        {
            return Invalid(ex);
        }
    }

    private static async Task Stream(AskBody body, AnsweringService service, HttpContext context, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var request = body.ToRequest();
        try
        {
            AnsweringService.Validate(request);
        }
        catch (AnsweringException ex)
        {
            await Invalid(ex).ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await foreach (var e in service.StreamAsync(request, cancellationToken))
        {
            // One JSON object per event on a single data line (JSON never holds a raw line break).
            // The data types are those the OpenAPI document declares (StreamEvents), written with the API's JSON options.
            object? payload = e.Kind switch
            {
                "sources" => new AnswerSourcesData(e.Citations ?? []),
                "delta" => new AnswerDeltaData(e.Text ?? ""),
                "verification" => e.Verification ?? VerificationReport.Empty,
                _ => e.Result,
            };
            var data = JsonSerializer.Serialize(payload, payload?.GetType() ?? typeof(object), json.Value.SerializerOptions);
            await context.Response.WriteAsync($"event: {e.Kind}\ndata: {data}\n\n", cancellationToken);
            await context.Response.Body.FlushAsync(cancellationToken);
        }
    }

    private static ProblemHttpResult Invalid(AnsweringException ex) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Câu hỏi không hợp lệ", detail: ex.Message);
}
