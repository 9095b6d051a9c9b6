using System.CommandLine;
using PolicyKB.Facts;

namespace PolicyKB.Cli.Commands;

/// <summary><c>policykb targets [--indicator TEXT] [--place P] [--json]</c>: targets across the store, to compare places.</summary>
internal static class TargetsCommand
{
    public static Command Create(CliConsole console)
    {
        var indicator = new Option<string?>("--indicator") { Description = "Chỉ tiêu có chứa cụm từ này (vd. \"bác sĩ/vạn dân\", \"BHYT\")" };
        var place = new Option<string?>("--place") { Description = "Chỉ chỉ tiêu của địa phương này (vd. \"Hà Tĩnh\")" };
        var json = CliOptions.Json();
        var command = new Command("targets", "Các chỉ tiêu, để so sánh giữa văn bản và địa phương") { indicator, place, json };
        command.SetAction(parse =>
        {
            using var store = CliKnowledgeBase.OpenStore(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var targets = FactQueries.Targets(store, parse.GetValue(indicator), parse.GetValue(place));
            if (parse.GetValue(json)) CliJson.Write(console.Out, targets.Select(t => new { t.DocumentId, t.Target }).ToList());
            else foreach (var t in targets) console.Out.WriteLine($"{t.DocumentId}\t{t.Target.Indicator}\t{t.Target.Comparator} {t.Target.Value} {t.Target.Unit}\t{t.Target.Period}\t{t.Target.Scope}");
            return 0;
        });
        return command;
    }
}
