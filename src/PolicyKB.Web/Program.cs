using Microsoft.Extensions.FileProviders;
using PolicyKB;
using PolicyKB.Answering;
using PolicyKB.Web.Apis;
using PolicyKB.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
// The repository's appsettings.json is the base; the host's own sources (environment, command line, test settings) override it.
builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
{
    Path = "appsettings.json", Optional = true, ReloadOnChange = false, FileProvider = new PhysicalFileProvider(PolicyKbPaths.Root),
});
builder.Services.AddPolicyKb();
builder.Services.AddPolicyKbWeb();
builder.Services.AddPolicyKbAnswering();

var app = builder.Build();
app.UsePolicyKbErrors();
app.UsePolicyKbUi();
app.MapApiReference();
app.MapHealthApi();
app.MapDocumentsApi();
app.MapClausesApi();
app.MapCitationsApi();
app.MapSearchApi();
app.MapSimilarApi();
app.MapIngestApi();
app.MapAskApi();
app.Run();

/// <summary>Entry point, visible to integration tests.</summary>
public partial class Program;
