using PolicyKB.Answering;
using PolicyKB.Web.Apis;
using PolicyKB.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRepositorySettings();
builder.UsePolicyKbDefaultAddress();
builder.Services.AddPolicyKb();
builder.Services.AddPolicyKbWeb();
builder.Services.AddPolicyKbAnswering();

var app = builder.Build();
// The knowledge base opens while the pipeline below is configured and the host starts.
app.Services.GetRequiredService<KnowledgeBaseOpening>().Begin();
app.UsePolicyKbErrors();
app.UsePolicyKbUi();
app.MapApiReference();
app.MapHealthApi();
app.MapDocumentsApi();
app.MapMetadataApi();
app.MapOriginalFileApi();
app.MapClausesApi();
app.MapCitationsApi();
app.MapFactsApi();
app.MapRelationsApi();
app.MapSearchApi();
app.MapSimilarApi();
app.MapIngestApi();
app.MapBackupApi();
// The chat endpoints follow the same read-access rule as the other read endpoints.
app.MapGroup("/").RequireApiKey(ApiAccess.Read).MapAskApi();
return app.RunOrExplain();

/// <summary>Entry point, visible to integration tests.</summary>
public partial class Program;
