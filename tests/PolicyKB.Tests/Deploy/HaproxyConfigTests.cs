using System.Diagnostics;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Deploy;

/// <summary>deploy/haproxy.cfg, the load balancer in front of the nodes, as haproxy itself reads it.</summary>
public sealed class HaproxyConfigTests : IDisposable
{
    private static readonly string Config = Path.Combine(SharedData.RepositoryRoot, "deploy", "haproxy.cfg");
    private readonly TempDirectory _temp = new();

    [HaproxyFact]
    public void The_deploy_config_is_accepted_by_haproxy_with_the_node_addresses_of_one_machine()
    {
        var (exitCode, output) = Check(Config);

        Assert.True(exitCode == 0, output);
    }

    [HaproxyFact]
    public void The_example_config_routing_to_the_patroni_primary_is_accepted_by_haproxy()
    {
        var (exitCode, output) = Check(Path.Combine(SharedData.RepositoryRoot, "deploy", "patroni", "haproxy-postgres.cfg"));

        Assert.True(exitCode == 0, output);
    }

    [HaproxyFact]
    public void The_check_rejects_a_config_haproxy_cannot_run_so_the_test_above_can_fail()
    {
        var broken = _temp.File("haproxy.cfg");
        File.WriteAllText(broken, File.ReadAllText(Config).Replace("balance leastconn", "balance fastest-node", StringComparison.Ordinal));

        var (exitCode, _) = Check(broken);

        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public void Nodes_are_taken_out_on_the_readiness_endpoint_that_reports_replica_lag()
    {
        var text = File.ReadAllText(Config);

        Assert.Contains("uri /api/health/ready", text);
        Assert.Equal(2, text.Split('\n').Count(l => l.TrimStart().StartsWith("server ", StringComparison.Ordinal) && l.Contains(" check", StringComparison.Ordinal)));
    }

    public void Dispose() => _temp.Dispose();

    private static (int ExitCode, string Output) Check(string path)
    {
        var info = new ProcessStartInfo(HaproxyFactAttribute.Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", "-f", path]) info.ArgumentList.Add(argument);
        info.Environment["PKB_LISTEN"] = "127.0.0.1:8080";
        info.Environment["PKB_NODE_A"] = "127.0.0.1:5081";
        info.Environment["PKB_NODE_B"] = "127.0.0.1:5082";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30))) process.Kill();
        return (process.ExitCode, output.Result + error.Result);
    }
}
