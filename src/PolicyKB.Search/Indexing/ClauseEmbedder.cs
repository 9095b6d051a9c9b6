using Microsoft.Extensions.AI;
using PolicyKB.Documents;
using PolicyKB.Search.Providers;
using PolicyKB.Search.Vectors;

namespace PolicyKB.Search.Indexing;

/// <summary>
/// Computes clause vectors with the configured generator, in batches, and keeps them in the vector store (its
/// in-memory index and its file). The text embedded is the clause's heading path and text, so a bare item ("a) Sở Y tế") carries
/// the context of the section it sits in; a long clause also gets one vector per passage
/// (<see cref="ClauseSegmenter"/>), and search scores it by its best one.
/// </summary>
public sealed class ClauseEmbedder(
    IEmbeddingGenerator<string, Embedding<float>> generator, FlatVectorStore store)
{
    private const int BatchSize = 256;

    /// <summary>
    /// Added to the model id under which vectors are stored: what is embedded per clause is part of what the stored
    /// vectors mean, so a change here recomputes them like a model change. "seg2": whole clause plus passages, passage ids with a visible separator.
    /// </summary>
    public const string LayoutSuffix = "+seg2";

    /// <summary>Identity of the model.</summary>
    public string ModelId => store.ModelId;

    /// <summary>Embeds and stores the clauses of one document.</summary>
    public void Embed(PolicyDocument document, IReadOnlyList<Clause> clauses)
    {
        var byId = clauses.ToDictionary(c => c.Id);
        var inputs = new List<(Clause Clause, string Text, bool IsSegment)>(clauses.Count);
        foreach (var clause in clauses)
        {
            inputs.Add((clause, EmbeddingText(clause, byId), false));
            var segments = ClauseSegmenter.Segments(clause.Text);
            if (segments.Count == 0) continue;
            var context = Context(clause, byId, includeOwnHeading: true);
            inputs.AddRange(segments.Select(s => (clause, context.Length == 0 ? s : context + "\n" + s, true)));
        }
        var entries = new List<VectorEntry>(inputs.Count);
        foreach (var batch in inputs.Chunk(BatchSize))
        {
            var embeddings = generator.GenerateAsync(batch.Select(b => b.Text).ToList(), EmbeddingInputType.ForPassage()).GetAwaiter().GetResult();
            for (var i = 0; i < batch.Length; i++)
            {
                var vector = embeddings[i].Vector.ToArray();
                VectorMath.Normalize(vector);
                entries.Add(new VectorEntry(batch[i].Clause.Id, document.Id, batch[i].Clause.Kind.ToString().ToLowerInvariant(), vector) { IsSegment = batch[i].IsSegment });
            }
        }
        store.Replace(document.Id, document.ContentHash, entries);
    }

    /// <summary>Drops a document's vectors.</summary>
    public void Remove(string documentId) => store.Remove(documentId);

    /// <summary>The text embedded for a clause: its ancestors' headings, then its own text.</summary>
    internal static string EmbeddingText(Clause clause, IReadOnlyDictionary<string, Clause> byId)
    {
        var context = Context(clause, byId, includeOwnHeading: false);
        return context.Length == 0 ? clause.Text : context + "\n" + clause.Text;
    }

    /// <summary>The headings above a clause ("II. Nhiệm vụ › 1. Y tế dự phòng"), and its own when asked.</summary>
    private static string Context(Clause clause, IReadOnlyDictionary<string, Clause> byId, bool includeOwnHeading)
    {
        var context = new List<string>();
        if (includeOwnHeading && clause.Heading.Length > 0) context.Add(clause.Heading);
        for (var parent = clause.ParentId; parent is not null && byId.TryGetValue(parent, out var ancestor); parent = ancestor.ParentId)
        {
            if (ancestor.Heading.Length > 0) context.Insert(0, ancestor.Heading);
        }
        return string.Join(" › ", context);
    }
}
