using PolicyKB.Metadata;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Metadata;

/// <summary>
/// The search for a trailer cuts a line into pieces only when one of them could be in capitals (a mark or a known
/// position opens a signature block): the filter may let through lines that hold no such piece, but must never hold back
/// one that does, or a trailer would be missed.
/// </summary>
public sealed class TrailerPieceFilterTests
{
    [Theory]
    [InlineData("Điều 5. Phạm vi điều chỉnh")]
    [InlineData("a) Bảo đảm quyền lợi của người lao động;")]
    [InlineData("")]
    [InlineData("2. Các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.")]
    public void A_line_whose_capitals_all_begin_lower_case_words_holds_no_capital_piece(string line) =>
        Assert.False(TrailerReader.MayHoldCapitalPiece(line));

    [Theory]
    [InlineData("KT. CHỦ TỊCH")]
    [InlineData("PHÓ GIÁM ĐỐC")]
    [InlineData("Q.")]
    [InlineData("[daky]CHỦ TỊCH")]
    [InlineData("Qđã ký.")]
    [InlineData("Nơi nhận:        KT. BỘ TRƯỞNG")]
    [InlineData("Nguyễn Văn A | GIÁM ĐỐC")]
    public void A_line_that_may_open_a_signature_block_is_cut_into_pieces(string line) =>
        Assert.True(TrailerReader.MayHoldCapitalPiece(line));

    [Fact]
    public void No_line_of_the_sample_documents_with_a_piece_in_capitals_is_held_back()
    {
        var files = Directory.GetFiles(SharedData.ContentDirectory, "*.*", SearchOption.AllDirectories)
            .Concat(SharedData.SeedsDirectory is { } seeds ? Directory.GetFiles(seeds, "*.*", SearchOption.AllDirectories) : [])
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        var capitalLines = 0;
        foreach (var file in files)
        {
            var view = new LineView(TestLines.FromFile(file));
            for (var i = 0; i < view.Count; i++)
            {
                if (!TrailerLinePieces.Read(view, i).Append(view.Text(i)).Any(VietnameseText.IsAllCaps)) continue;
                capitalLines++;
                Assert.True(TrailerReader.MayHoldCapitalPiece(view.Raw(i)), $"{Path.GetFileName(file)}:{i + 1}: {view.Raw(i)}");
            }
        }
        Assert.True(capitalLines > 0);
    }
}
