using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using PolicyKB.Answering.Conversations;
using PolicyKB.Answering.Llm;

namespace PolicyKB.Tests.Answering;

/// <summary>The conversation limits as settings: validated with the setting named, and their defaults (the stores are in ConversationStoreSpecs).</summary>
public sealed class ConversationLimitTests
{
    [Theory]
    [InlineData("SessionRetentionDays", "0")]
    [InlineData("SessionRetentionDays", "5000")]
    [InlineData("MaxSessions", "0")]
    [InlineData("MaxHistoryTurns", "0")]
    public void Out_of_range_limits_are_refused_with_the_setting_named(string setting, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"PolicyKB:Chat:{setting}"] = value }).Build();

        var error = Assert.Throws<ValidationException>(() => ChatOptions.Read(configuration));

        Assert.Contains($"PolicyKB:Chat:{setting}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_keep_30_days_and_10_000_sessions()
    {
        var limits = ChatOptions.Read(new ConfigurationBuilder().Build()).ConversationLimits;

        Assert.Equal(new ConversationLimits(MaxTurns: 10, MaxSessions: 10_000, RetentionDays: 30), limits);
    }
}
