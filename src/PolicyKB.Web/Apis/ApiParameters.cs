using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Documents;
using PolicyKB.Search;
using PolicyKB.Search.Keyword;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Web.Apis;

/// <summary>Checks and normalises query parameters shared by several endpoints.</summary>
internal static class ApiParameters
{
    /// <summary>Null for a missing or blank value, else the trimmed value.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The earliest year a document can have (the metadata reader keeps 1945–2100).</summary>
    public const int MinYear = 1945;

    /// <summary>The latest year a document can have.</summary>
    public const int MaxYear = 2100;

    /// <summary>Most precedents one request may ask for (the precedent finder's own limit).</summary>
    public const int MaxPrecedents = 50;

    /// <summary>A 400 for a year outside the range documents can have.</summary>
    public static ProblemHttpResult? YearProblem(int? year) =>
        year is < MinYear or > MaxYear ? ApiProblems.BadRequest($"Năm (year) phải trong khoảng {MinYear}–{MaxYear}; nhận được {year}.") : null;

    /// <summary>The clause kinds a <c>kind</c> filter accepts, as the API writes them ("section", "item", "point"…).</summary>
    public static IReadOnlyList<string> Kinds { get; } = Enum.GetNames<ClauseKind>().Select(n => n.ToLowerInvariant()).ToArray();

    /// <summary>
    /// A 400 for a <c>kind</c> that no clause can have: an unknown kind would otherwise filter everything out and look
    /// like "nothing found" rather than a typing mistake.
    /// </summary>
    public static ProblemHttpResult? KindProblem(string? kind) =>
        Blank(kind) is { } value && !Kinds.Contains(value.ToLowerInvariant())
            ? ApiProblems.BadRequest($"Loại điều khoản (kind) '{value}' không hợp lệ; dùng một trong: {string.Join(", ", Kinds)}.")
            : null;

    /// <summary>A 400 for a title or text filter longer than a search query may be.</summary>
    public static ProblemHttpResult? QueryLengthProblem(string? query, string name) =>
        query?.Length > QueryTerms.MaxLength
            ? ApiProblems.BadRequest($"Nội dung lọc ({name}) dài {query.Length} ký tự, vượt giới hạn {QueryTerms.MaxLength} ký tự; hãy rút gọn.")
            : null;

    /// <summary>The document-level and kind filters.</summary>
    public static SearchFilters Filters(string? type, string? issuer, string? province, int? year, string? kind = null) =>
        new() { Type = Blank(type), Issuer = Blank(issuer), Province = Blank(province), Year = year, Kind = Blank(kind)?.ToLowerInvariant() };

    /// <summary>
    /// A key or clause id taken from a catch-all route segment. Kestrel leaves an encoded slash (%2F) encoded in the
    /// path so that it cannot change routing; here it is part of the value, so it is decoded.
    /// </summary>
    public static string PathValue(string? value) =>
        (value ?? "").Replace("%2F", "/", StringComparison.OrdinalIgnoreCase).Replace("%25", "%", StringComparison.Ordinal).Trim();
}
