namespace PolicyKB.Facts;

/// <summary>An indicator that targets share across documents, so provinces can be compared on it.</summary>
/// <param name="Key">The indicator key that groups targets of the same meaning.</param>
/// <param name="Label">The indicator as most documents word it.</param>
/// <param name="Targets">Targets with this key.</param>
/// <param name="Documents">Documents that set one.</param>
/// <param name="Units">The units the targets use ("%", "bác sỹ/vạn dân"), most used first.</param>
public sealed record IndicatorSummary(string Key, string Label, int Targets, int Documents, IReadOnlyList<string> Units);
