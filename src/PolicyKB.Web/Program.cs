using PolicyKB;
using PolicyKB.Web.Apis;
using PolicyKB.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddJsonFile(Path.Combine(PolicyKbPaths.Root, "appsettings.json"), optional: true);
builder.Configuration.AddEnvironmentVariables();
builder.Services.AddPolicyKb();
builder.Services.AddPolicyKbWeb();

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
// Hỏi đáp (chat): add app.MapAskApi(); here once Apis/AskApi.cs exists.
app.Run();

/// <summary>Entry point, visible to integration tests.</summary>
public partial class Program;
