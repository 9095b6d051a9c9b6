namespace PolicyKB.Facts;

/// <summary>A target (chỉ tiêu): "Tỷ lệ người dân tham gia bảo hiểm y tế &gt;95%", "Số bác sỹ/vạn dân: 11,5 người".</summary>
public sealed class TargetFact
{
    /// <summary>The indicator as printed, without the value.</summary>
    public string Indicator { get; set; } = "";

    /// <summary>Matching key of the indicator: folded, abbreviations expanded, so documents can be compared.</summary>
    public string IndicatorKey { get; set; } = "";

    /// <summary>"≥", "&gt;", "&lt;", "≤", "=" (đạt, plain value), "giảm" or "tăng".</summary>
    public string Comparator { get; set; } = "=";

    /// <summary>The value as a number (decimal comma read as a point).</summary>
    public decimal Value { get; set; }

    /// <summary>Unit ("%", "giường", "người", "bác sỹ/vạn dân"), or null.</summary>
    public string? Unit { get; set; }

    /// <summary>Target year or period ("2030", "2021-2025"), when the section or line states it.</summary>
    public string? Period { get; set; }

    /// <summary>Scope (the province or district of the issuer), when known.</summary>
    public string? Scope { get; set; }

    /// <summary>The line as printed.</summary>
    public string Raw { get; set; } = "";

    /// <summary>The clause holding the target.</summary>
    public string ClauseId { get; set; } = "";

    /// <summary>Source line.</summary>
    public int Line { get; set; }
}
