using Microsoft.Extensions.Options;
using PolicyKB.Storage;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Tests.Web;

/// <summary>A host that cannot start says why in one line (and exits 2) when the operator can act on it; bugs keep their trace.</summary>
public sealed class StartupGuardTests
{
    [Fact]
    public void An_owned_data_folder_a_bad_setting_and_a_busy_port_are_explained_even_when_wrapped()
    {
        var owned = new DataDirectoryInUseException("/srv/data", new DataDirectoryOwner(42, "PolicyKB.Web", "web", "may-1", DateTimeOffset.Now));
        var invalid = new OptionsValidationException("ApiOptions", typeof(ApiOptions), ["PolicyKB:Api:ApiKey phải có ít nhất 8 ký tự."]);
        var port = new IOException("Failed to bind to address http://127.0.0.1:5080: address already in use.");

        Assert.Contains("tiến trình 42", StartupGuard.Reason(new InvalidOperationException("wrapper", owned)));
        Assert.Contains("ít nhất 8 ký tự", StartupGuard.Reason(new AggregateException(invalid)));
        Assert.Contains("--urls", StartupGuard.Reason(port));
        Assert.Null(StartupGuard.Reason(new NullReferenceException()));
    }

    [Fact]
    public void A_host_set_to_postgres_without_a_connection_string_refuses_to_start_naming_the_setting()
    {
        using var app = new PostgresApplication(connectionString: "");

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("PolicyKB:Store:ConnectionString", StartupGuard.Reason(error));
    }

    [Fact]
    public void A_shared_store_out_of_reach_at_start_is_explained_in_one_line()
    {
        var unreachable = new StoreUnavailableException(new System.Net.Sockets.SocketException(111));

        Assert.Contains("PostgreSQL", StartupGuard.Reason(new InvalidOperationException("wrapper", unreachable)));
    }
}
