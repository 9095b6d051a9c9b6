using System.CommandLine;
using PolicyKB.Facts;

namespace PolicyKB.Cli.Commands;

/// <summary><c>policykb status KEY [--json]</c>: whether a cited document is still in force, as far as the store knows.</summary>
internal static class StatusCommand
{
    public static Command Create(CliConsole console)
    {
        var key = new Argument<string>("KEY") { Description = "Số hiệu văn bản (vd. 20/2023/TT-BLĐTBXH)" };
        var json = CliOptions.Json();
        var command = new Command("status", "Tình trạng hiệu lực của một văn bản theo các văn bản trong kho") { key, json };
        command.SetAction(parse =>
        {
            using var store = CliKnowledgeBase.OpenStore(CliSettings.LoadExisting(parse.GetValue(CliOptions.Data)));
            var status = new EffectStatusService(store).Get(parse.GetValue(key)!);
            if (parse.GetValue(json)) CliJson.Write(console.Out, status);
            else
            {
                console.Out.WriteLine($"{status.Key}: {status.Label}");
                foreach (var c in status.By) console.Out.WriteLine($"  {c.Relation}\t{c.Key}\t{c.Scope}\t{c.EffectiveOn ?? "-"}\t{c.ClauseId}");
            }
            return 0;
        });
        return command;
    }
}
