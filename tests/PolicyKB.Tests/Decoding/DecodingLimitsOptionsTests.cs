using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using PolicyKB.Decoding;
using PolicyKB.Ingestion;

namespace PolicyKB.Tests.Decoding;

/// <summary>The decoding limits are configured under "PolicyKB:Ingestion:Decoding" and validated with the other ingestion options.</summary>
public sealed class DecodingLimitsOptionsTests
{
    [Fact]
    public void Limits_bind_from_the_ingestion_section_and_leave_the_defaults_untouched()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PolicyKB:Ingestion:Decoding:MaxCharacters"] = "1234",
            ["PolicyKB:Ingestion:Decoding:MaxPages"] = "7",
        }).Build();

        var options = configuration.GetSection(IngestionOptions.Section).Get<IngestionOptions>()!;

        Assert.Equal(1234, options.Decoding.MaxCharacters);
        Assert.Equal(7, options.Decoding.MaxPages);
        Assert.Equal(300_000, options.Decoding.MaxLines);
        Assert.Equal(5_000_000, DecodingLimits.Default.MaxCharacters);
    }

    [Fact]
    public void A_limit_out_of_range_fails_validation_naming_it()
    {
        var options = new IngestionOptions { Decoding = new DecodingLimits { MaxCharacters = 0 } };
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(results, r => r.MemberNames.Contains("Decoding.MaxCharacters"));
    }

    [Fact]
    public void The_pipeline_decodes_with_the_configured_limits()
    {
        using var dir = new PolicyKB.Tests.Support.TempDirectory();
        using var store = new PolicyKB.Storage.LiteDbDocumentStore(dir.File("kb.db"));
        var path = dir.File("ngan.txt");
        File.WriteAllText(path, "Điều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng\n");
        var options = new IngestionOptions { Decoding = new DecodingLimits { MaxLines = 1 } };

        var result = IngestionPipelineFactory.CreateDefault(store, options).Ingest(path);

        Assert.Equal(IngestionStatus.Failed, result.Status);
        Assert.Contains("quá nhiều dòng (hơn 1 dòng)", result.Error);
    }
}
