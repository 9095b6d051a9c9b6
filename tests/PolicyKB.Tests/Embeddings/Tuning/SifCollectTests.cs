using PolicyKB.Search.Embeddings;

namespace PolicyKB.Tests.Embeddings.Tuning;

/// <summary>
/// What the tuner trains on must be exactly what search encodes: a text's unit terms plus its fixed part, after
/// common-component removal and normalisation, equal the model's encoding.
/// </summary>
public sealed class SifCollectTests(SeedModelFixture seed) : IClassFixture<SeedModelFixture>
{
    [Theory]
    [InlineData("nâng cao chất lượng y tế cơ sở")]
    [InlineData("bao hiem y te toan dan")]
    [InlineData("người già xyzqw được khám bệnh")]
    [InlineData("Bảo hiễm y tế")]
    public void Unit_terms_and_fixed_part_rebuild_the_encoding(string text)
    {
        var model = seed.Model;
        var encoded = model.EncodeForTuning(text);
        var units = model.UnitVectorsAsFloats();
        var sum = (float[])encoded.FixedPart.Clone();
        for (var k = 0; k < encoded.Units.Length; k++)
        {
            for (var d = 0; d < model.Dimensions; d++) sum[d] += encoded.Weights[k] * units[encoded.Units[k] * model.Dimensions + d];
        }
        var component = model.SentenceComponent.ToArray();
        var projection = sum.Zip(component, (x, c) => x * c).Sum();
        for (var d = 0; d < sum.Length; d++) sum[d] -= projection * component[d];
        var norm = MathF.Sqrt(sum.Sum(x => x * x));

        var expected = model.Encode(text);
        Assert.NotEmpty(encoded.Units);
        for (var d = 0; d < sum.Length; d++) Assert.Equal(expected[d], sum[d] / norm, 4);
    }
}
