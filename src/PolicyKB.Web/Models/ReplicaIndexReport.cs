namespace PolicyKB.Web.Models;

/// <summary>What this node's own search indexes hold, counted in the indexes themselves.</summary>
/// <param name="Documents">Documents in the node's Lucene index.</param>
/// <param name="Clauses">Clauses in the node's Lucene index.</param>
/// <param name="VectorDocuments">Documents with embeddings in the node's vector file (0 without an embedding model).</param>
/// <param name="Vectors">Vector rows in the node's vector file (a long clause adds one per passage).</param>
public sealed record ReplicaIndexReport(int Documents, int Clauses, int VectorDocuments, int Vectors);
