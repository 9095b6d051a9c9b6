using PolicyKB.Answering.Answers;

namespace PolicyKB.Tests.Answering;

/// <summary>A yes/no question asking a permission or obligation prefers the sentence that states one (issue #11, session 26).</summary>
public sealed class ModalStatementTests
{
    [Theory]
    [InlineData("Thông tin đã nhập có được sửa hay xóa không?", true)]
    [InlineData("Công chức chuyển cơ quan thì có phải làm chữ ký số mới không?", true)]
    [InlineData("thong tin da nhap co duoc sua khong", true)]
    [InlineData("Chi cục có tư cách pháp nhân không?", false)]
    public void A_question_asks_a_modal_when_it_asks_whether_an_act_may_or_must_be_done(string question, bool expected) =>
        Assert.Equal(expected, ModalStatement.Asked(question));

    [Theory]
    [InlineData("Việc sửa chữa, xóa thông tin chỉ được thực hiện đối với các sai sót về kỹ thuật.", true)]
    [InlineData("Trường hợp chuyển công tác thì được tiếp tục sử dụng chữ ký số.", true)]
    [InlineData("a) Cập nhật thông tin, sửa và xóa các thông tin trên Cơ sở dữ liệu.", false)]
    [InlineData("đ) Người sử dụng lao động hoạt động trên địa bàn được thành lập mới thì áp dụng mức cao nhất.", false)]
    public void A_sentence_states_a_modal_when_it_permits_or_obliges(string sentence, bool expected) =>
        Assert.Equal(expected, ModalStatement.States(sentence));
}
