using PolicyKB.Facts;
using PolicyKB.Web.OpenApi;

namespace PolicyKB.Web.Apis.Examples;

/// <summary>OpenAPI examples of the facts API, taken from the seed plans and the shared corpus.</summary>
public static class FactExamples
{
    private static readonly TaskFact Task = new()
    {
        Text = "Chủ trì, phối hợp với các cơ quan có liên quan xây dựng, tham mưu cấp có thẩm quyền các giải pháp sử dụng hiệu quả Quỹ bảo hiểm y tế cho y tế cơ sở.",
        Lead = "Sở Y tế", Leads = ["Sở Y tế"], Cooperating = ["các cơ quan có liên quan"],
        Deadline = new Deadline { Text = "Quý II/2025", Kind = "period", From = "2025-04-01", To = "2025-06-30" },
        ClauseId = "ha-tinh-2024-cung-co-y-te-co-so/V.2.1.-2", Line = 70,
    };

    private static readonly TargetFact Target = new()
    {
        Indicator = "Tỷ lệ người dân tham gia bảo hiểm y tế", IndicatorKey = "NGƯỜI DÂN THAM GIA BẢO HIỂM Y TẾ", Comparator = ">", Value = 95m,
        Unit = "%", Period = "2030", Scope = "Hà Tĩnh", Raw = "- Tỷ lệ người dân tham gia bảo hiểm y tế >95%.",
        ClauseId = "ha-tinh-2024-cung-co-y-te-co-so/II.2.-5", Line = 22,
    };

    /// <summary>GET /api/documents/{id}/facts.</summary>
    public static ApiExample Facts { get; } = new()
    {
        Parameters = { ["id"] = "ha-tinh-2024-cung-co-y-te-co-so" },
        Responses =
        {
            [200] = new DocumentFacts
            {
                DocumentId = "ha-tinh-2024-cung-co-y-te-co-so",
                // The seed prints no signature block: the signer stays null rather than being made up.
                Signer = null,
                IssuedOn = "2024-04-05", IssuedOnInferred = true,
                Relations = [new RelationFact { Relation = RelationKinds.Implements, TargetKey = "281/QĐ-TTg", ClauseId = "ha-tinh-2024-cung-co-y-te-co-so/preamble", Line = 5 }],
                Tasks = [Task], Targets = [Target],
            },
        },
    };

    /// <summary>GET /api/tasks.</summary>
    public static ApiExample Tasks { get; } = new()
    {
        Parameters = { ["agency"] = "SYT", ["dueBefore"] = "2025-06-30", ["documentId"] = "ha-tinh-2024-cung-co-y-te-co-so" },
        Responses = { [200] = new[] { new FoundTask("ha-tinh-2024-cung-co-y-te-co-so", Task) } },
    };

    /// <summary>GET /api/targets.</summary>
    public static ApiExample Targets { get; } = new()
    {
        Parameters = { ["indicator"] = "bảo hiểm y tế", ["place"] = "Hà Tĩnh" },
        Responses = { [200] = new[] { new FoundTarget("ha-tinh-2024-cung-co-y-te-co-so", Target) } },
    };

    /// <summary>GET /api/status/{key}.</summary>
    public static ApiExample Status { get; } = new()
    {
        Parameters = { ["key"] = "20/2023/TT-BLĐTBXH" },
        Responses =
        {
            [200] = new EffectStatus
            {
                Key = "20/2023/TT-BLĐTBXH", Status = EffectStatuses.Repealed, Label = "Đã bị bãi bỏ bởi 01/2025/TT-BLĐTBXH từ 2025-02-28",
                By = [new EffectChange { Key = "01/2025/TT-BLĐTBXH", DocumentId = "031-tt-01-2025-bldtbxh-dieu-chinh-tien-luong-bhxh-pdftext",
                    Relation = RelationKinds.Repeals, EffectiveOn = "2025-02-28", ClauseId = "031-tt-01-2025-bldtbxh-dieu-chinh-tien-luong-bhxh-pdftext/D4.2" }],
            },
        },
    };

    /// <summary>GET /api/statuses.</summary>
    public static ApiExample Statuses { get; } = new()
    {
        Parameters = { ["key"] = "20/2023/TT-BLĐTBXH" },
        Responses = { [200] = new[] { (EffectStatus)Status.Responses[200] } },
    };

    /// <summary>GET /api/tasks/export.xlsx (the response is a file, so only the parameters are exemplified).</summary>
    public static ApiExample TaskExport { get; } = new()
    {
        Parameters = { ["agency"] = "Sở Y tế", ["dueBefore"] = "2025-12-31", ["documentId"] = "ha-tinh-2024-cung-co-y-te-co-so" },
    };

    /// <summary>GET /api/tasks/agencies.</summary>
    public static ApiExample Agencies { get; } = new()
    {
        Responses = { [200] = new[] { new AgencySummary("Sở Y tế", 14, 9, 4), new AgencySummary("Sở Tài chính", 2, 11, 3) } },
    };

    /// <summary>GET /api/targets/export.xlsx.</summary>
    public static ApiExample TargetExport { get; } = new()
    {
        Parameters = { ["indicator"] = "bảo hiểm y tế", ["place"] = "Hà Tĩnh" },
    };

    /// <summary>GET /api/targets/indicators.</summary>
    public static ApiExample Indicators { get; } = new()
    {
        Responses = { [200] = new[] { new IndicatorSummary("NGƯỜI DÂN THAM GIA BẢO HIỂM Y TẾ", "Tỷ lệ người dân tham gia bảo hiểm y tế", 3, 3, ["%"]) } },
    };
}
