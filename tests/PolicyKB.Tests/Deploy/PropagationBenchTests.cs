using PolicyKB.ScaleOutBench;
using PolicyKB.Tests.Support;
using PolicyKB.Tests.Support.Postgres;
using PolicyKB.Tests.Web;
using Xunit.Abstractions;

namespace PolicyKB.Tests.Deploy;

/// <summary>
/// The propagation benchmark (policykb-scaleout propagation, deploy/bench/propagation.sh) on a small run: every file
/// uploaded through node A one by one becomes visible on node B and is found there by a search. Figures are printed,
/// not asserted (docs/scale-out.md has the measured ones).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PropagationBenchTests : IUsesPostgres
{
    private const int Uploads = 5;
    private readonly string _connectionString = "";
    private readonly ITestOutputHelper _output;

    public PropagationBenchTests(PostgresCluster cluster, ITestOutputHelper output)
    {
        _output = output;
        if (PostgresCluster.Missing is not null) return;
        _connectionString = cluster.CreateDatabase();
    }

    [ProviderFact]
    public async Task Every_upload_through_node_a_becomes_visible_on_node_b_and_is_found_there_by_a_search()
    {
        // No content ingestion at start: the uploads are the only writes, as the benchmark's probe assumes.
        var settings = new Dictionary<string, string> { ["PolicyKB:IngestContentOnStart"] = "false", ["PolicyKB:Api:SearchCacheSeconds"] = "0" };
        using var hostA = new PostgresApplication(_connectionString, settings);
        using var hostB = new PostgresApplication(_connectionString, settings);
        using var files = new TempDirectory();
        using var a = NodeClient.Over("A", hostA.CreateAdminClient());
        using var b = NodeClient.Over("B", hostB.CreateAdminClient());
        using var output = new StringWriter();

        var run = await new PropagationBench(a, b, _connectionString, output).RunAsync(SmallFiles(files.Path));

        _output.WriteLine(output.ToString());
        Assert.Equal(Uploads, run.Samples.Count);
        Assert.All(run.Samples, s => Assert.NotNull(s.Visible));
        Assert.All(run.Samples, s => Assert.NotNull(s.Committed));
        Assert.Equal(Uploads, run.FoundBySearch);
    }

    /// <summary>The smallest plans of ../shared/train, or generated plans when it is absent.</summary>
    private static List<string> SmallFiles(string folder)
    {
        var train = Path.Combine(SharedData.RepositoryRoot, "..", "shared", "train");
        if (Directory.Exists(train))
        {
            return [.. new DirectoryInfo(train).GetFiles("*.txt").OrderBy(f => f.Length).ThenBy(f => f.Name, StringComparer.Ordinal).Take(Uploads).Select(f => f.FullName)];
        }
        return [.. Enumerable.Range(1, Uploads).Select(i =>
        {
            var path = Path.Combine(folder, $"ke-hoach-{i:000}.txt");
            File.WriteAllText(path, Web.Uploads.Plan($"{i}-KH/TU"));
            return path;
        })];
    }
}
