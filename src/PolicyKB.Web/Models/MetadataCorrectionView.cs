using PolicyKB.Corrections;

namespace PolicyKB.Web.Models;

/// <summary>One correction in the audit trail.</summary>
/// <param name="Field">The field: type, number, issuer, issuedOn, title or signer.</param>
/// <param name="FieldLabel">The field's Vietnamese name ("Số hiệu").</param>
/// <param name="OldValue">The value before; null when it was empty.</param>
/// <param name="NewValue">The value after; null when it was cleared.</param>
/// <param name="CorrectedBy">Who corrected it.</param>
/// <param name="CorrectedAt">When.</param>
public sealed record MetadataCorrectionView(
    string Field, string FieldLabel, string? OldValue, string? NewValue, string CorrectedBy, DateTimeOffset CorrectedAt)
{
    /// <summary>The view of a stored correction.</summary>
    public static MetadataCorrectionView From(MetadataCorrection c) =>
        new(c.Field, MetadataFields.Labels.GetValueOrDefault(c.Field, c.Field), c.OldValue, c.NewValue, c.CorrectedBy, c.CorrectedAt);
}
