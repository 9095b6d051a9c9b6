using Microsoft.Extensions.AI;
using PolicyKB.Documents;
using PolicyKB.Search.Providers;
using PolicyKB.Search.Vectors;

namespace PolicyKB.Search.Indexing;

/// <summary>
/// Computes clause vectors with the configured generator, in batches, and stores them in the vector store and the
/// in-memory index. The text embedded is the clause's heading path and text, so a bare item ("a) Sở Y tế") carries
/// the context of the section it sits in.
/// </summary>
public sealed class ClauseEmbedder(
    IEmbeddingGenerator<string, Embedding<float>> generator, string modelId, LiteDbVectorStore store, InMemoryVectorIndex index)
{
    private const int BatchSize = 256;

    /// <summary>Identity of the model.</summary>
    public string ModelId => modelId;

    /// <summary>Embeds and stores the clauses of one document.</summary>
    public void Embed(PolicyDocument document, IReadOnlyList<Clause> clauses)
    {
        var byId = clauses.ToDictionary(c => c.Id);
        var entries = new List<VectorEntry>(clauses.Count);
        foreach (var batch in clauses.Chunk(BatchSize))
        {
            var inputs = batch.Select(c => EmbeddingText(c, byId)).ToList();
            var embeddings = generator.GenerateAsync(inputs, EmbeddingInputType.ForPassage()).GetAwaiter().GetResult();
            for (var i = 0; i < batch.Length; i++)
            {
                var vector = embeddings[i].Vector.ToArray();
                VectorMath.Normalize(vector);
                entries.Add(new VectorEntry(batch[i].Id, document.Id, batch[i].Kind.ToString().ToLowerInvariant(), vector));
            }
        }
        store.Replace(document.Id, document.ContentHash, modelId, entries);
        index.Replace(document.Id, entries);
    }

    /// <summary>Drops a document's vectors from the store and the index.</summary>
    public void Remove(string documentId)
    {
        store.Remove(documentId);
        index.Remove(documentId);
    }

    /// <summary>The text embedded for a clause: its ancestors' headings, then its own text.</summary>
    internal static string EmbeddingText(Clause clause, IReadOnlyDictionary<string, Clause> byId)
    {
        var context = new List<string>();
        for (var parent = clause.ParentId; parent is not null && byId.TryGetValue(parent, out var ancestor); parent = ancestor.ParentId)
        {
            if (ancestor.Heading.Length > 0) context.Insert(0, ancestor.Heading);
        }
        return context.Count == 0 ? clause.Text : string.Join(" › ", context) + "\n" + clause.Text;
    }
}
