using PolicyKB.Web.Models;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the clauses API.</summary>
public static class ClauseExamples
{
    /// <summary>GET /api/clauses/{id}.</summary>
    public static ApiExample Get { get; } = new()
    {
        Parameters = { ["id"] = SampleData.ClauseId },
        Responses =
        {
            [200] = new ClauseDetail(
                SampleData.Clause, SampleData.Document,
                [new ClauseRef(SampleData.DocumentId + "/II", "II", "II.", "NỘI DUNG HOẠT ĐỘNG", "section")], [],
                null, new ClauseRef(SampleData.DocumentId + "/II.2", "2", "2.", "", "item"), []),
        },
    };
}
