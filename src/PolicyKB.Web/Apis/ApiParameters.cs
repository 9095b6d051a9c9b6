using Microsoft.AspNetCore.Http.HttpResults;
using PolicyKB.Search;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Web.Apis;

/// <summary>Checks and normalises query parameters shared by several endpoints.</summary>
internal static class ApiParameters
{
    /// <summary>Null for a missing or blank value, else the trimmed value.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A 400 for a year outside the range documents can have (the metadata reader keeps 1945–2100).</summary>
    public static ProblemHttpResult? YearProblem(int? year) =>
        year is < 1945 or > 2100 ? ApiProblems.BadRequest($"Năm (year) phải trong khoảng 1945–2100; nhận được {year}.") : null;

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
