using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PolicyKB.Tests.Web;

namespace PolicyKB.Tests.Ocr;

/// <summary>
/// The real host on Kestrel (as <see cref="Browser.LiveApplication"/>) recognising scanned pages one after another
/// (<c>OcrJobs</c> 1): pages side by side on several cores can finish together, and a test of the progress lines
/// needs a page that ends before the next, so that the time left is reported whatever the machine.
/// </summary>
public sealed class PageAfterPageOcrHost : PolicyKbApplicationBase
{
    /// <summary>The setting that makes OCR read one page at a time.</summary>
    public const string OcrJobsSetting = "PolicyKB:Ingestion:Decoding:OcrJobs";

    /// <summary>Starts Kestrel on 127.0.0.1 with a port the OS picks.</summary>
    public PageAfterPageOcrHost() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>The address the server listens on, e.g. "http://127.0.0.1:41234".</summary>
    public string BaseAddress
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        }
    }

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { [OcrJobsSetting] = "1" };
}
