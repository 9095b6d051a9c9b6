using PolicyKB.Answering.Questions;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A type word and a bare serial ("qd 384") name a stored document whose số hiệu has that serial and the type's code;
/// a serial of no stored document, or a code the stored one lacks, names none.
/// </summary>
public sealed class StoredSerialTests
{
    private static readonly string[] Stored = ["384-QĐ/TW", "281/QĐ-TTg", "39/2017/TT-BYT"];

    [Theory]
    [InlineData("qd 384", "384")]
    [InlineData("quyet dinh so 281", "281")]
    [InlineData("tt 39", "39")]
    public void A_typed_serial_of_a_stored_number_names_it(string typed, string serial) =>
        Assert.True(StoredSerial.Names(typed, serial, Stored));

    [Theory]
    [InlineData("qd 385", "385")]
    [InlineData("nq 384", "384")]
    [InlineData("chi thi 281", "281")]
    public void A_serial_or_code_no_stored_number_has_names_nothing(string typed, string serial) =>
        Assert.False(StoredSerial.Names(typed, serial, Stored));
}
