using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Decoding.Ocr;
using PolicyKB.Ingestion;
using PolicyKB.Search;
using PolicyKB.Storage;
using PolicyKB.Web.Apis.Examples;
using PolicyKB.Web.Hosting;
using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;
using PolicyKB.Web.Services;

namespace PolicyKB.Web.Apis;

/// <summary>POST /api/ingest: upload documents into the knowledge base.</summary>
public static class IngestApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ingest", Ingest)
            .WithTags("Quản trị")
            .RequireApiKey(ApiAccess.Write)
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithName("IngestFiles")
            .WithSummary("Nạp văn bản")
            .WithDescription("Tải lên một hoặc nhiều tệp .txt, .md, .docx, .pdf (multipart/form-data, trường 'files') để tách điều khoản, " +
                "trích dẫn và đưa vào chỉ mục tìm kiếm. Tệp được kiểm tra theo nội dung chứ không chỉ theo đuôi; nếu có tệp sai định dạng (415), " +
                "quá lớn hoặc quá nhiều tệp (413) thì cả lần tải bị từ chối và không tệp nào được nạp. Mỗi tệp được nạp trọn vẹn hoặc không nạp gì; " +
                "kết quả trả về theo từng tệp (stored: đã nạp thành văn bản mới, replaced: đã thay bản cũ của văn bản cùng tên, unchanged: đã có, nội dung không đổi, " +
                "failed: lỗi kèm lý do; note giải thích khi mã văn bản khác tên tệp hoặc khi thay bản cũ). Văn bản khác nhưng trùng tên tệp được lưu " +
                "thành văn bản mới với mã riêng; chỉ khi gửi replace=true thì tệp mới thay văn bản đã có cùng tên. Cần khoá quản trị (X-Api-Key).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithExamples(IngestExamples.Ingest);
        app.MapGet("/api/ingest/progress/{uploadId}", Progress)
            .WithTags("Quản trị")
            .RequireApiKey(ApiAccess.Write)
            .WithName("IngestProgress")
            .WithSummary("Tiến độ nhận dạng ký tự (OCR) của một lần tải lên")
            .WithDescription("Khi gửi POST /api/ingest kèm progress={uploadId} (8–64 chữ, số hoặc dấu gạch ngang do trình duyệt tự chọn), " +
                "trong lúc tệp ảnh quét được nhận dạng, endpoint này trả trang đang nhận dạng và thời gian còn lại ước tính " +
                "(\"OCR trang 3/12 — còn khoảng 40 s\"). 204 khi chưa có hoặc đã xong. Cần khoá quản trị (X-Api-Key).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithExamples(IngestExamples.Progress);
        return app;
    }

    private static Results<Ok<IngestProgressView>, NoContent> Progress(
        [System.ComponentModel.Description("Mã đã gửi kèm progress= khi tải lên.")] string uploadId, IngestProgressBoard board) =>
        board.Get(uploadId) is { } view ? TypedResults.Ok(view) : TypedResults.NoContent();

    private static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> Ingest(
        HttpRequest request, UploadReceiver receiver, KnowledgeBase kb, WriteGate gate, IngestProgressBoard board, CancellationToken cancellationToken,
        [System.ComponentModel.Description("true: tệp thay văn bản đã có cùng tên tệp (báo 'replaced'); mặc định false: văn bản khác cùng tên được lưu thành văn bản mới với mã riêng.")] bool? replace = null,
        [System.ComponentModel.Description("Mã tự chọn (8–64 chữ, số, dấu gạch ngang) để theo dõi tiến độ nhận dạng ký tự qua GET /api/ingest/progress/{mã}.")] string? progress = null)
    {
        if (progress is not null && !IngestProgressBoard.IsValidId(progress))
        {
            return TypedResults.Problem("Mã theo dõi tiến độ (progress) phải gồm 8–64 chữ cái, chữ số hoặc dấu gạch ngang.", statusCode: StatusCodes.Status400BadRequest,
                title: "Tham số không hợp lệ");
        }
        // The pages OCR reads report to this upload's entry; the listener travels with the call into the pipeline.
        using var listening = progress is null ? null : OcrProgressScope.Listen(board.Listener(progress));
        try
        {
            return await IngestAsync(request, receiver, kb, gate, replace, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (progress is not null) board.Remove(progress);
        }
    }

    /// <summary>An upload while the shared store is down: what happened and what to do, retrying being safe.</summary>
    private const string StoreDownDetail =
        "Chưa lưu được tệp tải lên vì kho dữ liệu dùng chung (PostgreSQL) hiện không truy cập được. Hãy tải lại sau ít phút hoặc báo " +
        "quản trị viên kiểm tra máy chủ cơ sở dữ liệu; tải lại là an toàn: tệp nào đã kịp lưu sẽ được báo 'unchanged', không bị lưu trùng.";

    private static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> IngestAsync(
        HttpRequest request, UploadReceiver receiver, KnowledgeBase kb, WriteGate gate, bool? replace, CancellationToken cancellationToken)
    {
        UploadBatch batch;
        try
        {
            batch = await receiver.ReceiveAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (UploadRejectedException e)
        {
            return TypedResults.Problem(e.Message, statusCode: e.StatusCode, title: e.Title);
        }
        using (batch)
        {
            var refused = batch.Files.Select(f => UploadFormat.Problem(f.FileName, File.ReadAllBytes(f.TempPath))).OfType<string>().ToList();
            if (refused.Count > 0)
            {
                return ApiProblems.UnsupportedType(string.Join(" ", refused) + " Không tệp nào trong lần tải này được nạp.");
            }
            // One write turn and one batch for the whole upload: the vector file is written once, not once per file.
            IReadOnlyList<IngestionResult> ingested;
            try
            {
                ingested = await gate.RunAsync(() => kb.IngestUploads(batch.Files.Select(f => (f.TempPath, f.FileName)).ToList(), replace == true), cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (StoreUnavailableException)
            {
                return TypedResults.Problem(StoreDownDetail, statusCode: StatusCodes.Status503ServiceUnavailable, title: ApiProblems.TitleFor(503));
            }
            var results = batch.Files.Zip(ingested, (file, result) => new IngestFileResult(file.FileName, result.DocumentId,
                result.Status.ToString().ToLowerInvariant(), file.Bytes, result.Clauses, result.Citations, result.Warnings, result.Error) { Note = result.Note, Ocr = result.Ocr is null ? null : Contracts.OcrView.From(result.Ocr) }).ToList();
            return TypedResults.Ok(new IngestResponse(results, results.Count(r => r.Status == "stored"), results.Count(r => r.Status == "replaced"),
                results.Count(r => r.Status == "unchanged"), results.Count(r => r.Status == "failed")));
        }
    }
}
