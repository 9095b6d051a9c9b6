using System.Reflection;
using PolicyKB.Documents;
using PolicyKB.Ingestion.Identity;
using PolicyKB.Storage;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Ingestion;

/// <summary>
/// Two nodes on one shared store upload the same file at once. One commits between the other's content check and its
/// id check: the late one must see the twin, not store a second copy under "-2" (seen once as 26 documents for 25 in
/// NodeProcessTests under load).
/// </summary>
public sealed class IdentityRaceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Bytes_stored_by_another_writer_after_the_content_check_are_recognised_not_copied()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        store.Replace(new PolicyDocument { Id = "ke-hoach-21", Source = "ke-hoach-21.txt", ContentHash = "h21" }, [], []);
        var racing = ContentCheckRacesAWriter.Wrap(store);

        var identity = new DocumentIdentityResolver(racing).Resolve("ke-hoach-21.txt", origin: null, "h21", replace: false);

        Assert.Equal(IdentityKind.Unchanged, identity.Kind);
        Assert.Equal("ke-hoach-21", identity.DocumentId);
    }

    [Fact]
    public void Different_bytes_under_a_taken_name_still_get_a_new_id()
    {
        using var store = new LiteDbDocumentStore(_dir.File("kb.db"));
        store.Replace(new PolicyDocument { Id = "ke-hoach-21", Source = "ke-hoach-21.txt", ContentHash = "h21" }, [], []);

        var identity = new DocumentIdentityResolver(store).Resolve("ke-hoach-21.txt", origin: null, "other", replace: false);

        Assert.Equal(IdentityKind.New, identity.Kind);
        Assert.Equal("ke-hoach-21-2", identity.DocumentId);
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>A store whose first content-hash lookup answers as it did just before another writer committed.</summary>
    /// <remarks>Not sealed: DispatchProxy derives the proxy type from it.</remarks>
    public class ContentCheckRacesAWriter : DispatchProxy
    {
        private IDocumentStore _inner = null!;
        private int _hashLookups;

        public static IDocumentStore Wrap(IDocumentStore inner)
        {
            var proxy = Create<IDocumentStore, ContentCheckRacesAWriter>();
            ((ContentCheckRacesAWriter)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IDocumentStore.FindByContentHash) && _hashLookups++ == 0) return new List<PolicyDocument>();
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw ex.InnerException;
            }
        }
    }
}
