using Microsoft.Extensions.Options;
using PolicyKB.Storage;

namespace PolicyKB.Web.Hosting;

/// <summary>
/// Runs the host and, when it cannot start for a reason the operator can act on (a damaged store, a data folder owned
/// by another process, a shared PostgreSQL store out of reach, a bad setting, a port in use), says so in one Vietnamese line and exits with code 2 instead of
/// aborting with a stack trace.
/// </summary>
public static class StartupGuard
{
    /// <summary>Runs <paramref name="app"/> until shutdown; returns the process exit code.</summary>
    public static int RunOrExplain(this WebApplication app)
    {
        // Under an in-process test server the failure belongs to the test that started it, not to the console.
        var realServer = app.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.GetType().Name.Contains("Kestrel", StringComparison.Ordinal) == true;
        try
        {
            app.Run();
            return 0;
        }
        catch (Exception ex) when (realServer && Reason(ex) is { } reason)
        {
            Console.Error.WriteLine($"PolicyKB không khởi động được: {reason}");
            return 2;
        }
    }

    /// <summary>The operator-facing reason for <paramref name="exception"/>, or null for a bug (which keeps its stack trace).</summary>
    public static string? Reason(Exception exception) => exception switch
    {
        StoreDamagedException or DataDirectoryInUseException or StoreUnavailableException => exception.Message,
        OptionsValidationException invalid => "cấu hình không hợp lệ: " + string.Join("; ", invalid.Failures),
        IOException io when io.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) =>
            $"cổng đã có tiến trình khác dùng ({io.Message}); hãy dừng tiến trình đó hoặc chọn cổng khác bằng --urls http://localhost:CỔNG",
        AggregateException many => many.InnerExceptions.Select(Reason).FirstOrDefault(r => r is not null),
        { InnerException: { } inner } => Reason(inner),
        _ => null,
    };
}
