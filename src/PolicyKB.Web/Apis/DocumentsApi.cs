using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Contracts;
using PolicyKB.Storage;

namespace PolicyKB.Web.Apis;

/// <summary>/api/documents: the stored documents and their clause trees.</summary>
public static class DocumentsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Văn bản");
        group.MapGet("/", ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("Danh sách văn bản")
            .WithDescription("Tất cả văn bản trong kho với số hiệu, cơ quan ban hành, ngày ban hành và số điều khoản.");
        group.MapGet("/{id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("Một văn bản")
            .WithDescription("Thông tin của văn bản và các điều khoản theo thứ tự trong văn bản.");
        return app;
    }

    /// <summary>A document with its clauses.</summary>
    public sealed record DocumentDetail(DocumentSummary Document, IReadOnlyList<string> LegalBasis, IReadOnlyList<ClauseView> Clauses);

    private static Ok<List<DocumentSummary>> ListDocuments(IDocumentStore store) =>
        TypedResults.Ok(store.ListDocuments().Select(DocumentSummary.From).ToList());

    private static Results<Ok<DocumentDetail>, ProblemHttpResult> GetDocument(string id, IDocumentStore store)
    {
        var document = store.GetDocument(id);
        if (document is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy văn bản",
                detail: $"Không có văn bản có mã '{id}'. Xem danh sách tại /api/documents.");
        }
        return TypedResults.Ok(new DocumentDetail(DocumentSummary.From(document), document.Metadata.LegalBasis,
            store.GetClauses(id).Select(ClauseView.From).ToList()));
    }
}
