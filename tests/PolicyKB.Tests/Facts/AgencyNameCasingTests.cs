using PolicyKB.Facts;

namespace PolicyKB.Tests.Facts;

/// <summary>An abbreviated sector after its agency's head noun is expanded and written as a name.</summary>
public sealed class AgencyNameCasingTests
{
    [Theory]
    [InlineData("Sở KH&CN", "Sở Khoa học và Công nghệ")]
    [InlineData("Bộ LĐTBXH", "Bộ Lao động - Thương binh và Xã hội")]
    [InlineData("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("SYT", "Sở Y tế")]
    public void A_sector_after_its_head_noun_opens_each_part_with_a_capital(string raw, string expected) =>
        Assert.Equal(expected, AgencyNames.Canonical(raw));

    [Fact]
    public void The_key_is_the_same_for_the_abbreviation_and_the_name() =>
        Assert.Equal(AgencyNames.Key("Sở Khoa học và Công nghệ"), AgencyNames.Key("Sở KH&CN"));
}
