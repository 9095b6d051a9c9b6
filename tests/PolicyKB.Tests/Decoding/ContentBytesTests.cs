using System.Text;
using PolicyKB.Decoding;

namespace PolicyKB.Tests.Decoding;

public sealed class ContentBytesTests
{
    private readonly ContentDecoders _decoders = ContentDecoders.CreateDefault();

    [Fact]
    public void A_seekable_stream_is_read_from_its_position_to_the_end()
    {
        var stream = new MemoryStream(Encoding.ASCII.GetBytes("0123456789"));
        stream.Position = 4;
        Assert.Equal("456789", Encoding.ASCII.GetString(ContentBytes.ReadAll(stream, "a.txt")));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_to_the_end()
    {
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)('a' + i % 26)).ToArray();
        Assert.Equal(bytes, ContentBytes.ReadAll(new ForwardOnlyStream(bytes), "a.txt"));
    }

    [Theory]
    [InlineData("KẾ HOẠCH\n1. Mục đích\r\n* ghi chú (**)\n", "a.txt")]
    [InlineData("**NGHỊ ĐỊNH**\n\n*Căn cứ Luật Tổ chức Chính phủ;*\n\n**Điều 1. Phạm vi**\n1\\. Nội dung", "tvpl.txt")]
    [InlineData("# Kế hoạch\n\n| STT | Tên |\n| --- | --- |\n| 1 | A |", "a.md")]
    public void Bytes_in_memory_decode_as_the_same_bytes_in_a_stream(string text, string fileName)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var fromStream = _decoders.Decode(new MemoryStream(bytes), fileName);
        var fromBytes = _decoders.Decode(bytes, fileName);
        Assert.Equal(fromStream.Format, fromBytes.Format);
        Assert.Equal(fromStream.Lines, fromBytes.Lines);
        Assert.Equal(fromStream.Warnings, fromBytes.Warnings);
    }

    [Fact]
    public void Empty_bytes_are_refused_as_an_empty_stream_is()
    {
        var fromBytes = Assert.Throws<DecodingException>(() => _decoders.Decode([], "a.txt"));
        var fromStream = Assert.Throws<DecodingException>(() => _decoders.Decode(new MemoryStream(), "a.txt"));
        Assert.Equal(fromStream.Message, fromBytes.Message);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            // A few bytes at a time, as a network stream may give them.
            var n = Math.Min(Math.Min(count, 7_000), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }
    }
}
