using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// An acronym typed in the agency a question names matches the syllables it abbreviates in a clause's folded key
/// (issue #11, session 27: "Hội đồng TĐKT tỉnh" against a regulation writing "Hội đồng Thi đua - Khen thưởng tỉnh").
/// </summary>
public sealed class AgencyAcronymTests
{
    [Theory]
    [InlineData("Hội đồng TĐKT tỉnh", " gui ve hoi dong thi dua khen thuong tinh truoc ngay ", true)]
    [InlineData("Hội đồng TĐKT", " thuong truc hoi dong thi dua khen thuong ", true)]
    [InlineData("Hội đồng TĐKT", " hoi dong nhan dan tinh ", false)]
    [InlineData("Hội đồng TĐKT", " hoi dong tu van ky thuat ", false)]
    public void An_acronym_in_the_asked_agency_matches_the_initials_of_the_full_name(string agency, string paddedKey, bool matches) =>
        Assert.Equal(matches, AgencyAcronym.Names(agency, 3, paddedKey));

    [Fact]
    public void A_name_typing_no_acronym_leaves_the_plain_prefix_to_decide() =>
        Assert.Null(AgencyAcronym.Names("Sở Tài chính", 3, " so tai chinh "));
}
