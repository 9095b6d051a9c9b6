using System.ComponentModel.DataAnnotations;
using PolicyKB.Documents;
using PolicyKB.Search.Precedents;
using PolicyKB.Web.Apis;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Models;

/// <summary>A pasted paragraph to find precedents for.</summary>
/// <param name="Text">The paragraph (up to 10,000 characters).</param>
/// <param name="Top">Number of precedents wanted (1–50).</param>
/// <param name="Type">Only documents of this type.</param>
/// <param name="Issuer">Only documents whose issuer contains these words.</param>
/// <param name="Province">Only documents of this province or city.</param>
/// <param name="Year">Only documents of this year.</param>
/// <param name="Kind">Only clauses of this kind.</param>
public sealed record SimilarTextRequest(
    [property: Required, MaxLength(SimilarRequest.MaxTextLength)] string? Text,
    [property: Range(1, ApiParameters.MaxPrecedents)] int Top = 10,
    string? Type = null,
    string? Issuer = null,
    string? Province = null,
    [property: Range(ApiParameters.MinYear, ApiParameters.MaxYear)] int? Year = null,
    [property: EnumValues<ClauseKind>] string? Kind = null);
