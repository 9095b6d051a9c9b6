using PolicyKB.Parsing;

namespace PolicyKB.Tests.Parsing;

/// <summary>A clause's text is its paragraphs as appended; a clause of one paragraph keeps that paragraph's string.</summary>
public sealed class ClauseTextTests
{
    [Fact]
    public void A_single_piece_is_the_text_itself()
    {
        var paragraph = string.Concat("1. Mục tiêu ", "chung");
        var text = new ClauseText().Append(paragraph);

        Assert.Same(paragraph, text.ToString());
        Assert.Equal(paragraph.Length, text.Length);
    }

    [Fact]
    public void Pieces_are_joined_in_order()
    {
        var text = new ClauseText().Append("a) Tăng cường").Append('\n').Append("b) Đẩy mạnh");

        Assert.Equal("a) Tăng cường\nb) Đẩy mạnh", text.ToString());
        Assert.Equal("a) Tăng cường\nb) Đẩy mạnh".Length, text.Length);
    }

    [Fact]
    public void An_empty_first_piece_leaves_the_next_one_whole()
    {
        var body = "Kính gửi: Sở Y tế";
        var text = new ClauseText().Append("");

        Assert.Equal(0, text.Length);
        Assert.Equal("", text.ToString());
        Assert.Same(body, text.Append(body).ToString());
        Assert.Equal(body + "\n", text.Append('\n').ToString());
    }

    [Fact]
    public void No_piece_is_an_empty_text() => Assert.Equal("", new ClauseText().ToString());
}
