using System.Globalization;

namespace PolicyKB.Search.Evaluation;

/// <summary>Plain-text rendering of evaluation reports: one block per system, then a kind × system matrix of MRR@10.</summary>
public static class EvaluationTable
{
    private const string All = "(all)";

    /// <summary>Writes the tables for <paramref name="reports"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<SystemReport> reports)
    {
        output.WriteLine($"{"system",-22} {"kind",-16} {"n",4} {"R@1",6} {"R@5",6} {"R@10",6} {"MRR@10",7} {"S@1",6} {"ms/q",7}");
        foreach (var report in reports)
        {
            Row(output, report.System, All, report.Overall, report.MeanLatencyMs);
            foreach (var (kind, summary) in report.ByKind) Row(output, "", kind, summary, null);
        }
        output.WriteLine();
        output.WriteLine("MRR@10 by kind");
        var kinds = reports.SelectMany(r => r.ByKind.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Prepend(All).ToList();
        output.WriteLine($"{"kind",-16}" + string.Concat(reports.Select(r => $" {Short(r.System),12}")));
        foreach (var kind in kinds)
        {
            output.Write($"{kind,-16}");
            foreach (var report in reports)
            {
                var summary = kind == All ? report.Overall : report.ByKind.GetValueOrDefault(kind);
                output.Write($" {(summary is null ? "-" : F(summary.MrrAt10)),12}");
            }
            output.WriteLine();
        }
        output.WriteLine();
        foreach (var report in reports.Where(r => r.Description.Length > 0)) output.WriteLine($"{report.System}: {report.Description}");
    }

    /// <summary>Lists, per system, the queries that found nothing relevant within 10 (for error analysis).</summary>
    public static void WriteMisses(TextWriter output, IReadOnlyList<SystemReport> reports)
    {
        foreach (var report in reports)
        {
            var misses = report.Outcomes.Where(o => o.FirstRelevantRank is null).ToList();
            output.WriteLine($"{report.System}: {misses.Count} truy vấn không có kết quả đúng trong 10");
            foreach (var miss in misses) output.WriteLine($"  [{miss.Kind}] {miss.Query}{(miss.Error is null ? "" : "  (" + miss.Error + ")")}");
        }
    }

    private static void Row(TextWriter output, string system, string kind, MetricSummary s, double? latency) =>
        output.WriteLine($"{system,-22} {kind,-16} {s.Queries,4} {F(s.RecallAt1),6} {F(s.RecallAt5),6} {F(s.RecallAt10),6} {F(s.MrrAt10),7} {F(s.SuccessAt1),6} {(latency is { } l ? l.ToString("0.0", CultureInfo.InvariantCulture) : ""),7}");

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Short(string system) => system.Length <= 12 ? system : system[..12];
}
