using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PolicyKB.Tests.Support.Postgres;

namespace PolicyKB.Tests.Web;

/// <summary>
/// Chat sessions with PolicyKB:Store:Provider = postgres live in the shared database: a follow-up that the load
/// balancer sends to the other node continues the conversation started on the first.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SharedSessionTests : IUsesPostgres
{
    private readonly string _connectionString = "";

    public SharedSessionTests(PostgresCluster cluster)
    {
        if (PostgresCluster.Missing is not null) return;
        _connectionString = cluster.CreateDatabase();
    }

    [ProviderFact]
    public async Task A_session_started_on_one_node_is_continued_on_the_other()
    {
        using var a = new PostgresApplication(_connectionString);
        using var b = new PostgresApplication(_connectionString);
        var nodeA = a.CreateClient();
        var nodeB = b.CreateClient();

        await ApiAssert.Ok(await nodeA.PostAsJsonAsync("/api/ask",
            new { question = "Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?", sessionId = "hai-nut" }));
        var followUp = await ApiAssert.Ok(await nodeB.PostAsJsonAsync("/api/ask", new { question = "Còn Hà Tĩnh thì sao?", sessionId = "hai-nut" }));

        Assert.Equal("Năm 2021 Hà Tĩnh đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?", followUp.GetProperty("resolvedQuestion").GetString());
        Assert.Contains("10,8", followUp.GetProperty("answer").GetString());
        Assert.Equal(2, TurnsOf("hai-nut"));
        Assert.False(File.Exists(Path.Combine(a.DataDirectory, "chat.db")), "no per-node chat.db beside a PostgreSQL store");
        Assert.False(File.Exists(Path.Combine(b.DataDirectory, "chat.db")), "no per-node chat.db beside a PostgreSQL store");
    }

    private int TurnsOf(string sessionId)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM chat_turns WHERE session_id = @s", connection);
        command.Parameters.AddWithValue("s", sessionId);
        return (int)(long)command.ExecuteScalar()!;
    }
}
