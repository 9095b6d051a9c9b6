using PolicyKB.Answering.Text;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A small count padded with a zero ("trẻ em dưới 04 tuổi") has the key of the count a question types ("dưới 4 tuổi"),
/// so the item that names it covers the question (issue #11, chat19b); longer numbers and decimals keep their digits.
/// </summary>
public sealed class PaddedCountKeyTests
{
    [Fact]
    public void A_padded_count_meets_the_count_typed_in_a_question() =>
        Assert.Equal(SyllableKeys.Keys("trẻ em dưới 4 tuổi"), SyllableKeys.Keys("trẻ em dưới 04 tuổi"));

    [Theory]
    [InlineData("0130", "0130")]
    [InlineData("0,5", "0.5")]
    [InlineData("10", "10")]
    [InlineData("0", "0")]
    public void Other_numbers_keep_their_digits(string token, string key) => Assert.Equal(key, SyllableKeys.Key(token));
}
