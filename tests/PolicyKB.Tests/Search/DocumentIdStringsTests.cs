using Lucene.Net.Util;
using PolicyKB.Search.Keyword;

namespace PolicyKB.Tests.Search;

/// <summary>The hits of one list share one string per document id (<see cref="DocumentIdStrings"/>), decoded exactly.</summary>
public sealed class DocumentIdStringsTests
{
    [Fact]
    public void Hits_of_one_document_share_its_id_string_within_a_list()
    {
        var strings = DocumentIdStrings.ForNewList();

        var first = strings.Get(new BytesRef("kh-36-ubnd-hà-tĩnh"));
        var second = strings.Get(new BytesRef("kh-36-ubnd-hà-tĩnh"));
        var other = strings.Get(new BytesRef("qd-281"));

        Assert.Equal("kh-36-ubnd-hà-tĩnh", first);
        Assert.Same(first, second);
        Assert.Equal("qd-281", other);
    }

    [Fact]
    public void A_new_list_starts_empty_and_long_ids_decode_whole()
    {
        var before = DocumentIdStrings.ForNewList().Get(new BytesRef("qd-281"));
        var strings = DocumentIdStrings.ForNewList();
        var longId = string.Concat(Enumerable.Repeat("điều-khoản-", 40));

        Assert.NotSame(before, strings.Get(new BytesRef("qd-281")));
        Assert.Equal(longId, strings.Get(new BytesRef(longId)));
        Assert.Equal("", strings.Get(new BytesRef("")));
    }
}
