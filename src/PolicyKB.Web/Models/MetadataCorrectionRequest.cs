namespace PolicyKB.Web.Models;

/// <summary>
/// Corrections to a document's metadata. A field left out (or null) stays as it is; an empty string clears it.
/// </summary>
/// <param name="CorrectedBy">Who makes the correction (họ tên, đơn vị): kept in the audit trail. Required.</param>
/// <param name="Type">Loại văn bản ("Kế hoạch").</param>
/// <param name="Number">Số hiệu ("36/KH-SYT").</param>
/// <param name="Issuer">Cơ quan ban hành ("Sở Y tế tỉnh Hà Giang").</param>
/// <param name="IssuedOn">Ngày ban hành: "2021-01-29", "2021-01" or "2021", or "29/01/2021".</param>
/// <param name="Title">Trích yếu.</param>
/// <param name="Signer">Người ký.</param>
public sealed record MetadataCorrectionRequest(
    string? CorrectedBy, string? Type = null, string? Number = null, string? Issuer = null, string? IssuedOn = null,
    string? Title = null, string? Signer = null);
