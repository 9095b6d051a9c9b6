using Microsoft.Extensions.FileProviders;
using PolicyKB;
using PolicyKB.Web.Apis;
using PolicyKB.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
// The repository's appsettings.json is the base; the host's own sources (environment, command line, test settings) override it.
builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
{
    Path = "appsettings.json", Optional = true, ReloadOnChange = false,
    FileProvider = new PhysicalFileProvider(PolicyKbPaths.Root),
});
builder.Services.AddPolicyKb();
builder.Services.AddPolicyKbAnswering();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
var web = new PhysicalFileProvider(PolicyKbPaths.Resolve(app.Configuration["PolicyKB:WebDirectory"] ?? "web"));
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = web });
app.UseStaticFiles(new StaticFileOptions { FileProvider = web });
app.MapOpenApi();
app.MapHealthApi();
app.MapDocumentsApi();
app.MapAskApi();
app.Run();

/// <summary>Entry point, visible to integration tests.</summary>
public partial class Program;
