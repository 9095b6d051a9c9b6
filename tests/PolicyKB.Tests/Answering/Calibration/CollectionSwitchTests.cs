using Microsoft.Extensions.Configuration;
using PolicyKB.Answering.Llm;

namespace PolicyKB.Tests.Answering.Calibration;

/// <summary>
/// The calibrator's collection mode quotes every best candidate (no refusals): only <c>policykb train-calibrator
/// --collect</c> may turn it on, never a setting in appsettings.json or the environment.
/// </summary>
public sealed class CollectionSwitchTests
{
    [Fact]
    public void Configuration_cannot_turn_collection_on_while_the_calibrator_switch_binds()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PolicyKB:Chat:CollectAnswerFeatures"] = "true",
            ["PolicyKB:Chat:UseAnswerCalibrator"] = "false",
            ["PolicyKB:Chat:CollectFocusedFeatures"] = "true",
            ["PolicyKB:Chat:UseFocusedCalibrator"] = "false",
        }).Build();

        var options = ChatOptions.Read(configuration);

        Assert.False(options.CollectAnswerFeatures);
        Assert.False(options.UseAnswerCalibrator);
        Assert.False(options.CollectFocusedFeatures);
        Assert.False(options.UseFocusedCalibrator);
    }
}
