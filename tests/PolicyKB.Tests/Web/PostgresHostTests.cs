using System.Net;
using Npgsql;
using PolicyKB.Tests.Support.Postgres;

namespace PolicyKB.Tests.Web;

/// <summary>The web host with PolicyKB:Store:Provider = postgres: content and uploads stored in PostgreSQL, searched in the local indexes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHostTests : IUsesPostgres, IDisposable
{
    private readonly string _connectionString = "";
    private readonly PostgresApplication? _app;
    private readonly PostgresCluster? _cluster;

    public PostgresHostTests(PostgresCluster cluster)
    {
        if (PostgresCluster.Missing is not null) return;
        _cluster = cluster;
        _connectionString = cluster.CreateDatabase();
        _app = new PostgresApplication(_connectionString);
    }

    [ProviderFact]
    public async Task The_content_folder_is_stored_in_postgres_and_searched_from_the_local_index()
    {
        var client = _app!.CreateClient();

        var documents = (await client.GetOk("/api/documents")).GetProperty("total").GetInt32();
        var hits = (await client.GetOk("/api/search?q=bao%20hiem%20y%20te&top=5")).GetProperty("hits");

        Assert.True(documents >= 5, $"{documents} documents");
        Assert.Equal(documents, Count("SELECT count(*) FROM documents"));
        Assert.Equal(documents, Count("SELECT count(DISTINCT document_id) FROM changes WHERE kind = 'upsert'"));
        Assert.True(Count("SELECT count(*) FROM clauses") > documents);
        Assert.Equal(5, hits.GetArrayLength());
        Assert.True(Directory.Exists(Path.Combine(_app.DataDirectory, "index")));
        Assert.False(File.Exists(Path.Combine(_app.DataDirectory, "policykb.db")), "no LiteDB file beside a PostgreSQL store");
    }

    [ProviderFact]
    public async Task An_upload_is_stored_in_postgres_searchable_linked_and_removable()
    {
        var admin = _app!.CreateAdminClient();

        var result = await ApiAssert.Ok(await admin.PostAsync("/api/ingest", Uploads.Form(("tinh-uy-242-kh-tu.txt", Uploads.Utf8(Uploads.CitedPlan)))));

        Assert.Equal("stored", Assert.Single(result.GetProperty("files").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(1, Count("SELECT count(*) FROM documents WHERE id = 'tinh-uy-242-kh-tu'"));
        Assert.Equal(1, Count("SELECT count(*) FROM originals WHERE document_id = 'tinh-uy-242-kh-tu'"));
        Assert.Equal("tinh-uy-242-kh-tu", (await admin.GetOk("/api/citations/242-KH/TU")).GetProperty("target").GetProperty("id").GetString());
        var hits = (await admin.GetOk("/api/search?q=nhan%20vien%20y%20te%20thon%20ban&mode=keyword")).GetProperty("hits");
        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("documentId").GetString() == "tinh-uy-242-kh-tu");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/documents/tinh-uy-242-kh-tu")).StatusCode);

        Assert.Equal(0, Count("SELECT count(*) FROM documents WHERE id = 'tinh-uy-242-kh-tu'"));
        Assert.Equal(1, Count("SELECT count(*) FROM changes WHERE document_id = 'tinh-uy-242-kh-tu' AND kind = 'delete'"));
        var after = (await admin.GetOk("/api/search?q=nhan%20vien%20y%20te%20thon%20ban&mode=keyword")).GetProperty("hits");
        Assert.DoesNotContain(after.EnumerateArray(), h => h.GetProperty("documentId").GetString() == "tinh-uy-242-kh-tu");
    }

    [ProviderFact]
    public async Task While_postgres_is_down_writes_answer_503_in_vietnamese_and_resume_when_it_is_back()
    {
        var admin = _app!.CreateAdminClient();
        var documentId = (await admin.GetOk("/api/documents")).GetProperty("items")[0].GetProperty("id").GetString()!;

        _cluster!.Stop();
        HttpResponseMessage refused;
        try
        {
            refused = await admin.DeleteAsync($"/api/documents/{documentId}");
        }
        finally
        {
            _cluster.Start();
        }

        var problem = await ApiAssert.Problem(refused, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("PostgreSQL", problem.GetProperty("detail").GetString());
        Assert.Equal(1, Count($"SELECT count(*) FROM documents WHERE id = '{documentId}'"));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/documents/{documentId}")).StatusCode);
        Assert.Equal(0, Count($"SELECT count(*) FROM documents WHERE id = '{documentId}'"));
    }

    [ProviderFact]
    public async Task While_postgres_is_down_an_upload_answers_503_the_list_answers_from_the_replica_pages_a_clear_503_and_the_upload_succeeds_once_it_is_back()
    {
        var admin = _app!.CreateAdminClient();
        var listed = await admin.GetOk("/api/documents?pageSize=100");
        var documentId = listed.GetProperty("items")[0].GetProperty("id").GetString()!;
        var clauseId = (await admin.GetOk($"/api/documents/{documentId}")).GetProperty("clauses")[0].GetProperty("id").GetString()!;
        var upload = Uploads.Form(("tinh-uy-242-kh-tu.txt", Uploads.Utf8(Uploads.CitedPlan)));

        _cluster!.Stop();
        HttpResponseMessage refused, list, page, clause;
        try
        {
            refused = await admin.PostAsync("/api/ingest", upload);
            list = await admin.GetAsync("/api/documents?pageSize=50");
            page = await admin.GetAsync($"/api/documents/{documentId}");
            clause = await admin.GetAsync($"/api/clauses/{clauseId}");
        }
        finally
        {
            _cluster.Start();
        }

        var problem = await ApiAssert.Problem(refused, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("PostgreSQL", problem.GetProperty("detail").GetString());
        Assert.Contains("tải lại", problem.GetProperty("detail").GetString());
        var answered = await ApiAssert.Ok(list);
        Assert.Equal(listed.GetProperty("total").GetInt32(), answered.GetProperty("total").GetInt32());
        Assert.Equal(documentId, answered.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Contains("PostgreSQL", (await ApiAssert.Problem(page, HttpStatusCode.ServiceUnavailable)).GetProperty("detail").GetString());
        Assert.Contains("PostgreSQL", (await ApiAssert.Problem(clause, HttpStatusCode.ServiceUnavailable)).GetProperty("detail").GetString());
        Assert.Equal(0, Count("SELECT count(*) FROM documents WHERE id = 'tinh-uy-242-kh-tu'"));

        var stored = await ApiAssert.Ok(await admin.PostAsync("/api/ingest", Uploads.Form(("tinh-uy-242-kh-tu.txt", Uploads.Utf8(Uploads.CitedPlan)))));

        Assert.Equal("stored", Assert.Single(stored.GetProperty("files").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(1, Count("SELECT count(*) FROM documents WHERE id = 'tinh-uy-242-kh-tu'"));
        Assert.Equal(listed.GetProperty("total").GetInt32() + 1, (await admin.GetOk("/api/documents?pageSize=100")).GetProperty("total").GetInt32());
    }

    [ProviderFact]
    public async Task While_postgres_is_down_searches_answer_from_the_local_replica_with_filters_numbers_and_metadata()
    {
        var client = _app!.CreateAdminClient();
        await ApiAssert.Ok(await client.PostAsync("/api/ingest", Uploads.Form(("tinh-uy-242-kh-tu.txt", Uploads.Utf8(Uploads.CitedPlan)))));
        // Another query string than those asked below: the output cache must not be what answers them.
        var before = (await client.GetOk("/api/search?q=bao%20hiem%20y%20te&top=20&offset=0")).GetProperty("hits");
        var first = before[0];
        var type = first.GetProperty("documentType").GetString();

        _cluster!.Stop();
        System.Text.Json.JsonElement keyword, hybrid, filtered, named;
        try
        {
            keyword = await client.GetOk("/api/search?q=bao%20hiem%20y%20te&top=5&mode=keyword");
            hybrid = await client.GetOk("/api/search?q=bao%20hiem%20y%20te&top=5");
            filtered = await client.GetOk($"/api/search?q=bao%20hiem%20y%20te&top=5&type={Uri.EscapeDataString(type ?? "")}");
            named = await client.GetOk("/api/search?q=K%E1%BA%BF%20ho%E1%BA%A1ch%20242-KH%2FTU&top=5");
        }
        finally
        {
            _cluster.Start();
        }

        Assert.Equal(5, keyword.GetProperty("hits").GetArrayLength());
        Assert.Equal(5, hybrid.GetProperty("hits").GetArrayLength());
        Assert.Equal(first.GetProperty("documentTitle").GetString(), hybrid.GetProperty("hits")[0].GetProperty("documentTitle").GetString());
        Assert.NotEmpty(filtered.GetProperty("hits").EnumerateArray());
        Assert.All(filtered.GetProperty("hits").EnumerateArray(), h => Assert.Equal(type, h.GetProperty("documentType").GetString()));
        Assert.Contains("tinh-uy-242-kh-tu", named.GetProperty("namedDocuments").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("tinh-uy-242-kh-tu", named.GetProperty("hits")[0].GetProperty("documentId").GetString());
        Assert.Equal("242-KH/TU", named.GetProperty("hits")[0].GetProperty("documentNumber").GetString());
    }

    public void Dispose() => _app?.Dispose();

    private int Count(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
